import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { prefetchCorpus } from './data/prefetch';
import { connectSavedViews } from './state/saved-views';
import { browserStorage, onStorageProblem } from './state/storage-problems';
import { useExplorer } from './state/store';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { reshapeOnFontLoad } from './ui/reshape-on-font-load';
// A CJK font shipped with the app and served locally (SIL OFL), split by unicode-range so a
// page loads only the subsets it shows: projectors and kiosks often have no Chinese font.
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './ui/styles.css';

// Storage problems (full quota, unreadable settings or views) become notices in the UI language.
onStorageProblem((p) => {
  useExplorer.getState().notify({ key: p.key, vars: p.vars });
});
connectSavedViews(browserStorage());
reshapeOnFontLoad(document);

const root = document.getElementById('root');
if (root) {
  const client = new QueryClient();
  prefetchCorpus(client);
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary name="application">
        <QueryClientProvider client={client}>
          <App />
        </QueryClientProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}
