// The index worker's part of the load, in a fresh isolate: parse and check the compact
// index and keep the rows (reported as the row store's heap). Also timed: the facet
// index built from the parsed objects instead of the binary file.
import { parentPort } from 'node:worker_threads';
import { indexOfParsed } from '../src/app/data/loaded-corpus';
import { parseCorpus } from '../src/app/data/parse-corpus';
import { engineOfArticles } from '../src/app/model/engine';
import { isolateHeapMb as heapMb } from './isolate-heap';

parentPort!.postMessage({ ready: true });
parentPort!.once('message', (m: { json: string }) => {
  const before = heapMb();
  let t = performance.now();
  const loaded = parseCorpus(JSON.parse(m.json), 'bench');
  const parseMs = performance.now() - t;
  const rowsMb = heapMb() - before;
  t = performance.now();
  engineOfArticles(loaded.articles);
  const fromObjectsMs = performance.now() - t;
  const { ids } = indexOfParsed(loaded).table;
  parentPort!.postMessage({ parseMs, fromObjectsMs, rowsMb, articles: ids.length });
});
