// The messages between the page and the index worker: one request (the index's URL), then
// the envelope, the checked articles slice by slice, and the end — or one error.
import type { LoadProblem } from './corpus-error';
import type { CorpusHead, CorpusSlice } from './parse-corpus';

export interface IndexRequest {
  /** The index as the page names it (in messages). */
  url: string;
  /** Its absolute URL: what is fetched, and what chunk file names resolve against. */
  base: string;
}

export type IndexMessage =
  | { kind: 'head'; head: CorpusHead }
  | { kind: 'slice'; slice: CorpusSlice }
  | { kind: 'done' }
  | { kind: 'error'; message: string; errorKind: 'network' | 'http' | 'json' | 'schema'; problem: LoadProblem | null };
