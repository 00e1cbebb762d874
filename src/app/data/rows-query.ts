// The rows request: fetcher, query options and hook in one place. A view asks for the
// rows of the article numbers it shows; rows already on the page answer at once (no
// loading state for a corpus held in memory), the others come from the row store.
import { createContext, useContext, useMemo } from 'react';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ArticleMeta } from '../../shared/schema';
import { fingerprint } from '../model/fingerprint';
import type { RowStore } from './row-store';

export const RowStoreContext = createContext<RowStore | null>(null);

export function useRowStore(): RowStore {
  const store = useContext(RowStoreContext);
  if (!store) throw new Error('useRowStore needs a RowStoreContext provider');
  return store;
}

const NONE: ArrayLike<number> = new Uint32Array(0);

export const rowsQueryOptions = (store: RowStore, numbers: ArrayLike<number>, print: string = fingerprint(numbers)) =>
  queryOptions({
    queryKey: ['rows', store.key, print],
    queryFn: () => store.rows(numbers),
    initialData: () => store.peek(numbers) ?? undefined,
    staleTime: Infinity,
    gcTime: 30_000,
    retry: false,
  });

export interface RowsAnswer {
  /** The rows, in the order asked; undefined until they are in. */
  rows: ArticleMeta[] | undefined;
  /** The rows shown are an earlier request's, while the new ones come (`keepPrevious` only). */
  stale: boolean;
  error: Error | null;
}

/** The rows of some article numbers (null: none wanted). `keepPrevious` keeps the last rows on screen while new ones come. */
export function useRows(numbers: ArrayLike<number> | null, keepPrevious = false): RowsAnswer {
  const store = useRowStore();
  const asked = numbers ?? NONE;
  const print = useMemo(() => fingerprint(asked), [asked]);
  const query = useQuery({ ...rowsQueryOptions(store, asked, print), enabled: numbers !== null, placeholderData: keepPrevious ? keepPreviousData : undefined });
  return { rows: numbers === null ? undefined : query.data, stale: query.isPlaceholderData, error: query.error };
}
