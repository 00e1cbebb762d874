// Pipeline throughput as the CLI runs it — pages processed and the split corpus written
// (to memory here) — on this thread and on worker threads, over the same pages. The
// benchmark runs this module bundled, as npm run corpus runs the CLI (bundle-pipeline.ts);
// `workerEntry` is then the bundled page worker.
import { CorpusStreamWriter, type FolderSink } from '../src/pipeline/io/corpus-stream';
import { runInOrder } from '../src/pipeline/io/ordered-pool';
import { startPageWorkers } from '../src/pipeline/io/page-workers';
import { silentLogger } from '../src/pipeline/logger';
import { buildCorpusFromPages } from '../src/pipeline/build-corpus';
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
export async function pipelineSeconds(pages: Page[], threads: number, workerEntry?: string): Promise<number> {
  const sorted = [...pages].sort((a, b) => (a.file < b.file ? -1 : 1));
  const stems = uniqueStems(sorted.map((p) => p.file));
  const writer = new CorpusStreamWriter(memoryFolder());
  const start = performance.now();
  if (threads === 1) {
    sorted.forEach((p, i) => writer.addPage(processPage(p.file, p.bytes, silentLogger, stems[i])));
  } else {
    // Thread start-up (tsx compiling the pipeline in each) is part of the time, as in the CLI.
    const pool = startPageWorkers(threads, workerEntry);
    await runInOrder(sorted.map((p, i) => ({ display: p.file, stem: stems[i]!, bytes: p.bytes })), pool.workers, (o) => writer.addSerializedPage(o.source, o.articles));
    await pool.close();
  }
  writer.finish();
  return (performance.now() - start) / 1000;
}

/**
 * What two threads can gain for this work on this machine at all: the same pages processed
 * whole by one worker thread, then by two at once, each alone with its own copy (nothing
 * shared, nothing ordered, no writer). A plain arithmetic loop gains 2× here, but page
 * processing (strings, maps, a large heap) gains what the cores' shared caches and memory
 * allow; the pipeline's two-thread speed-up is read against this.
 */
export async function twoThreadCeiling(pages: Page[], workerEntry?: string): Promise<number> {
  const wholeRun = async (threads: number): Promise<number> => {
    const pool = startPageWorkers(threads, workerEntry);
    // Each thread warmed on a few pages first: start-up and compilation are not the question here.
    await Promise.all(pool.workers.map((w) => runInOrder(pages.slice(0, 20).map((p) => ({ display: p.file, stem: 'w', bytes: p.bytes })), [w], () => undefined)));
    const start = performance.now();
    await Promise.all(pool.workers.map((w) => runInOrder(pages.map((p, i) => ({ display: p.file, stem: `s${i}`, bytes: p.bytes })), [w], () => undefined)));
    const ms = performance.now() - start;
    await pool.close();
    return ms;
  };
  const alone = await wholeRun(1);
  return (2 * alone) / (await wholeRun(2));
}

/** Milliseconds to process the pages into a corpus in memory on this thread: the table's pipeline column. */
export function processingMs(pages: Page[]): number {
  const start = performance.now();
  buildCorpusFromPages(pages, silentLogger);
  return performance.now() - start;
}
