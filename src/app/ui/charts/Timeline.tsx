// Articles over time, stacked by main industry or topic. Drag across bars to set the
// date range, click one to filter to its period. Articles known only to their year
// (or month, by week) are shown apart, never as if they had a day.
import { useMemo, useRef, useState, type PointerEvent, type ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate } from '../../model/dates';
import type { Lang } from '../../strings/lang';
import { labelText, valueLabel } from '../../model/labels';
import { CROSS_INDUSTRY, GRANULARITIES, MAX_PERIODS, NO_TAG, seriesKey, seriesValues, type Granularity, type StackBy, type Timeline as TimelineData } from '../../model/timeline';
import { colourFor } from '../palette';
import { useT, useNumber } from '../shell-context';
import { ChartExportButtons } from '../ChartExportButtons';
import { ChartLegend } from '../ChartLegend';
import { StackedBands, type Band } from './StackedBands';
import { EVERY_TICK, plainTick, useLabelInterval } from './AxisTicks';
const TICK_12 = plainTick(12);

/**
 * `timelineOf` counts the articles for a unit and stacking (from rows, or from the facet
 * columns at scale); `unit` and `stack` are part of the view (they travel in the link);
 * `onView` changes them.
 */
export function Timeline({ timelineOf, lang, from, to, subtitle, onRange, height = 280, unit: granularity = 'month', stack: stackBy = 'industry', onView, fileBase }: {
  timelineOf: (granularity: Granularity, stackBy: StackBy) => TimelineData;
  lang: Lang;
  from: string | null;
  to: string | null;
  subtitle: string;
  onRange: (from: string | null, to: string | null) => void;
  height?: number;
  unit?: Granularity;
  stack?: StackBy;
  onView?: (change: { unit?: Granularity; stack?: StackBy }) => void;
  /** The name exported images are saved under (without extension). */
  fileBase: string;
}) {
  const t = useT();
  const exported = useRef<HTMLDivElement>(null);
  const timeline = useMemo(() => timelineOf(granularity, stackBy), [timelineOf, granularity, stackBy]);
  // Series are keyed by position (s0, s1…), never by the value itself: values are data.
  const data: TimelineRow[] = timeline.buckets.map((b) => ({ key: b.key, total: b.total, ...seriesValues(b.stacks, timeline.stackKeys) }));
  const name = (key: string) => (key === NO_TAG ? t('noTag') : key === CROSS_INDUSTRY ? t('crossIndustry') : labelText(valueLabel(stackBy, key), lang));
  const periodTicks = useLabelInterval(timeline.buckets.map((b) => b.key), 12);
  const bands = timeline.stackKeys.map((k, i) => ({ field: seriesKey(i), name: name(k), colour: colourFor(k, timeline.stackKeys) }));
  const selection = from || to ? timeline.buckets.filter((b) => (!from || b.to >= rangeStart(from)) && (!to || b.from <= rangeEnd(to))) : [];

  const { plot, drag, handlers } = useRangeDrag(timeline, onRange);

  return (
    <section className="chart-card wide" aria-labelledby="timeline-title">
      <header className="chart-head">
        <div>
          <h3 id="timeline-title">{t('timelineTitle', { unit: t(`per_${granularity}`) })}</h3>
          <p className="chart-subtitle">{subtitle} · {t('stackNote', { by: t(stackBy === 'industry' ? 'industry' : 'topic').toLowerCase() })}</p>
        </div>
        <TimelineControls granularity={granularity} stackBy={stackBy} onView={onView} clear={from || to ? () => onRange(null, null) : null}>
          <ChartExportButtons target={exported} title={t('timelineTitle', { unit: t(`per_${granularity}`) })} subtitle={subtitle} fileBase={fileBase} />
        </TimelineControls>
      </header>
      {/* What an export holds: the chart, its legend and the articles it does not draw. */}
      <div ref={exported}>
      <div
        className="timeline-chart"
        data-testid="timeline"
        ref={plot}
        {...handlers}
      >
        <ResponsiveContainer width="100%" height={height} onResize={periodTicks.onResize}>
          <BarChart
            data={data}
            margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
          >
            <CartesianGrid vertical={false} stroke="#e3e6eb" />
            <XAxis dataKey="key" tick={TICK_12} interval={periodTicks.interval} />
            <YAxis allowDecimals={false} tick={TICK_12} interval={EVERY_TICK} />
            {/* A see-through cursor: it is drawn over the bands (a layer of their own), and an opaque one hid the hovered bar. */}
            <Tooltip cursor={{ fill: '#1f5fa8', fillOpacity: 0.08 }} content={(tip) => <PeriodTip active={tip.active} row={tip.payload?.[0]?.payload as TimelineRow | undefined} bands={bands} />} />
            <Legend wrapperStyle={{ fontSize: 12 }} content={() => <ChartLegend payload={bands.map((b) => ({ value: b.name, color: b.colour, type: 'rect' }))} />} />
            {/* Each period's total as an unpainted bar sets the y axis and answers the tooltip; the bands draw it. */}
            <Bar dataKey="total" fill="transparent" activeBar={false} legendType="none" isAnimationActive={false} className="timeline-bar" />
            <StackedBands rows={data} bands={bands} />
            {selection.length > 0 && <ReferenceArea x1={selection[0]!.key} x2={selection[selection.length - 1]!.key} fill="#1f5fa8" fillOpacity={0.08} stroke="#1f5fa8" strokeOpacity={0.4} />}
            {drag && <ReferenceArea x1={drag.start} x2={drag.end} fill="#b4232a" fillOpacity={0.12} />}
          </BarChart>
        </ResponsiveContainer>
      </div>
      {timeline.gapsOmitted && <p className="muted small" role="note">{t('gapsOmitted', { n: MAX_PERIODS })}</p>}
      <CoarseBand timeline={timeline} lang={lang} onRange={onRange} />
      </div>
      <TimelineTable timeline={timeline} name={name} />
    </section>
  );
}

