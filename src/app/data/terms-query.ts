// The Terms tab's requests to the text workers: concordance, term hits for trends and
// word counts for distinctive terms — fetchers, query options and hooks. Keys carry a
// fingerprint of the articles asked about, so an unchanged result set is never recomputed.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { KwicSort } from '../../shared/terms/concordance';
import { fingerprint } from '../model/fingerprint';
import { distinctiveTerms } from '../../shared/terms/keyness';
import { sampleOrder, takeSample } from '../model/sample';
import { useEngine } from './engine-context';
import { useTextIndex } from './TextIndexProvider';
import type { TextIndex } from './text-index';

/** Lines shown at once; an export asks for up to EXPORT_LINES. */
export const KWIC_LINES = 500;
export const EXPORT_LINES = 100_000;

const settled = { staleTime: Infinity, gcTime: 60_000, retry: false } as const;

export const concordanceQueryOptions = (index: TextIndex, numbers: Uint32Array, q: string, sort: KwicSort, limit: number) =>
  queryOptions({
    queryKey: ['concordance', index.key, fingerprint(numbers), q.trim(), sort, limit],
    queryFn: () => index.concordance(numbers, q, sort, limit),
    ...settled,
  });

export function useConcordance(numbers: Uint32Array, q: string, sort: KwicSort, enabled: boolean) {
  const index = useTextIndex();
  return useQuery({ ...concordanceQueryOptions(index, numbers, q, sort, KWIC_LINES), enabled, placeholderData: keepPreviousData });
}

export const termHitsQueryOptions = (index: TextIndex, terms: readonly string[]) =>
  queryOptions({ queryKey: ['term-hits', index.key, ...terms], queryFn: () => index.termHits(terms), ...settled });

export function useTermHits(terms: readonly string[]) {
  const index = useTextIndex();
  return useQuery({ ...termHitsQueryOptions(index, terms), enabled: terms.length > 0, placeholderData: keepPreviousData });
}

const orders = new WeakMap<object, Uint32Array>();

/** Distinctive terms of the listed articles against the rest of the corpus, each read through a sample. */
export function useDistinctiveTerms(numbers: Uint32Array, enabled: boolean) {
  const index = useTextIndex();
  const engine = useEngine();
  const sample = useMemo(() => {
    let order = orders.get(engine);
    if (!order) orders.set(engine, (order = sampleOrder(engine.size)));
    const inSet = new Uint8Array(engine.size);
    for (const n of numbers) inSet[n] = 1;
    return takeSample(order, inSet);
  }, [engine, numbers]);
  const query = useQuery({
    queryKey: ['distinctive', index.key, fingerprint(numbers)],
    queryFn: async () => {
      const { set, rest } = await index.termCounts(sample);
      // The word totals come along: rates per 10,000 words compare a set with its rest.
      return { terms: distinctiveTerms(set, rest), set: set.total, rest: rest.total };
    },
    ...settled,
    enabled: enabled && sample.setSize > 0 && sample.restSize > 0,
    placeholderData: keepPreviousData,
  });
  return { ...query, sample };
}
