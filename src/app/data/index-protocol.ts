// The messages between the page and the index worker. The page asks it to load the index;
// for a split corpus the worker answers with the table (ids, what the text workers need,
// the skipped articles) and keeps the rows, which the page then asks for by article
// number, with the facet columns when no binary facet index matches. A full corpus (texts
// inline) is handed over whole instead: the envelope, the checked articles slice by
// slice, and the end. Either way a load that fails is one error.
import type { FacetColumns } from '../../shared/facet-columns';
import type { ArticleMeta } from '../../shared/schema';
import type { LoadProblem } from './corpus-error';
import type { TextPlanDoc } from './loaded-corpus';
import type { CorpusHead, CorpusSlice, SkippedArticle } from './parse-corpus';

export type IndexRequest =
  /** `url`: the index as the page names it (in messages); `base`: its absolute URL, what is fetched and chunk names resolve against. */
  | { kind: 'load'; url: string; base: string }
  | { kind: 'rows'; id: number; numbers: Uint32Array }
  | { kind: 'columns'; id: number };

/** A split corpus as the page holds it: everything but the rows. */
export interface IndexTable {
  head: CorpusHead;
  ids: string[];
  skipped: SkippedArticle[];
  plan: TextPlanDoc[];
}

export type IndexMessage =
  | { kind: 'table'; table: IndexTable }
  | { kind: 'head'; head: CorpusHead }
  | { kind: 'slice'; slice: CorpusSlice }
  | { kind: 'done' }
  | { kind: 'rows'; id: number; rows: ArticleMeta[] }
  | { kind: 'columns'; id: number; columns: FacetColumns }
  | { kind: 'failed'; id: number; message: string }
  | { kind: 'error'; message: string; errorKind: 'network' | 'http' | 'json' | 'schema'; problem: LoadProblem | null };
