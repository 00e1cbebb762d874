// Everything the screen shows, derived from the corpus and the filters in one pure step.
import type { ArticleMeta as Article } from '../../shared/schema';
import { dateSortKey } from './dates';
import type { Engine } from './engine';
import { fastFacetCounts, fastResults } from './facet-index';
import { regionGroupCounts, type FacetCounts, type GroupBucket } from './facets';
import type { Filters, SortOrder } from './filters';
import { parseQuery, type ParsedQuery } from './query';

export interface View {
  results: Article[];
  /** The results as if no date range were set: what the timeline draws the range on. */
  ignoringDates: Article[];
  total: number;
  facets: FacetCounts;
  groups: GroupBucket[];
  query: ParsedQuery;
  sort: Exclude<SortOrder, 'auto'>;
  scores: Map<string, number> | null;
}

/**
 * `hits` is the full-text answer for `f.q` (relevance by id), computed off the main
 * thread; null when there is no query or its answer is not in yet.
 */
export function computeView(engine: Engine, f: Filters, hits: Map<string, number> | null): View {
  const { articles } = engine;
  const query = parseQuery(f.q);
  const scores = query.terms.length > 0 ? hits : null;
  const sort = effectiveSort(f.sort, scores !== null);
  const results = fastResults(engine.facets, f, scores).sort(comparator(sort, scores));
  const ignoringDates = f.from || f.to ? fastResults(engine.facets, { ...f, from: null, to: null }, scores) : results;
  return { results, ignoringDates, total: articles.length, facets: fastFacetCounts(engine.facets, f, scores), groups: regionGroupCounts(articles, f, scores), query, sort, scores };
}

/** Relevance when a query is active, newest first otherwise, unless the user chose. */
export function effectiveSort(sort: SortOrder, hasQuery: boolean): Exclude<SortOrder, 'auto'> {
  if (sort === 'auto') return hasQuery ? 'relevance' : 'newest';
  if (sort === 'relevance' && !hasQuery) return 'newest';
  return sort;
}

function comparator(sort: Exclude<SortOrder, 'auto'>, scores: Map<string, number> | null): (a: Article, b: Article) => number {
  const byDate = (a: Article, b: Article) => dateSortKey(b.date).localeCompare(dateSortKey(a.date)) || a.id.localeCompare(b.id);
  if (sort === 'oldest') return (a, b) => -byDate(a, b) || a.id.localeCompare(b.id);
  if (sort === 'relevance' && scores) return (a, b) => (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0) || byDate(a, b);
  return byDate;
}
