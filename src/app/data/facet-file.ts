// The binary facet index beside a split corpus (facets.json + facets.bin): fetched with the
// index, decoded and checked, and used only when it belongs to exactly the articles the
// app kept; otherwise the facets are built from the JSON index and the notice says why.
import { FACET_BINARY_FILE, FACET_MANIFEST_FILE, decodeFacetFile } from '../../shared/facet-file';
import type { FacetColumns } from '../../shared/facet-columns';

/** What came of the binary file: its columns, nothing (none was written), or why it was not used. */
export type FacetFile = { kind: 'columns'; columns: FacetColumns; ids: readonly string[] } | { kind: 'absent' } | { kind: 'unusable'; why: string };

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
    return { kind: 'columns', columns: decoded.columns, ids: decoded.ids };
  } catch (e) {
    return { kind: 'unusable', why: (e as Error).message };
  }
}

/** Why the binary file does not number the index's articles (`ids`, in order, `skipped` of them left out) as they are, or null when it does. */
export function mismatchOf(file: Extract<FacetFile, { kind: 'columns' }>, ids: readonly string[], skipped: number): string | null {
  if (skipped > 0) return `${skipped} articles of the index were skipped, so its article numbers no longer match`;
  if (file.ids.length !== ids.length) return `${FACET_MANIFEST_FILE} describes ${file.ids.length} articles, the index has ${ids.length}`;
  const at = ids.findIndex((id, i) => file.ids[i] !== id);
  return at < 0 ? null : `${FACET_MANIFEST_FILE} numbers article ${at} as ${file.ids[at]}, the index has ${ids[at]}`;
}

/** The binary columns describe these articles, in this order, or why not. */
export function columnsFor(file: FacetFile, ids: readonly string[], skipped: number): { columns: FacetColumns | null; why: string | null } {
  if (file.kind === 'absent') return { columns: null, why: null };
  if (file.kind === 'unusable') return { columns: null, why: file.why };
  const why = mismatchOf(file, ids, skipped);
  return why ? { columns: null, why } : { columns: file.columns, why: null };
}
