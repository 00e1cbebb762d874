// Articles over time, honest about precision: an article is placed in a period only
// if its date is at least as precise as the period. Coarser dates (known only to the
// year, or to the month when counting weeks) are counted apart, never spread over days.
import type { ArticleMeta as Article } from '../../shared/schema';
import { utcDay } from './dates';

export type Granularity = 'week' | 'month' | 'quarter' | 'year';
export const GRANULARITIES: readonly Granularity[] = ['week', 'month', 'quarter', 'year'];
export type StackBy = 'industry' | 'topic';

export interface TimelineBucket {
  key: string;
  /** First and last day of the period, for filtering by it. */
  from: string;
  to: string;
  total: number;
  /** Articles per stack value. A Map, since values are data (an id may be "__proto__"). */
  stacks: ReadonlyMap<string, number>;
}

export interface CoarseGroup {
  /** The period the articles are known to: "2025" or "2025-11". */
  key: string;
  precision: 'year' | 'month';
  count: number;
}

export interface Timeline {
  buckets: TimelineBucket[];
  /** Articles too coarse for the chosen granularity, per known period. */
  coarse: CoarseGroup[];
  undated: number;
  stackKeys: string[];
  /** Set when the dated span has more periods than can be drawn: only periods with articles are listed. */
  gapsOmitted: boolean;
}

/** At most this many periods are drawn with their empty neighbours (about 33 years of months). */
export const MAX_PERIODS = 400;

export const NO_TAG = 'none';
/** On-topic articles about no single industry (SME policy, SRDI statistics): their own band, not one anecdote's industry. */
export const CROSS_INDUSTRY = 'cross-industry';
/** Bands without a tag of their own go last, in this order (indexOf -1 sorts the tagged first). */
const BAND_LAST = [CROSS_INDUSTRY, NO_TAG];

const RANK: Record<string, number> = { year: 0, month: 1, day: 2 };
const NEED: Record<Granularity, number> = { year: 0, quarter: 1, month: 1, week: 2 };

export type TimePlace =
  | { kind: 'period'; period: { key: string; from: string; to: string } }
  | { kind: 'coarse'; key: string; precision: 'year' | 'month' }
  | { kind: 'undated' };

/** Where an article stands on a time axis of this unit: in a period, known only coarser, or undated. */
export function placeInTime(a: Pick<Article, 'date' | 'datePrecision'>, granularity: Granularity): TimePlace {
  if (!a.date || !a.datePrecision) return { kind: 'undated' };
  if (RANK[a.datePrecision]! < NEED[granularity]) return { kind: 'coarse', key: a.date, precision: a.datePrecision as 'year' | 'month' };
  return { kind: 'period', period: periodOf(a.date, granularity) };
}

/** What the timeline reads of an article (rows and facts both have it). */
export type TimelineInput = Pick<Article, 'date' | 'datePrecision' | 'industries' | 'topics' | 'onTopic'>;

export function buildTimeline(articles: readonly TimelineInput[], granularity: Granularity, stackBy: StackBy): Timeline {
  const buckets = new Map<string, TimelineBucket>();
  const coarse = new Map<string, CoarseGroup>();
  const stackKeys = new Set<string>();
  let undated = 0;
  // A few thousand distinct dates among any number of articles: each placed once (placing splits and formats
  // strings). The schema ties a date's precision to its shape, so the date alone is the key.
  const places = new Map<string | null, TimePlace>();
  for (const a of articles) {
    let place = places.get(a.date);
    if (!place) places.set(a.date, (place = placeInTime(a, granularity)));
    if (place.kind === 'undated') {
      undated++;
      continue;
    }
    if (place.kind === 'coarse') {
      const c = coarse.get(place.key) ?? { key: place.key, precision: place.precision, count: 0 };
      c.count++;
      coarse.set(place.key, c);
      continue;
    }
    const period = place.period;
    const b = buckets.get(period.key) ?? { ...period, total: 0, stacks: new Map<string, number>() };
    const stack = stackOf(a, stackBy);
    b.total++;
    (b.stacks as Map<string, number>).set(stack, (b.stacks.get(stack) ?? 0) + 1);
    stackKeys.add(stack);
    buckets.set(period.key, b);
  }
  return finishTimeline([...buckets.values()], [...coarse.values()], undated, stackKeys, granularity);
}

