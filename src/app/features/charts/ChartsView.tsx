// The chart views of the filtered articles. Every chart filters when clicked.
import { memo, useCallback, useDeferredValue, useMemo, type ReactNode } from 'react';
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ArticleMeta as Article } from '../../../shared/schema';
import { useEngine } from '../../data/engine-context';
import { useRows, type RowsAnswer } from '../../data/rows-query';
import type { FacetColumns } from '../../../shared/facet-columns';
import type { Matrix } from '../../model/aggregate';
import { countColumn, matrixOfColumns, timelineOfColumns } from '../../model/column-charts';
import { columnOf } from '../../model/facet-index';
import type { ResultSet } from '../../model/filters';
import type { Lang } from '../../strings/lang';
import { labelText, valueLabel } from '../../model/labels';
import { seriesKey, seriesValues, type Granularity, type StackBy, type Timeline as TimelineData } from '../../model/timeline';
import { useExplorer } from '../../state/store';
import { useT, useNumber } from '../../ui/shell-context';
import { colourFor } from '../../ui/palette';
import { ChartCard } from './ChartCard';
import { ChinaMap } from '../../ui/charts/ChinaMap';
import { Compare } from './Compare';
import { FiguresPanel } from './FiguresPanel';
import type { View } from '../../model/view';
import { describeFilters } from '../../model/describe';
import { exportBaseName, provenanceOf } from '../../model/export';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { RowsPending } from '../../ui/RowsPending';
import { Timeline } from '../../ui/charts/Timeline';
import { ChartLegend } from '../../ui/ChartLegend';
import { EVERY_TICK, plainTick, useLabelInterval, wrappedTick } from '../../ui/charts/AxisTicks';
const TICK_12 = plainTick(12);
// Within the axis's width, less the tick line and its margin.
const REGION_TICK = wrappedTick(12, 100);
const OUTLET_TICK = wrappedTick(12, 110);

/** The Charts tab: the count, the timeline of the filters without their dates, and the charts of the results. */
export function ChartsView({ view: current, generatedAt }: { view: View; generatedAt: string }) {
  const t = useT();
  const currentSet = useExplorer((s) => s.filters.set);
  // The count answers a click at once; the charts (thousands of SVG elements at 100k) redraw
  // in a transition React can interrupt, the previous drawing dimmed until then. The drawing
  // is a memo component, so the urgent render leaves it alone.
  const target = useMemo(() => ({ view: current, set: currentSet }), [current, currentSet]);
  const shown = useDeferredValue(target);
  const stale = shown !== target;
  return (
    <div className={stale ? 'chart-area stale' : 'chart-area'} aria-busy={stale}>
      <p role="status" className="count">{t('matching', { n: current.numbers.length, total: current.total })}</p>
      <ChartsDrawing view={shown.view} set={shown.set} generatedAt={generatedAt} />
    </div>
  );
}

const ChartsDrawing = memo(function ChartsDrawing({ view, set, generatedAt }: { view: View; set: ResultSet; generatedAt: string }) {
  const t = useT();
  const lang = useExplorer((s) => s.lang);
  const { unit, stack } = useExplorer((s) => s.filters.view);
  const { refine, setView } = useExplorer.getState();
  const engine = useEngine();
  // The charts count straight from the facet columns (no rows, no object per article); only the key figures need the rows.
  const datesIgnored = view.ignoringDates;
  const timelineOf = useCallback((g: Granularity, s: StackBy) => timelineOfColumns(engine.columns, datesIgnored, g, s), [engine, datesIgnored]);
  return (
    <>
      <ErrorBoundary name="timeline">
        <Timeline timelineOf={timelineOf} lang={lang} from={set.from} to={set.to} subtitle={t('forFilter', { desc: describeFilters({ ...set, from: null, to: null }, lang) })} onRange={(from, to) => refine({ from, to })} unit={unit} stack={stack} onView={setView} fileBase={exportBaseName(set, 'timeline')} />
      </ErrorBoundary>
      <ErrorBoundary name="charts">
        <Charts columns={engine.columns} numbers={view.numbers} filters={set} description={describeFilters(set, lang)} total={view.total} generatedAt={generatedAt} />
      </ErrorBoundary>
    </>
  );
});

/** What needs rows waits for them, saying so; a failure says why in its place (the rest of the page works). */
function WithRows({ answer, children }: { answer: RowsAnswer; children: (rows: Article[]) => ReactNode }) {
  // Not a second status beside the tab's count: a plain busy line where the panel will be.
  if (answer.error || !answer.rows) return <RowsPending error={answer.error} live={false} />;
  return <>{children(answer.rows)}</>;
}

