// A search part on disk (search-NNNN.bin beside text-NNNN.json): little-endian, every
// section at a 4-byte boundary, so a worker reads it as typed arrays and one UTF-16
// string without parsing. Decoding checks everything before anything is used — length,
// checksum, offsets, postings, key order — and names the first problem, so a corrupt or
// truncated file is reported and the chunk is indexed from its JSON text instead.
//
// Layout: a header of 8 u32 (magic, version, articles n, grams G, postings P, text units
// U, flags, checksum); text offsets u32[5n + 1] (per article: id, title, body, outlet,
// documents); keys u32[G], strictly ascending; offsets u32[G + 1]; postings u16 or u32[P];
// counts u8[P] (the posting's title and body occurrences, packed as in NgramIndex); the
// text as UTF-16 units. The checksum covers every word after the header.
import type { SearchIndex } from './search';
import type { SearchPart } from './search-part';

const MAGIC = 0x53445253; // "SRDS"
export const SEARCH_FILE_VERSION = 3;
const HEADER = 8;
const FIELDS = 5;
/** Flags: postings stored as u16 (a chunk of at most 65,536 articles); the text holds lone surrogates (TextDecoder would replace them). */
const U16_POSTINGS = 1;
const LONE_SURROGATES = 2;

const padded = (bytes: number) => Math.ceil(bytes / 4) * 4;

/**
 * FNV-1a over 32-bit words in four interleaved lanes, combined at the end: each lane's
 * multiply waits for the one before, so four independent chains run about three times
 * faster than one (the checksum was a tenth of a text shard's load at 100k).
 */
function checksumOfWords(words: Uint32Array): number {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  let c = 0x1b873593;
  let d = 0x2545f491;
  const whole = words.length - (words.length % 4);
  for (let i = 0; i < whole; i += 4) {
    a = Math.imul(a ^ words[i]!, 0x01000193);
    b = Math.imul(b ^ words[i + 1]!, 0x01000193);
    c = Math.imul(c ^ words[i + 2]!, 0x01000193);
    d = Math.imul(d ^ words[i + 3]!, 0x01000193);
  }
  for (let i = whole; i < words.length; i++) a = Math.imul(a ^ words[i]!, 0x01000193);
  for (const lane of [b, c, d]) a = Math.imul(a ^ lane, 0x01000193);
  return a >>> 0;
}

const fieldsOf = (b: SearchIndex, i: number): string[] => [b.ids[i]!, b.titles[i]!, b.bodies[i]!, b.outlets[i]!, b.documents[i]!];

interface Sizes { n: number; grams: number; postings: number; units: number; u16: boolean }

function sectionsOf(s: Sizes): { textOffsets: number; keys: number; offsets: number; postings: number; counts: number; text: number; end: number } {
  const textOffsets = HEADER * 4;
  const keys = textOffsets + (FIELDS * s.n + 1) * 4;
  const offsets = keys + s.grams * 4;
  const postings = offsets + (s.grams + 1) * 4;
  const counts = postings + padded(s.postings * (s.u16 ? 2 : 4));
  const text = counts + padded(s.postings);
  return { textOffsets, keys, offsets, postings, counts, text, end: text + padded(s.units * 2) };
}

export function encodeSearchFile(part: SearchPart): Uint8Array {
  const n = part.base.ids.length;
  const text = Array.from({ length: n }, (_, i) => fieldsOf(part.base, i).join('')).join('');
  const sizes: Sizes = { n, grams: part.keys.length, postings: part.postings.length, units: text.length, u16: n <= 0x10000 };
  const at = sectionsOf(sizes);
  const buffer = new ArrayBuffer(at.end);
  const words = new Uint32Array(buffer);
  words.set([MAGIC, SEARCH_FILE_VERSION, n, sizes.grams, sizes.postings, sizes.units, (sizes.u16 ? U16_POSTINGS : 0) | (/\p{Cs}/u.test(text) ? LONE_SURROGATES : 0)]);
  const textOffsets = new Uint32Array(buffer, at.textOffsets, FIELDS * n + 1);
  let unit = 0;
  for (let i = 0; i < n; i++) fieldsOf(part.base, i).forEach((f, k) => (textOffsets[i * FIELDS + k + 1] = unit += f.length));
  // Grams by key, so the reader can check there are no duplicates in one pass.
  const order = Array.from(part.keys.keys()).sort((a, b) => part.keys[a]! - part.keys[b]!);
  const keys = new Uint32Array(buffer, at.keys, sizes.grams);
  const offsets = new Uint32Array(buffer, at.offsets, sizes.grams + 1);
  const postings = sizes.u16 ? new Uint16Array(buffer, at.postings, sizes.postings) : new Uint32Array(buffer, at.postings, sizes.postings);
  const counts = new Uint8Array(buffer, at.counts, sizes.postings);
  order.forEach((g, k) => {
    keys[k] = part.keys[g]!;
    const list = part.postings.subarray(part.offsets[g]!, part.offsets[g + 1]!);
    postings.set(list, offsets[k]!);
    counts.set(part.counts.subarray(part.offsets[g]!, part.offsets[g + 1]!), offsets[k]!);
    offsets[k + 1] = offsets[k]! + list.length;
  });
  const units = new Uint16Array(buffer, at.text, sizes.units);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  words[HEADER - 1] = checksumOfWords(words.subarray(HEADER));
  return new Uint8Array(buffer);
}

