// Articles over time, honest about precision: an article is placed in a period only
// if its date is at least as precise as the period. Coarser dates (known only to the
// year, or to the month when counting weeks) are counted apart, never spread over days.
import type { ArticleMeta as Article } from '../../shared/schema';

export type Granularity = 'week' | 'month' | 'quarter' | 'year';
export const GRANULARITIES: readonly Granularity[] = ['week', 'month', 'quarter', 'year'];
export type StackBy = 'industry' | 'topic';

export interface TimelineBucket {
  key: string;
  /** First and last day of the period, for filtering by it. */
  from: string;
  to: string;
  total: number;
  stacks: Record<string, number>;
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
}

export const NO_TAG = 'none';

const RANK: Record<string, number> = { year: 0, month: 1, day: 2 };
const NEED: Record<Granularity, number> = { year: 0, quarter: 1, month: 1, week: 2 };

export function buildTimeline(articles: Article[], granularity: Granularity, stackBy: StackBy): Timeline {
  const buckets = new Map<string, TimelineBucket>();
  const coarse = new Map<string, CoarseGroup>();
  const stackKeys = new Set<string>();
  let undated = 0;
  for (const a of articles) {
    if (!a.date || !a.datePrecision) {
      undated++;
      continue;
    }
    if (RANK[a.datePrecision]! < NEED[granularity]) {
      const c = coarse.get(a.date) ?? { key: a.date, precision: a.datePrecision as 'year' | 'month', count: 0 };
      c.count++;
      coarse.set(a.date, c);
      continue;
    }
    const period = periodOf(a.date, granularity);
    const b = buckets.get(period.key) ?? { ...period, total: 0, stacks: {} };
    const stack = (stackBy === 'industry' ? a.industries[0] : a.topics[0]) ?? NO_TAG;
    b.total++;
    b.stacks[stack] = (b.stacks[stack] ?? 0) + 1;
    stackKeys.add(stack);
    buckets.set(period.key, b);
  }
  return { buckets: fillGaps([...buckets.values()], granularity), coarse: [...coarse.values()].sort((x, y) => x.key.localeCompare(y.key)), undated, stackKeys: [...stackKeys].sort((x, y) => (x === NO_TAG ? 1 : y === NO_TAG ? -1 : x.localeCompare(y))) };
}

export function periodOf(date: string, g: Granularity): { key: string; from: string; to: string } {
  const [y, m = '01', d = '01'] = date.split('-');
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
  const t = Date.UTC(year, month - 1, Number(d));
  const weekday = (new Date(t).getUTCDay() + 6) % 7;
  const monday = t - weekday * 86_400_000;
  const thursday = new Date(monday + 3 * 86_400_000);
  const isoYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / (7 * 86_400_000)) + 1;
  return { key: `${isoYear}-W${pad(week)}`, from: iso(monday), to: iso(monday + 6 * 86_400_000) };
}

/** Empty periods between the first and last are drawn too, so gaps in the news show. */
function fillGaps(buckets: TimelineBucket[], g: Granularity): TimelineBucket[] {
  if (buckets.length === 0) return [];
  const sorted = buckets.sort((a, b) => a.from.localeCompare(b.from));
  const out: TimelineBucket[] = [];
  const byKey = new Map(sorted.map((b) => [b.key, b]));
  let cursor = sorted[0]!.from;
  const last = sorted[sorted.length - 1]!.from;
  for (let guard = 0; cursor <= last && guard < 5000; guard++) {
    const p = periodOf(cursor, g);
    out.push(byKey.get(p.key) ?? { ...p, total: 0, stacks: {} });
    cursor = nextDay(p.to);
  }
  return out;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function pad(n: number): string {
  return String(n).padStart(2, '0');
}
function iso(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return iso(Date.UTC(y, m - 1, d) + 86_400_000);
}