/**
 * The results' charts, counted from the facet columns; `numbers`: the results, whose rows the
 * key figures fetch; `filters`: the set they answer (the deferred one: a subscription to the
 * store's would redraw every chart with the old results on each click, before the count).
 */
function Charts({ columns, numbers, filters, description, total, generatedAt }: { columns: FacetColumns; numbers: Uint32Array; filters: ResultSet; description: string; total: number; generatedAt: string }) {
  const t = useT();
  const lang = useExplorer((s) => s.lang);
  const scope = filters.places;
  const { toggle, refine } = useExplorer.getState();
  const sub = (hint?: string) => `${t('forFilter', { desc: description })}${hint ? ` · ${hint}` : ''}`;
  // In the view's place scope, as the region facet counts.
  const provinces = useMemo(() => countColumn(columns, columnOf('region', scope), numbers), [columns, scope, numbers]);
  const rows = useRows(numbers, true);
  const outlets = useMemo(() => countColumn(columns, 'outlet', numbers), [columns, numbers]);
  const matrix = useMemo(() => matrixOfColumns(columns, numbers), [columns, numbers]);
  const topicShare = useMemo(() => timelineOfColumns(columns, numbers, 'month', 'topic'), [columns, numbers]);
  const label = (facet: 'region' | 'industry' | 'topic' | 'outlet', v: string) => labelText(valueLabel(facet, v), lang);

  return (
    <div className="charts">
      <ChartCard id="regions" title={t('regionsTitle')} subtitle={sub(t('mapHint'))} wide table={<CountTable rows={provinces} name={(k) => label('region', k)} />}>
        <div className="regions-pair">
          <ChinaMap counts={new Map(provinces.map((p) => [p.key, p.count]))} selected={filters.region} lang={lang} onToggle={(p) => toggle('region', p)} title={`${t('regionsTitle')} ${sub()}`} />
          <div className="region-bars">
            <ResponsiveContainer width="100%" height={Math.max(160, provinces.slice(0, 15).length * 26 + 30)}>
              <BarChart data={provinces.slice(0, 15).map((p) => ({ ...p, name: label('region', p.key) }))} layout="vertical" margin={{ left: 24, right: 16 }}>
                <XAxis type="number" allowDecimals={false} tick={TICK_12} interval={EVERY_TICK} />
                <YAxis type="category" dataKey="name" width={110} tick={REGION_TICK} interval={0} />
                <Tooltip />
                <Bar dataKey="count" isAnimationActive={false} onClick={(d) => toggle('region', String((d as { key?: string }).key ?? ''))} cursor="pointer">
                  {provinces.slice(0, 15).map((p) => <Cell key={p.key} fill={filters.region.includes(p.key) ? '#b4232a' : '#d26b6f'} className="region-bar" />)}
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
        </div>
      </ChartCard>

      <ChartCard id="matrix" wide title={t('matrixTitle')} subtitle={sub(t('matrixHint'))} table={<MatrixTable matrix={matrix} label={label} />}>
        {(matrix.allRows > matrix.rows.length || matrix.allCols > matrix.cols.length) && (
          <p className="muted small" role="note">{t('matrixCapped', { rows: matrix.rows.length, allRows: matrix.allRows, cols: matrix.cols.length, allCols: matrix.allCols })}</p>
        )}
        <MatrixHeat matrix={matrix} label={label} onCell={(industry, topic) => refine({ industry: [industry], topic: [topic] })} />
      </ChartCard>

      <TopicShare timeline={topicShare} subtitle={sub()} lang={lang} />

      <ChartCard id="outlets" title={t('outletsTitle')} subtitle={sub()} table={<CountTable rows={outlets} name={(k) => label('outlet', k)} />}>
        <ResponsiveContainer width="100%" height={Math.max(140, outlets.length * 26 + 30)}>
          <BarChart data={outlets.map((o) => ({ ...o, name: label('outlet', o.key) }))} layout="vertical" margin={{ left: 24, right: 16 }}>
            <XAxis type="number" allowDecimals={false} tick={TICK_12} interval={EVERY_TICK} />
            <YAxis type="category" dataKey="name" width={120} tick={OUTLET_TICK} interval={0} />
            <Tooltip />
            <Bar dataKey="count" fill="#475569" isAnimationActive={false} cursor="pointer" onClick={(d) => toggle('outlet', String((d as { key?: string }).key ?? ''))} />
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>

      <WithRows answer={rows}>
        {(results) => <FiguresPanel articles={results} subtitle={sub()} lang={lang} provenance={() => provenanceOf({ filters, count: numbers.length, total, generatedAt, link: window.location.href, now: new Date() })} />}
      </WithRows>
      <Compare />
    </div>
  );
}


