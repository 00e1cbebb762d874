// Full-text search over titles, bodies and the fields a query may name (outlet, cited
// documents). Substring matching on search-form text handles Chinese without word breaks
// exactly; the query's tree (query.ts) decides which articles match; a title match weighs
// more than a body match for relevance.
import { positiveTerms, occurrences, type ParsedQuery, type QueryNode, type QueryTerm } from './query';
import { searchForm } from './squeeze';

export interface SearchDoc {
  id: string;
  title: string | null;
  body: string;
  outlet?: string | null;
  /** The documents it cites: doc: matches their titles and short names. */
  documents?: readonly DocumentName[];
}

export interface DocumentName {
  title: string;
  shortName: string | null;
}

/** Search-form texts by document number (the order the documents were given in). */
export interface SearchIndex {
  ids: string[];
  titles: string[];
  bodies: string[];
  outlets: string[];
  documents: string[];
}

/** One document's fields in search form. */
export interface SearchForms { title: string; body: string; outlet: string; documents: string }

export const searchFormsOf = (d: SearchDoc): SearchForms => ({
  title: searchForm(d.title ?? ''),
  body: searchForm(d.body),
  outlet: searchForm(d.outlet ?? ''),
  documents: searchForm((d.documents ?? []).flatMap((c) => (c.shortName ? [c.title, c.shortName] : [c.title])).join('\n')),
});

/** Documents already in search form (folded where they were built: a pipeline worker thread). */
export const indexOfForms = (ids: readonly string[], forms: readonly SearchForms[]): SearchIndex => ({
  ids: [...ids], titles: forms.map((f) => f.title), bodies: forms.map((f) => f.body), outlets: forms.map((f) => f.outlet), documents: forms.map((f) => f.documents),
});

export const buildSearchIndex = (docs: readonly SearchDoc[]): SearchIndex => indexOfForms(docs.map((d) => d.id), docs.map(searchFormsOf));

/** Matching documents by number, ascending, with their relevance. */
export interface SearchHits {
  docs: Uint32Array;
  scores: Float64Array;
}

/** The weight of an occurrence in the title for a plain text term (a body occurrence counts 1). */
export const TITLE_WEIGHT = 5;

/** How often a Chinese needle occurs (overlapping), without building ranges or word checks. */
function count(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) n++;
  return n;
}

/** A Latin-edged term matches whole words only, so its count is not a plain substring count. */
export const isLatin = (alt: string) => /^[a-z0-9]|[a-z0-9]$/.test(alt);
const hitsIn = (text: string, alt: string, latin: boolean) => (latin ? occurrences(text, alt).length : count(text, alt));

/** Occurrences of one term in document i, a title occurrence counting `titleWeight` times for text terms. */
function termCount(ix: SearchIndex, i: number, term: QueryTerm, latin: boolean[], titleWeight = TITLE_WEIGHT): number {
  let n = 0;
  term.alternatives.forEach((alt, k) => {
    const l = latin[k]!;
    if (term.field === 'text') n += hitsIn(ix.titles[i]!, alt, l) * titleWeight + hitsIn(ix.bodies[i]!, alt, l);
    else if (term.field === 'title') n += hitsIn(ix.titles[i]!, alt, l);
    else if (term.field === 'outlet') n += hitsIn(ix.outlets[i]!, alt, l);
    else n += hitsIn(ix.documents[i]!, alt, l);
  });
  return n;
}

function holds(node: QueryNode, counts: (term: number) => number): boolean {
  if (node.kind === 'term') return counts(node.term) > 0;
  if (node.kind === 'not') return !holds(node.child, counts);
  return node.kind === 'and' ? node.children.every((c) => holds(c, counts)) : node.children.some((c) => holds(c, counts));
}

/**
 * A document's relevance from its term counts, or null when it does not match: the
 * query's tree decides the match; relevance sums log2(1 + occurrences) over the terms not
 * under a NOT. `counts(term)` is the term's occurrences in the document (title ones
 * weighted), asked only for the terms the tree needs.
 */
