// The page's side of loading the corpus index: in the index worker when the browser has
// workers, else on the page in slices. Either way the same checks, the same corpus. A
// split corpus's rows stay in the worker, which stays alive to send them; one whose rows
// are in files is announced before they are read, so the page can number it by its
// binary facet index and show the list from the first rows files alone.
import type { FacetColumns } from '../../shared/facet-columns';
import type { ArticleMeta } from '../../shared/schema';
import { CorpusLoadError } from './corpus-error';
import { fetchJson, fetchRange, fetchText } from './fetch-json';
import { indexSession } from './index-loader';
import type { IndexMessage, IndexRequest, IndexTable, LoadFailure } from './index-protocol';
import { chunksBySize, indexOfParsed, type AnnouncedIndex, type CorpusTable, type IndexLoad, type LoadedIndex } from './loaded-corpus';
import { assembleCorpus, parseCorpusInSlices, type CorpusHead, type CorpusSlice } from './parse-corpus';
import { fetchingRowStore } from './row-store';

/** What the host needs of a worker: tests pass one that runs the loader in-process. */
export interface IndexPort {
  postMessage(req: IndexRequest): void;
  onmessage: ((event: MessageEvent<IndexMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** The index worker; where the browser has no workers, the same session on the page, each message a task of its own. */
export const spawnIndexWorker = (): IndexPort | null =>
  typeof Worker === 'undefined' ? pagePort() : new Worker(new URL('./index-worker.ts', import.meta.url), { type: 'module' });

function pagePort(): IndexPort {
  const port: IndexPort = {
    onmessage: null,
    onerror: null,
    terminate: () => undefined,
    postMessage: (req) => setTimeout(() => handle(req), 0),
  };
  const handle = indexSession({ text: fetchText, range: fetchRange }, (m) => setTimeout(() => port.onmessage?.({ data: m } as MessageEvent<IndexMessage>), 0));
  return port;
}

/** A macrotask: input events and renders queued meanwhile run before the next slice. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

type Pending = { resolve: (m: IndexMessage) => void; reject: (e: Error) => void };
type Ask = (req: (id: number) => IndexRequest) => Promise<IndexMessage>;

const loadError = (f: LoadFailure) => new CorpusLoadError(f.message, f.errorKind, f.problem ?? undefined);

/** The corpus at `url`, checked off the page when a worker can be had (`spawn`); on the page otherwise. */
export async function loadCorpusIndex(url: string, base: string, spawn: () => IndexPort | null = spawnIndexWorker): Promise<IndexLoad> {
  const port = spawn();
  if (!port) return { kind: 'loaded', index: await loadOnPage(url, base) };
  return new Promise<IndexLoad>((resolve, reject) => {
    let head: CorpusHead | null = null;
    let settled = false;
    const slices: CorpusSlice[] = [];
    const pending = new Map<number, Pending>();
    let asks = 0;
    let stopped: string | null = null;
    // The in-order check the page asked for (complete()): settled by the table or by why it could not be made.
    let completion: Pending | null = null;
    const ask: Ask = (req) =>
      new Promise<IndexMessage>((resolveAsk, rejectAsk) => {
        if (stopped) return rejectAsk(new Error(stopped));
        const id = ++asks;
        pending.set(id, { resolve: resolveAsk, reject: rejectAsk });
        port.postMessage(req(id));
      });
    const check = () =>
      new Promise<IndexMessage>((resolveCheck, rejectCheck) => {
        if (stopped) return rejectCheck(new Error(stopped));
        completion = { resolve: resolveCheck, reject: rejectCheck };
        port.postMessage({ kind: 'check' });
      });
    const settle = (m: IndexMessage) => {
      if (m.kind === 'split') {
        settled = true;
        resolve({ kind: 'announced', index: announcedIndex(m.head, ask, check) });
      } else if (m.kind === 'table') {
        if (completion) completion.resolve(m);
        else {
          settled = true;
          resolve({ kind: 'loaded', index: workerIndex(m.table, ask) });
        }
      } else if (m.kind === 'unchecked') completion?.reject(loadError(m));
      else if (m.kind === 'head') head = m.head;
      else if (m.kind === 'slice') slices.push(m.slice);
      else if (m.kind === 'done' || m.kind === 'error') {
        port.terminate();
        settled = true;
        if (m.kind === 'error') reject(loadError(m));
        else if (head) resolve({ kind: 'loaded', index: indexOfParsed(assembleCorpus(head, slices)) });
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
      for (const p of [...pending.values(), ...(completion ? [completion] : [])]) p.reject(new Error(why));
      pending.clear();
      if (settled) return;
      if (head) reject(new CorpusLoadError(why, 'json'));
      else loadOnPage(url, base).then((index) => resolve({ kind: 'loaded', index }), reject);
    };
    port.postMessage({ kind: 'load', url, base });
  });
}

const loadOnPage = async (url: string, base: string): Promise<LoadedIndex> =>
  indexOfParsed(await parseCorpusInSlices(await fetchJson(url), url, (file) => new URL(file, base).href, nextTask, fetchJson));

const fetchRowsOf = (ask: Ask) => async (numbers: Uint32Array): Promise<ArticleMeta[]> => {
  const m = await ask((id) => ({ kind: 'rows', id, numbers }));
  return m.kind === 'rows' ? m.rows : [];
};

/** A split index announced by the worker: numbered by ids from elsewhere, or completed by the worker's check in order. */
function announcedIndex(head: CorpusHead, ask: Ask, check: () => Promise<IndexMessage>): AnnouncedIndex {
  const counts = head.chunkArticles ?? [];
  const fetchRows = fetchRowsOf(ask);
  return {
    head,
    announced: counts.reduce((n, c) => n + c, 0),
    numbered(ids) {
      // Each row must be the article the page numbered: a row file from another build is caught, not shown under another article's facets.
      const checkedRows = async (numbers: Uint32Array) => {
        const rows = await fetchRows(numbers);
        const at = rows.findIndex((r, k) => r.id !== ids[numbers[k]!]);
        if (at >= 0) throw new Error(`article ${numbers[at]} arrived as ${rows[at]!.id}; the facet index numbers it ${ids[numbers[at]!]}`);
        return rows;
      };
      return { ...envelopeOf(head), skipped: [], ids, rows: fetchingRowStore(ids.length, checkedRows), chunkOf: chunksBySize(counts) };
    },
    async complete() {
      const m = await check();
      if (m.kind !== 'table') throw new Error('the index worker sent no table');
      return workerIndex(m.table, ask);
    },
  };
}

const envelopeOf = (head: CorpusHead) => ({ generatedAt: head.generatedAt, sources: head.sources, text: { kind: 'chunks' as const, files: head.chunkFiles ?? [], searchFiles: head.searchFiles ?? [] } });

/** The table the worker sent, its rows and facet columns asked of the worker. */
function workerIndex(table: IndexTable, ask: Ask): LoadedIndex {
  const { head, ids, skipped, chunkOf } = table;
  const buildColumns = async (): Promise<FacetColumns> => {
    const m = await ask((id) => ({ kind: 'columns', id }));
    if (m.kind !== 'columns') throw new Error('the index worker sent no facet columns');
    return m.columns;
  };
  const corpus: CorpusTable = { ...envelopeOf(head), skipped, ids, chunkOf, rows: fetchingRowStore(ids.length, fetchRowsOf(ask)) };
  return { table: corpus, buildColumns };
}
