// The Table tab: one row per article of the filtered view, the columns the analyst chose
// in the order chosen, sortable by any of them, exported to CSV exactly as shown.
import { useMemo, useState } from 'react';
import type { ArticleMeta as Article } from '../../../shared/schema';
import { useRows } from '../../data/rows-query';
import { COLUMNS, type ColumnId } from '../../model/columns';
import { exportFileName, provenanceOf, tableCsv } from '../../model/export';
import { cell, sortRows } from '../../model/table';
import type { View } from '../../model/view';
import { useExplorer } from '../../state/store';
import { download } from '../../ui/download';
import { RowsPending } from '../../ui/RowsPending';
import { useNumber, useShell, useT } from '../../ui/shell-context';
import { ColumnChooser } from './ColumnChooser';

const PAGE = 200;

/** The table sorts and exports every result: it waits for their rows (fetched once, then on the page). */
export function TableView({ view, generatedAt }: { view: View; generatedAt: string }) {
  const answer = useRows(view.numbers, true);
  if (answer.error || !answer.rows) return <RowsPending error={answer.error} />;
  return <ArticlesTable results={answer.rows} total={view.total} generatedAt={generatedAt} />;
}

function ArticlesTable({ results, total, generatedAt }: { results: Article[]; total: number; generatedAt: string }) {
  const t = useT();
  const num = useNumber();
  const { lang } = useShell();
  const set = useExplorer((s) => s.filters.set);
  const { columns, tableSort } = useExplorer((s) => s.filters.view);
  const setView = useExplorer((s) => s.setView);
  const rows = useMemo(() => sortRows(results, tableSort, lang), [results, tableSort, lang]);
  const [paging, setPaging] = useState({ rows, shown: PAGE });
  const shown = paging.rows === rows ? paging.shown : PAGE;
  const header = (c: ColumnId) => t(`col_${c}`);
  const sortBy = (c: ColumnId) => setView({ tableSort: tableSort?.column === c ? (tableSort.descending ? null : { column: c, descending: true }) : { column: c, descending: false } });
  const exportCsv = () => {
    const provenance = provenanceOf({ filters: set, count: rows.length, total, generatedAt, link: window.location.href, now: new Date() });
    download(exportFileName(set, 'table', 'csv'), tableCsv(rows, columns, columns.map(header), lang, provenance), 'text/csv;charset=utf-8');
  };
  return (
    <section className="table-view" aria-label={t('tabTable')}>
      <div className="table-toolbar">
        <p role="status" className="count">{t('matching', { n: rows.length, total })}</p>
        <ColumnChooser columns={columns} onChange={(next) => setView({ columns: next })} all={COLUMNS} name={header} />
        <button type="button" className="tool" onClick={exportCsv}>{t('exportTable')}</button>
      </div>
      <div className="table-scroll">
        <table className="articles-table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col" aria-sort={tableSort?.column === c ? (tableSort.descending ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" className="sort-header" onClick={() => sortBy(c)} aria-label={t('sortBy', { name: header(c) })}>
                    {header(c)} {tableSort?.column === c ? (tableSort.descending ? '▼' : '▲') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((a) => (
              <tr key={a.id}>
                {columns.map((c) => (
                  <td key={c} className={c === 'figures' ? 'num' : c === 'date' ? 'nowrap' : undefined}>
                    {c === 'title' ? (
                      <button type="button" className="link" onClick={() => setView({ article: a.id, tab: 'articles' })}>{cell(a, c, lang) || a.id}</button>
                    ) : c === 'figures' ? num(a.figures.length) : cell(a, c, lang)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > shown && (
        <button type="button" className="show-more" onClick={() => setPaging({ rows, shown: shown + PAGE })}>
          {t('showMoreResults', { n: Math.min(PAGE, rows.length - shown) })}
        </button>
      )}
    </section>
  );
}
