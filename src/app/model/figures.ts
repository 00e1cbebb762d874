// Key figures as rows an analyst sorts, groups and exports, and the figure tracker: one
// measure's reported values across articles over time. Only like is compared: a tracker
// holds one indicator key, one unit and one kind (levels are never mixed with targets).
import type { ArticleMeta, FigureKind, UnitFamily } from '../../shared/schema';
import { formatFigure } from './aggregate';
import { dateSpan } from './dates';

export interface FigureRow {
  articleId: string;
  title: string;
  date: string | null;
  /** The article's own wording, or null when the pipeline found no sound one. */
  indicator: string | null;
  indicatorKey: string | null;
  kind: FigureKind;
  value: number;
  unit: string;
  unitFamily: UnitFamily;
  text: string;
  display: string;
  /** 从A增至B: A, as a reader writes it. */
  baseline: string | null;
  evidence: string;
}

/** One row per figure an article reports; a figure it repeats word for word (a summary, then the text) is listed once. */
export function figureRows(articles: readonly ArticleMeta[]): FigureRow[] {
  return articles.flatMap(rowsOf);
}

function rowsOf(a: ArticleMeta): FigureRow[] {
  return uniqueFigures(a.figures).map((f) => ({
    articleId: a.id, title: a.title ?? a.lead.slice(0, 24), date: a.date,
    indicator: f.indicator, indicatorKey: f.indicatorKey, kind: f.kind,
    value: f.value, unit: f.unit, unitFamily: f.unitFamily, text: f.text, display: formatFigure(f.value, f.unit, f.qualifier),
    baseline: f.baseline ? formatFigure(f.baseline.value, f.unit, f.baseline.qualifier) : null,
    evidence: f.evidence,
  }));
}

export interface KeyFigures {
  rows: FigureRow[];
  trackers: Tracker[];
}

/** Articles (or figure rows) between two steps of a stepped computation: a few milliseconds of work. */
const PER_STEP = 1000;

/**
 * The key figures — figureRows and figureTrackers of the articles, exactly — in steps
 * (a yield every PER_STEP articles, rows or measures), so a caller can hand the thread
 * back between them: at 100k articles they take most of a second, which held the page in
 * one task when the Charts tab's rows arrived.
 */
export function* keyFigureSteps(articles: readonly ArticleMeta[]): Generator<void, KeyFigures, void> {
  const rows: FigureRow[] = [];
  for (let k = 0; k < articles.length; k++) {
    for (const r of rowsOf(articles[k]!)) rows.push(r);
    if (k % PER_STEP === PER_STEP - 1) yield;
  }
  return { rows, trackers: yield* trackerSteps(rows) };
}

/** A stepped computation run to its end at once. */
export function finish<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function uniqueFigures(figures: ArticleMeta['figures']): ArticleMeta['figures'] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const key = `${f.text}|${f.indicator ?? ''}|${f.kind}`;
    return !seen.has(key) && seen.add(key);
  });
}

export type FigureSortKey = 'indicator' | 'value' | 'date' | 'title' | 'kind';

/** Rows grouped by unit (families in a fixed order, the unit with most rows first), sorted within each. */
export function figuresByUnit(rows: FigureRow[], key: FigureSortKey, desc: boolean): { unit: string; rows: FigureRow[] }[] {
  const groups = new Map<string, FigureRow[]>();
  // Appended in place: copying the group for each row was quadratic (12 s of Charts clicks at 100k).
  for (const r of rows) {
    const group = groups.get(r.unit);
    if (group) group.push(r);
    else groups.set(r.unit, [r]);
  }
  const family = (unit: string) => FAMILY_ORDER.indexOf(groups.get(unit)![0]!.unitFamily);
  return [...groups.keys()]
    .sort((a, b) => family(a) - family(b) || groups.get(b)!.length - groups.get(a)!.length || a.localeCompare(b))
    .map((unit) => ({ unit, rows: groups.get(unit)!.sort((a, b) => compareRows(a, b, key) * (desc ? -1 : 1)) }));
}

