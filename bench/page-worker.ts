// The page's part of the load, in a fresh isolate: it decodes the binary facet file and
// the articles' ids beside it and builds the facet engine from them, as the app does
// before any row is read. Its heap is the tab's main thread once loaded; the engine's
// typed arrays, which V8 keeps off its heap, are reported apart.
import { parentPort } from 'node:worker_threads';
import { buildEngine, type Engine } from '../src/app/model/engine';
import { decodeFacetFile } from '../src/shared/facet-file';
import { isolateHeapMb as heapMb } from './isolate-heap';

// Measured before the message arrives: what the table and the engine add is the page's own.
const baseline = heapMb();
parentPort!.postMessage({ ready: true });
parentPort!.once('message', (m: { manifest: string; bytes: Uint8Array; ids: string }) => {
  const t = performance.now();
  const decoded = decodeFacetFile(JSON.parse(m.manifest), m.bytes.slice().buffer);
  if (!decoded.ok) throw new Error(decoded.error);
  const engine = buildEngine((JSON.parse(m.ids) as { ids: string[] }).ids, decoded.columns);
  const indexMs = performance.now() - t;
  parentPort!.postMessage({ indexMs, heapMb: heapMb() - baseline, typedMb: typedArrayMb(engine) });
});

/** The engine's typed arrays (facet columns, bitsets, date order): off V8's heap, but the tab's memory all the same. */
function typedArrayMb(engine: Engine): number {
  const c = engine.columns;
  const arrays: ArrayBufferView[] = [c.onTopic, c.spanStart, c.spanEnd, engine.newestFirst];
  for (const v of Object.values(c.columns)) arrays.push(v.offsets, v.ids);
  // Every bitset lives in the arena's one buffer.
  return (arrays.reduce((n, a) => n + a.byteLength, 0) + engine.facets.arena.set(0).buffer.byteLength) / 2 ** 20;
}
