// The page's side of a text worker: the ShardHost interface over postMessage.
import type { Concordance } from '../../shared/terms/concordance';
import type { SearchHits } from '../../shared/search/search';
import type { ShardTermCounts } from '../../shared/terms/term-bags';
import type { TermSeries } from '../model/term-trends';
import type { ChunkProgress, ShardHost } from './text-host';
import type { WorkerMessage, WorkerRequest } from './text-protocol';

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void; onChunk?: (p: ChunkProgress) => void };
type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** Two shards use both cores of a small laptop; more only pay off on bigger machines. */
export function textWorkerCount(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(2, Math.min(4, cores - 1));
}

const startWorker = () => new Worker(new URL('./text-worker.ts', import.meta.url), { type: 'module' });
/** Workers started ahead of the corpus, taken by the first text index. */
const started: Worker[] = [];

/**
 * Starts the text workers while the corpus index is still loading: a worker's script and
 * the search kernel take a few hundred milliseconds to load and compile, which then no
 * longer stand between the corpus arriving and its search files being fetched.
 */
export function prestartTextWorkers(): void {
  if (typeof Worker !== 'function') return;
  while (started.length < textWorkerCount()) started.push(startWorker());
}

/** Stops the started workers no text index took (a corpus with fewer shards, or none). */
export function stopSpareTextWorkers(): void {
  for (const worker of started.splice(0)) worker.terminate();
}

export function createWorkerHost(): ShardHost {
  const worker = started.shift() ?? startWorker();
  const pending = new Map<number, Pending>();
  let next = 1;
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const msg = event.data;
    const p = pending.get(msg.id);
    if (!p) return;
    if (msg.kind === 'chunk') return p.onChunk?.(msg.progress);
    pending.delete(msg.id);
    if (msg.kind === 'error') p.reject(new Error(msg.message));
    else p.resolve(msg.result);
  };
  worker.onerror = (event) => {
    // A worker that failed to start or crashed fails everything in flight, by name.
    const error = new Error(`the text worker stopped: ${event.message || 'unknown error'}`);
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const call = <T,>(req: Request, onChunk?: (p: ChunkProgress) => void): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onChunk });
      worker.postMessage({ ...req, id } as WorkerRequest);
    });
  return {
    loadChunks: (plan, onChunk) => call<void>({ method: 'loadChunks', plan }, onChunk),
    loadInline: (docs) => call<void>({ method: 'loadInline', docs }),
    search: (q) => call<SearchHits | null>({ method: 'search', q }),
    texts: (ids) => call<[string, readonly string[] | null][]>({ method: 'texts', ids }),
    concordance: (numbers, q, sort, limit) => call<Concordance>({ method: 'concordance', numbers, q, sort, limit }),
    termHits: (terms) => call<TermSeries[]>({ method: 'termHits', terms: [...terms] }),
    termCounts: (set, rest) => call<ShardTermCounts>({ method: 'termCounts', set, rest }),
    dispose: () => {
      worker.terminate();
      // Nothing will answer now: callers hear so instead of waiting forever.
      for (const p of pending.values()) p.reject(new Error('the text worker was closed'));
      pending.clear();
    },
  };
}
