// A text shard in a worker thread: the Node stand-in for the app's Web Worker, running the
// same TextShard code, so the benchmark measures the design the browser runs.
import { parentPort } from 'node:worker_threads';
import { TextShard, type ShardDoc } from '../src/app/model/text-shard';
import { isolateHeapMb as heapMb } from './isolate-heap';

const shard = new TextShard();
type Message = { kind: 'load'; docs: ShardDoc[] } | { kind: 'search'; q: string };

// What the worker holds before any text: subtracted, so the figure is the shard's own.
const baseline = heapMb();
parentPort!.postMessage({ ready: true });
parentPort!.on('message', (m: Message) => {
  const t = performance.now();
  if (m.kind === 'load') {
    shard.add(m.docs);
    shard.seal();
    const ms = performance.now() - t;
    parentPort!.postMessage({ ms, heapMb: heapMb() - baseline });
  } else {
    const hits = shard.search(m.q)!;
    parentPort!.postMessage({ ms: performance.now() - t, docs: hits.docs, scores: hits.scores }, [hits.docs.buffer as ArrayBuffer, hits.scores.buffer as ArrayBuffer]);
  }
});
