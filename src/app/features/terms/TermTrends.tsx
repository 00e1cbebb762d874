// Term trends: for up to five terms, the share of each period's articles that mention the
// term (attention as a share of all articles then, as Media Cloud normalises) or its
// occurrences, on the timeline's precision-honest axis. Articles dated too coarsely for the
// unit, and undated ones, are counted in the table below the chart, never spread over periods.
import { useMemo, useState } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useEngine } from '../../data/engine-context';
import { useRows } from '../../data/rows-query';
import { useTermHits } from '../../data/terms-query';
import { TREND_METRICS } from '../../model/filters';
import { parseQuery } from '../../../shared/search/query';
import { buildTermTrends, MAX_TREND_TERMS, shareOf, type TermTrends as Trends } from '../../model/term-trends';
import { GRANULARITIES } from '../../model/timeline';
import { unqueriedNumbers, type View } from '../../model/view';
import { useExplorer } from '../../state/store';
import { PALETTE } from '../../ui/palette';
import { useNumber, useT } from '../../ui/shell-context';
import { trendTermsOf } from './trend-terms';

export function TermTrends({ view }: { view: View }) {
  const t = useT();
  const engine = useEngine();
  const set = useExplorer((s) => s.filters.set);
  const { trendTerms, trendMetric, unit } = useExplorer((s) => s.filters.view);
  const setView = useExplorer((s) => s.setView);
  const refine = useExplorer((s) => s.refine);
  const terms = useMemo(() => trendTermsOf(trendTerms, view.query), [trendTerms, view.query]);
  const hits = useTermHits(terms);
  // While a changed list is counted, the chart keeps showing the terms it has counts for.
  const shown = useMemo(() => hits.data?.map((s) => s.term) ?? terms, [hits.data, terms]);
  const base = useMemo(() => unqueriedNumbers(engine, set), [engine, set]);
  const baseRows = useRows(base, true).rows;
  const trends = useMemo(() => (hits.data && baseRows ? buildTermTrends(base, baseRows, hits.data, unit) : null), [base, baseRows, hits.data, unit]);
  const data = useMemo(() => (trends ? chartRows(trends, trendMetric) : []), [trends, trendMetric]);
  const openPeriod = (key: string | undefined) => {
    const p = trends?.periods.find((x) => x.key === key);
    if (p) refine({ from: p.from, to: p.to });
  };
  return (
    <section className="trends" aria-label={t('termsTrends')} aria-busy={hits.isFetching}>
      <TermList terms={terms} listed={trendTerms.length > 0} onChange={(next) => setView({ trendTerms: next })} />
      <div className="chart-controls">
        <div role="radiogroup" aria-label={t('granularity')} className="segmented">
          {GRANULARITIES.map((g) => <button key={g} type="button" role="radio" aria-checked={g === unit} onClick={() => setView({ unit: g })}>{t(`g_${g}`)}</button>)}
        </div>
        <div role="radiogroup" aria-label={t('trendMeasure')} className="segmented">
          {TREND_METRICS.map((m) => <button key={m} type="button" role="radio" aria-checked={m === trendMetric} onClick={() => setView({ trendMetric: m })}>{t(`trend_${m}`)}</button>)}
        </div>
      </div>
      {terms.length === 0 ? <p className="terms-empty">{t('trendNeedsTerms')}</p> : hits.isError ? <p role="alert" className="notice">{t('kwicFailed', { why: hits.error.message })}</p> : (
        <div className="trend-chart" role="img" aria-label={t('trendChartLabel', { terms: shown.join('、') })}>
          <ResponsiveContainer width="100%" height={300}>
            <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} onClick={(e) => openPeriod(e?.activeLabel as string | undefined)}>
              <CartesianGrid stroke="#e5e7eb" vertical={false} />
              <XAxis dataKey="key" tick={{ fontSize: 12 }} minTickGap={16} />
              <YAxis tick={{ fontSize: 12 }} tickFormatter={(v: number) => (trendMetric === 'share' ? `${Math.round(v)}%` : String(v))} allowDecimals={trendMetric === 'share'} width={48} />
              <Tooltip formatter={(v, _name, item) => tooltipText(Number(v), trendMetric, item.payload as ChartRow, Number(String(item.dataKey).slice(1)))} />
              {shown.map((term, k) => <Line key={term} type="monotone" dataKey={`t${k}`} name={term} stroke={PALETTE[k]} strokeWidth={2} dot={data.length < 40} connectNulls={false} isAnimationActive={false} />)}
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
      {trends && <TrendTable trends={trends} terms={shown} />}
    </section>
  );
}

type ChartRow = Record<string, string | number | null>;

/**
 * One chart row per period: t0…t4 are the terms' shares (in %) or occurrences, a0…a4 the
 * articles mentioning them, base the period's articles; no share where the period has none.
 */
function chartRows(trends: Trends, metric: 'share' | 'occurrences'): ChartRow[] {
  return trends.periods.map((p) => {
    const row: ChartRow = { key: p.key, base: p.base };
    p.terms.forEach((cell, k) => {
      const share = shareOf(p, k);
      row[`t${k}`] = metric === 'share' ? (share === null ? null : share * 100) : cell.occurrences;
      row[`a${k}`] = cell.articles;
    });
    return row;
  });
}

/** The tooltip says what the share is of: "40.0% (2 of 5 articles)". */
function tooltipText(value: number, metric: 'share' | 'occurrences', row: ChartRow, k: number): string {
  return metric === 'share' ? `${value.toFixed(1)}% (${String(row[`a${k}`])} / ${String(row.base)})` : String(value);
}

function TrendTable({ trends, terms }: { trends: Trends; terms: string[] }) {
  const t = useT();
  const num = useNumber();
  const offAxis = (k: number) => trends.coarse.reduce((n, c) => n + c.terms[k]!.articles, 0) + trends.undated.terms[k]!.articles;
  return (
    <table className="trend-table">
      <thead>
        <tr><th scope="col">{t('trendTerm')}</th><th scope="col">{t('trendArticles')}</th><th scope="col">{t('trendOccurrences')}</th><th scope="col">{t('trendOffAxis')}</th></tr>
      </thead>
      <tbody>
        {terms.map((term, k) => (
          <tr key={term}>
            <th scope="row"><span className="swatch" style={{ background: PALETTE[k] }} /> {term}</th>
            <td className="num">{num(trends.totals[k]!.articles)}</td>
            <td className="num">{num(trends.totals[k]!.occurrences)}</td>
            <td className="num">{num(offAxis(k))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The terms compared: chips to remove, a box to add (each term is itself a query). */
function TermList({ terms, listed, onChange }: { terms: string[]; listed: boolean; onChange: (next: string[]) => void }) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const problem = draft.trim() && parseQuery(draft).error ? t('trendTermInvalid') : null;
  const add = () => {
    const term = draft.trim();
    if (!term || problem || terms.includes(term) || terms.length >= MAX_TREND_TERMS) return;
    onChange([...terms, term]);
    setDraft('');
  };
  return (
    <div className="trend-terms">
      {terms.map((term) => (
        <span key={term} className="chip">
          {term}
          <button type="button" aria-label={t('trendRemove', { term })} onClick={() => onChange(terms.filter((x) => x !== term))}>×</button>
        </span>
      ))}
      <form onSubmit={(e) => { e.preventDefault(); add(); }}>
        <input value={draft} onChange={(e) => setDraft(e.target.value)} placeholder={t('trendAdd')} aria-label={t('trendAdd')} maxLength={60} disabled={terms.length >= MAX_TREND_TERMS} />
      </form>
      {problem && <span role="alert" className="muted">{problem}</span>}
      {listed && <button type="button" className="link" onClick={() => onChange([])}>{t('trendUseQuery')}</button>}
    </div>
  );
}
