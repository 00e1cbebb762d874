// The Web Worker entry for the corpus index: fetch, JSON.parse and schema checks of the
// index happen here, and a split corpus's rows stay here, sent to the page as it asks, so
// the page holds only what the facets and the list on screen need.
import { fetchRange, fetchText } from './fetch-json';
import { indexSession } from './index-loader';
import type { IndexMessage, IndexRequest } from './index-protocol';

const worker = self as unknown as Worker;
const handle = indexSession({ text: fetchText, range: fetchRange }, (m: IndexMessage, transfer: Transferable[] = []) => worker.postMessage(m, transfer));
self.onmessage = (event: MessageEvent<IndexRequest>) => handle(event.data);
