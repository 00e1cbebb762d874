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
    let score = 0;
    let all = true;
    for (const term of query.terms) {
      let hits = 0;
      for (const alt of term.alternatives) {
        hits += occurrences(doc.title, alt).length * TITLE_WEIGHT + occurrences(doc.body, alt).length;
      }
      if (hits === 0) {
        all = false;
        break;
      }
      score += Math.log2(1 + hits);
    }
    if (all) scores.set(id, score);
  }
  return scores;
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
  let candidates = null as Set<number> | null;
  for (const term of query.terms) {
    const forTerm = new Set<number>();
    for (const alt of term.alternatives) {
      const docs = candidatesFor(ix, alt);
      if (docs === 'all') {
        forTerm.clear();
        ix.ids.forEach((_, i) => forTerm.add(i));
        break;
      }
      for (const d of docs) forTerm.add(d);
    }
    candidates = candidates === null ? forTerm : new Set([...candidates].filter((d) => forTerm.has(d)));
    if (candidates.size === 0) return new Map();
  }
  const subset: SearchIndex = { docs: new Map([...(candidates ?? [])].sort((a, b) => a - b).map((i) => [ix.ids[i]!, ix.base.docs.get(ix.ids[i]!)!])) };
  return searchScores(subset, query);
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