const FAMILY_ORDER: readonly UnitFamily[] = ['count', 'money', 'percent', 'points', 'multiple', 'physical'];

/** One collator for every compare (String#localeCompare with a locale is much slower per call). */
const ZH = new Intl.Collator('zh');

function compareRows(a: FigureRow, b: FigureRow, key: FigureSortKey): number {
  if (key === 'value') return a.value - b.value;
  if (key === 'date') return (a.date ?? '').localeCompare(b.date ?? '');
  if (key === 'kind') return a.kind.localeCompare(b.kind);
  if (key === 'title') return ZH.compare(a.title, b.title);
  return ZH.compare(a.indicator ?? '\uffff', b.indicator ?? '\uffff');
}

export interface Tracker {
  /** indicatorKey, unit and kind: what makes two figures the same measure. */
  id: string;
  indicatorKey: string;
  unit: string;
  kind: FigureKind;
  /** The wording most articles use, for the label. */
  label: string;
  /** One point per article (its first figure of the measure), oldest first; undated last. */
  points: FigureRow[];
}

const codeOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** Oldest first, undated last, ties by article id (ISO dates and ids compare by code point). */
const oldestFirst = (a: FigureRow, b: FigureRow): number => codeOrder(a.date ?? '\uffff', b.date ?? '\uffff') || codeOrder(a.articleId, b.articleId);

/** Measures reported by at least two articles, the most reported first. */
export function figureTrackers(rows: FigureRow[]): Tracker[] {
  return finish(trackerSteps(rows));
}

function* trackerSteps(rows: FigureRow[]): Generator<void, Tracker[], void> {
  const by = new Map<string, FigureRow[]>();
  // One point per article and measure: remembered as a key, not found by scanning the
  // measure's points (a common measure has thousands at 100k: that scan was quadratic).
  const taken = new Set<string>();
  for (const [k, r] of rows.entries()) {
    if (k % PER_STEP === PER_STEP - 1) yield;
    if (r.indicatorKey === null || r.indicator === null) continue;
    const id = `${r.indicatorKey}|${r.unit}|${r.kind}`;
    const point = `${id}\u0000${r.articleId}`;
    if (taken.has(point)) continue;
    taken.add(point);
    const list = by.get(id);
    if (list) list.push(r);
    else by.set(id, [r]);
  }
  const trackers: Tracker[] = [];
  for (const [id, points] of by) {
    if (points.length < 2) continue;
    trackers.push({ id, indicatorKey: points[0]!.indicatorKey!, unit: points[0]!.unit, kind: points[0]!.kind, label: mostCommon(points.map((p) => p.indicator!)), points: [...points].sort(oldestFirst) });
    if (points.length > PER_STEP) yield;
  }
  return trackers.sort((a, b) => b.points.length - a.points.length || a.indicatorKey.localeCompare(b.indicatorKey, 'zh'));
}

function mostCommon(words: string[]): string {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]![0];
}

/** A tracker point on a real time axis: a day at noon, a month at its middle. */
export interface PlacedPoint extends FigureRow {
  time: number;
}

/**
 * The points a time axis can draw honestly (day or month dates), and the rest — dated
 * only to a year, or not at all — which are listed but not drawn at a made-up moment.
 */
export function placeOnTimeAxis(points: FigureRow[]): { placed: PlacedPoint[]; unplaced: FigureRow[] } {
  const placed: PlacedPoint[] = [];
  const unplaced: FigureRow[] = [];
  for (const p of points) {
    const span = p.date && p.date.length > 4 ? dateSpan(p.date) : null;
    if (!span) unplaced.push(p);
    else placed.push({ ...p, time: (Date.parse(`${span.start}T12:00:00Z`) + Date.parse(`${span.end}T12:00:00Z`)) / 2 });
  }
  return { placed, unplaced };
}

