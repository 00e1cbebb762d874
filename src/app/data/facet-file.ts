// The binary facet index beside a split corpus (facets.json + facets.bin): fetched with the
// index, decoded and checked, and used only when it belongs to exactly the articles the
// app kept; otherwise the facets are built from the JSON index and the notice says why.
import { FACET_BINARY_FILE, FACET_MANIFEST_FILE, decodeFacetFile } from '../../shared/facet-file';
import type { FacetColumns } from '../../shared/facet-columns';
import type { FacetManifest } from '../../shared/schema';

/** What came of the binary file: its columns, nothing (none was written), or why it was not used. */
export type FacetFile = { kind: 'columns'; columns: FacetColumns; manifest: Pick<FacetManifest, 'firstId' | 'lastId'> } | { kind: 'absent' } | { kind: 'unusable'; why: string };

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
    const { firstId, lastId } = manifest as FacetManifest;
    return { kind: 'columns', columns: decoded.columns, manifest: { firstId, lastId } };
  } catch (e) {
    return { kind: 'unusable', why: (e as Error).message };
  }
}

/** The binary columns describe these articles, in this order, or why not. */
export function columnsFor(file: FacetFile, ids: { first: string | null; last: string | null; count: number; skipped: number }): { columns: FacetColumns | null; why: string | null } {
  if (file.kind === 'absent') return { columns: null, why: null };
  if (file.kind === 'unusable') return { columns: null, why: file.why };
  if (ids.skipped > 0) return { columns: null, why: `${ids.skipped} articles of the index were skipped, so its article numbers no longer match` };
  if (file.columns.articles !== ids.count || file.manifest.firstId !== ids.first || file.manifest.lastId !== ids.last) {
    return { columns: null, why: `${FACET_MANIFEST_FILE} describes ${file.columns.articles} articles of another index` };
  }
  return { columns: file.columns, why: null };
}
