// The one place a result set becomes what the screen shows: the facet engine's answer
// paired with the full-text answer for its query. The explorer, each slide and each
// compared pin ask here, so they can never disagree about the same filters.
import { useMemo } from 'react';
import type { ResultSet, SortOrder } from '../model/filters';
import { computeView, type View } from '../model/view';
import { useEngine } from './engine-context';
import { useSearchHits, useSearchHitsMany } from './search-query';
import { useDebounced } from './use-debounced';

export interface ViewAnswer {
  view: View;
  /** The answer for what is in the search box is not in yet (the list says it is searching). */
  searching: boolean;
  /** Searching with no earlier answer to show: give no count rather than a wrong one. */
  countUnknown: boolean;
  error: Error | null;
}

/** `debounceMs` delays the search while the user types (keystrokes and IME composition send one query). */
export function useView(set: ResultSet, sort: SortOrder = 'auto', debounceMs = 0): ViewAnswer {
  const engine = useEngine();
  const searchedQ = useDebounced(set.q, debounceMs);
  const search = useSearchHits(searchedQ);
  const hits = search.hits ?? null;
  const view = useMemo(() => computeView(engine, set, sort, hits), [engine, set, sort, hits]);
  const searching = set.q.trim() !== '' && !search.error && (searchedQ !== set.q || search.hits == null || search.stale);
  return { view, searching, countUnknown: searching && search.hits == null, error: search.error };
}

/** Views of several result sets at once (the compared pins); a missing set has no view. */
export function useViews(sets: (ResultSet | null)[]): (View | null)[] {
  const engine = useEngine();
  const hits = useSearchHitsMany(sets.map((s) => s?.q ?? ''));
  return useMemo(() => sets.map((s, k) => (s ? computeView(engine, s, 'auto', hits[k] ?? null) : null)), [engine, sets, hits]);
}
