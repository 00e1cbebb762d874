// The result list: a live count, sort, and one row per article with a keyword-in-context
// snippet. Rows render a page at a time (more as the list scrolls), so 100k results cost
// what one page costs.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleMeta as Article } from '../../../shared/schema';
import { useArticleText } from '../../data/article-text-query';
import { useEngine } from '../../data/engine-context';
import { useRows } from '../../data/rows-query';
import { numberOf } from '../../model/engine';
import { formatDate } from '../../model/dates';
import type { SortOrder } from '../../model/filters';
import { labelText, valueLabel } from '../../model/labels';
import { matchRanges } from '../../../shared/search/query';
import { keywordInContext } from '../../model/snippet';
import type { View } from '../../model/view';
import { useExplorer } from '../../state/store';
import { Highlighted } from '../../ui/Highlighted';
import { useT } from '../../ui/shell-context';
import type { StringKey } from '../../strings/catalog';

const SORT_LABELS: Record<SortOrder, StringKey> = { auto: 'sortAuto', relevance: 'sortRelevance', newest: 'sortNewest', oldest: 'sortOldest' };

const PAGE = 50;

export function ResultsList({ view, searching, countUnknown }: { view: View; searching: boolean; countUnknown: boolean }) {
  const t = useT();
  const engine = useEngine();
  const sort = useExplorer((s) => s.filters.view.sort);
  const selectedId = useExplorer((s) => s.filters.view.article);
  const setView = useExplorer((s) => s.setView);
  // A new result set starts at the top page again (the page count belongs to the results it
  // was grown on); the open article stays reachable.
  const results = view.numbers;
  const [paging, setPaging] = useState({ results, shown: PAGE });
  const shown = paging.results === results ? paging.shown : PAGE;
  const selectedAt = useMemo(() => (selectedId ? results.indexOf(numberOf(engine, selectedId)) : -1), [engine, results, selectedId]);
  const limit = Math.min(results.length, Math.max(shown, selectedAt + 1));
  // Only the rows on screen are fetched; while a new page of them comes, the last stays.
  const page = useMemo(() => results.subarray(0, limit), [results, limit]);
  const rows = useRows(page, true);
  const more = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const button = more.current;
    if (!button || typeof IntersectionObserver !== 'function') return;
    const seen = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setPaging((p) => ({ results, shown: (p.results === results ? p.shown : PAGE) + PAGE }));
    });
    seen.observe(button);
    return () => seen.disconnect();
  }, [limit, results]);
  return (
    <section className="results" aria-label={t('results')}>
      <div className="results-bar">
        <p role="status" className="count" aria-busy={searching || undefined}>
          {countUnknown ? t('searching') : t('matching', { n: results.length, total: view.total })}
          {searching && !countUnknown && <span className="muted"> · {t('searching')}</span>}
        </p>
        <label className="sort">
          <span>{t('sort')}</span>
          <select value={sort} onChange={(e) => setView({ sort: e.target.value as SortOrder })}>
            {(Object.keys(SORT_LABELS) as SortOrder[]).map((s) => (
              <option key={s} value={s}>
                {t(SORT_LABELS[s])}
              </option>
            ))}
          </select>
        </label>
      </div>
      {results.length === 0 ? (
        <p className="empty-state">{t('noResults')}</p>
      ) : rows.error ? (
        <p className="empty-state" role="alert">{t('rowsFailed', { why: rows.error.message })}</p>
      ) : (
        <>
          <ol className={searching || rows.stale ? 'result-list stale' : 'result-list'} aria-busy={!rows.rows || undefined}>
            {rows.rows?.map((a) => (
              <ResultItem key={a.id} article={a} view={view} />
            ))}
          </ol>
          {/* Not a second status: the count is the list's live status, and the list says it is busy. */}
          {!rows.rows && <p className="muted">{t('rowsFetching')}</p>}
          {/* Not while the first rows come: an empty list would show the button and page on by itself. */}
          {limit < results.length && rows.rows && (
            <button ref={more} type="button" className="show-more" onClick={() => setPaging({ results, shown: limit + PAGE })}>
              {t('showMoreResults', { n: Math.min(PAGE, results.length - limit) })}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function ResultItem({ article, view }: { article: Article; view: View }) {
  const lang = useExplorer((s) => s.lang);
  const selected = useExplorer((s) => s.filters.view.article === article.id);
  const setView = useExplorer((s) => s.setView);
  const t = useT();
  const title = article.title ?? firstWords(article.lead);
  const titleRanges = matchRanges(title, view.query);
  const snippet = useSnippet(article, view);
  return (
    <li className={selected ? 'result selected' : 'result'}>
      <button type="button" className="result-open" aria-current={selected || undefined} onClick={() => setView({ article: article.id })}>
        <span className={article.title ? 'result-title' : 'result-title untitled'}>
          <Highlighted text={title} marks={titleRanges.map((range) => ({ range, className: 'hit' }))} />
        </span>
      </button>
      <div className="result-meta">
        <time dateTime={article.date ?? undefined}>{formatDate(article.date, lang)}</time>
        {article.outlet && <span className="outlet">{article.outlet}</span>}
        {article.kind === 'brief' && <span className="tag">{t('brief')}</span>}
        {!article.onTopic && <span className="tag muted">{t('offTopic')}</span>}
      </div>
      <p className="snippet">
        <Highlighted text={snippet.text} marks={snippet.ranges.map((range) => ({ range, className: 'hit' }))} />
      </p>
      <div className="result-chips">
        {article.regions.slice(0, 4).map((r) => (
          <span key={r} className="mini-chip region">{labelText(valueLabel('region', r), lang)}</span>
        ))}
        {article.industries.slice(0, 3).map((i) => (
          <span key={i} className="mini-chip industry">{labelText(valueLabel('industry', i), lang)}</span>
        ))}
      </div>
    </li>
  );
}

/** With a query, the words around the first match (from the full text); otherwise the lead. */
function useSnippet(article: Article, view: View) {
  const searching = view.query.root !== null;
  const text = useArticleText(article.id, searching);
  const body = searching && text.data ? text.data.join('\n') : article.lead;
  return keywordInContext(body, matchRanges(body, view.query));
}

/** When the page lost the headline, the first words stand in for it. */
export function firstWords(body: string): string {
  const first = body.split(/[。！？\n]/)[0] ?? body;
  return first.length > 40 ? `${first.slice(0, 40)}…` : first;
}
