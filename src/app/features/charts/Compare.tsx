// Two pinned filter sets side by side (上海 vs 江苏, 2025 vs 2026): their timelines and
// their industry and topic breakdowns on shared scales.
import { useMemo, useRef } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { FacetColumns } from '../../../shared/facet-columns';
import { countColumn, timelineOfColumns } from '../../model/column-charts';
import { describeFilters } from '../../model/describe';
import { labelText, valueLabel } from '../../model/labels';
import { useEngine } from '../../data/engine-context';
import { useViews } from '../../data/use-view';
import { useExplorer } from '../../state/store';
import { exportBaseName } from '../../model/export';
import { ChartExportButtons } from '../../ui/ChartExportButtons';
import { useT, useNumber } from '../../ui/shell-context';
import { categoryInterval, EVERY_TICK, plainTick } from '../../ui/charts/AxisTicks';
const TICK_11 = plainTick(11);

export function Compare() {
  const t = useT();
  const lang = useExplorer((s) => s.lang);
  const current = useExplorer((s) => s.filters.set);
  const { pinA, pinB } = useExplorer((s) => s.filters.view);
  const setView = useExplorer((s) => s.setView);
  const pinned = useMemo(() => [pinA, pinB], [pinA, pinB]);
  const views = useViews(pinned);
  const engine = useEngine();
  // Each side counted once per change of its view, from the facet columns (no object per article).
  const sides = useMemo(
    () => (['A', 'B'] as const).map((side, k) => {
      const set = pinned[k];
      const view = views[k];
      return set && view ? { side, description: describeFilters(set, lang), ...sideCounts(engine.columns, view.numbers) } : null;
    }),
    [engine, pinned, views, lang],
  );
  const grid = useRef<HTMLDivElement>(null);
  const both = sides[0] && sides[1];
  const months = both ? [...new Set(sides.flatMap((s) => [...s!.monthly.keys()]))].sort() : [];
  const scale = both ? Math.max(1, ...sides.flatMap((s) => [...s!.industries, ...s!.topics].map((c) => c.count))) : 1;

  return (
    <section className="chart-card wide compare" aria-labelledby="compare-title" data-chart="compare">
      <header className="chart-head">
        <div>
          <h3 id="compare-title">{t('compareTitle')}</h3>
          <p className="chart-subtitle">{t('compareHint')}</p>
        </div>
        <div className="chart-controls">
          <button type="button" className="pin" onClick={() => setView({ pinA: current })}>{t('pinAs', { side: 'A' })}</button>
          <button type="button" className="pin" onClick={() => setView({ pinB: current })}>{t('pinAs', { side: 'B' })}</button>
          {(pinA !== null || pinB !== null) && (
            <button type="button" className="link" onClick={() => setView({ pinA: null, pinB: null })}>{t('clearCompare')}</button>
          )}
          {both && <ChartExportButtons target={grid} title={t('compareTitle')} subtitle={sides.map((x, k) => `${k === 0 ? 'A' : 'B'}: ${x!.description}`).join(' · ')} fileBase={exportBaseName(current, 'compare')} />}
        </div>
      </header>
      <div className="compare-grid" ref={grid}>
        {sides.map((s, i) => (
          <div key={i} className="compare-side" data-side={i === 0 ? 'A' : 'B'}>
            <h4>
              <span className="side-badge">{i === 0 ? 'A' : 'B'}</span> {s ? s.description : t('notPinned')}
            </h4>
            {s && (
              <>
                <p className="count" data-export-text data-testid={`compare-count-${i === 0 ? 'A' : 'B'}`}>{t('nArticles', { n: s.count })}</p>
                {s.undrawn > 0 && <p className="muted small chart-note" role="note">{t('compareUndrawn', { side: i === 0 ? 'A' : 'B', n: s.undrawn })}</p>}
                <ResponsiveContainer width="100%" height={150}>
                  <BarChart data={months.map((key) => ({ key, total: s.monthly.get(key) ?? 0 }))} margin={{ top: 6, right: 6, left: -24 }}>
                    <CartesianGrid vertical={false} stroke="#e3e6eb" />
                    <XAxis dataKey="key" tick={TICK_11} interval={categoryInterval(months.length, 6)} />
                    <YAxis allowDecimals={false} tick={TICK_11} interval={EVERY_TICK} />
                    <Tooltip />
                    <Bar dataKey="total" fill={i === 0 ? '#1f5fa8' : '#c2410c'} isAnimationActive={false} />
                  </BarChart>
                </ResponsiveContainer>
                <Breakdown title={t('industry')} counts={s.industries} label={(k) => labelText(valueLabel('industry', k), lang)} scale={scale} colour={i === 0 ? '#1f5fa8' : '#c2410c'} />
                <Breakdown title={t('topic')} counts={s.topics} label={(k) => labelText(valueLabel('topic', k), lang)} scale={scale} colour={i === 0 ? '#1f5fa8' : '#c2410c'} />
              </>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}

/** A side's count, its articles per month, those a monthly chart cannot place (dated only to the year, or not at all), its breakdowns. */
function sideCounts(columns: FacetColumns, numbers: Uint32Array) {
  const timeline = timelineOfColumns(columns, numbers, 'month', 'industry');
  return {
    count: numbers.length,
    monthly: new Map(timeline.buckets.map((b) => [b.key, b.total])),
    undrawn: timeline.undated + timeline.coarse.reduce((n, c) => n + c.count, 0),
    industries: countColumn(columns, 'industry', numbers),
    topics: countColumn(columns, 'topic', numbers),
  };
}

/** Horizontal bars as plain HTML: readable, accessible, and on one scale across both sides. */
function Breakdown({ title, counts, label, scale, colour }: { title: string; counts: { key: string; count: number }[]; label: (k: string) => string; scale: number; colour: string }) {
  const num = useNumber();
  return (
    <div className="breakdown">
      <h5>{title}</h5>
      <ul>
        {counts.slice(0, 8).map((c) => (
          <li key={c.key}>
            <span className="breakdown-label">{label(c.key)}</span>
            <span className="breakdown-bar" style={{ width: `${(c.count / scale) * 100}%`, background: colour }} />
            <span className="breakdown-n">{num(c.count)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