export function scoreOf(query: ParsedQuery, positive: readonly number[], counts: (term: number) => number): number | null {
  if (!query.root || !holds(query.root, counts)) return null;
  let score = 0;
  for (const t of positive) score += Math.log2(1 + counts(t));
  return score;
}

/** The terms relevance sums over (those not under a NOT), by index. */
export const positiveTermIndexes = (query: ParsedQuery): number[] => positiveTerms(query).map((t) => query.terms.indexOf(t));

/** A document's relevance, or null when it does not match (`scoreOf` over the document's texts). */
export function queryScorer(query: ParsedQuery, ix: SearchIndex): (i: number) => number | null {
  const latin = query.terms.map((t) => t.alternatives.map(isLatin));
  const positive = positiveTermIndexes(query);
  // Counts per term for the document being scored, -1 until needed (a term under an OR may never be).
  const memo = new Float64Array(query.terms.length);
  let doc = -1;
  const counts = (term: number) => {
    let n = memo[term]!;
    if (n < 0) memo[term] = n = termCount(ix, doc, query.terms[term]!, latin[term]!);
    return n;
  };
  return (i) => {
    doc = i;
    memo.fill(-1);
    return scoreOf(query, positive, counts);
  };
}

/**
 * The fast path: a character-bigram index narrows the candidates for each term, and only
 * candidates are checked with the same matching and scoring as `searchScores`, so the
 * answers are identical while the work shrinks from every document to a few.
 *
 * Bigrams live in an open-addressing hash table of typed arrays and the postings in one
 * flat array (CSR), built in two passes: at 100k articles a Map of arrays spends most of
 * its time hashing heap numbers and growing arrays.
 */
export interface NgramIndex {
  base: SearchIndex;
  /** Hash table: bigram key per slot (two UTF-16 units), slot → bigram number (-1 empty). */
  keys: Uint32Array;
  slots: Int32Array;
  /** Postings of bigram b: postings[offsets[b] .. offsets[b + 1]], ascending document numbers. */
  offsets: Uint32Array;
  postings: Uint32Array;
}

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

function lookup(keys: Uint32Array, slots: Int32Array, key: number): number {
  const mask = keys.length - 1;
  let at = home(key, keys.length);
  for (;;) {
    const s = slots[at]!;
    if (s < 0 || keys[at] === key) return s;
    at = (at + 1) & mask;
  }
}