export type DecodedSearchFile = { ok: true; part: SearchPart } | { ok: false; error: string };

/** Offsets that start at 0, never go down, and end at `last`. */
function monotone(a: Uint32Array, last: number): boolean {
  if (a[0] !== 0 || a[a.length - 1] !== last) return false;
  for (let i = 1; i < a.length; i++) if (a[i]! < a[i - 1]!) return false;
  return true;
}

/** Why the header or the sections do not hold together, or null. */
function headerProblem(words: Uint32Array, byteLength: number): string | null {
  if (byteLength < HEADER * 4 || byteLength % 4 !== 0) return `is ${byteLength} bytes, not a search index (truncated?)`;
  if (words[0] !== MAGIC) return 'is not a search index (wrong magic number)';
  if (words[1] !== SEARCH_FILE_VERSION) return `is version ${words[1]}, not ${SEARCH_FILE_VERSION}`;
  const end = sectionsOf({ n: words[2]!, grams: words[3]!, postings: words[4]!, units: words[5]!, u16: (words[6]! & U16_POSTINGS) !== 0 }).end;
  if (end > byteLength) return `is ${byteLength} bytes, its header says ${end} (truncated?)`;
  if (end < byteLength) return `is ${byteLength} bytes, its header says ${end}`;
  if (checksumOfWords(words.subarray(HEADER)) !== words[HEADER - 1]) return 'fails its checksum (corrupt?)';
  return null;
}

/** Why the postings do not fit the articles, or null: every list ascending, every posting an article. */
function postingsProblem(keys: Uint32Array, offsets: Uint32Array, postings: Uint16Array | Uint32Array, n: number): string | null {
  for (let g = 1; g < keys.length; g++) if (keys[g]! <= keys[g - 1]!) return 'lists a bigram twice or out of order';
  if (!monotone(offsets, postings.length)) return 'has postings offsets out of order';
  for (let g = 0; g + 1 < offsets.length; g++) {
    for (let k = offsets[g]!; k < offsets[g + 1]!; k++) {
      if (postings[k]! >= n || (k > offsets[g]! && postings[k]! <= postings[k - 1]!)) return `has a posting out of order or past its ${n} articles`;
    }
  }
  return null;
}

/** The units as a string, exactly (TextDecoder would replace lone surrogates), a slice at a time (argument limits). */
export function stringOfUnits(units: Uint16Array): string {
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}

const decodeText = (units: Uint16Array, exact: boolean): string => (exact ? stringOfUnits(units) : new TextDecoder('utf-16le').decode(units));

/** The part in `bytes`; `name` is how errors call the file. */
export function decodeSearchFile(bytes: ArrayBuffer, name: string): DecodedSearchFile {
  const fail = (why: string): DecodedSearchFile => ({ ok: false, error: `${name} ${why}` });
  const words = new Uint32Array(bytes, 0, Math.floor(bytes.byteLength / 4));
  const problem = headerProblem(words, bytes.byteLength);
  if (problem) return fail(problem);
  const [, , n, grams, count, unitCount, flags] = words as unknown as number[];
  const sizes: Sizes = { n: n!, grams: grams!, postings: count!, units: unitCount!, u16: (flags! & U16_POSTINGS) !== 0 };
  const at = sectionsOf(sizes);
  const textOffsets = new Uint32Array(bytes, at.textOffsets, FIELDS * sizes.n + 1);
  if (!monotone(textOffsets, sizes.units)) return fail('has text offsets out of order');
  const keys = new Uint32Array(bytes, at.keys, sizes.grams);
  const offsets = new Uint32Array(bytes, at.offsets, sizes.grams + 1);
  const stored = sizes.u16 ? new Uint16Array(bytes, at.postings, sizes.postings) : new Uint32Array(bytes, at.postings, sizes.postings);
  const wrong = postingsProblem(keys, offsets, stored, sizes.n);
  if (wrong) return fail(wrong);
  const counts = new Uint8Array(bytes, at.counts, sizes.postings);
  // A posting means its bigram occurs in the title or the body: a zero count cannot be right.
  if (counts.includes(0)) return fail('has a posting that counts no occurrence');
  const text = decodeText(new Uint16Array(bytes, at.text, sizes.units), (flags! & LONE_SURROGATES) !== 0);
  const field = (i: number, k: number) => text.slice(textOffsets[i * FIELDS + k]!, textOffsets[i * FIELDS + k + 1]!);
  const column = (k: number) => Array.from({ length: sizes.n }, (_, i) => field(i, k));
  const base: SearchIndex = { ids: column(0), titles: column(1), bodies: column(2), outlets: column(3), documents: column(4) };
  const spans = new Uint32Array(3 * sizes.n);
  for (let i = 0; i < sizes.n; i++) spans.set(textOffsets.subarray(i * FIELDS + 1, i * FIELDS + 4), 3 * i);
  const units = { units: new Uint16Array(bytes, at.text, sizes.units), spans };
  // Views of the file, not copies: the merge copies each posting and count once, into the shard's index.
  return { ok: true, part: { base, keys, offsets, postings: stored, counts, units } };
}
