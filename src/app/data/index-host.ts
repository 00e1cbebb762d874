// The page's side of loading the corpus index: in the index worker when the browser has
// workers, else on the page in slices. Either way the same checks, the same corpus.
import { CorpusLoadError } from './corpus-error';
import { fetchJson } from './fetch-json';
import type { IndexMessage, IndexRequest } from './index-protocol';
import { assembleCorpus, parseCorpusInSlices, type CorpusHead, type CorpusSlice, type LoadedCorpus } from './parse-corpus';

/** What the host needs of a worker: tests pass one that runs the loader in-process. */
export interface IndexPort {
  postMessage(req: IndexRequest): void;
  onmessage: ((event: MessageEvent<IndexMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export const spawnIndexWorker = (): IndexPort | null =>
  typeof Worker === 'undefined' ? null : new Worker(new URL('./index-worker.ts', import.meta.url), { type: 'module' });

/** A macrotask: input events and renders queued meanwhile run before the next slice. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The corpus at `url`, checked off the page when a worker can be had (`spawn`); on the page otherwise. */
export async function loadCorpusIndex(url: string, base: string, spawn: () => IndexPort | null = spawnIndexWorker): Promise<LoadedCorpus> {
  const port = spawn();
  if (!port) return parseCorpusInSlices(await fetchJson(url), url, (file) => new URL(file, base).href, nextTask);
  return new Promise<LoadedCorpus>((resolve, reject) => {
    let head: CorpusHead | null = null;
    const slices: CorpusSlice[] = [];
    port.onmessage = ({ data: m }) => {
      if (m.kind === 'head') head = m.head;
      else if (m.kind === 'slice') slices.push(m.slice);
      else {
        port.terminate();
        if (m.kind === 'error') reject(new CorpusLoadError(m.message, m.errorKind, m.problem ?? undefined));
        else if (head) resolve(assembleCorpus(head, slices));
        else reject(new CorpusLoadError(`${url}: the index worker ended without the corpus`, 'json'));
      }
    };
    // A worker that cannot start (a blocked script, an old browser) is not the corpus's
    // fault: the page loads the index itself.
    port.onerror = (event) => {
      port.terminate();
      if (head) reject(new CorpusLoadError(`${url}: the index worker stopped: ${event.message || 'unknown error'}`, 'json'));
      else loadCorpusIndex(url, base, () => null).then(resolve, reject);
    };
    port.postMessage({ url, base });
  });
}
