// The full-text search request to the text workers: fetcher, query options and hooks.
import { useCallback } from 'react';
import { keepPreviousData, queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { useTextIndex } from './TextIndexProvider';
import type { SearchHits } from '../../shared/search/search';
import type { TextIndex } from './text-index';

export const searchQueryOptions = (index: TextIndex, q: string) =>
  queryOptions({
    queryKey: ['search', index.key, q.trim()],
    queryFn: () => index.search(q),
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
  });

export interface SearchState {
  /** Matches by article number; null = no query; undefined = the answer is not in yet. */
  hits: SearchHits | null | undefined;
  /** The hits shown belong to an earlier query while the new one runs. */
  stale: boolean;
  error: Error | null;
}

/** While a new query runs, the previous answer stays on screen (marked stale). */
export function useSearchHits(q: string): SearchState {
  const index = useTextIndex();
  const empty = q.trim() === '';
  const query = useQuery({ ...searchQueryOptions(index, q), enabled: !empty, placeholderData: keepPreviousData });
  if (empty) return { hits: null, stale: false, error: null };
  return { hits: query.data, stale: query.isPlaceholderData, error: query.error };
}

/** Hits for several queries at once (saved views, compared pins); empty queries need none. */
export function useSearchHitsMany(qs: string[]): (SearchHits | null | undefined)[] {
  const index = useTextIndex();
  const key = qs.join('\n');
  const combine = useCallback(
    (results: { data: SearchHits | null | undefined }[]) => results.map((r, k) => (key.split('\n')[k]!.trim() === '' ? null : r.data)),
    [key],
  );
  // `combine` keeps the returned array stable while no answer changes, so views built
  // from it are not recomputed on every render.
  return useQueries({
    queries: qs.map((q) => ({ ...searchQueryOptions(index, q), enabled: q.trim() !== '' })),
    combine,
  });
}
