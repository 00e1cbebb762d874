// The page's main-thread load in a fresh isolate: parse and validate the compact index,
// build the facet index, and report the heap it holds — nothing else lives here, so
// the figure is what a browser tab would keep for it.
import { parentPort } from 'node:worker_threads';
import { parseCorpus } from '../src/app/data/parse-corpus';
import { buildEngine } from '../src/app/model/engine';
import { isolateHeapMb as heapMb } from './isolate-heap';

parentPort!.postMessage({ ready: true });
parentPort!.once('message', (json: string) => {
  const before = heapMb();
  let t = performance.now();
  const loaded = parseCorpus(JSON.parse(json), 'bench');
  const parseMs = performance.now() - t;
  t = performance.now();
  const engine = buildEngine(loaded.articles);
  const indexMs = performance.now() - t;
  const heap = heapMb() - before;
  parentPort!.postMessage({ parseMs, indexMs, heapMb: heap, articles: engine.articles.length });
});
