// Keyword in context: every occurrence of the query's terms in the filtered articles, one
// aligned line each, sortable by what stands left or right of the match; a line opens its
// article at that paragraph; the CSV holds every line (up to EXPORT_LINES), in the order shown.
import { useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ArticleMeta } from '../../../shared/schema';
import { useRowStore, useRows } from '../../data/rows-query';
import { concordanceQueryOptions, EXPORT_LINES, useConcordance } from '../../data/terms-query';
import { useTextIndex } from '../../data/TextIndexProvider';
import { KWIC_SORTS, type KwicLine, type KwicSort } from '../../../shared/terms/concordance';
import { formatDate } from '../../model/dates';
import { concordanceCsv, exportFileName, provenanceOf } from '../../model/export';
import type { ResultSet } from '../../model/filters';
import type { View } from '../../model/view';
import { useExplorer } from '../../state/store';
import type { StringKey } from '../../strings/catalog';
import { download } from '../../ui/download';
import { useShell, useT } from '../../ui/shell-context';

const SORT_LABEL: Record<KwicSort, StringKey> = { order: 'kwicSortOrder', left: 'kwicSortLeft', right: 'kwicSortRight' };

export function Concordance({ view, generatedAt }: { view: View; generatedAt: string }) {
  const t = useT();
  const set = useExplorer((s) => s.filters.set);
  const sort = useExplorer((s) => s.filters.view.kwicSort);
  const setView = useExplorer((s) => s.setView);
  const q = view.query.raw;
  const hasTerms = view.query.root !== null;
  const answer = useConcordance(view.numbers, q, sort, hasTerms);
  const exportCsv = useExportConcordance(view, sort, generatedAt);
  const data = answer.data;
  const lineNumbers = useMemo(() => (data ? Uint32Array.from(data.lines, (l) => l.number) : null), [data]);
  const lineRows = useRows(lineNumbers, true).rows;
  if (!hasTerms) return <p className="terms-empty">{t('kwicNeedsQuery')}</p>;
  return (
    <section className="kwic" aria-label={t('termsContexts')} aria-busy={answer.isFetching}>
      <div className="table-toolbar">
        <p role="status" className="count">
          {answer.isError ? t('kwicFailed', { why: answer.error.message }) : data ? `${t('kwicCount', { n: data.total })} ${t('kwicArticles', { articles: data.articles })}` : t('searching')}
          {data && data.total > data.lines.length && <span className="muted"> · {t('kwicShown', { n: data.lines.length })}</span>}
        </p>
        <div className="segmented" role="group" aria-label={t('kwicSortBy')}>
          {KWIC_SORTS.map((s) => (
            <button key={s} type="button" aria-pressed={sort === s} onClick={() => setView({ kwicSort: s })}>{t(SORT_LABEL[s])}</button>
          ))}
        </div>
        <button type="button" className="tool" disabled={!data?.total} onClick={() => void exportCsv(set)}>{t('exportKwic')}</button>
      </div>
      <div className="table-scroll">
        <table className="kwic-table">
          <thead>
            <tr>
              <th scope="col" className="kwic-left">{t('kwicLeft')}</th>
              <th scope="col">{t('kwicMatch')}</th>
              <th scope="col">{t('kwicRight')}</th>
              <th scope="col">{t('col_title')}</th>
            </tr>
          </thead>
          <tbody>{data?.lines.map((l, k) => <Line key={`${l.id}:${l.paragraph}:${l.start}`} line={l} article={lineRows?.[k]} />)}</tbody>
        </table>
      </div>
    </section>
  );
}

/** `article`: the line's row, once it is on the page (until then the source cell waits). */
function Line({ line, article: a }: { line: KwicLine; article: ArticleMeta | undefined }) {
  const t = useT();
  const { lang } = useShell();
  const setView = useExplorer((s) => s.setView);
  const open = () => setView({ tab: 'articles', article: line.id, paragraph: line.paragraph });
  return (
    <tr>
      <td className="kwic-left"><div className="kwic-clip"><span>{line.left}</span></div></td>
      <td className="kwic-match">
        <button type="button" className="link" onClick={open} title={t('kwicOpen', { n: line.paragraph + 1 })}>{line.match}</button>
      </td>
      <td className="kwic-right">{line.right}</td>
      <td className="kwic-source muted">{a ? `${a.title ?? t('untitled')} · ${formatDate(a.date, lang)}` : '…'}</td>
    </tr>
  );
}

/** Every line (up to EXPORT_LINES), fetched when asked for, in the order on screen. */
function useExportConcordance(view: View, sort: KwicSort, generatedAt: string) {
  const client = useQueryClient();
  const index = useTextIndex();
  const store = useRowStore();
  return async (set: ResultSet) => {
    const all = await client.fetchQuery(concordanceQueryOptions(index, view.numbers, view.query.raw, sort, EXPORT_LINES));
    const rows = await store.rows(Uint32Array.from(all.lines, (l) => l.number));
    const provenance = provenanceOf({ filters: set, count: view.numbers.length, total: view.total, generatedAt, link: window.location.href, now: new Date() });
    download(exportFileName(set, 'contexts', 'csv'), concordanceCsv(all.lines, rows, provenance), 'text/csv;charset=utf-8');
  };
}
