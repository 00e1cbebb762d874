// The corpus request: fetcher, query options and hook in one place.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { CorpusLoadError } from './corpus-error';
import { parseCorpus, type LoadedCorpus } from './parse-corpus';

declare const __CORPUS_URL__: string;
export const CORPUS_URL: string = typeof __CORPUS_URL__ === 'string' ? __CORPUS_URL__ : 'corpus.json';

export async function fetchCorpus(url: string = CORPUS_URL): Promise<LoadedCorpus> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new CorpusLoadError(`Could not reach ${url}: ${(e as Error).message}`, 'network');
  }
  if (!res.ok) throw new CorpusLoadError(`${url} answered ${res.status} ${res.statusText || ''}`.trim(), 'http');
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new CorpusLoadError(`${url} is not valid JSON`, 'json');
  }
  return parseCorpus(json, url);
}

export const corpusQueryOptions = (url: string = CORPUS_URL) =>
  queryOptions({ queryKey: ['corpus', url], queryFn: () => fetchCorpus(url), staleTime: Infinity, retry: false });

export function useCorpus(url?: string) {
  return useQuery(corpusQueryOptions(url));
}
