// The messages between the page and the index worker. The page asks it to load the index.
// A split corpus whose rows are in files is announced at once (its head: 'split'); the
// worker keeps the rows and reads each file when the page first asks for rows in it, and
// checks them all in order when the page asks ('check'), answering with the table (ids,
// each article's chunk, the skipped articles). An index with its rows inline is checked
// whole and answered with the table. The facet columns are built in the worker when no
// binary facet index matches. A full corpus (texts inline) is handed over whole instead:
// the envelope, the checked articles slice by slice, and the end. Either way a load that
// fails is one error.
import type { FacetColumns } from '../../shared/facet-columns';
import type { ArticleMeta } from '../../shared/schema';
import type { LoadProblem } from './corpus-error';
import type { CorpusHead, CorpusSlice, SkippedArticle } from './parse-corpus';

export type IndexRequest =
  /** `url`: the index as the page names it (in messages); `base`: its absolute URL, what is fetched and chunk names resolve against. */
  | { kind: 'load'; url: string; base: string }
  | { kind: 'rows'; id: number; numbers: Uint32Array }
  | { kind: 'check' }
  | { kind: 'columns'; id: number };

/** A split corpus as the page holds it: everything but the rows. */
export interface IndexTable {
  head: CorpusHead;
  ids: string[];
  skipped: SkippedArticle[];
  /** The chunk holding each article's text, by article number. */
  chunkOf: Uint32Array;
}

export type IndexMessage =
  | { kind: 'split'; head: CorpusHead }
  | { kind: 'table'; table: IndexTable }
  | { kind: 'head'; head: CorpusHead }
  | { kind: 'slice'; slice: CorpusSlice }
  | { kind: 'done' }
  | { kind: 'rows'; id: number; rows: ArticleMeta[] }
  | { kind: 'columns'; id: number; columns: FacetColumns }
  | { kind: 'failed'; id: number; message: string }
  /** The check in order could not be made (a rows file unreachable or not one): the rows read so far still serve. */
  | ({ kind: 'unchecked' } & LoadFailure)
  | ({ kind: 'error' } & LoadFailure);

/** A load error as it crosses to the page. */
export interface LoadFailure { message: string; errorKind: 'network' | 'http' | 'json' | 'schema'; problem: LoadProblem | null }
