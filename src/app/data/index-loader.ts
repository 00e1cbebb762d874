// Fetching, parsing and checking the corpus index, off the page: what the index worker
// runs (the page then spends no time on the 100 MB of JSON or its checks). A split
// corpus's rows (inline or in a rows file per chunk, fetched one ahead of the one being
// checked) stay here and are sent by article number when the page asks; a full corpus is
// handed on as it is checked.
import { buildFacetColumns, type FacetColumns } from '../../shared/facet-columns';
import type { ArticleMeta } from '../../shared/schema';
import { CorpusLoadError } from './corpus-error';
import type { IndexMessage, IndexRequest } from './index-protocol';
import { planOf } from './loaded-corpus';
import { corpusSlices, readRowFiles, type CorpusHead, type CorpusSlice, type SkippedArticle } from './parse-corpus';

/** Articles per message when a full corpus is handed over: each costs the page about 15 ms to receive at 500 (measured in Chromium at 100k). */
export const ARTICLES_PER_MESSAGE = 500;

type Post = (m: IndexMessage, transfer?: Transferable[]) => void;
type FetchJson = (href: string, url: string) => Promise<unknown>;

/** The worker's side of the conversation: the handler for each request from the page. */
export function indexSession(fetchJsonImpl: FetchJson, post: Post): (req: IndexRequest) => void {
  let rows: ArticleMeta[] | null = null;
  return (req) => {
    if (req.kind === 'load') {
      void loadIndex(req, fetchJsonImpl, post).then((kept) => (rows = kept));
    } else if (!rows) {
      post({ kind: 'failed', id: req.id, message: 'the index worker holds no rows' });
    } else if (req.kind === 'rows') {
      const held = rows;
      const bad = req.numbers.find((n) => n >= held.length);
      if (bad !== undefined) post({ kind: 'failed', id: req.id, message: `article number ${bad} is not in a corpus of ${held.length}` });
      else post({ kind: 'rows', id: req.id, rows: Array.from(req.numbers, (n) => held[n]!) });
    } else {
      const columns = buildFacetColumns(rows);
      post({ kind: 'columns', id: req.id, columns }, columnBuffers(columns));
    }
  };
}

/** The typed arrays' buffers: moved to the page, not copied. */
function columnBuffers(c: FacetColumns): Transferable[] {
  const arrays = [c.onTopic, c.spanStart, c.spanEnd, ...Object.values(c.columns).flatMap((v) => [v.offsets, v.ids])];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

/** Loads and checks the index, posting the table (split) or every slice (full); the rows kept for the page, or null. */
async function loadIndex(req: Extract<IndexRequest, { kind: 'load' }>, fetchJsonImpl: FetchJson, post: Post): Promise<ArticleMeta[] | null> {
  try {
    const json = await fetchJsonImpl(req.base, req.url);
    const reading = corpusSlices(json, req.url, (file) => new URL(file, req.base).href, ARTICLES_PER_MESSAGE);
    const { head, slices } = reading;
    if (head.chunkFiles) return keepRows(head, [...slices, ...(await readRowFiles(reading, fetchJsonImpl))], post);
    post({ kind: 'head', head });
    for (const slice of slices) post({ kind: 'slice', slice });
    post({ kind: 'done' });
  } catch (e) {
    const error = e instanceof CorpusLoadError ? e : new CorpusLoadError(`${req.url} could not be read: ${(e as Error).message}`, 'json');
    post({ kind: 'error', message: error.message, errorKind: error.kind, problem: error.problem ?? null });
  }
  return null;
}

function keepRows(head: CorpusHead, slices: readonly CorpusSlice[], post: Post): ArticleMeta[] {
  const rows: ArticleMeta[] = [];
  const skipped: SkippedArticle[] = [];
  for (const s of slices) {
    for (const a of s.articles) rows.push(a);
    for (const x of s.skipped) skipped.push(x);
  }
  post({ kind: 'table', table: { head, ids: rows.map((a) => a.id), skipped, plan: rows.map(planOf) } });
  return rows;
}
