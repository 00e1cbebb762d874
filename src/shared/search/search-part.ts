// A search part: the search forms and the bigram postings of one chunk of articles, built
// once by the pipeline and stored beside the chunk (search-file.ts), so a text worker
// searches the parts as they come (segments.ts) instead of folding and indexing every
// text again.
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

/**
 * The part as an index of its own (its documents at their positions in the part): the
 * bigram table from its keys (ascending and distinct, so bigram g keeps its place) and its
 * postings, 32-bit as the intersections read them. What a shard searches a part with,
 * without merging it into the others.
 */
export function partIndex(part: SearchPart): NgramIndex {
  const table = new GramTable();
  for (const key of part.keys) table.intern(key);
  const postings = part.postings instanceof Uint32Array ? part.postings : Uint32Array.from(part.postings);
  return { base: part.base, keys: table.keys, slots: table.slots, offsets: part.offsets, postings, counts: part.counts };
}

/** Where a part's titles and bodies lie in its file's units, for a kernel over that part alone. */
export function partSources(part: SearchPart): TextSources | undefined {
  if (!part.units) return undefined;
  const n = part.base.ids.length;
  return { parts: [part.units], partOf: new Uint32Array(n), localOf: Uint32Array.from({ length: n }, (_, i) => i) };
}