type Built = TimelineData;

/** A period as the chart draws it: its key, its total and each band's count under s0, s1…. */
type TimelineRow = { key: string; total: number } & Record<string, number | string>;

/** The hovered period: its total and the bands in it, top band first as they are stacked. */
function PeriodTip({ active, row, bands }: { active?: boolean; row: TimelineRow | undefined; bands: readonly (Band & { name: string })[] }) {
  const num = useNumber();
  const t = useT();
  if (!active || !row) return null;
  const present = bands.filter((b) => Number(row[b.field] ?? 0) > 0).reverse();
  return (
    <div className="recharts-default-tooltip period-tip">
      <p className="recharts-tooltip-label">{row.key} · {t('nArticles', { n: row.total })}</p>
      <ul className="recharts-tooltip-item-list">
        {present.map((b) => <li key={b.field} className="recharts-tooltip-item" style={{ color: b.colour }}>{b.name} : {num(Number(row[b.field]))}</li>)}
      </ul>
    </div>
  );
}

/**
 * Drag across bars to set a range, click one for its period. Bars sit in equal bands
 * across the plot area, so a pointer's x gives its period.
 */
function useRangeDrag(timeline: Built, onRange: (from: string | null, to: string | null) => void) {
  const [drag, setDrag] = useState<{ start: string; end: string } | null>(null);
  const plot = useRef<HTMLDivElement>(null);
  const bucketAt = (clientX: number): string | null => {
    const grid = plot.current?.querySelector('.recharts-cartesian-grid')?.getBoundingClientRect();
    if (!grid || grid.width === 0 || timeline.buckets.length === 0) return null;
    const i = Math.floor(((clientX - grid.left) / grid.width) * timeline.buckets.length);
    return timeline.buckets[Math.min(timeline.buckets.length - 1, Math.max(0, i))]!.key;
  };
  const finish = (endKey: string | undefined) => {
    if (!drag) return;
    const byKey = new Map(timeline.buckets.map((b) => [b.key, b]));
    const keys = [drag.start, endKey ?? drag.end].map((k) => byKey.get(k)).filter((b) => b !== undefined);
    setDrag(null);
    if (keys.length === 0) return;
    const sorted = keys.sort((a, b) => a.from.localeCompare(b.from));
    onRange(sorted[0]!.from, sorted[sorted.length - 1]!.to);
  };
  const handlers = {
    onPointerDown: (e: PointerEvent<HTMLDivElement>) => {
      const key = bucketAt(e.clientX);
      if (!key) return;
      e.currentTarget.setPointerCapture?.(e.pointerId);
      setDrag({ start: key, end: key });
    },
    onPointerMove: (e: PointerEvent<HTMLDivElement>) => {
      const key = drag && bucketAt(e.clientX);
      if (drag && key && key !== drag.end) setDrag({ ...drag, end: key });
    },
    onPointerUp: (e: PointerEvent<HTMLDivElement>) => finish(bucketAt(e.clientX) ?? undefined),
    onPointerCancel: () => setDrag(null),
  };
  return { plot, drag, handlers };
}

