// The binary facet index on disk: facets.bin holds the typed arrays of FacetColumns,
// little-endian, each at a 4-byte boundary; facets.json (FacetManifest) names them and
// holds the value dictionaries. A column is stored as each article's number of values
// (`name.counts`) and the value numbers (`name.ids`), each in the narrowest unsigned type
// that holds it: at 100k articles 2.9 MB where u32 offsets and ids took 8 MB, and the
// file is what the first facets wait for. Files with u32 `name.offsets` (the first
// layout) are still read. Decoding checks everything before anything is used —
// checksum, bounds, offsets, value numbers — and names the first problem it finds, so a
// corrupt or truncated file is reported and the app falls back to the JSON index.
import { COLUMN_NAMES, type ColumnName, type FacetColumns, type ValueColumn } from './facet-columns';
import { FacetManifest, SCHEMA_VERSION, type ArticleIds, type FacetArray } from './schema';

export const FACET_MANIFEST_FILE = 'facets.json';
export const FACET_BINARY_FILE = 'facets.bin';
export const ARTICLE_IDS_FILE = 'ids.json';

type Typed = Uint8Array | Uint16Array | Uint32Array | Int32Array;
const BYTES: Record<FacetArray['type'], number> = { u8: 1, u16: 2, u32: 4, i32: 4 };

/** The narrowest unsigned type for numbers up to `max`, and the numbers in it. */
function narrowest(numbers: ArrayLike<number>, max: number): ['u8' | 'u16' | 'u32', Typed] {
  if (max <= 0xff) return ['u8', Uint8Array.from(numbers)];
  if (max <= 0xffff) return ['u16', Uint16Array.from(numbers)];
  return ['u32', Uint32Array.from(numbers)];
}

/** Each article's number of values, from the CSR offsets. */
function countsOf(offsets: Uint32Array): Uint32Array {
  const out = new Uint32Array(Math.max(0, offsets.length - 1));
  for (let i = 0; i < out.length; i++) out[i] = offsets[i + 1]! - offsets[i]!;
  return out;
}

/** FNV-1a over bytes, as 8 hex digits. */
export function checksumOf(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

function arraysOf(c: FacetColumns): [string, FacetArray['type'], Typed][] {
  return [
    ...COLUMN_NAMES.flatMap((name): [string, FacetArray['type'], Typed][] => {
      const col = c.columns[name];
      const counts = countsOf(col.offsets);
      return [[`${name}.counts`, ...narrowest(counts, counts.reduce((m, x) => Math.max(m, x), 0))], [`${name}.ids`, ...narrowest(col.ids, col.values.length - 1)]];
    }),
    ['onTopic', 'u8', c.onTopic],
    ['spanStart', 'i32', c.spanStart],
    ['spanEnd', 'i32', c.spanEnd],
  ];
}

/** The files for a corpus's columns; `ids` are the index's article ids in order. */
export function encodeFacetFile(c: FacetColumns, ids: readonly string[]): { manifest: FacetManifest; bytes: Uint8Array; ids: ArticleIds } {
  const arrays: FacetArray[] = [];
  let at = 0;
  const layout = arraysOf(c);
  for (const [name, type, data] of layout) {
    arrays.push({ name, type, offset: at, length: data.length });
    at += Math.ceil((data.length * BYTES[type]) / 4) * 4;
  }
  const bytes = new Uint8Array(at);
  layout.forEach(([, , data], k) => bytes.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), arrays[k]!.offset));
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
function readArray(arrays: Map<string, FacetArray>, buffer: ArrayBuffer, name: string, type: FacetArray['type'] | 'unsigned', length: number | null): Typed | string {
  const a = arrays.get(name);
  if (!a) return `${FACET_BINARY_FILE} has no ${name}`;
  if (type === 'unsigned' ? a.type === 'i32' : a.type !== type) return `${name} is ${a.type}, not ${type === 'unsigned' ? 'an unsigned type' : type}`;
  if (length !== null && a.length !== length) return `${name} has ${a.length} entries, not ${length}`;
  if (a.offset % 4 !== 0) return `${name} does not start at a 4-byte boundary`;
  if (a.offset + a.length * BYTES[a.type] > buffer.byteLength) return `${name} runs past the end of ${FACET_BINARY_FILE} (truncated?)`;
  const t = a.type;
  return t === 'u8' ? new Uint8Array(buffer, a.offset, a.length) : t === 'u16' ? new Uint16Array(buffer, a.offset, a.length) : t === 'u32' ? new Uint32Array(buffer, a.offset, a.length) : new Int32Array(buffer, a.offset, a.length);
}

/** A column's offsets: from its counts (the prefix sums), or as the first layout stored them. */
function offsetsOf(arrays: Map<string, FacetArray>, buffer: ArrayBuffer, name: string, n: number): Uint32Array | string {
  if (!arrays.has(`${name}.counts`) && arrays.has(`${name}.offsets`)) {
    const legacy = readArray(arrays, buffer, `${name}.offsets`, 'u32', n + 1);
    return typeof legacy === 'string' ? legacy : (legacy as Uint32Array);
  }
  const counts = readArray(arrays, buffer, `${name}.counts`, 'unsigned', n);
  if (typeof counts === 'string') return counts;
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + counts[i]!;
  return offsets;
}

/** A column's CSR must be well formed: offsets from 0, never falling, ending at the ids; every id a value. */
function checkColumn(name: ColumnName, col: ValueColumn, n: number): string | null {
  if (col.offsets[0] !== 0 || col.offsets[n] !== col.ids.length) return `${name}.counts do not add up to the ${col.ids.length} entries of ${name}.ids`;
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
  const read = (name: string, type: FacetArray['type'] | 'unsigned', length: number | null) => readArray(arrays, buffer, name, type, length);
  const columns = {} as Record<ColumnName, ValueColumn>;
  for (const name of COLUMN_NAMES) {
    const offsets = offsetsOf(arrays, buffer, name, n);
    const ids = read(`${name}.ids`, 'unsigned', null);
    if (typeof offsets === 'string') return { ok: false, error: offsets };
    if (typeof ids === 'string') return { ok: false, error: ids };
    // The engine reads one type of value number: u32, as the columns are built.
    columns[name] = { values: m.values[name], offsets, ids: ids instanceof Uint32Array ? ids : Uint32Array.from(ids) };
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
