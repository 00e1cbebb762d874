// The Charts tab's aggregates straight from the facet columns: counts in typed arrays
// indexed by value number, no object per article. At 100k results the row-shaped versions
// (aggregate.ts, timeline.ts: a Set or Map per article) took 60–100 ms each and ran several
// times per click; these take a few ms. Held to the row-shaped ones by a property test.
import type { ColumnName, FacetColumns } from '../../shared/facet-columns';
import type { Count, Matrix } from './aggregate';
import { MATRIX_MAX } from './aggregate';
import { dateOfSpan } from './facts';
import { CROSS_INDUSTRY, finishTimeline, NO_TAG, placeInTime, type CoarseGroup, type Granularity, type StackBy, type Timeline, type TimelineBucket } from './timeline';

/**
 * Answers kept per corpus and result array (shared: read them, never change them). The
 * Charts tab's first render may be restarted by React many times before it commits (15
 * times in one measured load at 100k, each urgent update elsewhere starting it over), and
 * a useMemo keeps nothing from a render that did not commit.
 */
const answers = new WeakMap<FacetColumns, WeakMap<ArrayLike<number>, Map<string, unknown>>>();

function remembered<T>(columns: FacetColumns, numbers: ArrayLike<number>, key: string, compute: () => T): T {
  let byNumbers = answers.get(columns);
  if (!byNumbers) answers.set(columns, (byNumbers = new WeakMap()));
  let byKey = byNumbers.get(numbers);
  if (!byKey) byNumbers.set(numbers, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, compute());
  return byKey.get(key) as T;
}

const byCountThenKey = (a: Count, b: Count) => b.count - a.count || a.key.localeCompare(b.key);

/** Per value number, the articles among `numbers` that hold it, and the values in the order first met (as countBy meets them). */
function tally(columns: FacetColumns, name: ColumnName, numbers: ArrayLike<number>): { counts: Uint32Array; met: number[] } {
  const { values, offsets, ids } = columns.columns[name];
  const counts = new Uint32Array(values.length);
  const met: number[] = [];
  for (let k = 0; k < numbers.length; k++) {
    const n = numbers[k]!;
    for (let j = offsets[n]!, hi = offsets[n + 1]!; j < hi; j++) {
      const v = ids[j]!;
      if (counts[v]! === 0) met.push(v);
      counts[v]!++;
    }
  }
  return { counts, met };
}

/** Articles per value of a column, most first, ties by name: `countBy` over the same articles' values. */
export function countColumn(columns: FacetColumns, name: ColumnName, numbers: ArrayLike<number>): Count[] {
  return remembered(columns, numbers, `count ${name}`, () => countOnce(columns, name, numbers));
}

function countOnce(columns: FacetColumns, name: ColumnName, numbers: ArrayLike<number>): Count[] {
  const { counts, met } = tally(columns, name, numbers);
  const values = columns.columns[name].values;
  return met.map((v) => ({ key: values[v]!, count: counts[v]! })).sort(byCountThenKey);
}

/** Industries × topics: `industryTopicMatrix` over the same articles. */
export function matrixOfColumns(columns: FacetColumns, numbers: ArrayLike<number>): Matrix {
  return remembered(columns, numbers, 'matrix', () => matrixOnce(columns, numbers));
}

function matrixOnce(columns: FacetColumns, numbers: ArrayLike<number>): Matrix {
  const industry = columns.columns.industry;
  const topic = columns.columns.topic;
  const width = topic.values.length;
  const cells = new Uint32Array(industry.values.length * width);
  for (let k = 0; k < numbers.length; k++) {
    const n = numbers[k]!;
    const tLo = topic.offsets[n]!;
    const tHi = topic.offsets[n + 1]!;
    for (let i = industry.offsets[n]!, iHi = industry.offsets[n + 1]!; i < iHi; i++) {
      const row = industry.ids[i]! * width;
      for (let j = tLo; j < tHi; j++) cells[row + topic.ids[j]!]!++;
    }
  }
  const allRows = countColumn(columns, 'industry', numbers).map((c) => c.key);
  const allCols = countColumn(columns, 'topic', numbers).map((c) => c.key);
  const rowOf = new Map(industry.values.map((v, i) => [v, i]));
  const colOf = new Map(topic.values.map((v, j) => [v, j]));
  const pairs: Matrix['pairs'] = [];
  cells.forEach((count, at) => {
    if (count > 0) pairs.push({ row: industry.values[Math.floor(at / width)]!, col: topic.values[at % width]!, count });
  });
  pairs.sort((a, b) => b.count - a.count || a.row.localeCompare(b.row) || a.col.localeCompare(b.col));
  const rows = allRows.slice(0, MATRIX_MAX);
  const cols = allCols.slice(0, MATRIX_MAX);
  const grid = rows.map((r) => cols.map((c) => cells[rowOf.get(r)! * width + colOf.get(c)!]!));
  const max = grid.reduce((m, line) => Math.max(m, ...line), 0);
  return { rows, cols, cells: grid, max, allRows: allRows.length, allCols: allCols.length, pairs };
}

