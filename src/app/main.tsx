import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { connectSavedViews } from './state/saved-views';
import { useExplorer } from './state/store';
import './ui/styles.css';

const problem = connectSavedViews(window.localStorage);
if (problem) useExplorer.getState().notify(problem);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={new QueryClient()}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
