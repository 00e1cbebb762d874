// The fast path of full-text search: the bigram index (ngram-index.ts) narrows the
// candidates for each term, and only candidates are checked, with the scorer of the plain
// definition (search.ts), so the answers are identical while the work shrinks from every
// document to a few. The index's per-posting counts bound each term's occurrences in a
// field: a field that cannot hold the term is not scanned, a scan stops at the bound, and
// a two-character term (one bigram) is counted without scanning at all.
import { occurrences, type ParsedQuery, type QueryNode } from './query';
import { bodyCount, keyAt, lookup, MANY, titleCount, type NgramIndex } from './ngram-index';
import { isLatin, occurrenceCounter, scanningCounter, scorerWith, type AltCounter, type SearchHits } from './search';
import { stringScanner, type TextScanner } from './text-scanner';

/** The documents holding every bigram of a text alternative, with bounds on its occurrences in each (packed as the index's counts). */
interface Bounded {
  docs: Uint32Array;
  counts: Uint8Array;
}

/** Per term, per alternative: its bounded documents, or 'all' when the index cannot narrow it (one character, a metadata field). */
type AltMatches = (Bounded | 'all')[][];

const EMPTY: Bounded = { docs: new Uint32Array(0), counts: new Uint8Array(0) };

/** The smaller title count and the smaller body count of two packed counts. */
const lesser = (a: number, b: number): number => Math.min(a & 0xf0, b & 0xf0) | Math.min(a & 15, b & 15);

/** The documents in both, with the smaller bounds of each. */
function intersectBounded(a: Bounded, b: Bounded): Bounded {
  const size = Math.min(a.docs.length, b.docs.length);
  const docs = new Uint32Array(size);
  const counts = new Uint8Array(size);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.docs.length && j < b.docs.length) {
    if (a.docs[i]! < b.docs[j]!) i++;
    else if (a.docs[i]! > b.docs[j]!) j++;
    else {
      docs[k] = a.docs[i]!;
      counts[k++] = lesser(a.counts[i++]!, b.counts[j++]!);
    }
  }
  return { docs: docs.subarray(0, k), counts: counts.subarray(0, k) };
}

/** Bigram g's postings as bounded documents (views into the index, not copies). */
function postingsOf(ix: NgramIndex, g: number): Bounded {
  const from = ix.offsets[g]!;
  const to = ix.offsets[g + 1]!;
  return { docs: ix.postings.subarray(from, to), counts: ix.counts.subarray(from, to) };
}

function boundedFor(ix: NgramIndex, needle: string): Bounded | 'all' {
  // One character has no bigram: every document is a candidate.
  if (needle.length < 2) return 'all';
  const grams: number[] = [];
  for (let k = 0; k + 1 < needle.length; k++) {
    const g = lookup(ix, keyAt(needle, k));
    if (g < 0) return EMPTY;
    grams.push(g);
  }
  // Intersect starting from the rarest bigram.
  const size = (g: number) => ix.offsets[g + 1]! - ix.offsets[g]!;
  grams.sort((a, b) => size(a) - size(b));
  let out = postingsOf(ix, grams[0]!);
  for (let k = 1; k < grams.length && out.docs.length > 0; k++) out = intersectBounded(out, postingsOf(ix, grams[k]!));
  return out;
}

function altMatchesOf(ix: NgramIndex, query: ParsedQuery): AltMatches {
  return query.terms.map((t) => t.alternatives.map((alt) => (t.field === 'outlet' || t.field === 'doc' ? 'all' : boundedFor(ix, alt))));
}

/**
 * The scanning counter, told what the bounds allow: no bigram match, no occurrence; a
 * two-character Chinese term, exactly its bigram's count; otherwise a scan that stops at
 * the bound. Titles and bodies are read through `scanner` only (a shard may keep them in
 * the kernel's memory alone). Documents must be asked for in ascending order (each
 * alternative keeps a cursor into its bounded documents).
 */
function boundedCounter(ix: NgramIndex, query: ParsedQuery, matches: AltMatches, scanner: TextScanner): AltCounter {
  const metadata = scanningCounter(query, ix.base);
  const cursors = matches.map((alts) => alts.map(() => 0));
  const exact = query.terms.map((t) => t.alternatives.map((alt) => alt.length === 2 && !isLatin(alt)));
  const latin = query.terms.map((t) => t.alternatives.map(isLatin));
  const inText = (i: number, term: number, alt: number, field: 'title' | 'body', limit: number) => {
    const needle = query.terms[term]!.alternatives[alt]!;
    return latin[term]![alt]! ? occurrences(scanner.text(i, field), needle).length : scanner.count(i, field, needle, limit);
  };
  return (i, term, alt, field) => {
    if (field !== 'title' && field !== 'body') return metadata(i, term, alt, field);
    const m = matches[term]![alt]!;
    if (m === 'all') return inText(i, term, alt, field, Infinity);
    let c = cursors[term]![alt]!;
    while (c < m.docs.length && m.docs[c]! < i) c++;
    cursors[term]![alt] = c;
    if (m.docs[c] !== i) return 0;
    const bound = field === 'title' ? titleCount(m.counts[c]!) : bodyCount(m.counts[c]!);
    if (bound === 0) return 0;
    if (bound < MANY && exact[term]![alt]!) return bound;
    return inText(i, term, alt, field, bound < MANY ? bound : Infinity);
  };
}

/**
 * Matching documents and their relevance, exactly as the every-document reference but by
 * number; `scanner` counts terms in the texts (the shard's kernel, or indexOf).
 */
export function fastSearch(ix: NgramIndex, query: ParsedQuery, scanner = stringScanner(ix.base)): SearchHits | null {
  return query.root ? searchWith(ix, query, query.root, altMatchesOf(ix, query), scanner) : null;
}

function searchWith(ix: NgramIndex, query: ParsedQuery, root: QueryNode, matches: AltMatches, scanner: TextScanner): SearchHits {
  const candidates = candidatesOf(root, query, matches);
  const scorer = scorerWith(query, boundedCounter(ix, query, matches, scanner));
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
export function termOccurrences(ix: NgramIndex, query: ParsedQuery, scanner = stringScanner(ix.base)): { docs: Uint32Array; counts: Uint32Array } | null {
  if (!query.root) return null;
  const matches = altMatchesOf(ix, query);
  const hits = searchWith(ix, query, query.root, matches, scanner);
  const occurrences = occurrenceCounter(query, ix.base, boundedCounter(ix, query, matches, scanner));
  return { docs: hits.docs, counts: hits.docs.map(occurrences) };
}

/**
 * A superset of the documents a node can match, from the bigram postings: a term's
 * alternatives are unioned, AND intersects, OR unions; NOT and the metadata fields
 * (outlet, documents: not in the bigram index) narrow nothing.
 */
function candidatesOf(node: QueryNode, query: ParsedQuery, matches: AltMatches): Uint32Array | 'all' {
  if (node.kind === 'not') return 'all';
  if (node.kind === 'term') {
    let out: Uint32Array = new Uint32Array(0);
    for (const m of matches[node.term]!) {
      if (m === 'all') return 'all';
      out = union(out, m.docs);
    }
    return out;
  }
  const parts = node.children.map((c) => candidatesOf(c, query, matches));
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
