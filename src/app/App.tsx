import { useMemo } from 'react';
import { useCorpus } from './data/corpus-query';
import type { LoadedCorpus } from './data/parse-corpus';
import { ChartsView } from './features/charts/ChartsView';
import { ActiveChips } from './features/facet/ActiveChips';
import { FacetPanel } from './features/facet/FacetPanel';
import { Reader } from './features/reader/Reader';
import { ResultsList } from './features/results/ResultsList';
import { SearchBox } from './features/search/SearchBox';
import { Timeline } from './features/timeline/Timeline';
import { describeFilters } from './model/describe';
import type { Tab } from './model/filters';
import { buildSearchIndex } from './model/search';
import { computeView } from './model/view';
import { useExplorer } from './state/store';
import { useUrlSync } from './state/url-sync';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { useT } from './ui/i18n';
import { LanguageToggle } from './ui/LanguageToggle';
import { Notices } from './ui/Notices';
import { Skeleton } from './ui/Skeleton';

export function App() {
  const corpus = useCorpus();
  const lang = useExplorer((s) => s.lang);
  const t = useT();
  useUrlSync();
  return (
    <div className="app" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header className="topbar">
        <div className="brand">
          <h1>{t('appTitle')}</h1>
          <span className="muted">{t('appSubtitle')}</span>
        </div>
        <LanguageToggle />
      </header>
      <Notices />
      {corpus.isPending && <Skeleton label={t('loading')} />}
      {corpus.isError && (
        <div className="load-error" role="alert">
          <p>{corpus.error.message}</p>
          <button type="button" onClick={() => void corpus.refetch()}>
            {t('retry')}
          </button>
        </div>
      )}
      {corpus.isSuccess && <Explorer corpus={corpus.data} />}
    </div>
  );
}

function Explorer({ corpus }: { corpus: LoadedCorpus }) {
  const filters = useExplorer((s) => s.filters);
  const lang = useExplorer((s) => s.lang);
  const setFilters = useExplorer((s) => s.setFilters);
  const t = useT();
  const index = useMemo(() => buildSearchIndex(corpus.articles), [corpus]);
  const view = useMemo(() => computeView(corpus.articles, index, filters), [corpus, index, filters]);
  const offTopicHidden = useMemo(() => corpus.articles.filter((a) => !a.onTopic).length, [corpus]);
  const description = describeFilters(filters, lang);
  const tabs: { id: Tab; label: string }[] = [{ id: 'articles', label: t('tabArticles') }, { id: 'charts', label: t('tabCharts') }];
  return (
    <>
      {corpus.skipped.length > 0 && (
        <div className="notice" role="note">
          {t('skipped', { n: corpus.skipped.length })}{' '}
          <span className="muted">{corpus.skipped.slice(0, 3).map((s) => `${s.id ?? `#${s.index}`}: ${s.reason}`).join('; ')}</span>
        </div>
      )}
      <div className="searchbar">
        <SearchBox query={view.query} />
        <div className="tabs" role="tablist" aria-label={t('views')}>
          {tabs.map((tab) => (
            <button key={tab.id} type="button" role="tab" aria-selected={filters.tab === tab.id} onClick={() => setFilters({ tab: tab.id })}>
              {tab.label}
            </button>
          ))}
        </div>
        <span className="muted hint">{t('undoHint')}</span>
      </div>
      <ErrorBoundary name="filters">
        <ActiveChips />
      </ErrorBoundary>
      <main className={filters.tab === 'charts' ? 'layout charts-layout' : 'layout'}>
        <ErrorBoundary name="facets">
          <FacetPanel view={view} offTopicHidden={offTopicHidden} />
        </ErrorBoundary>
        {filters.tab === 'charts' ? (
          <div className="chart-area">
            <p role="status" className="count">{t('matching', { n: view.results.length, total: view.total })}</p>
            <ErrorBoundary name="timeline">
              <Timeline articles={view.ignoringDates} lang={lang} from={filters.from} to={filters.to} subtitle={t('forFilter', { desc: describeFilters({ ...filters, from: null, to: null }, lang) })} onRange={(from, to) => setFilters({ from, to })} />
            </ErrorBoundary>
            <ErrorBoundary name="charts">
              <ChartsView articles={view.results} all={corpus.articles} index={index} description={description} />
            </ErrorBoundary>
          </div>
        ) : (
          <>
            <ErrorBoundary name="results">
              <ResultsList view={view} />
            </ErrorBoundary>
            <ErrorBoundary name="reader">
              <Reader results={view.results} query={view.query} />
            </ErrorBoundary>
          </>
        )}
      </main>
    </>
  );
}
