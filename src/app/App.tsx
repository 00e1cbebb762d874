import { useCallback, useEffect, useMemo, useState } from 'react';
import { useDebounced } from './ui/use-debounced';
import { useCorpus } from './data/corpus-query';
import { useSearchHits } from './data/search-query';
import { TextIndexProvider, useTextStatus } from './data/text-index-context';
import type { LoadedCorpus } from './data/parse-corpus';
import type { ArticleMeta } from '../shared/schema';
import { BreakdownChart } from './features/charts/BreakdownChart';
import { ChartsView } from './features/charts/ChartsView';
import { ChinaMap } from './features/charts/ChinaMap';
import { ExportMenu } from './features/export/ExportMenu';
import { OpenCorpus } from './features/export/OpenCorpus';
import { Presentation, SlideFrame } from './features/present/Presentation';
import { SavedViews } from './features/present/SavedViews';
import { ActiveChips } from './features/facet/ActiveChips';
import { FacetPanel } from './features/facet/FacetPanel';
import { Reader } from './features/reader/Reader';
import { ResultsList } from './features/results/ResultsList';
import { SearchBox } from './features/search/SearchBox';
import { Timeline } from './features/timeline/Timeline';
import { describeFilters } from './model/describe';
import type { Filters, Tab } from './model/filters';
import { countBy } from './model/aggregate';
import { valuesOf } from './model/facets';
import { figureRows } from './model/figures';
import type { Lang } from './model/lang';
import { useSavedViews, type SlideChart } from './state/saved-views';
import { searchToFilters } from './state/url';
import { buildEngine, type Engine } from './model/engine';
import { computeView } from './model/view';
import { useExplorer } from './state/store';
import { useUrlSync } from './state/url-sync';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { useT } from './ui/i18n';
import { slideRoom, useViewportHeight } from './ui/use-viewport-height';
import { LanguageToggle } from './ui/LanguageToggle';
import { Notices } from './ui/Notices';
import { Skeleton } from './ui/Skeleton';
import { isTyping } from './ui/is-typing';
import { CorpusLoadError } from './data/corpus-error';

export function App() {
  const corpus = useCorpus();
  const lang = useExplorer((s) => s.lang);
  const t = useT();
  useUrlSync();
  // The document's language follows the choice: screen readers, fonts and hyphenation read it.
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  return (
    <div className="app" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <a className="skip-link" href="#results">{t('skipToResults')}</a>
      <ErrorBoundary name="header">
        <header className="topbar">
          <div className="brand">
            <h1>{t('appTitle')}</h1>
            <span className="muted">{t('appSubtitle')}</span>
          </div>
          <LanguageToggle />
        </header>
      </ErrorBoundary>
      <ErrorBoundary name="notices">
        <Notices />
      </ErrorBoundary>
      {corpus.isPending && <Skeleton label={t('loading')} />}
      {corpus.isError && (
        <div className="load-error" role="alert">
          <p>{corpus.error instanceof CorpusLoadError && corpus.error.problem ? t(corpus.error.problem.key, corpus.error.problem.vars) : corpus.error.message}</p>
          <button type="button" onClick={() => void corpus.refetch()}>
            {t('retry')}
          </button>
        </div>
      )}
      {corpus.isSuccess && (
        <TextIndexProvider corpus={corpus.data}>
          <Explorer corpus={corpus.data} />
        </TextIndexProvider>
      )}
    </div>
  );
}

