// Everything the screen shows, derived from the corpus and the filters in one pure step.
import { spanKeys } from '../../shared/facet-columns';
import { facetsFor, type Engine } from './engine';
import type { FacetIndex } from './facet-index';
import { fastFacetCounts, fastGroupCounts, fastResultNumbers, fastResultSet } from './facet-index';
import type { FacetCounts, GroupBucket } from './facets';
import type { ResultSet, SortOrder } from './filters';
import { effectiveSort } from '../../shared/result-set';
import { parseQuery, type ParsedQuery } from '../../shared/search/query';
import type { SearchHits } from '../../shared/search/search';
import { hasBit, popcount, type Bitset } from './bitset';

export interface View {
  /** The results' article numbers (positions in the corpus), in display order; their rows come from the row store. */
  numbers: Uint32Array;
  /** The results as if no date range were set (in corpus order): what the timeline draws the range on. */
  ignoringDates: ArrayLike<number>;
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
  const facets = facetsFor(engine, f.places);
  const query = parseQuery(f.q);
  const active = query.root ? hits : null;
  const sort = effectiveSort(chosen, active !== null);
  const numbers = ordered(engine, fastResultSet(facets, f, active), sort, active);
  const ignoringDates = f.from || f.to ? fastResultNumbers(facets, { ...f, from: null, to: null }, active) : numbers;
  return {
    numbers, ignoringDates, total: engine.size, facets: fastFacetCounts(facets, f, active), groups: fastGroupCounts(facets, f, active), query, sort,
    coarse: coarseMatches(facets, numbers, f),
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
    numbers, ignoringDates: [], total: ix.size, facets: fastFacetCounts(ix, f, null), groups: fastGroupCounts(ix, f, null), query: parseQuery(''), sort: 'newest',
    coarse: { year: 0, month: 0 },
  };
}

/** The articles the set's filters select without its query: what term trends' shares are of. */
export function unqueriedNumbers(engine: Engine, f: ResultSet): number[] {
  return fastResultNumbers(facetsFor(engine, f.places), { ...f, q: '' }, null);
}

/**
 * How many of the matches only overlap the range because their date is a whole year or
 * month: read from the date spans (a span within one month is a month, a longer one a year).
 */
export function coarseMatches(ix: Pick<FacetIndex, 'spanStart' | 'spanEnd'>, numbers: ArrayLike<number>, f: ResultSet): { year: number; month: number } {
  const out = { year: 0, month: 0 };
  if (!(f.from || f.to) || f.exactDates) return out;
  const lo = f.from ? spanKeys(f.from)!.start : 0;
  const hi = f.to ? spanKeys(f.to)!.end : Infinity;
  for (let k = 0; k < numbers.length; k++) {
    const s = ix.spanStart[numbers[k]!]!;
    const e = ix.spanEnd[numbers[k]!]!;
    if (s >= lo && e <= hi) continue;
    // Day keys are y·512 + m·32 + d: the same month shares everything above the day's five bits.
    if (s >> 5 === e >> 5) out.month++;
    else out.year++;
  }
  return out;
}

/**
 * The result set in display order. By date it is a walk along the precomputed order
 * (no comparisons: 100k results cost a pass); by relevance the hits are bucketed by
 * score (a counting sort over the few hundred distinct scores) during the same walk,
 * so each score's group comes out newest first. Typed arrays throughout: at 100k a Map
 * of score groups cost 18 ms a keystroke.
 */
function ordered(engine: Engine, set: Bitset, sort: Exclude<SortOrder, 'auto'>, hits: SearchHits | null): Uint32Array {
  const order = engine.newestFirst;
  const out = new Uint32Array(popcount(set));
  if (sort === 'relevance' && hits) return byScore(order, set, hits, out);
  let n = 0;
  if (sort === 'oldest') {
    for (let k = order.length - 1; k >= 0; k--) if (hasBit(set, order[k]!)) out[n++] = order[k]!;
  } else {
    for (let k = 0; k < order.length; k++) if (hasBit(set, order[k]!)) out[n++] = order[k]!;
  }
  return out;
}

/** The set's members by descending score, ties newest first (`order`), into `out` (sized to the set). */
function byScore(order: Uint32Array, set: Bitset, hits: SearchHits, out: Uint32Array): Uint32Array {
  // The distinct scores, highest first; each hit's group is its score's rank among them.
  const distinct = distinctDescending(hits.scores);
  const groupOf = new Int32Array(order.length).fill(-1);
  for (let k = 0; k < hits.docs.length; k++) {
    const i = hits.docs[k]!;
    if (i < groupOf.length && hasBit(set, i)) groupOf[i] = rankIn(distinct, hits.scores[k]!);
  }
  const starts = new Uint32Array(distinct.length + 1);
  for (let i = 0; i < groupOf.length; i++) if (groupOf[i]! >= 0) starts[groupOf[i]! + 1]!++;
  for (let g = 0; g < distinct.length; g++) starts[g + 1]! += starts[g]!;
  for (let k = 0; k < order.length; k++) {
    const g = groupOf[order[k]!]!;
    if (g >= 0) out[starts[g]!++] = order[k]!;
  }
  return out;
}

/** The distinct values, highest first (a few dozen among any number of hits). */
function distinctDescending(scores: Float64Array): Float64Array {
  const seen = new Set<number>();
  let last = NaN;
  // Most hits repeat the score before them: a compare instead of a hash.
  for (let k = 0; k < scores.length; k++) {
    if (scores[k] === last) continue;
    last = scores[k]!;
    seen.add(last);
  }
  return Float64Array.from(seen).sort().reverse();
}

/** Where a score sits in the descending list of distinct scores (binary search; it is there). */
function rankIn(descending: Float64Array, score: number): number {
  let lo = 0;
  let hi = descending.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (descending[mid]! > score) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
