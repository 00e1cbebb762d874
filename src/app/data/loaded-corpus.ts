// What the app works from once a corpus is loaded: its envelope, each article's id, the
// store its rows come from, what the text workers need of each article, and the facet
// columns. No array of every row: where the index was loaded in a worker, the rows stay
// there and come on demand (see row-store.ts).
import { buildFacetColumns, type FacetColumns } from '../../shared/facet-columns';
import type { ArticleMeta, SourceFile } from '../../shared/schema';
import type { ShardDoc } from '../model/text-shard';
import type { ParsedCorpus, SkippedArticle, TextSource } from './parse-corpus';
import { memoryRowStore, type RowStore } from './row-store';

/** What the text workers need of an article besides its text (searched fields), and the chunk its text is in. */
export type TextPlanDoc = Omit<ShardDoc, 'paragraphs'> & { chunk: number };

export interface CorpusTable {
  generatedAt: string;
  sources: SourceFile[];
  skipped: SkippedArticle[];
  text: TextSource;
  /** Each article's id, by article number. */
  ids: readonly string[];
  rows: RowStore;
  /** By article number. */
  plan: readonly TextPlanDoc[];
}

export interface LoadedCorpus extends CorpusTable {
  facetColumns: FacetColumns;
  /** Why a binary facet index beside the index was not used (the columns were built from the rows). */
  facetFileProblem: string | null;
}

/** A loaded index before its facet columns are settled: they come from the binary file when it matches, else from the rows, where the rows are. */
export interface LoadedIndex {
  table: CorpusTable;
  buildColumns(): Promise<FacetColumns>;
}

export function planOf(a: ArticleMeta, number: number): TextPlanDoc {
  return { number, id: a.id, title: a.title, outlet: a.outlet, documents: a.documents.map((d) => ({ title: d.title, shortName: d.shortName })), chunk: a.chunk };
}

/** An index whose rows are all in hand (parsed on the page, or a file the analyst opened). */
export function indexOfParsed(parsed: ParsedCorpus): LoadedIndex {
  const { articles, ...envelope } = parsed;
  const table: CorpusTable = { ...envelope, ids: articles.map((a) => a.id), rows: memoryRowStore(articles), plan: articles.map(planOf) };
  return { table, buildColumns: async () => buildFacetColumns(articles) };
}

/** The same, with its facet columns built at once. */
export function corpusOfParsed(parsed: ParsedCorpus): LoadedCorpus {
  const { articles, ...envelope } = parsed;
  return { ...envelope, ids: articles.map((a) => a.id), rows: memoryRowStore(articles), plan: articles.map(planOf), facetColumns: buildFacetColumns(articles), facetFileProblem: null };
}
