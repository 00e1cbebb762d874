// The page's main-thread load in a fresh isolate: parse and validate the compact index,
// build the facet index (from the binary facet file when given, as the app does), and
// report the heap it holds — nothing else lives here, so the figure is what a tab keeps.
import { parentPort } from 'node:worker_threads';
import { parseCorpus } from '../src/app/data/parse-corpus';
import { buildEngine } from '../src/app/model/engine';
import { decodeFacetFile } from '../src/shared/facet-file';
import { isolateHeapMb as heapMb } from './isolate-heap';

parentPort!.postMessage({ ready: true });
parentPort!.once('message', (m: { json: string; manifest: string; bytes: Uint8Array }) => {
  const before = heapMb();
  let t = performance.now();
  const loaded = parseCorpus(JSON.parse(m.json), 'bench');
  const parseMs = performance.now() - t;
  // The facet index built from the articles' objects, then from the binary file.
  t = performance.now();
  buildEngine(loaded.articles);
  const fromObjectsMs = performance.now() - t;
  t = performance.now();
  const decoded = decodeFacetFile(JSON.parse(m.manifest), m.bytes.slice().buffer);
  if (!decoded.ok) throw new Error(decoded.error);
  const engine = buildEngine(loaded.articles, decoded.columns);
  const indexMs = performance.now() - t;
  const heap = heapMb() - before;
  parentPort!.postMessage({ parseMs, indexMs, fromObjectsMs, heapMb: heap, articles: engine.articles.length });
});
