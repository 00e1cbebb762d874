// Full-text search over titles and bodies. Substring matching on folded text handles
// Chinese without word breaks exactly; every term must match (AND); a title match
// weighs more than a body match for relevance.
import type { Article } from '../../shared/schema';
import { normalizeForSearch } from './normalize';
import { occurrences, type ParsedQuery } from './query';

export interface SearchIndex {
  docs: Map<string, { title: string; body: string }>;
}

export function buildSearchIndex(articles: Article[]): SearchIndex {
  return { docs: new Map(articles.map((a) => [a.id, { title: normalizeForSearch(a.title ?? ''), body: normalizeForSearch(a.body) }])) };
}

const TITLE_WEIGHT = 5;

/** Relevance of every matching article (absent = no match). Null when there is no query. */
export function searchScores(index: SearchIndex, query: ParsedQuery): Map<string, number> | null {
  if (query.terms.length === 0) return null;
  const scores = new Map<string, number>();
  for (const [id, doc] of index.docs) {
    const score = scoreDoc(doc, query);
    if (score !== null) scores.set(id, score);
  }
  return scores;
}

/** A document's relevance, or null when some term does not occur in it. */
function scoreDoc(doc: { title: string; body: string }, query: ParsedQuery): number | null {
  let score = 0;
  for (const term of query.terms) {
    let hits = 0;
    for (const alt of term.alternatives) hits += count(doc.title, alt) * TITLE_WEIGHT + count(doc.body, alt);
    if (hits === 0) return null;
    score += Math.log2(1 + hits);
  }
  return score;
}

/** occurrences().length without building the ranges; Chinese needles need no word check. */
function count(haystack: string, needle: string): number {
  if (!needle) return 0;
  if (/^[a-z0-9]|[a-z0-9]$/.test(needle)) return occurrences(haystack, needle).length;
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) n++;
  return n;
}

/**
 * The fast path: a character-bigram index narrows the candidates for each term, and only
 * candidates are checked with the same matching and scoring as `searchScores`, so the
 * answers are identical while the work shrinks from every document to a few.
 */
export interface NgramIndex {
  base: SearchIndex;
  ids: string[];
  /** Bigram (two UTF-16 units packed in one number) → sorted document numbers. */
  postings: Map<number, Uint32Array>;
}

const gram = (text: string, k: number): number => text.charCodeAt(k) * 65536 + text.charCodeAt(k + 1);

export function buildNgramIndex(base: SearchIndex): NgramIndex {
  const ids = [...base.docs.keys()];
  const lists = new Map<number, number[]>();
  ids.forEach((id, i) => {
    const doc = base.docs.get(id)!;
    for (const text of [doc.title, doc.body]) {
      for (let k = 0; k + 1 < text.length; k++) {
        const g = gram(text, k);
        const list = lists.get(g);
        // Documents arrive in order, so a repeat within one document is the list's last entry.
        if (!list) lists.set(g, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    }
  });
  return { base, ids, postings: new Map([...lists].map(([g, l]) => [g, Uint32Array.from(l)])) };
}

export function fastSearchScores(ix: NgramIndex, query: ParsedQuery): Map<string, number> | null {
  if (query.terms.length === 0) return null;
  // Candidates: for each term the union over its alternatives, across terms the intersection.
  let candidates: Uint32Array | null = null;
  for (const term of query.terms) {
    let forTerm: Uint32Array | null = new Uint32Array(0);
    for (const alt of term.alternatives) {
      const docs = candidatesFor(ix, alt);
      if (docs === 'all') {
        forTerm = null;
        break;
      }
      forTerm = union(forTerm!, docs);
    }
    if (forTerm !== null) candidates = candidates === null ? forTerm : intersect(candidates, forTerm);
    if (candidates !== null && candidates.length === 0) return new Map();
  }
  const scores = new Map<string, number>();
  const check = (i: number) => {
    const id = ix.ids[i]!;
    const score = scoreDoc(ix.base.docs.get(id)!, query);
    if (score !== null) scores.set(id, score);
  };
  if (candidates === null) for (let i = 0; i < ix.ids.length; i++) check(i);
  else for (const i of candidates) check(i);
  return scores;
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
  let best: Uint32Array | null = null;
  const grams: Uint32Array[] = [];
  for (let k = 0; k + 1 < needle.length; k++) {
    const list = ix.postings.get(gram(needle, k));
    if (!list) return new Uint32Array(0);
    grams.push(list);
    if (!best || list.length < best.length) best = list;
  }
  // Intersect starting from the rarest bigram.
  return best!.filter((d) => grams.every((g) => g === best || hasSorted(g, d)));
}

function hasSorted(list: Uint32Array, value: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = list[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
