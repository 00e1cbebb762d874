// The corpus request: fetcher, query options and hook in one place. The URL names either
// a full corpus or the compact index of a split one; chunk files resolve against it.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { columnsFor, fetchFacetFile } from './facet-file';
import { fetchJson } from './fetch-json';
import { parseCorpus, type LoadedCorpus } from './parse-corpus';

declare const __CORPUS_URL__: string;
export const CORPUS_URL: string = typeof __CORPUS_URL__ === 'string' ? __CORPUS_URL__ : 'corpus/index.json';

/** The index and, in parallel, the binary facet index beside it (used when it matches the index exactly). */
export async function fetchCorpus(url: string = CORPUS_URL): Promise<LoadedCorpus> {
  const facetFile = fetchFacetFile(url);
  const json = await fetchJson(url);
  const base = new URL(url, globalThis.location?.href ?? 'http://localhost/');
  const corpus = parseCorpus(json, url, (file) => new URL(file, base).href);
  if (corpus.text.kind !== 'chunks') return corpus;
  const { columns, why } = columnsFor(await facetFile, { first: corpus.articles[0]?.id ?? null, last: corpus.articles.at(-1)?.id ?? null, count: corpus.articles.length, skipped: corpus.skipped.length });
  return { ...corpus, facetColumns: columns, facetFileProblem: why };
}

export const corpusQueryOptions = (url: string = CORPUS_URL) =>
  queryOptions({ queryKey: ['corpus', url], queryFn: () => fetchCorpus(url), staleTime: Infinity, retry: false });

export function useCorpus(url?: string) {
  return useQuery(corpusQueryOptions(url));
}