export function buildNgramIndex(base: SearchIndex): NgramIndex {
  const table = new GramTable();
  const n = base.ids.length;
  // Pass 1: document frequency per bigram; `last` remembers the last document counted.
  let df = new Uint32Array(1 << 15);
  let last = new Int32Array(1 << 15).fill(-1);
  const gramsOf = (i: number, visit: (g: number) => void) => {
    for (const text of [base.titles[i]!, base.bodies[i]!]) for (let k = 0; k + 1 < text.length; k++) visit(table.intern(keyAt(text, k)));
  };
  for (let i = 0; i < n; i++) {
    gramsOf(i, (g) => {
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
  const grams = table.size;
  const offsets = new Uint32Array(grams + 1);
  for (let g = 0; g < grams; g++) offsets[g + 1] = offsets[g]! + df[g]!;
  // Pass 2: fill the postings; documents arrive in order, so each list comes out sorted.
  const postings = new Uint32Array(offsets[grams]!);
  const cursor = offsets.slice(0, grams);
  last.fill(-1);
  for (let i = 0; i < n; i++) {
    gramsOf(i, (g) => {
      if (last[g] !== i) {
        last[g] = i;
        postings[cursor[g]!++] = i;
      }
    });
  }
  return { base, keys: table.keys, slots: table.slots, offsets, postings };
}

/** Matching documents and their relevance, exactly as the every-document reference but by number. */
export function fastSearch(ix: NgramIndex, query: ParsedQuery): SearchHits | null {
  if (!query.root) return null;
  const candidates = candidatesOf(ix, query.root, query);
  const scorer = queryScorer(query, ix.base);
  const total = candidates === 'all' ? ix.base.ids.length : candidates.length;
  const docs = new Uint32Array(total);
  const scores = new Float64Array(total);
  let found = 0;
  for (let k = 0; k < total; k++) {
    const i = candidates === 'all' ? k : candidates[k]!;
    const score = scorer(i);
    if (score !== null) {
      docs[found] = i;
      scores[found++] = score;
    }
  }
  return { docs: docs.slice(0, found), scores: scores.slice(0, found) };
}

/** Matching documents with how often the query's positive terms occur in each (title and text alike): what term trends count. */
export function termOccurrences(ix: NgramIndex, query: ParsedQuery): { docs: Uint32Array; counts: Uint32Array } | null {
  const hits = fastSearch(ix, query);
  if (!hits) return null;
  const occurrences = occurrenceCounter(query, ix.base);
  return { docs: hits.docs, counts: hits.docs.map(occurrences) };
}

/** A document's occurrences of the query's positive terms, titles unweighted: what a term trend counts. */
export function occurrenceCounter(query: ParsedQuery, ix: SearchIndex): (i: number) => number {
  const terms = positiveTerms(query);
  const latin = terms.map((t) => t.alternatives.map(isLatin));
  return (i) => terms.reduce((n, t, j) => n + termCount(ix, i, t, latin[j]!, 1), 0);
}

/**
 * A superset of the documents a node can match, from the bigram postings: a term's
 * alternatives are unioned, AND intersects, OR unions; NOT and the metadata fields
 * (outlet, documents: not in the bigram index) narrow nothing.
 */
function candidatesOf(ix: NgramIndex, node: QueryNode, query: ParsedQuery): Uint32Array | 'all' {
  if (node.kind === 'not') return 'all';
  if (node.kind === 'term') {
    const term = query.terms[node.term]!;
    if (term.field === 'outlet' || term.field === 'doc') return 'all';
    let out: Uint32Array = new Uint32Array(0);
    for (const alt of term.alternatives) {
      const docs = candidatesFor(ix, alt);
      if (docs === 'all') return 'all';
      out = union(out, docs);
    }
    return out;
  }
  const parts = node.children.map((c) => candidatesOf(ix, c, query));
  if (node.kind === 'or') return parts.includes('all') ? 'all' : parts.reduce<Uint32Array>((a, b) => union(a, b as Uint32Array), new Uint32Array(0));
  const narrowing = parts.filter((p): p is Uint32Array => p !== 'all').sort((a, b) => a.length - b.length);
  if (narrowing.length === 0) return 'all';
  return narrowing.slice(1).reduce((a, b) => (a.length === 0 ? a : intersect(a, b)), narrowing[0]!);
}

function union(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (a.length === 0) return b;
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    const v = x <= y ? x : y;
    if (x === v) i++;
    if (y === v) j++;
    out[k++] = v;
  }
  return out.subarray(0, k);
}

function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(Math.min(a.length, b.length));
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out[k++] = a[i]!;
      i++;
      j++;
    }
  }
  return out.subarray(0, k);
}

function candidatesFor(ix: NgramIndex, needle: string): Uint32Array | 'all' {
  // One character has no bigram: every document is a candidate.
  if (needle.length < 2) return 'all';
  const lists: Uint32Array[] = [];
  for (let k = 0; k + 1 < needle.length; k++) {
    const g = lookup(ix.keys, ix.slots, keyAt(needle, k));
    if (g < 0) return new Uint32Array(0);
    lists.push(ix.postings.subarray(ix.offsets[g]!, ix.offsets[g + 1]!));
  }
  // Intersect starting from the rarest bigram.
  lists.sort((a, b) => a.length - b.length);
  let out = lists[0]!;
  for (let k = 1; k < lists.length && out.length > 0; k++) out = intersect(out, lists[k]!);
  return out;
}
