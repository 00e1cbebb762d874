// The binary facet index on disk: facets.bin holds the typed arrays of FacetColumns,
// little-endian, each at a 4-byte boundary; facets.json (FacetManifest) names them and
// holds the value dictionaries. Decoding checks everything before anything is used —
// checksum, bounds, offsets, value numbers — and names the first problem it finds, so a
// corrupt or truncated file is reported and the app falls back to the JSON index.
import { COLUMN_NAMES, type ColumnName, type FacetColumns, type ValueColumn } from './facet-columns';
import { FacetManifest, SCHEMA_VERSION, type ArticleIds, type FacetArray } from './schema';

export const FACET_MANIFEST_FILE = 'facets.json';
export const FACET_BINARY_FILE = 'facets.bin';
export const ARTICLE_IDS_FILE = 'ids.json';

type Typed = Uint8Array | Uint32Array | Int32Array;
const BYTES: Record<FacetArray['type'], number> = { u8: 1, u32: 4, i32: 4 };

/** FNV-1a over bytes, as 8 hex digits. */
export function checksumOf(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

function arraysOf(c: FacetColumns): [string, FacetArray['type'], Typed][] {
  return [
    ...COLUMN_NAMES.flatMap((name): [string, FacetArray['type'], Typed][] => [[`${name}.offsets`, 'u32', c.columns[name].offsets], [`${name}.ids`, 'u32', c.columns[name].ids]]),
    ['onTopic', 'u8', c.onTopic],
    ['spanStart', 'i32', c.spanStart],
    ['spanEnd', 'i32', c.spanEnd],
  ];
}

/** The files for a corpus's columns; `ids` are the index's article ids in order. */
export function encodeFacetFile(c: FacetColumns, ids: readonly string[]): { manifest: FacetManifest; bytes: Uint8Array; ids: ArticleIds } {
  const arrays: FacetArray[] = [];
  let at = 0;
  for (const [name, type, data] of arraysOf(c)) {
    arrays.push({ name, type, offset: at, length: data.length });
    at += Math.ceil((data.length * BYTES[type]) / 4) * 4;
  }
  const bytes = new Uint8Array(at);
  arraysOf(c).forEach(([, , data], k) => bytes.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), arrays[k]!.offset));
  const values = Object.fromEntries(COLUMN_NAMES.map((n) => [n, c.columns[n].values])) as FacetManifest['values'];
  const checksum = checksumOf(bytes);
  return {
    manifest: { kind: 'srdi-facet-index', schemaVersion: SCHEMA_VERSION, articles: c.articles, bytes: at, checksum, values, documentShortNames: c.documentShortNames, arrays },
    bytes,
    ids: { kind: 'srdi-article-ids', checksum, ids: [...ids] },
  };
}

export type Decoded = { ok: true; columns: FacetColumns; checksum: string } | { ok: false; error: string };

/** Reads one named array, or says why it cannot be read. */
function readArray(arrays: Map<string, FacetArray>, buffer: ArrayBuffer, name: string, type: FacetArray['type'], length: number | null): Typed | string {
  const a = arrays.get(name);
  if (!a) return `${FACET_BINARY_FILE} has no ${name}`;
  if (a.type !== type) return `${name} is ${a.type}, not ${type}`;
  if (length !== null && a.length !== length) return `${name} has ${a.length} entries, not ${length}`;
  if (a.offset % 4 !== 0) return `${name} does not start at a 4-byte boundary`;
  if (a.offset + a.length * BYTES[type] > buffer.byteLength) return `${name} runs past the end of ${FACET_BINARY_FILE} (truncated?)`;
  return type === 'u8' ? new Uint8Array(buffer, a.offset, a.length) : type === 'u32' ? new Uint32Array(buffer, a.offset, a.length) : new Int32Array(buffer, a.offset, a.length);
}

/** A column's CSR must be well formed: offsets from 0, never falling, ending at the ids; every id a value. */
function checkColumn(name: ColumnName, col: ValueColumn, n: number): string | null {
  if (col.offsets[0] !== 0 || col.offsets[n] !== col.ids.length) return `${name}.offsets do not span ${name}.ids`;
  for (let i = 0; i < n; i++) if (col.offsets[i + 1]! < col.offsets[i]!) return `${name}.offsets fall at article ${i}`;
  for (let k = 0; k < col.ids.length; k++) if (col.ids[k]! >= col.values.length) return `${name}.ids has value ${col.ids[k]} beyond the ${col.values.length} ${name} values`;
  return null;
}

/** The columns of a manifest and its binary file, or the first thing wrong with them, by name. */
export function decodeFacetFile(manifestJson: unknown, buffer: ArrayBuffer): Decoded {
  const parsed = FacetManifest.safeParse(manifestJson);
  if (!parsed.success) return { ok: false, error: `${FACET_MANIFEST_FILE}: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`.trim() };
  const m = parsed.data;
  if (buffer.byteLength !== m.bytes) return { ok: false, error: `${FACET_BINARY_FILE} has ${buffer.byteLength} bytes, the manifest says ${m.bytes} (truncated or from another build)` };
  if (checksumOf(new Uint8Array(buffer)) !== m.checksum) return { ok: false, error: `${FACET_BINARY_FILE} does not match its checksum (corrupt or from another build)` };
  const arrays = new Map(m.arrays.map((a) => [a.name, a]));
  const n = m.articles;
  const read = (name: string, type: FacetArray['type'], length: number | null) => readArray(arrays, buffer, name, type, length);
  const columns = {} as Record<ColumnName, ValueColumn>;
  for (const name of COLUMN_NAMES) {
    const offsets = read(`${name}.offsets`, 'u32', n + 1);
    const ids = read(`${name}.ids`, 'u32', null);
    if (typeof offsets === 'string') return { ok: false, error: offsets };
    if (typeof ids === 'string') return { ok: false, error: ids };
    columns[name] = { values: m.values[name], offsets: offsets as Uint32Array, ids: ids as Uint32Array };
    const problem = checkColumn(name, columns[name], n);
    if (problem) return { ok: false, error: problem };
  }
  const onTopic = read('onTopic', 'u8', n);
  const spanStart = read('spanStart', 'i32', n);
  const spanEnd = read('spanEnd', 'i32', n);
  for (const a of [onTopic, spanStart, spanEnd]) if (typeof a === 'string') return { ok: false, error: a };
  if (m.documentShortNames.length !== m.values.document.length) return { ok: false, error: `${FACET_MANIFEST_FILE}: documentShortNames does not match the documents` };
  return { ok: true, checksum: m.checksum, columns: { articles: n, columns, documentShortNames: m.documentShortNames, onTopic: onTopic as Uint8Array, spanStart: spanStart as Int32Array, spanEnd: spanEnd as Int32Array } };
}
