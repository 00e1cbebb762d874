// What the app works from once a corpus is loaded: its envelope, each article's id, the
// store its rows come from, what the text workers need of each article, and the facet
// columns. No array of every row: where the index was loaded in a worker, the rows stay
// there and come on demand (see row-store.ts).
import { buildFacetColumns, type FacetColumns } from '../../shared/facet-columns';
import type { SourceFile } from '../../shared/schema';
import type { CorpusHead, ParsedCorpus, SkippedArticle, TextSource } from './parse-corpus';
import { memoryRowStore, type RowStore } from './row-store';

export interface CorpusTable {
  generatedAt: string;
  sources: SourceFile[];
  skipped: SkippedArticle[];
  text: TextSource;
  /** Each article's id, by article number. */
  ids: readonly string[];
  rows: RowStore;
  /** The chunk holding each article's text, by article number (a split corpus's text workers read it). */
  chunkOf: ArrayLike<number>;
}

export interface LoadedCorpus extends CorpusTable {
  facetColumns: FacetColumns;
  /** Why a binary facet index beside the index was not used (the columns were built from the rows). */
  facetFileProblem: string | null;
  /**
   * For a corpus numbered before its rows were all read: checks them all, in order, once
   * (the app asks when the texts are in, so the check does not compete with them).
   */
  check?: () => void;
}

/** A loaded index before its facet columns are settled: they come from the binary file when it matches, else from the rows, where the rows are. */
export interface LoadedIndex {
  table: CorpusTable;
  buildColumns(): Promise<FacetColumns>;
}

/**
 * A split index whose rows are in files the index worker has not read yet: it can be
 * numbered at once by ids known elsewhere (the binary facet index), its rows read as they
 * are asked for, or completed by reading every row in order.
 */
export interface AnnouncedIndex {
  head: CorpusHead;
  /** How many articles the index says its chunks hold. */
  announced: number;
  /** The table numbered by these ids (as many as announced); each row asked for is checked to be the article numbered. */
  numbered(ids: readonly string[]): CorpusTable;
  /** Every row checked in order: the table as a parse on the page numbers it. */
  complete(): Promise<LoadedIndex>;
}

export type IndexLoad = { kind: 'loaded'; index: LoadedIndex } | { kind: 'announced'; index: AnnouncedIndex };

/** Each article's chunk, from the chunks' announced sizes. */
export function chunksBySize(counts: readonly number[]): Uint32Array {
  const out = new Uint32Array(counts.reduce((n, c) => n + c, 0));
  let at = 0;
  counts.forEach((c, k) => {
    out.fill(k, at, at + c);
    at += c;
  });
  return out;
}

/** An index whose rows are all in hand (parsed on the page, or a file the analyst opened). */
export function indexOfParsed(parsed: ParsedCorpus): LoadedIndex {
  const { articles, ...envelope } = parsed;
  const table: CorpusTable = { ...envelope, ids: articles.map((a) => a.id), rows: memoryRowStore(articles), chunkOf: Uint32Array.from(articles, (a) => a.chunk) };
  return { table, buildColumns: async () => buildFacetColumns(articles) };
}

/** The same, with its facet columns built at once. */
export function corpusOfParsed(parsed: ParsedCorpus): LoadedCorpus {
  const { articles } = parsed;
  return { ...indexOfParsed(parsed).table, facetColumns: buildFacetColumns(articles), facetFileProblem: null };
}
