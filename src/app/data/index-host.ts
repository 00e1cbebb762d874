// The page's side of loading the corpus index: in the index worker when the browser has
// workers, else on the page in slices. Either way the same checks, the same corpus. A
// split corpus's rows stay in the worker, which stays alive to send them.
import type { FacetColumns } from '../../shared/facet-columns';
import type { ArticleMeta } from '../../shared/schema';
import { CorpusLoadError } from './corpus-error';
import { fetchJson } from './fetch-json';
import type { IndexMessage, IndexRequest, IndexTable } from './index-protocol';
import { indexOfParsed, type LoadedIndex } from './loaded-corpus';
import { assembleCorpus, parseCorpusInSlices, type CorpusHead, type CorpusSlice } from './parse-corpus';
import { fetchingRowStore } from './row-store';

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

type Pending = { resolve: (m: IndexMessage) => void; reject: (e: Error) => void };

/** The corpus at `url`, checked off the page when a worker can be had (`spawn`); on the page otherwise. */
export async function loadCorpusIndex(url: string, base: string, spawn: () => IndexPort | null = spawnIndexWorker): Promise<LoadedIndex> {
  const port = spawn();
  if (!port) return indexOfParsed(await parseCorpusInSlices(await fetchJson(url), url, (file) => new URL(file, base).href, nextTask, fetchJson));
  return new Promise<LoadedIndex>((resolve, reject) => {
    let head: CorpusHead | null = null;
    let loaded = false;
    const slices: CorpusSlice[] = [];
    const pending = new Map<number, Pending>();
    let asks = 0;
    let stopped: string | null = null;
    const ask = (req: (id: number) => IndexRequest) =>
      new Promise<IndexMessage>((resolveAsk, rejectAsk) => {
        if (stopped) return rejectAsk(new Error(stopped));
        const id = ++asks;
        pending.set(id, { resolve: resolveAsk, reject: rejectAsk });
        port.postMessage(req(id));
      });
    const settle = (m: IndexMessage) => {
      if (m.kind === 'table') {
        loaded = true;
        resolve(workerIndex(m.table, ask));
      } else if (m.kind === 'head') head = m.head;
      else if (m.kind === 'slice') slices.push(m.slice);
      else if (m.kind === 'done' || m.kind === 'error') {
        port.terminate();
        loaded = true;
        if (m.kind === 'error') reject(new CorpusLoadError(m.message, m.errorKind, m.problem ?? undefined));
        else if (head) resolve(indexOfParsed(assembleCorpus(head, slices)));
        else reject(new CorpusLoadError(`${url}: the index worker ended without the corpus`, 'json'));
      } else {
        const waiting = pending.get(m.id);
        pending.delete(m.id);
        if (m.kind === 'failed') waiting?.reject(new Error(m.message));
        else waiting?.resolve(m);
      }
    };
    port.onmessage = ({ data }) => settle(data);
    // A worker that cannot start (a blocked script, an old browser) is not the corpus's
    // fault: the page loads the index itself. One that stops later fails what it was asked.
    port.onerror = (event) => {
      port.terminate();
      const why = `${url}: the index worker stopped: ${event.message || 'unknown error'}`;
      stopped = why;
      for (const p of pending.values()) p.reject(new Error(why));
      pending.clear();
      if (loaded) return;
      if (head) reject(new CorpusLoadError(why, 'json'));
      else loadCorpusIndex(url, base, () => null).then(resolve, reject);
    };
    port.postMessage({ kind: 'load', url, base });
  });
}

/** The table the worker sent, its rows and facet columns asked of the worker. */
function workerIndex(table: IndexTable, ask: (req: (id: number) => IndexRequest) => Promise<IndexMessage>): LoadedIndex {
  const { head, ids, skipped, plan } = table;
  const text = { kind: 'chunks' as const, files: head.chunkFiles ?? [] };
  const fetchRows = async (numbers: Uint32Array): Promise<ArticleMeta[]> => {
    const m = await ask((id) => ({ kind: 'rows', id, numbers }));
    return m.kind === 'rows' ? m.rows : [];
  };
  const buildColumns = async (): Promise<FacetColumns> => {
    const m = await ask((id) => ({ kind: 'columns', id }));
    if (m.kind !== 'columns') throw new Error('the index worker sent no facet columns');
    return m.columns;
  };
  return { table: { generatedAt: head.generatedAt, sources: head.sources, skipped, text, ids, plan, rows: fetchingRowStore(ids.length, fetchRows) }, buildColumns };
}
