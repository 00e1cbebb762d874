// A search part: the search forms and the bigram postings of one chunk of articles, built
// once by the pipeline and stored beside the chunk (search-file.ts), so a text worker only
// merges parts instead of folding and indexing every text again. Merging gives exactly
// the index `buildNgramIndex` builds over the same documents: the fast path's answers
// are those of the reference whichever way the index came about.
import { buildNgramIndex, GramTable, type NgramIndex } from './ngram-index';
import type { SearchIndex } from './search';

export interface SearchPart {
  base: SearchIndex;
  /** Bigram key of gram g (two UTF-16 units). */
  keys: Uint32Array;
  /** Postings of gram g: postings[offsets[g] .. offsets[g + 1]], ascending positions in `base`. */
  offsets: Uint32Array;
  /** As its file stores them (16 bits where the part's articles allow): read once, by the merge. */
  postings: Uint16Array | Uint32Array;
  /** Per posting: the gram's title and body counts, packed as in `NgramIndex`. */
  counts: Uint8Array;
  /** The titles and bodies as a search file holds them (a part read from one), for copying without strings. */
  units?: PartUnits;
}

/** UTF-16 units where document i's title starts at spans[3i], its body at spans[3i + 1] and ends at spans[3i + 2]. */
export interface PartUnits {
  units: Uint16Array;
  spans: Uint32Array;
}

/** Where each merged document's title and body lie in its part's units (`parts[partOf[i]]`, absent for a part built from strings), at `localOf[i]`. */
export interface TextSources {
  parts: readonly (PartUnits | undefined)[];
  partOf: Uint32Array;
  localOf: Uint32Array;
}

/** A part and the corpus-wide numbers of its documents, in its own order. */
export interface NumberedPart {
  numbers: Uint32Array;
  part: SearchPart;
}

export function buildSearchPart(base: SearchIndex): SearchPart {
  const ix = buildNgramIndex(base);
  const keys = new Uint32Array(ix.offsets.length - 1);
  for (let s = 0; s < ix.slots.length; s++) if (ix.slots[s]! >= 0) keys[ix.slots[s]!] = ix.keys[s]!;
  return { base, keys, offsets: ix.offsets, postings: ix.postings, counts: ix.counts };
}

/** Where each concatenated document lands once sorted by number; null when already in order. */
function placesOf(all: Uint32Array): Uint32Array | null {
  let ordered = true;
  for (let k = 1; k < all.length && ordered; k++) ordered = all[k - 1]! < all[k]!;
  if (ordered) return null;
  const order = Array.from(all.keys()).sort((a, b) => all[a]! - all[b]!);
  const place = new Uint32Array(all.length);
  order.forEach((k, rank) => (place[k] = rank));
  return place;
}

/** The parts' documents as one search index, sorted by number (the shard's local numbering). */
function mergedBase(parts: readonly NumberedPart[], place: Uint32Array | null, total: number): { base: SearchIndex; sources: TextSources } {
  const base: SearchIndex = { ids: new Array<string>(total), titles: new Array<string>(total), bodies: new Array<string>(total), outlets: new Array<string>(total), documents: new Array<string>(total) };
  const sources: TextSources = { parts: parts.map((p) => p.part.units), partOf: new Uint32Array(total), localOf: new Uint32Array(total) };
  let k = 0;
  for (const [p, { part }] of parts.entries()) {
    for (let i = 0; i < part.base.ids.length; i++, k++) {
      const at = place ? place[k]! : k;
      sources.partOf[at] = p;
      sources.localOf[at] = i;
      base.ids[at] = part.base.ids[i]!;
      base.titles[at] = part.base.titles[i]!;
      base.bodies[at] = part.base.bodies[i]!;
      base.outlets[at] = part.base.outlets[i]!;
      base.documents[at] = part.base.documents[i]!;
    }
  }
  return { base, sources };
}

/**
 * One index over the parts; their documents may come in any order (chunks are contiguous
 * ranges in the pipeline's split form, so they usually need no sorting).
 */
export function mergeSearchParts(numbered: readonly NumberedPart[]): { index: NgramIndex; numbers: Uint32Array; sources: TextSources } {
  const parts = numbered.filter((p) => p.numbers.length > 0).sort((a, b) => a.numbers[0]! - b.numbers[0]!);
  const total = parts.reduce((n, p) => n + p.numbers.length, 0);
  const all = new Uint32Array(total);
  parts.reduce((at, p) => (all.set(p.numbers, at), at + p.numbers.length), 0);
  const place = placesOf(all);
  const numbers: Uint32Array = place ? all.slice().sort() : all;
  const table = new GramTable();
  const gramIds = parts.map(({ part }) => Uint32Array.from(part.keys, (key) => table.intern(key)));
  const offsets = new Uint32Array(table.size + 1);
  parts.forEach(({ part }, p) => {
    const ids = gramIds[p]!;
    for (let local = 0; local < ids.length; local++) offsets[ids[local]! + 1]! += part.offsets[local + 1]! - part.offsets[local]!;
  });
  for (let g = 0; g < table.size; g++) offsets[g + 1]! += offsets[g]!;
  const postings = new Uint32Array(offsets[table.size]!);
  const counts = new Uint8Array(offsets[table.size]!);
  const cursor = offsets.slice(0, table.size);
  let start = 0;
  parts.forEach(({ part }, p) => {
    copyPostings(part, gramIds[p]!, cursor, { postings, counts }, start, place);
    start += part.base.ids.length;
  });
  if (place) sortLists(offsets, postings, counts);
  const { base, sources } = mergedBase(parts, place, total);
  return { index: { base, keys: table.keys, slots: table.slots, offsets, postings, counts }, numbers, sources };
}

/**
 * A part's postings into the merged lists at each gram's cursor (advanced), its document
 * positions shifted by `start` (and placed, when the parts are out of order): most of a
 * text shard's seal.
 */
function copyPostings(part: SearchPart, gramIds: Uint32Array, cursor: Uint32Array, into: { postings: Uint32Array; counts: Uint8Array }, start: number, place: Uint32Array | null): void {
  const { postings, counts } = into;
  for (let local = 0; local < gramIds.length; local++) {
    const g = gramIds[local]!;
    const from = part.offsets[local]!;
    const to = part.offsets[local + 1]!;
    const at = cursor[g]!;
    // Element loops, not subarray copies: most lists are a few postings, and a subarray per gram costs more than its copy.
    for (let k = from; k < to; k++) counts[at + k - from] = part.counts[k]!;
    if (place) for (let k = from; k < to; k++) postings[at + k - from] = place[start + part.postings[k]!]!;
    else for (let k = from; k < to; k++) postings[at + k - from] = start + part.postings[k]!;
    cursor[g] = at + to - from;
  }
}

/** Out of order parts leave each list unsorted; the intersections need them ascending (each count moves with its posting). */
function sortLists(offsets: Uint32Array, postings: Uint32Array, counts: Uint8Array): void {
  for (let g = 0; g + 1 < offsets.length; g++) {
    const from = offsets[g]!;
    const list = postings.subarray(from, offsets[g + 1]!);
    const order = Array.from(list.keys()).sort((a, b) => list[a]! - list[b]!);
    const sortedCounts = Uint8Array.from(order, (k) => counts[from + k]!);
    list.set(Uint32Array.from(order, (k) => list[k]!));
    counts.set(sortedCounts, from);
  }
}
