// The corpus request: fetcher, query options and hook in one place. The URL names either
// a full corpus or the compact index of a split one; chunk files resolve against it.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { columnsFor, fetchArticleIds, fetchFacetFile, idsOf, mismatchOf, type FacetColumnsFile, type FacetFile, type IdsFile } from './facet-file';
import { loadCorpusIndex } from './index-host';
import type { AnnouncedIndex, LoadedCorpus, LoadedIndex } from './loaded-corpus';
import type { RowStore } from './row-store';
import { useAppConfig } from './app-config';
import { fetchServerCorpus, serverCorpusUrl } from './server-corpus';
import { serverFetch } from './server-fetch';
import { prestartTextWorkers } from './worker-host';

declare const __CORPUS_URL__: string;
export const CORPUS_URL: string = typeof __CORPUS_URL__ === 'string' ? __CORPUS_URL__ : 'corpus/index.json';

/** The binary facet index beside the corpus: a few MB, so the facets work long before the index's rows are in. */
export const facetFileQueryOptions = (url: string = CORPUS_URL, fetchImpl: typeof fetch = fetch) =>
  queryOptions({ queryKey: ['facet-file', url], queryFn: () => fetchFacetFile(url, fetchImpl), staleTime: Infinity, retry: false });

/** The team server the app is told to use, or null (offline). */
function useServer(): { api: string } | null | undefined {
  const config = useAppConfig();
  if (!config.data) return undefined;
  return config.data.mode === 'remote' ? config.data : null;
}

/** The facet index of the corpus the app shows: beside its files, or the team server's. */
export function useFacetFile(url?: string) {
  const server = useServer();
  const options = server ? facetFileQueryOptions(serverCorpusUrl(server.api), serverFetch) : facetFileQueryOptions(url);
  return useQuery({ ...options, enabled: server !== undefined });
}

/**
 * The index and, in parallel, the binary facet index beside it: its columns when they
 * describe exactly the index's articles, else columns built from the rows (where they are).
 * A split index whose rows are in files is numbered by the facet index's ids at once (the
 * list needs only the rows on screen); its rows are checked in order later (`check`), and
 * if they are not what the facet index numbered, `onReplaced` gets the corpus as the rows
 * number it.
 */
export async function fetchCorpus(url: string = CORPUS_URL, facetFile: Promise<FacetFile> = fetchFacetFile(url), onReplaced: (c: LoadedCorpus) => void = () => undefined): Promise<LoadedCorpus> {
  const base = new URL(url, globalThis.location?.href ?? 'http://localhost/').href;
  prestartTextWorkers();
  const idsFile = fetchArticleIds(url);
  const load = await loadCorpusIndex(url, base);
  if (load.kind === 'announced') {
    const file = await facetFile;
    if (file.kind === 'columns') {
      const numbering = idsOf(file, await idsFile);
      if (numbering.why === null && numbering.ids.length === load.index.announced) return numberedCorpus(load.index, file, numbering, onReplaced);
    }
    return settledCorpus(await load.index.complete(), file, await idsFile);
  }
  const { table, buildColumns } = load.index;
  if (table.text.kind !== 'chunks') return { ...table, facetColumns: await buildColumns(), facetFileProblem: null };
  return settledCorpus(load.index, await facetFile, await idsFile);
}

async function settledCorpus({ table, buildColumns }: LoadedIndex, file: FacetFile, ids: IdsFile): Promise<LoadedCorpus> {
  const { columns, why } = columnsFor(file, ids, table.ids, table.skipped.length);
  return { ...table, facetColumns: columns ?? (await buildColumns()), facetFileProblem: why };
}

/** The corpus numbered by the facet index; its check (once) replaces it when the rows disagree. */
function numberedCorpus(index: AnnouncedIndex, file: FacetColumnsFile, numbering: Extract<IdsFile, { why: null }>, onReplaced: (c: LoadedCorpus) => void): LoadedCorpus {
  let checking = false;
  const check = () => {
    if (checking) return;
    checking = true;
    index.complete().then(
      async (complete) => {
        const why = mismatchOf(numbering, complete.table.ids, complete.table.skipped.length);
        if (why) onReplaced({ ...complete.table, facetColumns: await complete.buildColumns(), facetFileProblem: why });
      },
      // A rows file that cannot be read fails the rows asked of it, by name; the rest keeps working.
      () => undefined,
    );
  };
  const table = index.numbered(numbering.ids);
  // A row that is not what was numbered (a file from another build) starts the check at once.
  const rows: RowStore = { ...table.rows, rows: (numbers) => table.rows.rows(numbers).catch((e: unknown) => { check(); throw e; }) };
  return { ...table, rows, facetColumns: file.columns, facetFileProblem: null, check };
}

export const corpusQueryOptions = (url: string = CORPUS_URL) =>
  queryOptions({
    queryKey: ['corpus', url],
    // The facet file is the same request the early facets made (one fetch, shared through the
    // cache). The index is fetched meanwhile: as the pipeline writes it, it is the chunk list
    // (about 1 MB at 100,000 articles, its rows in files), so it does not hold the facets back.
    queryFn: ({ client }) =>
      fetchCorpus(url, client.fetchQuery(facetFileQueryOptions(url)), (replacement) => client.setQueryData(corpusQueryOptions(url).queryKey, replacement)),
    staleTime: Infinity,
    retry: false,
  });

/** A team server's corpus: its facet index is the same request the early facets made. */
export const serverCorpusQueryOptions = (api: string) =>
  queryOptions({
    queryKey: ['corpus', 'server', api],
    queryFn: ({ client }) => fetchServerCorpus(api, client.fetchQuery(facetFileQueryOptions(serverCorpusUrl(api), serverFetch))),
    staleTime: Infinity,
    retry: false,
  });

/** The corpus the app shows: its files (offline), or the team server's when config.json names one. */
export function useCorpus(url?: string) {
  const server = useServer();
  const options = server ? serverCorpusQueryOptions(server.api) : corpusQueryOptions(url);
  return useQuery({ ...options, enabled: server !== undefined });
}
