// Term trends: how often terms occur per period, and the share of the period's articles
// that mention each — attention normalised by all articles in the period, as Media Cloud
// does — on the timeline's precision-honest axis: an article is placed in a period only
// when its date is that precise; coarser and undated articles are counted apart.
import type { ArticleMeta as Article } from '../../shared/schema';
import { buildTimeline, placeInTime, type Granularity } from './timeline';

/** At most this many terms are compared at once (more lines than a chart can keep apart). */
export const MAX_TREND_TERMS = 5;

/** One term's matching articles (corpus numbers) and its occurrences in each. */
export interface TermSeries {
  term: string;
  docs: Uint32Array;
  counts: Uint32Array;
}

export interface TrendCell {
  /** Articles mentioning the term, and its occurrences in them. */
  articles: number;
  occurrences: number;
}

export interface TrendGroup {
  key: string;
  /** Articles in the base set here: what the share is of. */
  base: number;
  terms: TrendCell[];
}

export interface TrendPeriod extends TrendGroup {
  from: string;
  to: string;
}

export interface TermTrends {
  periods: TrendPeriod[];
  /** Articles known only to a year or month coarser than the unit, per known period. */
  coarse: (TrendGroup & { precision: 'year' | 'month' })[];
  undated: TrendGroup;
  gapsOmitted: boolean;
  totals: TrendCell[];
}

const cells = (n: number): TrendCell[] => Array.from({ length: n }, () => ({ articles: 0, occurrences: 0 }));

/** The share of a group's articles that mention term k; null when the group has none. */
export const shareOf = (g: TrendGroup, k: number): number | null => (g.base > 0 ? g.terms[k]!.articles / g.base : null);

/**
 * `base` is the set the shares are of (the filters without the query), by article number,
 * and `baseRows` their rows in the same order; only these articles count.
 */
export function buildTermTrends(base: ArrayLike<number>, baseRows: readonly Article[], series: readonly TermSeries[], g: Granularity): TermTrends {
  const rowOf = new Map<number, Article>();
  for (let k = 0; k < base.length; k++) rowOf.set(base[k]!, baseRows[k]!);
  const timeline = buildTimeline(baseRows, g, 'industry');
  const n = series.length;
  const periods: TrendPeriod[] = timeline.buckets.map((b) => ({ key: b.key, from: b.from, to: b.to, base: b.total, terms: cells(n) }));
  const coarse = timeline.coarse.map((c) => ({ key: c.key, precision: c.precision, base: c.count, terms: cells(n) }));
  const undated: TrendGroup = { key: 'undated', base: timeline.undated, terms: cells(n) };
  const byPeriod = new Map(periods.map((p) => [p.key, p]));
  const byCoarse = new Map(coarse.map((c) => [c.key, c]));
  const totals = cells(n);
  series.forEach((s, k) => {
    s.docs.forEach((i, j) => {
      const row = rowOf.get(i);
      if (!row) return;
      const place = placeInTime(row, g);
      const group = place.kind === 'period' ? byPeriod.get(place.period.key) : place.kind === 'coarse' ? byCoarse.get(place.key) : undated;
      for (const cell of [group?.terms[k], totals[k]]) {
        if (!cell) continue;
        cell.articles++;
        cell.occurrences += s.counts[j]!;
      }
    });
  });
  return { periods, coarse, undated, gapsOmitted: timeline.gapsOmitted, totals };
}