/** The stack value an article is drawn in: its first industry (or topic), else a band without a tag. */
export const stackOf = (a: Pick<TimelineInput, 'industries' | 'topics' | 'onTopic'>, stackBy: StackBy): string =>
  (stackBy === 'industry' ? a.industries[0] ?? (a.onTopic ? CROSS_INDUSTRY : undefined) : a.topics[0]) ?? NO_TAG;

/** The periods in order with their gaps filled, the coarse groups by key, the bands in drawing order. */
export function finishTimeline(buckets: TimelineBucket[], coarse: CoarseGroup[], undated: number, stackKeys: Iterable<string>, granularity: Granularity): Timeline {
  const filled = fillGaps(buckets, granularity);
  return {
    buckets: filled.buckets,
    gapsOmitted: filled.omitted,
    coarse: coarse.sort((x, y) => x.key.localeCompare(y.key)),
    undated,
    stackKeys: [...stackKeys].sort((x, y) => BAND_LAST.indexOf(x) - BAND_LAST.indexOf(y) || x.localeCompare(y)),
  };
}

/** A chart's data key for the i-th stack value: positional, so no value can collide with an object key. */
export const seriesKey = (i: number): string => `s${i}`;

/** One period's stack counts as chart data fields s0, s1…, every series present (stacked areas need it). */
export function seriesValues(stacks: ReadonlyMap<string, number>, keys: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  keys.forEach((k, i) => {
    out[seriesKey(i)] = stacks.get(k) ?? 0;
  });
  return out;
}

export function periodOf(date: string, g: Granularity): { key: string; from: string; to: string } {
  const [y = '', m = '01', d = '01'] = date.split('-');
  const year = Number(y);
  const month = Number(m);
  if (g === 'year') return { key: `${y}`, from: `${y}-01-01`, to: `${y}-12-31` };
  if (g === 'quarter') {
    const q = Math.floor((month - 1) / 3) + 1;
    const first = (q - 1) * 3 + 1;
    return { key: `${y}-Q${q}`, from: `${y}-${pad(first)}-01`, to: `${y}-${pad(first + 2)}-${pad(daysIn(year, first + 2))}` };
  }
  if (g === 'month') return { key: `${y}-${m}`, from: `${y}-${m}-01`, to: `${y}-${m}-${pad(daysIn(year, month))}` };
  // ISO week: Monday start; the key is the ISO week-year and number.
  const t = utcDay(year, month, Number(d));
  const weekday = (new Date(t).getUTCDay() + 6) % 7;
  const monday = t - weekday * 86_400_000;
  const thursday = new Date(monday + 3 * 86_400_000);
  const isoYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - utcDay(isoYear, 1, 1)) / (7 * 86_400_000)) + 1;
  return { key: `${pad4(isoYear)}-W${pad(week)}`, from: iso(monday), to: iso(monday + 6 * 86_400_000) };
}

/**
 * Empty periods between the first and last are drawn too, so gaps in the news show —
 * unless the span is too long to draw (a stray year 9999), when only periods with articles are kept.
 */
function fillGaps(buckets: TimelineBucket[], g: Granularity): { buckets: TimelineBucket[]; omitted: boolean } {
  if (buckets.length === 0) return { buckets: [], omitted: false };
  const sorted = buckets.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const out: TimelineBucket[] = [];
  const byKey = new Map(sorted.map((b) => [b.key, b]));
  let cursor = sorted[0]!.from;
  const last = sorted[sorted.length - 1]!.from;
  for (; cursor <= last; cursor = nextDay(out[out.length - 1]!.to)) {
    if (out.length >= MAX_PERIODS) return { buckets: sorted, omitted: true };
    const p = periodOf(cursor, g);
    out.push(byKey.get(p.key) ?? { ...p, total: 0, stacks: new Map() });
  }
  return { buckets: out, omitted: false };
}


function daysIn(year: number, month: number): number {
  return new Date(utcDay(year, month + 1, 0)).getUTCDate();
}
function pad4(n: number): string {
  return String(n).padStart(4, '0');
}
function pad(n: number): string {
  return String(n).padStart(2, '0');
}
function iso(t: number): string {
  const d = new Date(t);
  return `${pad4(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return iso(utcDay(y, m, d) + 86_400_000);
}
