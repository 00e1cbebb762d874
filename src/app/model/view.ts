// Everything the screen shows, derived from the corpus and the filters in one pure step.
import type { ArticleMeta as Article } from '../../shared/schema';
import { facetsFor, type Engine } from './engine';
import type { FacetIndex } from './facet-index';
import { fastFacetCounts, fastGroupCounts, fastResultNumbers, fastResultSet } from './facet-index';
import type { FacetCounts, GroupBucket } from './facets';
import { withinRange } from './dates';
import type { ResultSet, SortOrder } from './filters';
import { parseQuery, type ParsedQuery } from './query';
import type { SearchHits } from './search';
import { hasBit, type Bitset } from './bitset';

export interface View {
  results: Article[];
  /** The results' article numbers (positions in the corpus), in the same order. */
  numbers: Uint32Array;
  /** The results as if no date range were set: what the timeline draws the range on. */
  ignoringDates: Article[];
  total: number;
  facets: FacetCounts;
  groups: GroupBucket[];
  query: ParsedQuery;
  sort: Exclude<SortOrder, 'auto'>;
  /** With a date range: matches whose date is coarser than the range (a year-only article in a month range). */
  coarse: { year: number; month: number };
}

/**
 * `hits` is the full-text answer for `f.q` by article number (position in the corpus),
 * computed off the main thread; null when there is no query or its answer is not in yet.
 * `chosen` is the sort the user picked ('auto' picks by whether a query is active).
 */
export function computeView(engine: Engine, f: ResultSet, chosen: SortOrder, hits: SearchHits | null): View {
  const { articles } = engine;
  const facets = facetsFor(engine, f.places);
  const query = parseQuery(f.q);
  const active = query.root ? hits : null;
  const sort = effectiveSort(chosen, active !== null);
  const numbers = Uint32Array.from(ordered(engine, fastResultSet(facets, f, active), sort, active));
  const results = Array.from(numbers, (i) => articles[i]!);
  const ignoringDates = f.from || f.to ? fastResultNumbers(facets, { ...f, from: null, to: null }, active).map((i) => articles[i]!) : results;
  return {
    results, numbers, ignoringDates, total: articles.length, facets: fastFacetCounts(facets, f, active), groups: fastGroupCounts(facets, f, active), query, sort,
    coarse: coarseMatches(results, f),
  };
}

/**
 * What the facets show before the index's rows are in: counts from the facet bitsets
 * alone (the binary facet index), no rows. Null when the set has a query: without the
 * texts its counts would be wrong, and a wrong count is worse than none.
 */
export function facetsOnlyView(ix: FacetIndex, f: ResultSet): View | null {
  if (parseQuery(f.q).root) return null;
  const numbers = Uint32Array.from(fastResultNumbers(ix, f, null));
  return {
    results: [], numbers, ignoringDates: [], total: ix.size, facets: fastFacetCounts(ix, f, null), groups: fastGroupCounts(ix, f, null), query: parseQuery(''), sort: 'newest',
    coarse: { year: 0, month: 0 },
  };
}

/** The articles the set's filters select without its query: what term trends' shares are of. */
export function unqueriedNumbers(engine: Engine, f: ResultSet): number[] {
  return fastResultNumbers(facetsFor(engine, f.places), { ...f, q: '' }, null);
}

/** How many of the matches only overlap the range because their date is a whole year or month. */
export function coarseMatches(results: Article[], f: ResultSet): { year: number; month: number } {
  const out = { year: 0, month: 0 };
  if (!(f.from || f.to) || f.exactDates) return out;
  for (const a of results) {
    if (withinRange(a, f.from, f.to)) continue;
    if (a.datePrecision === 'year') out.year++;
    else if (a.datePrecision === 'month') out.month++;
  }
  return out;
}

/** Relevance when a query is active, newest first otherwise, unless the user chose. */
export function effectiveSort(sort: SortOrder, hasQuery: boolean): Exclude<SortOrder, 'auto'> {
  if (sort === 'auto') return hasQuery ? 'relevance' : 'newest';
  if (sort === 'relevance' && !hasQuery) return 'newest';
  return sort;
}

/**
 * The result set in display order. By date it is a walk along the precomputed order
 * (no comparisons: 100k results cost a pass); by relevance only the hits are sorted.
 */
function ordered(engine: Engine, set: Bitset, sort: Exclude<SortOrder, 'auto'>, hits: SearchHits | null): number[] {
  const has = (i: number) => hasBit(set, i);
  if (sort === 'relevance' && hits) {
    // Hits grouped by score while walking the date order: each group comes out newest
    // first, and only the distinct scores need sorting (a few hundred, not 100k hits).
    const score = new Float64Array(engine.articles.length).fill(NaN);
    for (let k = 0; k < hits.docs.length; k++) if (hits.docs[k]! < score.length) score[hits.docs[k]!] = hits.scores[k]!;
    const groups = new Map<number, number[]>();
    for (const i of engine.newestFirst) {
      const s = score[i]!;
      if (s === s && has(i)) {
        const group = groups.get(s);
        if (group) group.push(i);
        else groups.set(s, [i]);
      }
    }
    return [...groups.keys()].sort((a, b) => b - a).flatMap((s) => groups.get(s)!);
  }
  const order = engine.newestFirst;
  const out: number[] = [];
  if (sort === 'oldest') {
    for (let k = order.length - 1; k >= 0; k--) if (has(order[k]!)) out.push(order[k]!);
  } else {
    for (let k = 0; k < order.length; k++) if (has(order[k]!)) out.push(order[k]!);
  }
  return out;
}
