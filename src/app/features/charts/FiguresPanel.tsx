// Key figures: a table grouped by unit (sorting never mixes 元 with 家), each row one click
// from its sentence, and the figure tracker — one measure as each article reported it.
import { Fragment, useMemo, useState } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ArticleMeta } from '../../../shared/schema';
import { formatFigure } from '../../model/aggregate';
import { formatDate } from '../../model/dates';
import { exportFileName, trackerCsv, type Provenance } from '../../model/export';
import { figuresByUnit, finish, keyFigureSteps, placeOnTimeAxis, type FigureRow, type FigureSortKey, type Tracker } from '../../model/figures';
import { useStepped } from '../../ui/use-stepped';
import type { Lang } from '../../strings/lang';
import { useExplorer } from '../../state/store';
import { download } from '../../ui/download';
import { useNumber, useT } from '../../ui/shell-context';
import type { StringKey } from '../../strings/catalog';
import { PALETTE } from '../../ui/palette';
import { ChartCard } from './ChartCard';
import { EVERY_TICK } from '../../ui/charts/AxisTicks';

/** Up to this many articles, the key figures are counted at once (a few tens of ms); more, in steps that leave the page responsive. */
const FIGURES_AT_ONCE = 5000;

export function FiguresPanel({ articles, subtitle, lang, provenance }: { articles: ArticleMeta[]; subtitle: string; lang: Lang; provenance: () => Provenance }) {
  const t = useT();
  const num = useNumber();
  const now = useMemo(() => (articles.length <= FIGURES_AT_ONCE ? finish(keyFigureSteps(articles)) : null), [articles]);
  const later = useStepped(keyFigureSteps, articles.length > FIGURES_AT_ONCE ? articles : null);
  const figures = now ?? later;
  if (!figures) return <p className="muted" aria-busy="true">{t('figuresCounting', { n: num(articles.length) })}</p>;
  const { rows, trackers } = figures;
  return (
    <>
      <ChartCard id="figures" images={false} title={t('figuresTitle')} subtitle={`${subtitle} · ${rows.length}`} wide table={<p className="muted">{t('figuresTitle')}: {rows.length}</p>}>
        <FiguresTable rows={rows} lang={lang} />
      </ChartCard>
      <ChartCard id="tracker" title={t('trackerTitle')} subtitle={`${subtitle} · ${t('trackerHint')}`} wide table={<TrackerTable trackers={trackers} lang={lang} />}>
        <TrackerChart trackers={trackers} lang={lang} provenance={provenance} />
      </ChartCard>
    </>
  );
}

/** Rows a figure list shows at first and adds per click (per unit group): thousands of rows made every redraw of the Charts tab take seconds. */
const FIGURE_ROWS_SHOWN = 25;
const FIGURE_ROWS_MORE = 100;

/** How many of a list's rows are shown, per list; back to the first page when the rows change. */
function useShownRows<T>(rows: T): [(key: string) => number, (key: string) => void] {
  const [state, setState] = useState<{ rows: T; shown: Record<string, number> }>({ rows, shown: {} });
  const shown = state.rows === rows ? state.shown : {};
  const count = (key: string) => shown[key] ?? FIGURE_ROWS_SHOWN;
  return [count, (key) => setState({ rows, shown: { ...shown, [key]: count(key) + FIGURE_ROWS_MORE } })];
}