function Explorer({ corpus }: { corpus: LoadedCorpus }) {
  const filters = useExplorer((s) => s.filters);
  const lang = useExplorer((s) => s.lang);
  const setFilters = useExplorer((s) => s.setFilters);
  const t = useT();
  const engine = useMemo(() => buildEngine(corpus.articles), [corpus]);
  // Keystrokes in quick succession (and IME composition) send one query, not one each.
  const searchedQ = useDebounced(filters.q, 80);
  const search = useSearchHits(searchedQ);
  const hits = search.hits ?? null;
  const view = useMemo(() => computeView(engine, filters, hits), [engine, filters, hits]);
  // Until the answer for what is in the box arrives, the list says it is searching (and,
  // with no earlier answer to show, gives no count rather than a wrong one).
  const searching = filters.q.trim() !== '' && !search.error && (searchedQ !== filters.q || search.hits == null || search.stale);
  const firstSearch = searching && search.hits == null;
  const offTopicHidden = useMemo(() => corpus.articles.filter((a) => !a.onTopic).length, [corpus]);
  const description = describeFilters(filters, lang);
  const tabs: { id: Tab; label: string }[] = [{ id: 'articles', label: t('tabArticles') }, { id: 'charts', label: t('tabCharts') }];
  const savedViews = useSavedViews((s) => s.views);
  const [presenting, setPresenting] = useState(false);
  const setCorpusDate = useExplorer((s) => s.setCorpusDate);
  useEffect(() => setCorpusDate(corpus.generatedAt.slice(0, 10)), [corpus, setCorpusDate]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'p' || e.ctrlKey || e.metaKey || e.altKey) return;
      if (isTyping(e.target)) return;
      setPresenting(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const slideSpecs = useMemo(
    () => (presenting ? (savedViews.length ? savedViews.map((v) => ({ id: v.id, name: v.name, filters: searchToFilters(`?${v.search}`).filters, chart: v.chart })) : [{ id: 'current', name: t('currentView'), filters, chart: 'timeline' as SlideChart }]) : []),
    [presenting, savedViews, filters, t],
  );
  const exitPresentation = useCallback(() => setPresenting(false), []);
  const renderSlide = useCallback((spec: SlideSpecOf) => <ViewSlide spec={spec} engine={engine} lang={lang} />, [engine, lang]);
  if (presenting) {
    return (
      <ErrorBoundary name="presentation">
        <Presentation specs={slideSpecs} renderSlide={renderSlide} onExit={exitPresentation} />
      </ErrorBoundary>
    );
  }
  return (
    <>
      <TextStatusNotice />
      {search.error && <div className="notice" role="alert">{t('searchFailed', { why: search.error.message })}</div>}
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
      {/* The chips sit above the toolbar, so its menus open over the results, never over the chips. */}
      <ErrorBoundary name="filters">
        <ActiveChips />
      </ErrorBoundary>
      <ErrorBoundary name="toolbar">
      <div className="toolbar">
        <ExportMenu results={view.results} total={view.total} generatedAt={corpus.generatedAt} sources={corpus.sources} />
        <SavedViews />
        <button type="button" className="tool present-button" onClick={() => setPresenting(true)} title={t('presentHint')}>
          ▶ {t('present')}
        </button>
        <OpenCorpus />
      </div>
      </ErrorBoundary>
      <main id="results" tabIndex={-1} className={filters.tab === 'charts' ? 'layout charts-layout' : 'layout'}>
        <ErrorBoundary name="facets">
          <FacetPanel view={view} offTopicHidden={offTopicHidden} />
        </ErrorBoundary>
        {filters.tab === 'charts' ? (
          <div className="chart-area">
            <p role="status" className="count">{t('matching', { n: view.results.length, total: view.total })}</p>
            <ErrorBoundary name="timeline">
              <Timeline articles={view.ignoringDates} lang={lang} from={filters.from} to={filters.to} subtitle={t('forFilter', { desc: describeFilters({ ...filters, from: null, to: null }, lang) })} onRange={(from, to) => setFilters({ from, to })} unit={filters.unit} stack={filters.stack} onView={setFilters} />
            </ErrorBoundary>
            <ErrorBoundary name="charts">
              <ChartsView articles={view.results} engine={engine} description={description} total={view.total} generatedAt={corpus.generatedAt} />
            </ErrorBoundary>
          </div>
        ) : (
          <>
            <ErrorBoundary name="results">
              <ResultsList view={view} searching={searching} countUnknown={firstSearch} />
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

/** Progress of the background text loading, and any part that failed, in words. */
function TextStatusNotice() {
  const status = useTextStatus();
  const t = useT();
  if (status.failures.length > 0) {
    return <div className="notice" role="alert">{t('textFailed', { n: status.failures.length, why: status.failures.slice(0, 2).join('; ') })}</div>;
  }
  if (status.ready || status.chunks <= 1) return null;
  return (
    <div className="notice subtle" role="status" aria-live="polite">
      <progress max={status.chunks} value={status.chunksLoaded} /> {t('textIndexing', { done: status.chunksLoaded, total: status.chunks })}
    </div>
  );
}

interface SlideSpecOf {
  id: string;
  name: string;
  filters: Filters;
  chart: SlideChart;
}

/** A saved view as a slide: its own search and view, computed only while the slide is rendered. */
function ViewSlide({ spec, engine, lang }: { spec: SlideSpecOf; engine: Engine; lang: Lang }) {
  const t = useT();
  const search = useSearchHits(spec.filters.q);
  const room = slideRoom(useViewportHeight());
  const results = useMemo(() => computeView(engine, spec.filters, search.hits ?? null).results, [engine, spec.filters, search.hits]);
  const figures = slideFigures(results, room.figures);
  const scope = spec.filters.onTopicOnly ? engine.articles.filter((a) => a.onTopic).length : engine.articles.length;
  const basis = t(spec.filters.onTopicOnly ? 'basisOnTopic' : 'basisAll', { n: scope });
  const undrawn = spec.chart === 'timeline' ? results.filter((a) => a.datePrecision === 'year' || a.date === null).length : 0;
  const chart =
    spec.chart === 'map' ? (
      <ChinaMap counts={new Map(countBy(results, (a) => valuesOf(a, 'region', spec.filters.places)).map((c) => [c.key, c.count]))} selected={spec.filters.region} lang={lang} onToggle={() => undefined} title={spec.name} />
    ) : spec.chart === 'timeline' ? (
      <Timeline articles={results} lang={lang} from={null} to={null} subtitle="" onRange={() => undefined} height={room.chart} unit={spec.filters.unit} stack={spec.filters.stack} />
    ) : (
      <BreakdownChart articles={results} facet={spec.chart === 'industries' ? 'industry' : 'topic'} lang={lang} height={room.chart} />
    );
  return <SlideFrame slide={{ name: spec.name, description: describeFilters(spec.filters, lang), count: results.length, basis, chart, undrawn, figures }} />;
}

/** Reported figures (no targets), one per measure, the measures most articles report first, as many as there is room for. */
function slideFigures(results: ArticleMeta[], room: number) {
  const seen = new Set<string>();
  const rows = figureRows(results);
  const reach = new Map<string, Set<string>>();
  for (const r of rows) if (r.indicatorKey) reach.set(r.indicatorKey, (reach.get(r.indicatorKey) ?? new Set()).add(r.articleId));
  const widest = (key: string | null) => (key ? reach.get(key)?.size ?? 0 : 0);
  return [...rows]
    .sort((a, b) => widest(b.indicatorKey) - widest(a.indicatorKey))
    .flatMap((r) => {
      const key = r.indicatorKey ?? r.indicator;
      return r.indicator !== null && key !== null && r.kind !== 'target' && !seen.has(key) && seen.add(key) ? [{ ...r, indicator: r.indicator }] : [];
    })
    .slice(0, room);
}
