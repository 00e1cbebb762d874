// Everything the screen shows, derived from the corpus and the filters in one pure step.
import type { ArticleMeta as Article } from '../../shared/schema';
import type { Engine } from './engine';
import { fastFacetCounts, fastGroupCounts, fastResultNumbers } from './facet-index';
import type { FacetCounts, GroupBucket } from './facets';
import type { Filters, SortOrder } from './filters';
import { parseQuery, type ParsedQuery } from './query';
import type { SearchHits } from './search';

export interface View {
  results: Article[];
  /** The results as if no date range were set: what the timeline draws the range on. */
  ignoringDates: Article[];
  total: number;
  facets: FacetCounts;
  groups: GroupBucket[];
  query: ParsedQuery;
  sort: Exclude<SortOrder, 'auto'>;
}

/**
 * `hits` is the full-text answer for `f.q` by article number (position in the corpus),
 * computed off the main thread; null when there is no query or its answer is not in yet.
 */
export function computeView(engine: Engine, f: Filters, hits: SearchHits | null): View {
  const { articles, facets } = engine;
  const query = parseQuery(f.q);
  const active = query.terms.length > 0 ? hits : null;
  const sort = effectiveSort(f.sort, active !== null);
  const numbers = fastResultNumbers(facets, f, active).sort(comparator(engine, sort, active));
  const results = numbers.map((i) => articles[i]!);
  const ignoringDates = f.from || f.to ? fastResultNumbers(facets, { ...f, from: null, to: null }, active).map((i) => articles[i]!) : results;
  return { results, ignoringDates, total: articles.length, facets: fastFacetCounts(facets, f, active), groups: fastGroupCounts(facets, f, active), query, sort };
}

/** Relevance when a query is active, newest first otherwise, unless the user chose. */
export function effectiveSort(sort: SortOrder, hasQuery: boolean): Exclude<SortOrder, 'auto'> {
  if (sort === 'auto') return hasQuery ? 'relevance' : 'newest';
  if (sort === 'relevance' && !hasQuery) return 'newest';
  return sort;
}

function comparator(engine: Engine, sort: Exclude<SortOrder, 'auto'>, hits: SearchHits | null): (a: number, b: number) => number {
  const keys = engine.sortKeys;
  const { articles } = engine;
  const byId = (a: number, b: number) => (articles[a]!.id < articles[b]!.id ? -1 : articles[a]!.id > articles[b]!.id ? 1 : 0);
  const byDate = (a: number, b: number) => (keys[a]! < keys[b]! ? 1 : keys[a]! > keys[b]! ? -1 : byId(a, b));
  if (sort === 'oldest') return (a, b) => -byDate(a, b) || byId(a, b);
  if (sort === 'relevance' && hits) {
    const score = new Float64Array(articles.length);
    for (let k = 0; k < hits.docs.length; k++) if (hits.docs[k]! < score.length) score[hits.docs[k]!] = hits.scores[k]!;
    return (a, b) => score[b]! - score[a]! || byDate(a, b);
  }
  return byDate;
}
