// The result list: a live count, sort, and one row per article with a keyword-in-context snippet.
import type { Article } from '../../../shared/schema';
import { formatDate } from '../../model/dates';
import type { SortOrder } from '../../model/filters';
import { labelText, valueLabel } from '../../model/labels';
import { matchRanges } from '../../model/query';
import { keywordInContext } from '../../model/snippet';
import type { View } from '../../model/view';
import { useExplorer } from '../../state/store';
import { Highlighted } from '../../ui/Highlighted';
import { useT, type StringKey } from '../../ui/i18n';

const SORT_LABELS: Record<SortOrder, StringKey> = { auto: 'sortAuto', relevance: 'sortRelevance', newest: 'sortNewest', oldest: 'sortOldest' };

export function ResultsList({ view }: { view: View }) {
  const t = useT();
  const sort = useExplorer((s) => s.filters.sort);
  const setFilters = useExplorer((s) => s.setFilters);
  return (
    <section className="results" aria-label={t('results')}>
      <div className="results-bar">
        <p role="status" className="count">
          {t('matching', { n: view.results.length, total: view.total })}
        </p>
        <label className="sort">
          <span>{t('sort')}</span>
          <select value={sort} onChange={(e) => setFilters({ sort: e.target.value as SortOrder })}>
            {(Object.keys(SORT_LABELS) as SortOrder[]).map((s) => (
              <option key={s} value={s}>
                {t(SORT_LABELS[s])}
              </option>
            ))}
          </select>
        </label>
      </div>
      {view.results.length === 0 ? (
        <p className="empty-state">{t('noResults')}</p>
      ) : (
        <ol className="result-list">
          {view.results.map((a) => (
            <ResultItem key={a.id} article={a} view={view} />
          ))}
        </ol>
      )}
    </section>
  );
}

function ResultItem({ article, view }: { article: Article; view: View }) {
  const lang = useExplorer((s) => s.lang);
  const selected = useExplorer((s) => s.filters.article === article.id);
  const setFilters = useExplorer((s) => s.setFilters);
  const t = useT();
  const title = article.title ?? firstWords(article.body);
  const titleRanges = matchRanges(title, view.query);
  const snippet = keywordInContext(article.body, matchRanges(article.body, view.query));
  return (
    <li className={selected ? 'result selected' : 'result'}>
      <button type="button" className="result-open" aria-current={selected || undefined} onClick={() => setFilters({ article: article.id })}>
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

/** When the page lost the headline, the first words stand in for it. */
export function firstWords(body: string): string {
  const first = body.split(/[。！？\n]/)[0] ?? body;
  return first.length > 40 ? `${first.slice(0, 40)}…` : first;
}