/**
 * Band numbers for the stack column's values, plus one for cross-industry and one for no
 * tag; values that share a name with those (data may call a value "none") share their band,
 * as the row-shaped timeline, keyed by name, does.
 */
function bandsOf(values: readonly string[]): { band: Int32Array; names: string[] } {
  const names: string[] = [];
  const byName = new Map<string, number>();
  const band = Int32Array.from([...values, CROSS_INDUSTRY, NO_TAG], (name) => {
    let b = byName.get(name);
    if (b === undefined) byName.set(name, (b = names.push(name) - 1));
    return b;
  });
  return { band, names };
}

/**
 * Articles per distinct date span and band: one Map lookup and one increment per article.
 * Unless weeks are counted, the days of a month fall in one period, so a month's days are
 * one span here (placing a span takes about 2 µs: 100 months instead of 2,800 days at 100k).
 */
function tallySpans(columns: FacetColumns, numbers: ArrayLike<number>, granularity: Granularity, stackBy: StackBy, band: Int32Array, width: number) {
  const dayShift = granularity === 'week' ? 0 : 5;
  const stackColumn = columns.columns[stackBy];
  const nValues = stackColumn.values.length;
  const spanOf = new Map<number, number>();
  const starts: number[] = [];
  const ends: number[] = [];
  let counts = new Uint32Array(64 * width);
  for (let k = 0; k < numbers.length; k++) {
    const n = numbers[k]!;
    const s = columns.spanStart[n]!;
    const e = columns.spanEnd[n]!;
    // A span is its first day (or month) and its precision: small integers, which the Map hashes cheaply.
    const key = (s >> dayShift) * 3 + (s === e ? 0 : s >> 5 === e >> 5 ? 1 : 2);
    let at = spanOf.get(key);
    if (at === undefined) {
      spanOf.set(key, (at = starts.push(s) - 1));
      ends.push(e);
      if (starts.length * width > counts.length) counts = grown(counts);
    }
    const lo = stackColumn.offsets[n]!;
    const value = lo < stackColumn.offsets[n + 1]! ? stackColumn.ids[lo]! : stackBy === 'industry' && columns.onTopic[n] === 1 ? nValues : nValues + 1;
    counts[at * width + band[value]!]!++;
  }
  return { starts, ends, counts };
}

function grown(counts: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const next = new Uint32Array(counts.length * 2);
  next.set(counts);
  return next;
}

/** `buildTimeline` over the same articles, from their day spans and first industry or topic: each distinct span placed once. */
export function timelineOfColumns(columns: FacetColumns, numbers: ArrayLike<number>, granularity: Granularity, stackBy: StackBy): Timeline {
  return remembered(columns, numbers, `timeline ${granularity} ${stackBy}`, () => timelineOnce(columns, numbers, granularity, stackBy));
}

function timelineOnce(columns: FacetColumns, numbers: ArrayLike<number>, granularity: Granularity, stackBy: StackBy): Timeline {
  const { band, names } = bandsOf(columns.columns[stackBy].values);
  const width = names.length;
  const spans = tallySpans(columns, numbers, granularity, stackBy, band, width);
  const buckets = new Map<string, { bucket: TimelineBucket; bands: Uint32Array }>();
  const coarse = new Map<string, CoarseGroup>();
  let undated = 0;
  spans.starts.forEach((start, i) => {
    const row = spans.counts.subarray(i * width, (i + 1) * width);
    const n = row.reduce((sum, c) => sum + c, 0);
    const where = placeInTime(dateOfSpan(start, spans.ends[i]!), granularity);
    if (where.kind === 'undated') undated += n;
    else if (where.kind === 'coarse') {
      const group = coarse.get(where.key) ?? { key: where.key, precision: where.precision, count: 0 };
      group.count += n;
      coarse.set(where.key, group);
    } else {
      const at = buckets.get(where.period.key) ?? { bucket: { ...where.period, total: 0, stacks: new Map<string, number>() }, bands: new Uint32Array(width) };
      at.bucket.total += n;
      row.forEach((c, j) => (at.bands[j]! += c));
      buckets.set(where.period.key, at);
    }
  });
  const used = new Set<string>();
  for (const { bucket, bands } of buckets.values()) {
    bands.forEach((count, j) => {
      if (count === 0) return;
      (bucket.stacks as Map<string, number>).set(names[j]!, count);
      used.add(names[j]!);
    });
  }
  return finishTimeline([...buckets.values()].map((b) => b.bucket), [...coarse.values()], undated, used, granularity);
}
