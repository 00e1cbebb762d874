// Fetching, parsing and checking the corpus index, off the page: what the index worker
// runs (the page then spends no time on the 100 MB of JSON or its checks). A split
// corpus's rows stay here and are sent by article number when the page asks: from rows
// files read as they are first needed (split-rows.ts), or, for an index with its rows
// inline, checked whole first. A full corpus is handed on as it is checked.
import { buildFacetColumns, type FacetColumns } from '../../shared/facet-columns';
import type { ArticleMeta } from '../../shared/schema';
import { CorpusLoadError } from './corpus-error';
import type { IndexMessage, IndexRequest, IndexTable, LoadFailure } from './index-protocol';
import { parseJson } from './fetch-json';
import { corpusSlices } from './parse-corpus';
import { splitRows, tableOf, type FileReader, type SplitRows } from './split-rows';

/** Articles per message when a full corpus is handed over: each costs the page about 15 ms to receive at 500 (measured in Chromium at 100k). */
export const ARTICLES_PER_MESSAGE = 500;

type Post = (m: IndexMessage, transfer?: Transferable[]) => void;


/** Where the worker's rows are: files read on demand, or every row checked already. */
type Held = { kind: 'files'; split: SplitRows } | { kind: 'rows'; rows: ArticleMeta[] } | null;

/** The worker's side of the conversation: the handler for each request from the page. */
export function indexSession(files: FileReader, post: Post): (req: IndexRequest) => void {
  let held: Held = null;
  const serveRows = async (id: number, numbers: Uint32Array, source: NonNullable<Held>) => {
    const size = source.kind === 'rows' ? source.rows.length : source.split.announced;
    const bad = numbers.find((n) => n >= size);
    if (bad !== undefined) return post({ kind: 'failed', id, message: `article number ${bad} is not in a corpus of ${size}` });
    try {
      post({ kind: 'rows', id, rows: source.kind === 'rows' ? Array.from(numbers, (n) => source.rows[n]!) : await source.split.rows(numbers) });
    } catch (e) {
      post({ kind: 'failed', id, message: (e as Error).message });
    }
  };
  return (req) => {
    if (req.kind === 'load') {
      void loadIndex(req, files, post).then((kept) => (held = kept));
    } else if (!held) {
      if (req.kind !== 'check') post({ kind: 'failed', id: req.id, message: 'the index worker holds no rows' });
    } else if (req.kind === 'rows') {
      void serveRows(req.id, req.numbers, held);
    } else if (req.kind === 'check') {
      if (held.kind === 'files') void checkInOrder(held.split, post);
    } else {
      void columnsOf(held).then((columns) => post({ kind: 'columns', id: req.id, columns }, columnBuffers(columns)));
    }
  };
}

async function columnsOf(held: NonNullable<Held>): Promise<FacetColumns> {
  return buildFacetColumns(held.kind === 'rows' ? held.rows : (await held.split.check()).rows);
}

async function checkInOrder(split: SplitRows, post: Post): Promise<void> {
  try {
    postTable((await split.check()).table, post);
  } catch (e) {
    post({ kind: 'unchecked', ...failureOf(e, 'the rows') });
  }
}

function failureOf(e: unknown, what: string): LoadFailure {
  const error = e instanceof CorpusLoadError ? e : new CorpusLoadError(`${what} could not be read: ${(e as Error).message}`, 'json');
  return { message: error.message, errorKind: error.kind, problem: error.problem ?? null };
}

const postTable = (table: IndexTable, post: Post) => post({ kind: 'table', table }, [table.chunkOf.buffer as ArrayBuffer]);

/** The typed arrays' buffers: moved to the page, not copied. */
function columnBuffers(c: FacetColumns): Transferable[] {
  const arrays = [c.onTopic, c.spanStart, c.spanEnd, ...Object.values(c.columns).flatMap((v) => [v.offsets, v.ids])];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

/** Loads and checks the index, posting its head (rows in files), its table (rows inline) or every slice (full); what the worker keeps to serve rows. */
async function loadIndex(req: Extract<IndexRequest, { kind: 'load' }>, files: FileReader, post: Post): Promise<Held> {
  try {
    const json = parseJson(await files.text(req.base, req.url), req.url);
    const resolve = (file: string) => new URL(file, req.base).href;
    const reading = corpusSlices(json, req.url, resolve, ARTICLES_PER_MESSAGE);
    const { head, slices } = reading;
    if (head.rowFiles) {
      const split = splitRows(json, req.url, resolve, files);
      post({ kind: 'split', head });
      return { kind: 'files', split };
    }
    if (head.chunkFiles) {
      const { table, rows } = tableOf(head, [...slices]);
      postTable(table, post);
      return { kind: 'rows', rows };
    }
    post({ kind: 'head', head });
    for (const slice of slices) post({ kind: 'slice', slice });
    post({ kind: 'done' });
  } catch (e) {
    post({ kind: 'error', ...failureOf(e, req.url) });
  }
  return null;
}
