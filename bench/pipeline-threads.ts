// Pipeline throughput as the CLI runs it — pages processed and the split corpus written
// (to memory here) — on this thread and on worker threads, over the same pages.
import { Worker } from 'node:worker_threads';
import { CorpusStreamWriter, type FolderSink } from '../src/pipeline/io/corpus-stream';
import { runInOrder } from '../src/pipeline/io/ordered-pool';
import { startPageWorkers } from '../src/pipeline/io/page-workers';
import { silentLogger } from '../src/pipeline/logger';
import { processPage } from '../src/pipeline/process-page';
import { uniqueStems } from '../src/pipeline/stages/build';

interface Page { file: string; bytes: Uint8Array }

/** A folder that keeps only the byte count: the bench measures the work, not the disk. */
function memoryFolder(): FolderSink & { bytes: number } {
  const folder = {
    bytes: 0,
    create: () => ({ write: (text: string) => void (folder.bytes += text.length), close: () => undefined }),
    writeBinary: (_name: string, b: Uint8Array) => void (folder.bytes += b.length),
  };
  return folder;
}

/** Seconds to process and write the pages: `threads` 1 runs on this thread (as the CLI does for --jobs 1). */
export async function pipelineSeconds(pages: Page[], threads: number): Promise<number> {
  const sorted = [...pages].sort((a, b) => (a.file < b.file ? -1 : 1));
  const stems = uniqueStems(sorted.map((p) => p.file));
  const writer = new CorpusStreamWriter(memoryFolder());
  const start = performance.now();
  if (threads === 1) {
    sorted.forEach((p, i) => writer.addPage(processPage(p.file, p.bytes, silentLogger, stems[i])));
  } else {
    // Thread start-up (tsx compiling the pipeline in each) is part of the time, as in the CLI.
    const pool = startPageWorkers(threads);
    await runInOrder(sorted.map((p, i) => ({ display: p.file, stem: stems[i]!, bytes: p.bytes })), pool.workers, (o) => writer.addSerializedPage(o.source, o.articles));
    await pool.close();
  }
  writer.finish();
  return (performance.now() - start) / 1000;
}

/**
 * What two threads can gain on this machine at all: the same CPU-bound loop on one worker
 * thread, then on two at once (a VM's second vCPU may share a core). The pipeline's
 * two-thread speed-up is read against it.
 */
export async function twoThreadCeiling(): Promise<number> {
  const code = `const { parentPort } = require('node:worker_threads');
    parentPort.on('message', (n) => { const t = performance.now(); let x = 0; const a = new Float64Array(1 << 16);
      for (let i = 0; i < n; i++) { x += Math.sqrt(i) * 1.0001; a[i & 65535] += x; } parentPort.postMessage(performance.now() - t); });`;
  const run = (threads: number, n: number) =>
    Promise.all(Array.from({ length: threads }, () => new Promise<number>((resolve) => {
      const w = new Worker(code, { eval: true });
      w.once('message', (ms: number) => void w.terminate().then(() => resolve(ms)));
      w.postMessage(n);
    })));
  const N = 3e8;
  const [alone] = await run(1, N);
  const both = await run(2, N);
  return (2 * alone!) / Math.max(...both);
}