function ShowMore({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  const t = useT();
  if (shown >= total) return null;
  return (
    <p className="show-more-row">
      <span className="muted">{t('figuresShownOf', { shown, total })}</span>{' '}
      <button type="button" onClick={onMore}>{t('showMoreRows', { n: Math.min(FIGURE_ROWS_MORE, total - shown) })}</button>
    </p>
  );
}

function FiguresTable({ rows, lang }: { rows: FigureRow[]; lang: Lang }) {
  const t = useT();
  const setView = useExplorer((s) => s.setView);
  const [sort, setSort] = useState<{ key: FigureSortKey; desc: boolean }>({ key: 'value', desc: true });
  const [open, setOpen] = useState<string | null>(null);
  const [shown, more] = useShownRows(rows);
  const groups = useMemo(() => figuresByUnit(rows, sort.key, sort.desc), [rows, sort]);
  const header = (key: FigureSortKey, text: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <button type="button" onClick={() => setSort({ key, desc: sort.key === key ? !sort.desc : key === 'value' })}>{text}{sort.key === key ? (sort.desc ? ' ▾' : ' ▴') : ''}</button>
    </th>
  );
  return (
    <div className="figures-scroll">
      <table className="figures-table sortable">
        <thead><tr>{header('indicator', t('indicator'))}{header('kind', t('figureKind'))}{header('value', t('value'))}{header('date', t('date'))}{header('title', t('article'))}<th scope="col">{t('evidence')}</th></tr></thead>
        {groups.map((g) => (
          <tbody key={g.unit} data-unit={g.unit}>
            <tr className="unit-group"><th colSpan={6} scope="rowgroup">{t('unitGroup', { unit: unitName(g.unit, lang) })} · {g.rows.length}</th></tr>
            {g.rows.slice(0, shown(g.unit)).map((r, i) => {
              const id = `${g.unit}-${r.articleId}-${i}`;
              return (
                <Fragment key={id}>
                  <tr>
                    <td>{r.indicator ?? <span className="muted">{t('noIndicator')}</span>}</td>
                    <td className="nowrap">{t(`kind_${r.kind}` as StringKey)}</td>
                    <td className="num">{r.display}{r.baseline ? <span className="muted"> ({t('fromBaseline', { v: r.baseline })})</span> : null}</td>
                    <td className="nowrap">{formatDate(r.date, lang)}</td>
                    <td><button type="button" className="link" onClick={() => setView({ article: r.articleId, tab: 'articles' })}>{r.title}</button></td>
                    <td><button type="button" className="link" aria-expanded={open === id} aria-label={t('showEvidence')} onClick={() => setOpen(open === id ? null : id)}>{open === id ? '▾' : '▸'}</button></td>
                  </tr>
                  {open === id && <tr className="evidence-row"><td colSpan={6}><q>{r.evidence}</q></td></tr>}
                </Fragment>
              );
            })}
            {g.rows.length > shown(g.unit) && (
              <tr><td colSpan={6}><ShowMore shown={shown(g.unit)} total={g.rows.length} onMore={() => more(g.unit)} /></td></tr>
            )}
          </tbody>
        ))}
      </table>
    </div>
  );
}

/** The chosen measure (part of the view: it travels in the link, tracker=…), else the first. */
function useChosenTracker(trackers: Tracker[]): Tracker | undefined {
  const chosen = useExplorer((s) => s.filters.view.tracker);
  return trackers.find((x) => x.id === chosen) ?? trackers[0];
}

function unitName(unit: string, lang: Lang): string {
  if (unit === 'percent') return '%';
  if (unit === 'percentage points') return lang === 'zh' ? '百分点' : 'percentage points';
  return unit;
}

/**
 * Beyond this many reports the line is drawn without a dot per report (the hovered one still
 * shows): at 100k a filter of a few thousand articles drew thousands of SVG circles on every click.
 */
const MAX_DOTS = 200;

function TrackerChart({ trackers, lang, provenance }: { trackers: Tracker[]; lang: Lang; provenance: () => Provenance }) {
  const t = useT();
  // The filters are read when the file is saved: a subscription would redraw the chart on every click, before its new data.
  const setView = useExplorer((s) => s.setView);
  const tracker = useChosenTracker(trackers);
  const setChosenId = (id: string) => setView({ tracker: id });
  const [shown, more] = useShownRows(trackers);
  if (!tracker) return <p className="muted">{t('noData')}</p>;
  const { placed, unplaced } = placeOnTimeAxis(tracker.points);
  const data = placed.map((p) => ({ time: p.time, value: p.value, display: p.display, id: p.articleId, date: p.date }));
  const open = (id: string) => setView({ article: id, tab: 'articles' });
  const day = (ms: number) => formatDate(new Date(ms).toISOString().slice(0, 10), lang);
  const points = tracker.points.slice(0, shown(tracker.id));
  return (
    <div className="tracker">
      <div className="tracker-controls">
        <label className="sort">
          <span>{t('trackerChoose')}</span>
          <select value={tracker.id} onChange={(e) => setChosenId(e.target.value)}>
            {trackers.map((x) => <option key={x.id} value={x.id}>{x.label} · {t(`kind_${x.kind}` as StringKey)} · {t('trackerPoints', { n: x.points.length })}</option>)}
          </select>
        </label>
        <button type="button" onClick={() => download(exportFileName(useExplorer.getState().filters.set, 'tracker', 'csv'), trackerCsv(tracker, provenance()), 'text/csv;charset=utf-8')}>{t('exportTracker')}</button>
      </div>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ top: 10, right: 24, left: 8, bottom: 8 }} onClick={(state) => { const k = Number(state?.activeTooltipIndex); if (Number.isInteger(k) && data[k]) open(data[k].id); }}>
          <CartesianGrid strokeDasharray="3 3" />
          {/* Dates fall where the reports do and may crowd: recharts' own labels drop those that would overlap. */}
          <XAxis dataKey="time" type="number" scale="time" domain={['dataMin - 1296000000', 'dataMax + 1296000000']} tick={{ fontSize: 11 }} tickFormatter={day} />
          <YAxis tick={{ fontSize: 11 }} tickFormatter={(v: number) => formatFigure(v, tracker.unit)} width={80} domain={[0, 'auto']} interval={EVERY_TICK} />
          <Tooltip
            labelFormatter={(_l, items) => formatDate((items[0]?.payload as { date?: string } | undefined)?.date ?? null, lang)}
            formatter={(_v, _k, p) => [(p as { payload?: { display?: string } }).payload?.display ?? '', tracker.label]}
          />
          <Line dataKey="value" type="linear" stroke={PALETTE[0]} dot={data.length > MAX_DOTS ? false : { r: 5 }} activeDot={{ r: 5 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
      {unplaced.length > 0 && <p className="muted chart-note">{t('trackerUnplaced', { n: unplaced.length })}</p>}
      <ol className="tracker-points" aria-label={tracker.label}>
        {points.map((p) => (
          <li key={p.articleId}>
            <span className="nowrap">{p.date ? formatDate(p.date, lang) : t('undated')}</span> <strong>{p.display}</strong>{' '}
            <button type="button" className="link" title={p.evidence} onClick={() => open(p.articleId)}>{p.title}</button>
          </li>
        ))}
      </ol>
      <ShowMore shown={points.length} total={tracker.points.length} onMore={() => more(tracker.id)} />
    </div>
  );
}

/** The chart's table: the chosen measure's reports, as the chart draws them (all measures would be tens of thousands of rows at 100k). */
function TrackerTable({ trackers, lang }: { trackers: Tracker[]; lang: Lang }) {
  const t = useT();
  const tracker = useChosenTracker(trackers);
  if (!tracker) return <p className="muted">{t('noData')}</p>;
  return (
    <table>
      <caption>{tracker.label}</caption>
      <thead><tr><th scope="col">{t('date')}</th><th scope="col">{t('value')}</th><th scope="col">{t('article')}</th></tr></thead>
      <tbody>
        {tracker.points.map((p) => (
          <tr key={p.articleId}><td>{p.date ? formatDate(p.date, lang) : t('undated')}</td><td className="num">{p.display}</td><td>{p.title}</td></tr>
        ))}
      </tbody>
    </table>
  );
}
