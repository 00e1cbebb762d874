// The index's load in a fresh isolate, as the app splits it: the index worker parses and
// checks the compact index and keeps the rows (reported as the row store's heap); the page
// receives the table (ids and the text plan, copied as a message copies them) and builds
// the facet index from the binary facet file (reported as the tab's main-thread heap, and
// apart from it the typed arrays, which V8 keeps off its heap). Also timed: the facet
// index built from the parsed objects instead.
import { parentPort } from 'node:worker_threads';
import { indexOfParsed } from '../src/app/data/loaded-corpus';
import { parseCorpus } from '../src/app/data/parse-corpus';
import { buildEngine, engineOfArticles, type Engine } from '../src/app/model/engine';
import { decodeFacetFile } from '../src/shared/facet-file';
import { isolateHeapMb as heapMb } from './isolate-heap';

parentPort!.postMessage({ ready: true });
parentPort!.once('message', (m: { json: string; manifest: string; bytes: Uint8Array }) => {
  const before = heapMb();
  let t = performance.now();
  const loaded = parseCorpus(JSON.parse(m.json), 'bench');
  const parseMs = performance.now() - t;
  const rowsMb = heapMb() - before;
  t = performance.now();
  engineOfArticles(loaded.articles);
  const fromObjectsMs = performance.now() - t;
  // The page: a copy of the table, and the engine from the binary file.
  const table = structuredClone({ ids: loaded.articles.map((a) => a.id), plan: indexOfParsed(loaded).table.plan });
  t = performance.now();
  const decoded = decodeFacetFile(JSON.parse(m.manifest), m.bytes.slice().buffer);
  if (!decoded.ok) throw new Error(decoded.error);
  const engine = buildEngine(table.ids, decoded.columns);
  const indexMs = performance.now() - t;
  const pageMb = heapMb() - before - rowsMb;
  parentPort!.postMessage({ parseMs, indexMs, fromObjectsMs, heapMb: pageMb, typedMb: typedArrayMb(engine), rowsMb, articles: engine.size, planned: table.plan.length });
});

/** The engine's typed arrays (facet columns, bitsets, date order): off V8's heap, but the tab's memory all the same. */
function typedArrayMb(engine: Engine): number {
  const c = engine.columns;
  const arrays: ArrayBufferView[] = [c.onTopic, c.spanStart, c.spanEnd, engine.newestFirst, engine.facets.all, engine.facets.onTopic];
  for (const v of Object.values(c.columns)) arrays.push(v.offsets, v.ids);
  for (const l of Object.values(engine.facets.lists)) arrays.push(...l.sets);
  return arrays.reduce((n, a) => n + a.byteLength, 0) / 2 ** 20;
}
