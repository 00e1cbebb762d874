// The corpus request: fetcher, query options and hook in one place. The URL names either
// a full corpus or the compact index of a split one; chunk files resolve against it.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { columnsFor, fetchFacetFile, type FacetFile } from './facet-file';
import { loadCorpusIndex } from './index-host';
import type { LoadedCorpus } from './loaded-corpus';

declare const __CORPUS_URL__: string;
export const CORPUS_URL: string = typeof __CORPUS_URL__ === 'string' ? __CORPUS_URL__ : 'corpus/index.json';

/** The binary facet index beside the corpus: a few MB, so the facets work long before the index's rows are in. */
export const facetFileQueryOptions = (url: string = CORPUS_URL) =>
  queryOptions({ queryKey: ['facet-file', url], queryFn: () => fetchFacetFile(url), staleTime: Infinity, retry: false });

export function useFacetFile(url?: string) {
  return useQuery(facetFileQueryOptions(url));
}

/**
 * The index and, in parallel, the binary facet index beside it: its columns when they
 * describe exactly the index's articles, else columns built from the rows (where they are).
 */
export async function fetchCorpus(url: string = CORPUS_URL, facetFile: Promise<FacetFile> = fetchFacetFile(url)): Promise<LoadedCorpus> {
  const base = new URL(url, globalThis.location?.href ?? 'http://localhost/').href;
  const { table, buildColumns } = await loadCorpusIndex(url, base);
  if (table.text.kind !== 'chunks') return { ...table, facetColumns: await buildColumns(), facetFileProblem: null };
  const { ids } = table;
  const { columns, why } = columnsFor(await facetFile, { first: ids[0] ?? null, last: ids.at(-1) ?? null, count: ids.length, skipped: table.skipped.length });
  return { ...table, facetColumns: columns ?? (await buildColumns()), facetFileProblem: why };
}

export const corpusQueryOptions = (url: string = CORPUS_URL) =>
  queryOptions({
    queryKey: ['corpus', url],
    // The facet file is the same request the early facets made (one fetch, shared through the
    // cache), and the index waits for it: sharing the bandwidth with a 100 MB index, the few
    // MB of facets would arrive only with it, and the early facets would be no earlier.
    queryFn: async ({ client }) => {
      const facetFile = client.fetchQuery(facetFileQueryOptions(url));
      await facetFile;
      return fetchCorpus(url, facetFile);
    },
    staleTime: Infinity,
    retry: false,
  });

export function useCorpus(url?: string) {
  return useQuery(corpusQueryOptions(url));
}
