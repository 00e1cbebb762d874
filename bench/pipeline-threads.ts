// Pipeline throughput as the CLI runs it — pages processed and the split corpus written
// (to memory here) — on this thread and on worker threads, over the same pages.
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
