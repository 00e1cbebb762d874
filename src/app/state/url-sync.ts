// Keeps the store and the address bar in step. A filter change pushes a history entry
// (typing in the search box is debounced into one entry), so back/forward step through
// changes; `stepHistory` (bound to Ctrl+Z / Ctrl+Shift+Z by the app) walks the same history.
import { useEffect } from 'react';
import { filtersToSearch, searchToFilters } from './url';
import { useExplorer } from './store';

const TYPING_DELAY_MS = 500;

interface HistoryMark {
  srdi: number;
}

export function useUrlSync(): void {
  useEffect(() => {
    const store = useExplorer.getState();
    const { filters, lang, rejected } = searchToFilters(window.location.search);
    // A link that names a language opens in it (a colleague sees what the sender saw).
    if (lang && lang !== store.lang) store.setLang(lang);
    if (rejected.length) store.notify({ key: 'ignoredParams', vars: { list: rejected.join(', ') } });
    let position = (window.history.state as HistoryMark | null)?.srdi ?? 0;
    let applying = true;
    store.replaceFilters(filters);
    const here = () => canonical(filtersToSearch(useExplorer.getState().filters, useExplorer.getState().lang));
    window.history.replaceState({ srdi: position } satisfies HistoryMark, '', here());
    applying = false;

    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = useExplorer.subscribe((state, prev) => {
      // A language switch changes the link, not the history.
      if (!applying && state.lang !== prev.lang) window.history.replaceState(window.history.state, '', here());
      if (applying || state.filters === prev.filters) return;
      clearTimeout(timer);
      const push = () => {
        const url = here();
        if (url === canonical(window.location.search)) return;
        position += 1;
        window.history.pushState({ srdi: position } satisfies HistoryMark, '', url);
      };
      if (state.filters.set.q !== prev.filters.set.q) timer = setTimeout(push, TYPING_DELAY_MS);
      else push();
    });

    const onPop = (e: PopStateEvent) => {
      clearTimeout(timer);
      position = (e.state as HistoryMark | null)?.srdi ?? 0;
      applying = true;
      useExplorer.getState().replaceFilters(searchToFilters(window.location.search).filters);
      applying = false;
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      clearTimeout(timer);
      window.removeEventListener('popstate', onPop);
    };
  }, []);
}

function canonical(search: string): string {
  return `${window.location.pathname}${search}${window.location.hash}`;
}

/** Undo (back) or redo (forward) one filter change; undo stops at the first state of this visit. */
export function stepHistory(direction: 'back' | 'forward'): void {
  if (direction === 'forward') window.history.forward();
  else if (((window.history.state as HistoryMark | null)?.srdi ?? 0) > 0) window.history.back();
}
