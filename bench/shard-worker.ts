// A text shard in a worker thread: the Node stand-in for the app's Web Worker, running the
// same TextShard code, so the benchmark measures the design the browser runs.
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { TextShard, type ShardDoc } from '../src/app/model/text-shard';

const shard = new TextShard();
type Message = { kind: 'load'; docs: ShardDoc[] } | { kind: 'search'; q: string };

parentPort!.postMessage({ ready: true });
parentPort!.on('message', (m: Message) => {
  const t = performance.now();
  if (m.kind === 'load') {
    shard.add(m.docs);
    shard.seal();
    global.gc?.();
    parentPort!.postMessage({ ms: performance.now() - t, heapMb: getHeapStatistics().used_heap_size / 2 ** 20 });
  } else {
    const hits = shard.search(m.q)!;
    parentPort!.postMessage({ ms: performance.now() - t, docs: hits.docs, scores: hits.scores }, [hits.docs.buffer as ArrayBuffer, hits.scores.buffer as ArrayBuffer]);
  }
});
