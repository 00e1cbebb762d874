// The composition root: the shell around the explorer, the corpus and what is built from
// it, and the features laid out. Every piece of behaviour lives in a feature or a hook.
import { useMemo } from 'react';
import { CorpusProvider } from './data/CorpusProvider';
import { useCorpus } from './data/corpus-query';
import { useEngine } from './data/engine-context';
import type { LoadedCorpus } from './data/loaded-corpus';
import { useView } from './data/use-view';
import { ExportMenu } from './features/export/ExportMenu';
import { OpenCorpus } from './features/export/OpenCorpus';
import { ActiveChips } from './features/facet/ActiveChips';
import { FacetPanel } from './features/facet/FacetPanel';
import { PresentButton, usePresentShortcut } from './features/present/PresentButton';
import { SavedViews } from './features/present/SavedViews';
import { Reader } from './features/reader/Reader';
import { ResultsList } from './features/results/ResultsList';
import { SearchBox } from './features/search/SearchBox';
import { TableView } from './features/table/TableView';
import { CorpusNotices } from './features/shell/CorpusNotices';
import { Header, useDocumentLanguage } from './features/shell/Header';
import { Notices } from './features/shell/Notices';
import { Tabs, useUndoShortcut } from './features/shell/Tabs';
import { CorpusLoading } from './EarlyExplorer';
import { ChartsView, Deck, TermsView } from './LazyFeatures';
import { useExplorer } from './state/store';
import { useUrlSync } from './state/url-sync';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { ShellContext, useT } from './ui/shell-context';

/** Keystrokes in quick succession (and IME composition) send one query, not one each. */
const TYPING_MS = 80;

export function App() {
  const corpus = useCorpus();
  const lang = useExplorer((s) => s.lang);
  const notify = useExplorer((s) => s.notify);
  const corpusDate = corpus.data?.generatedAt.slice(0, 10) ?? '';
  const shell = useMemo(() => ({ lang, corpusDate, notify }), [lang, corpusDate, notify]);
  useUrlSync();
  useUndoShortcut();
  useDocumentLanguage(lang);
  return (
    <ShellContext.Provider value={shell}>
      <div className="app" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
        <Header />
        <ErrorBoundary name="notices"><Notices /></ErrorBoundary>
        <CorpusLoading corpus={corpus} />
        {corpus.isSuccess && (
          <CorpusProvider corpus={corpus.data}>
            <Explorer corpus={corpus.data} />
          </CorpusProvider>
        )}
      </div>
    </ShellContext.Provider>
  );
}

function Explorer({ corpus }: { corpus: LoadedCorpus }) {
  const t = useT();
  const engine = useEngine();
  const { set, view: { sort, tab } } = useExplorer((s) => s.filters);
  const presenting = useExplorer((s) => s.presenting);
  const { view, searching, countUnknown, error } = useView(set, sort, TYPING_MS);
  usePresentShortcut();
  if (presenting) return <ErrorBoundary name="presentation"><Deck /></ErrorBoundary>;
  return (
    <>
      <CorpusNotices corpus={corpus} searchError={error} />
      <div className="searchbar">
        <SearchBox query={view.query} />
        <Tabs />
        <span className="muted hint">{t('undoHint')}</span>
      </div>
      {/* The chips sit above the toolbar, so its menus open over the results, never over the chips. */}
      <ErrorBoundary name="filters"><ActiveChips /></ErrorBoundary>
      <ErrorBoundary name="toolbar">
        <div className="toolbar">
          <ExportMenu numbers={view.numbers} total={view.total} generatedAt={corpus.generatedAt} sources={corpus.sources} />
          <SavedViews />
          <PresentButton />
          <OpenCorpus />
        </div>
      </ErrorBoundary>
      <main id="results" tabIndex={-1} className={tab === 'articles' ? 'layout' : 'layout charts-layout'}>
        <ErrorBoundary name="facets"><FacetPanel view={view} offTopicHidden={engine.size - engine.onTopicCount} /></ErrorBoundary>
        {{
          charts: <ErrorBoundary name="charts"><ChartsView view={view} generatedAt={corpus.generatedAt} /></ErrorBoundary>,
          terms: <ErrorBoundary name="terms"><TermsView view={view} generatedAt={corpus.generatedAt} /></ErrorBoundary>,
          table: <ErrorBoundary name="table"><TableView view={view} generatedAt={corpus.generatedAt} /></ErrorBoundary>,
          articles: (
            <>
              <ErrorBoundary name="results"><ResultsList view={view} searching={searching} countUnknown={countUnknown} /></ErrorBoundary>
              <ErrorBoundary name="reader"><Reader numbers={view.numbers} query={view.query} /></ErrorBoundary>
            </>
          ),
        }[tab]}
      </main>
    </>
  );
}
