// The one place a result set becomes what the screen shows: the facet engine's answer
// paired with the full-text answer for its query. The explorer, each slide and each
// compared pin ask here, so they can never disagree about the same filters.
import { useMemo, useState } from 'react';
import { parseQuery } from '../../shared/search/query';
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
  // A query that does not parse keeps the last one that did: the page never empties on a typo.
  const parses = useMemo(() => parseQuery(set.q).error === null, [set.q]);
  // (A link that opens on a broken query has no good one yet: it shows what an empty box shows.)
  const [good, setGood] = useState(parses ? set.q : '');
  if (parses && good !== set.q) setGood(set.q);
  const asked = useMemo(() => (parses ? set : { ...set, q: good }), [parses, set, good]);
  const searchedQ = useDebounced(asked.q, debounceMs);
  const search = useSearchHits(searchedQ);
  const hits = search.hits ?? null;
  const view = useMemo(() => computeView(engine, asked, sort, hits), [engine, asked, sort, hits]);
  const searching = asked.q.trim() !== '' && !search.error && (searchedQ !== asked.q || search.hits == null || search.stale);
  return { view, searching, countUnknown: searching && search.hits == null, error: search.error };
}

/** Views of several result sets at once (the compared pins); a missing set has no view. */
export function useViews(sets: (ResultSet | null)[]): (View | null)[] {
  const engine = useEngine();
  const hits = useSearchHitsMany(sets.map((s) => s?.q ?? ''));
  return useMemo(() => sets.map((s, k) => (s ? computeView(engine, s, 'auto', hits[k] ?? null) : null)), [engine, sets, hits]);
}