function TimelineControls({ granularity, stackBy, onView, clear, children }: {
  granularity: Granularity;
  stackBy: StackBy;
  onView?: (change: { unit?: Granularity; stack?: StackBy }) => void;
  clear: (() => void) | null;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <div className="chart-controls">
      <div role="radiogroup" aria-label={t('granularity')} className="segmented">
        {GRANULARITIES.map((g) => (
          <button key={g} type="button" role="radio" aria-checked={g === granularity} onClick={() => onView?.({ unit: g })}>
            {t(`g_${g}`)}
          </button>
        ))}
      </div>
      <label className="sort">
        <span>{t('stackBy')}</span>
        <select value={stackBy} onChange={(e) => onView?.({ stack: e.target.value as StackBy })}>
          <option value="industry">{t('industry')}</option>
          <option value="topic">{t('topic')}</option>
        </select>
      </label>
      {clear && (
        <button type="button" className="link" onClick={clear}>
          {t('clearRange')}
        </button>
      )}
      {children}
    </div>
  );
}

/** Articles known only to their year or month (or not dated at all): counted apart, never drawn as if they had a day. */
function CoarseBand({ timeline, lang, onRange }: { timeline: Built; lang: Lang; onRange: (from: string | null, to: string | null) => void }) {
  const num = useNumber();
  const t = useT();
  if (timeline.coarse.length === 0 && timeline.undated === 0) return null;
  return (
    <div className="coarse-band" aria-label={t('coarseTitle')}>
      <span className="muted">{t('coarseTitle')}:</span>
      {timeline.coarse.map((c) => (
        <button key={c.key} type="button" className="coarse-chip" onClick={() => onRange(c.key, c.key)}>
          {formatDate(c.key, lang)} · {t(c.precision === 'year' ? 'yearOnly' : 'monthOnly')} <strong>{num(c.count)}</strong>
        </button>
      ))}
      {timeline.undated > 0 && <span className="coarse-chip">{t('undated')} <strong>{timeline.undated}</strong></span>}
    </div>
  );
}

function TimelineTable({ timeline, name }: { timeline: Built; name: (key: string) => string }) {
  const t = useT();
  // Built only once opened: periods × bands cells (about 4,800 at 100k) in a closed <details>
  // would be rebuilt on every filter change for nobody.
  const [open, setOpen] = useState(false);
  return (
    <details className="table-alt" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('asTable')}</summary>
      {open && <TimelineCells timeline={timeline} name={name} />}
    </details>
  );
}

function TimelineCells({ timeline, name }: { timeline: Built; name: (key: string) => string }) {
  const num = useNumber();
  const t = useT();
  return (
      <table>
        <thead>
          <tr><th>{t('period')}</th><th>{t('articles')}</th>{timeline.stackKeys.map((k) => <th key={k}>{name(k)}</th>)}</tr>
        </thead>
        <tbody>
          {timeline.buckets.filter((b) => b.total > 0).map((b) => (
            <tr key={b.key}><td>{b.key}</td><td>{num(b.total)}</td>{timeline.stackKeys.map((k) => <td key={k}>{num(b.stacks.get(k) ?? 0)}</td>)}</tr>
          ))}
          {timeline.coarse.map((c) => <tr key={c.key}><td>{c.key} ({t(c.precision === 'year' ? 'yearOnly' : 'monthOnly')})</td><td>{c.count}</td></tr>)}
        </tbody>
      </table>
  );
}

function rangeStart(bound: string): string {
  return bound.length === 7 ? `${bound}-01` : bound.length === 4 ? `${bound}-01-01` : bound;
}
function rangeEnd(bound: string): string {
  return bound.length === 7 ? `${bound}-31` : bound.length === 4 ? `${bound}-12-31` : bound;
}
