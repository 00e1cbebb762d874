// The character-bigram index behind the fast search path: for every bigram, the documents
// whose title or body holds it, and how often it occurs in each (title and body apart).
// A term occurs in a field at most as often as its rarest bigram, so those counts let the
// scorer skip texts that cannot hold a term and stop scanning once the bound is reached.
//
// Bigrams live in an open-addressing hash table of typed arrays and the postings in one
// flat array (CSR), built in two passes: at 100k articles a Map of arrays spends most of
// its time hashing heap numbers and growing arrays.
import type { SearchIndex } from './search';

export interface NgramIndex {
  base: SearchIndex;
  /** Hash table: bigram key per slot (two UTF-16 units), slot → bigram number (-1 empty). */
  keys: Uint32Array;
  slots: Int32Array;
  /** Postings of bigram b: postings[offsets[b] .. offsets[b + 1]], ascending document numbers. */
  offsets: Uint32Array;
  postings: Uint32Array;
  /** Per posting: the bigram's occurrences in the title (high nibble) and the body (low), each capped at `MANY`. */
  counts: Uint8Array;
}

/** A capped count: this many or more occurrences (no bound). */
export const MANY = 15;
export const titleCount = (packed: number): number => packed >>> 4;
export const bodyCount = (packed: number): number => packed & 15;

/** One more occurrence in the title (field 0) or the body (field 1), the count held at `MANY`. */
const bumped = (packed: number, field: number): number =>
  field === 0 ? (titleCount(packed) < MANY ? packed + 16 : packed) : bodyCount(packed) < MANY ? packed + 1 : packed;

export const keyAt = (text: string, k: number): number => ((text.charCodeAt(k) << 16) | text.charCodeAt(k + 1)) >>> 0;

// Fibonacci hashing: the product's high bits mix both characters (the low bits would
// depend on the second character only and pile bigrams into a few runs).
const home = (key: number, size: number): number => Math.imul(key, 0x9e3779b1) >>> (32 - Math.log2(size));

/** Bigram key → bigram number, interned in first-seen order. */
export class GramTable {
  keys = new Uint32Array(1 << 16);
  slots = new Int32Array(1 << 16).fill(-1);
  size = 0;
  private shift = 16;

  /** The bigram's number, added when new. */
  intern(key: number): number {
    const mask = this.keys.length - 1;
    for (let at = Math.imul(key, 0x9e3779b1) >>> this.shift; ; at = (at + 1) & mask) {
      const s = this.slots[at]!;
      if (s < 0) {
        this.keys[at] = key;
        this.slots[at] = this.size++;
        if (this.size * 2 > this.keys.length) this.grow();
        return this.size - 1;
      }
      if (this.keys[at] === key) return s;
    }
  }

  private grow(): void {
    const { keys, slots } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.slots = new Int32Array(keys.length * 2).fill(-1);
    this.shift--;
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (slots[i]! < 0) continue;
      let at = Math.imul(keys[i]!, 0x9e3779b1) >>> this.shift;
      while (this.slots[at]! >= 0) at = (at + 1) & mask;
      this.keys[at] = keys[i]!;
      this.slots[at] = slots[i]!;
    }
  }
}

/** The bigram number of a key, or -1 when no document holds it. */
export function lookup(ix: NgramIndex, key: number): number {
  const { keys, slots } = ix;
  const mask = keys.length - 1;
  let at = home(key, keys.length);
  for (;;) {
    const s = slots[at]!;
    if (s < 0 || keys[at] === key) return s;
    at = (at + 1) & mask;
  }
}

/** Every bigram of document i's title (field 0) and body (field 1), in text order. */
function eachGram(base: SearchIndex, table: GramTable, i: number, visit: (g: number, field: number) => void): void {
  const title = base.titles[i]!;
  for (let k = 0; k + 1 < title.length; k++) visit(table.intern(keyAt(title, k)), 0);
  const body = base.bodies[i]!;
  for (let k = 0; k + 1 < body.length; k++) visit(table.intern(keyAt(body, k)), 1);
}

/** Pass 1: how many documents hold each bigram (numbered as the table interns them). */
function documentFrequencies(base: SearchIndex, table: GramTable): Uint32Array {
  let df = new Uint32Array(1 << 15);
  // The last document counted for each bigram.
  let last = new Int32Array(1 << 15).fill(-1);
  for (let i = 0; i < base.ids.length; i++) {
    eachGram(base, table, i, (g) => {
      if (g >= df.length) {
        const bigger = new Uint32Array(df.length * 2);
        bigger.set(df);
        df = bigger;
        const biggerLast = new Int32Array(last.length * 2).fill(-1);
        biggerLast.set(last);
        last = biggerLast;
      }
      if (last[g] !== i) {
        last[g] = i;
        df[g]!++;
      }
    });
  }
  return df;
}

export function buildNgramIndex(base: SearchIndex): NgramIndex {
  const table = new GramTable();
  const df = documentFrequencies(base, table);
  const grams = table.size;
  const offsets = new Uint32Array(grams + 1);
  for (let g = 0; g < grams; g++) offsets[g + 1] = offsets[g]! + df[g]!;
  // Pass 2: fill the postings and their counts; documents arrive in order, so each list comes out sorted.
  const postings = new Uint32Array(offsets[grams]!);
  const counts = new Uint8Array(offsets[grams]!);
  const cursor = offsets.slice(0, grams);
  const last = new Int32Array(grams).fill(-1);
  for (let i = 0; i < base.ids.length; i++) {
    eachGram(base, table, i, (g, field) => {
      if (last[g] !== i) {
        last[g] = i;
        postings[cursor[g]!++] = i;
      }
      const at = cursor[g]! - 1;
      counts[at] = bumped(counts[at]!, field);
    });
  }
  return { base, keys: table.keys, slots: table.slots, offsets, postings, counts };
}
