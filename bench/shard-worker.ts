// A text shard in a worker thread: the Node stand-in for the app's Web Worker, running the
// same TextShard code, so the benchmark measures the design the browser runs.
import { parentPort } from 'node:worker_threads';
import type { KwicSort } from '../src/shared/terms/concordance';
import { TextShard, type ShardDoc } from '../src/app/model/text-shard';
import { isolateHeapMb as heapMb } from './isolate-heap';

const shard = new TextShard();
type Message =
  | { kind: 'load'; docs: ShardDoc[] }
  | { kind: 'search'; q: string }
  | { kind: 'concordance'; numbers: Uint32Array; q: string; sort: KwicSort; limit: number }
  | { kind: 'termHits'; terms: string[] }
  | { kind: 'termCounts'; set: Uint32Array; rest: Uint32Array };

// What the worker holds before any text: subtracted, so the figure is the shard's own.
const baseline = heapMb();
parentPort!.postMessage({ ready: true });
parentPort!.on('message', (m: Message) => {
  const t = performance.now();
  if (m.kind === 'load') {
    shard.add(m.docs);
    shard.seal();
    const ms = performance.now() - t;
    parentPort!.postMessage({ ms, heapMb: heapMb() - baseline, typedMb: shard.bytesOutsideHeap() / 2 ** 20 });
  } else if (m.kind === 'search') {
    const hits = shard.search(m.q)!;
    parentPort!.postMessage({ ms: performance.now() - t, docs: hits.docs, scores: hits.scores }, [hits.docs.buffer as ArrayBuffer, hits.scores.buffer as ArrayBuffer]);
  } else if (m.kind === 'concordance') {
    parentPort!.postMessage(shard.concordance(m.numbers, m.q, m.sort, m.limit));
  } else if (m.kind === 'termHits') {
    parentPort!.postMessage(shard.termHits(m.terms));
  } else {
    parentPort!.postMessage(shard.termCounts(m.set, m.rest));
  }
});
