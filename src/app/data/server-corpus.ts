// The corpus as a team server holds it: its provenance and its facet index (the same
// files the pipeline writes, built by the server at load), so the facets, counts and
// charts run here as offline; rows and texts are fetched by article number as they are
// shown, and search is the server's (text-index: server-text-index.ts).
import { ApiCorpusInfo, ApiRows, MAX_ROWS } from '../../shared/api';
import { CorpusLoadError } from './corpus-error';
import { fetchArticleIds, fetchFacetFile, idsOf, type FacetFile } from './facet-file';
import type { LoadedCorpus } from './loaded-corpus';
import { fetchingRowStore } from './row-store';
import { askServer, numberBy, serverFetch } from './server-fetch';

/** Where the corpus's files are under the API (what `fetchFacetFile` resolves its file names against). */
export const serverCorpusUrl = (api: string): string => `${api}/corpus/`;

/** `facetFile`: the facet index's request (shared with the early facets). */
export async function fetchServerCorpus(api: string, facetFile: Promise<FacetFile> = fetchFacetFile(serverCorpusUrl(api), serverFetch)): Promise<LoadedCorpus> {
  // A fresh load numbers by whatever the server has now.
  numberBy(null);
  const [info, file, ids] = await Promise.all([askServer(api, '/corpus/info', ApiCorpusInfo), facetFile, fetchArticleIds(serverCorpusUrl(api), serverFetch)]);
  // Without its facet index a server's corpus cannot be explored here (its rows stay on the server): say so by name.
  if (file.kind !== 'columns') throw new CorpusLoadError(`the team server's facet index: ${file.kind === 'absent' ? 'not found' : file.why}`, 'schema');
  const numbering = idsOf(file, ids);
  if (numbering.why !== null) throw new CorpusLoadError(`the team server's article ids: ${numbering.why}`, 'schema');
  numberBy(file.checksum);
  const fetchRows = async (numbers: Uint32Array) => (await askServer(api, '/rows', ApiRows, { positions: Array.from(numbers) })).rows;
  return {
    generatedAt: info.generatedAt, sources: info.sources, skipped: info.skipped, text: { kind: 'server', api }, ids: numbering.ids,
    rows: fetchingRowStore(info.total, fetchRows, MAX_ROWS), chunkOf: new Uint32Array(info.total), facetColumns: file.columns, facetFileProblem: null,
  };
}
