// The binary facet index beside a split corpus (facets.json + facets.bin): fetched with the
// index, decoded and checked, and used only when it belongs to exactly the articles the
// app kept; otherwise the facets are built from the JSON index and the notice says why.
import { ARTICLE_IDS_FILE, FACET_BINARY_FILE, FACET_MANIFEST_FILE, decodeFacetFile } from '../../shared/facet-file';
import type { FacetColumns } from '../../shared/facet-columns';
import { ArticleIds } from '../../shared/schema';

/** What came of the binary file: its columns, nothing (none was written), or why it was not used. */
export type FacetFile = { kind: 'columns'; columns: FacetColumns; checksum: string } | { kind: 'absent' } | { kind: 'unusable'; why: string };
export type FacetColumnsFile = Extract<FacetFile, { kind: 'columns' }>;

/** The ids beside the facet index, in order; or why they cannot number its articles. */
export type IdsFile = { ids: readonly string[]; checksum: string; why: null } | { ids: null; why: string };

/** Fetches both files next to `indexUrl`; a missing manifest means an older corpus or a full one, not an error. */
export async function fetchFacetFile(indexUrl: string, fetchImpl: typeof fetch = fetch): Promise<FacetFile> {
  const base = new URL(indexUrl, globalThis.location?.href ?? 'http://localhost/');
  const [manifestUrl, binaryUrl] = [FACET_MANIFEST_FILE, FACET_BINARY_FILE].map((f) => new URL(f, base).href) as [string, string];
  try {
    const [m, b] = await Promise.all([fetchImpl(manifestUrl), fetchImpl(binaryUrl)]);
    if (m.status === 404) return { kind: 'absent' };
    if (!m.ok) return { kind: 'unusable', why: `${FACET_MANIFEST_FILE} answered ${m.status}` };
    if (!b.ok) return { kind: 'unusable', why: `${FACET_BINARY_FILE} answered ${b.status}` };
    const manifest: unknown = await m.json().catch(() => null);
    if (manifest === null) return { kind: 'unusable', why: `${FACET_MANIFEST_FILE} is not valid JSON` };
    const decoded = decodeFacetFile(manifest, await b.arrayBuffer());
    if (!decoded.ok) return { kind: 'unusable', why: decoded.error };
    return { kind: 'columns', columns: decoded.columns, checksum: decoded.checksum };
  } catch (e) {
    return { kind: 'unusable', why: (e as Error).message };
  }
}

/** Fetches ids.json next to `indexUrl`: the facet index's articles by number, fetched beside the index (the facets do not wait for it). */
export async function fetchArticleIds(indexUrl: string, fetchImpl: typeof fetch = fetch): Promise<IdsFile> {
  try {
    const res = await fetchImpl(new URL(ARTICLE_IDS_FILE, new URL(indexUrl, globalThis.location?.href ?? 'http://localhost/')).href);
    if (!res.ok) return { ids: null, why: `${ARTICLE_IDS_FILE} answered ${res.status}` };
    const parsed = ArticleIds.safeParse(await res.json().catch(() => null));
    if (!parsed.success) return { ids: null, why: `${ARTICLE_IDS_FILE}: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`.trim() };
    return { ids: parsed.data.ids, checksum: parsed.data.checksum, why: null };
  } catch (e) {
    return { ids: null, why: (e as Error).message };
  }
}

/** The ids that number the facet file's articles: those of ids.json when it was written with this very file. */
export function idsOf(file: FacetColumnsFile, ids: IdsFile): IdsFile {
  if (!ids.ids) return ids;
  if (ids.checksum !== file.checksum) return { ids: null, why: `${ARTICLE_IDS_FILE} belongs to another ${FACET_BINARY_FILE}` };
  if (ids.ids.length !== file.columns.articles) return { ids: null, why: `${ARTICLE_IDS_FILE} lists ${ids.ids.length} ids for ${file.columns.articles} articles` };
  return ids;
}

/** Why the facet file's articles (numbered by `fileIds`) are not the index's articles (`ids`, in order, `skipped` of them left out), or null when they are. */
export function mismatchOf(fileIds: IdsFile, ids: readonly string[], skipped: number): string | null {
  if (skipped > 0) return `${skipped} articles of the index were skipped, so its article numbers no longer match`;
  if (!fileIds.ids) return fileIds.why;
  if (fileIds.ids.length !== ids.length) return `${ARTICLE_IDS_FILE} lists ${fileIds.ids.length} articles, the index has ${ids.length}`;
  const at = ids.findIndex((id, i) => fileIds.ids[i] !== id);
  return at < 0 ? null : `${ARTICLE_IDS_FILE} numbers article ${at} as ${fileIds.ids[at]}, the index has ${ids[at]}`;
}

/** The binary columns describe these articles, in this order, or why not. */
export function columnsFor(file: FacetFile, fileIds: IdsFile, ids: readonly string[], skipped: number): { columns: FacetColumns | null; why: string | null } {
  if (file.kind === 'absent') return { columns: null, why: null };
  if (file.kind === 'unusable') return { columns: null, why: file.why };
  const why = mismatchOf(idsOf(file, fileIds), ids, skipped);
  return why ? { columns: null, why } : { columns: file.columns, why: null };
}
