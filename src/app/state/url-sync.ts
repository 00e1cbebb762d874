// Keeps the store and the address bar in step. A filter change pushes a history entry
// (typing in the search box is debounced into one entry), so back/forward step through
// changes; Ctrl+Z / Ctrl+Shift+Z walk the same history.
import { useEffect } from 'react';
import { filtersToSearch, searchToFilters } from './url';
import { useExplorer } from './store';
import { isTyping } from '../ui/is-typing';

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
      if (state.filters.q !== prev.filters.q) timer = setTimeout(push, TYPING_DELAY_MS);
      else push();
    });

    const onPop = (e: PopStateEvent) => {
      clearTimeout(timer);
      position = (e.state as HistoryMark | null)?.srdi ?? 0;
      applying = true;
      useExplorer.getState().replaceFilters(searchToFilters(window.location.search).filters);
      applying = false;
    };
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z') return;
      // Inside a text box, Ctrl+Z edits the text.
      if (isTyping(e.target)) return;
      e.preventDefault();
      if (e.shiftKey) window.history.forward();
      else if (position > 0) window.history.back();
    };
    window.addEventListener('popstate', onPop);
    window.addEventListener('keydown', onKey);
    return () => {
      unsubscribe();
      clearTimeout(timer);
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}

function canonical(search: string): string {
  return `${window.location.pathname}${search}${window.location.hash}`;
}
