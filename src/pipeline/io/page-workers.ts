// Worker threads that process pages (page-worker.ts), as pool workers. Run from the
// sources, the pipeline runs under tsx, which worker threads do not inherit: each
// registers it before loading; a bundled run starts them from the bundled worker.
import { Worker } from 'node:worker_threads';
import type { PageJob, PageOutcome } from '../page-job';
import type { PoolWorker } from './ordered-pool';

export interface PageWorkers {
  workers: PoolWorker<PageJob, PageOutcome>[];
  close(): Promise<void>;
}

const ENTRY = new URL('../page-worker.ts', import.meta.url).href;
const BOOT = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY)}); });`;

/** `bundled`: the page worker as one bundled module (scripts/bundle-pipeline.ts), run as is; else the sources, under tsx. */
export function startPageWorkers(count: number, bundled?: string): PageWorkers {
  const threads = Array.from({ length: count }, () => (bundled ? new Worker(new URL(bundled)) : new Worker(BOOT, { eval: true })));
  const workers = threads.map((thread): PoolWorker<PageJob, PageOutcome> => {
    const pending = new Map<number, { resolve: (o: PageOutcome) => void; reject: (e: Error) => void }>();
    let next = 0;
    thread.on('message', (m: { id: number; outcome: PageOutcome }) => {
      pending.get(m.id)?.resolve(m.outcome);
      pending.delete(m.id);
    });
    // A thread that dies (out of memory, a bug) fails the pages it held, by name, not silently.
    const failAll = (why: string) => {
      for (const p of pending.values()) p.reject(new Error(`a page worker stopped: ${why}`));
      pending.clear();
    };
    thread.on('error', (e) => failAll(e.message));
    thread.on('exit', (code) => failAll(`exit code ${code}`));
    return {
      run: (job) =>
        new Promise<PageOutcome>((resolve, reject) => {
          const id = next++;
          pending.set(id, { resolve, reject });
          // Copied once into a buffer of its own (a file read may share a pooled one), which then moves to the thread.
          const bytes = job.bytes.slice();
          thread.postMessage({ id, job: { ...job, bytes } }, [bytes.buffer]);
        }),
    };
  });
  return { workers, close: async () => void (await Promise.all(threads.map((t) => t.terminate()))) };
}
