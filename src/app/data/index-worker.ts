// The Web Worker entry for the corpus index: fetch, JSON.parse and schema checks of the
// index happen here, and the page receives checked articles in small messages, so the
// early facets stay clickable while a 100k-article index loads.
import { fetchJson } from './fetch-json';
import { loadIndex } from './index-loader';
import type { IndexMessage, IndexRequest } from './index-protocol';

self.onmessage = (event: MessageEvent<IndexRequest>) => {
  void loadIndex(event.data, fetchJson, (m: IndexMessage) => (self as unknown as Worker).postMessage(m));
};