/** Industries × topics as a heat table: each cell filters to its pair. */
function MatrixHeat({ matrix, label, onCell }: { matrix: Matrix; label: (facet: 'industry' | 'topic', v: string) => string; onCell: (industry: string, topic: string) => void }) {
  const t = useT();
  if (matrix.rows.length === 0) return <p className="muted">{t('noData')}</p>;
  return (
    <div className="heat-wrap">
      <table className="heat">
        <thead>
          <tr><th />{matrix.cols.map((c) => <th key={c} scope="col" title={label('topic', c)}><span>{valueLabel('topic', c).zh}</span></th>)}</tr>
        </thead>
        <tbody>
          {matrix.rows.map((r, i) => (
            <tr key={r}>
              <th scope="row">{label('industry', r)}</th>
              {matrix.cols.map((c, j) => {
                const n = matrix.cells[i]![j]!;
                return (
                  <td key={c} style={{ background: n ? `rgba(31, 95, 168, ${0.12 + 0.88 * (n / matrix.max)})` : undefined, color: n / matrix.max > 0.5 ? '#fff' : undefined }}>
                    {n > 0 && (
                      <button type="button" aria-label={`${label('industry', r)} × ${label('topic', c)}: ${n}`} onClick={() => onCell(r, c)}>
                        {n}
                      </button>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TopicShare({ timeline, subtitle, lang }: { timeline: TimelineData; subtitle: string; lang: Lang }) {
  const t = useT();
  // Every series needs a value in every period, or the stacked areas tear.
  const data = timeline.buckets.filter((b) => b.total > 0).map((b) => ({ key: b.key, stacks: b.stacks, ...seriesValues(b.stacks, timeline.stackKeys) }));
  const name = (k: string) => (k === 'none' ? t('noTag') : labelText(valueLabel('topic', k), lang));
  const periodTicks = useLabelInterval(data.map((d) => d.key), 12);
  return (
    <ChartCard id="topic-share" title={t('topicShareTitle')} subtitle={subtitle} table={
      <table><thead><tr><th>{t('period')}</th>{timeline.stackKeys.map((k) => <th key={k}>{name(k)}</th>)}</tr></thead>
        <tbody>{data.map((d) => <tr key={d.key}><td>{d.key}</td>{timeline.stackKeys.map((k) => <td key={k}>{d.stacks.get(k) ?? 0}</td>)}</tr>)}</tbody></table>
    }>
      {/* Room on the right for the last period's label, centred on the plot's edge. */}
      <ResponsiveContainer width="100%" height={240} onResize={periodTicks.onResize}>
        <AreaChart data={data} stackOffset="expand" margin={{ top: 8, right: 28, left: -8 }}>
          <CartesianGrid vertical={false} stroke="#e3e6eb" />
          <XAxis dataKey="key" tick={TICK_12} interval={periodTicks.interval} />
          <YAxis tickFormatter={(v: number) => `${Math.round(v * 100)}%`} tick={{ fontSize: 12 }} interval={EVERY_TICK} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 11 }} content={(props) => <ChartLegend payload={props.payload} />} />
          {timeline.stackKeys.map((k, i) => <Area key={k} dataKey={seriesKey(i)} name={name(k)} stackId="1" type="linear" stroke={colourFor(k, timeline.stackKeys)} fill={colourFor(k, timeline.stackKeys)} isAnimationActive={false} />)}
        </AreaChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

function CountTable({ rows, name }: { rows: { key: string; count: number }[]; name: (k: string) => string }) {
  const num = useNumber();
  return (
    <table>
      <tbody>{rows.map((r) => <tr key={r.key}><td>{name(r.key)}</td><td className="num">{num(r.count)}</td></tr>)}</tbody>
    </table>
  );
}

/** Pairs listed in the table; the rest are counted in its last row. */
const MATRIX_TABLE_MAX = 500;

function MatrixTable({ matrix, label }: { matrix: Matrix; label: (f: 'industry' | 'topic', v: string) => string }) {
  const t = useT();
  return (
    <table>
      <tbody>
        {matrix.pairs.slice(0, MATRIX_TABLE_MAX).map((x) => (
          <tr key={`${x.row}\u0000${x.col}`}><td>{label('industry', x.row)}</td><td>{label('topic', x.col)}</td><td className="num">{x.count}</td></tr>
        ))}
        {matrix.pairs.length > MATRIX_TABLE_MAX && <tr><td colSpan={3} className="muted">{t('morePairs', { n: matrix.pairs.length - MATRIX_TABLE_MAX })}</td></tr>}
      </tbody>
    </table>
  );
}
