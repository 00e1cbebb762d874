// Full-text search over titles, bodies and the fields a query may name (outlet, cited
// documents). Substring matching on search-form text handles Chinese without word breaks
// exactly; the query's tree (query.ts) decides which articles match; a title match weighs
// more than a body match for relevance.
import { positiveTerms, occurrences, type ParsedQuery, type QueryNode } from './query';
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

/** Hits of parts holding ascending, disjoint ranges of numbers, as one answer (in part order). */
export function concatHits(parts: SearchHits[]): SearchHits {
  const total = parts.reduce((n, p) => n + p.docs.length, 0);
  const docs = new Uint32Array(total);
  const scores = new Float64Array(total);
  let at = 0;
  for (const p of parts) {
    docs.set(p.docs, at);
    scores.set(p.scores, at);
    at += p.docs.length;
  }
  return { docs, scores };
}

/** The hits in ascending number (parts whose ranges interleave answer out of order), each score with its document. */
export function inNumberOrder(hits: SearchHits): SearchHits {
  let ordered = true;
  for (let k = 1; k < hits.docs.length && ordered; k++) ordered = hits.docs[k - 1]! < hits.docs[k]!;
  if (ordered) return hits;
  const order = Array.from(hits.docs.keys()).sort((a, b) => hits.docs[a]! - hits.docs[b]!);
  return { docs: Uint32Array.from(order, (k) => hits.docs[k]!), scores: Float64Array.from(order, (k) => hits.scores[k]!) };
}

/** The weight of an occurrence in the title for a plain text term (a body occurrence counts 1). */
export const TITLE_WEIGHT = 5;

/** How often a Chinese needle occurs (overlapping), counting no further than `limit`. */
export function countUpTo(haystack: string, needle: string, limit = Infinity): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0 && n < limit; at = haystack.indexOf(needle, at + 1)) n++;
  return n;
}

/** A Latin-edged term matches whole words only, so its count is not a plain substring count. */
export const isLatin = (alt: string) => /^[a-z0-9]|[a-z0-9]$/.test(alt);
export const hitsIn = (text: string, alt: string, latin: boolean) => (latin ? occurrences(text, alt).length : countUpTo(text, alt));

/** The document fields a term's occurrences are counted in. */
export type CountedField = 'title' | 'body' | 'outlet' | 'documents';

/** Occurrences of alternative `alt` of term `term` in one field of document `i`. */
export type AltCounter = (i: number, term: number, alt: number, field: CountedField) => number;

/** The plain counter: every field scanned. */
export function scanningCounter(query: ParsedQuery, ix: SearchIndex): AltCounter {
  const latin = query.terms.map((t) => t.alternatives.map(isLatin));
  const texts: Record<CountedField, string[]> = { title: ix.titles, body: ix.bodies, outlet: ix.outlets, documents: ix.documents };
  return (i, term, alt, field) => hitsIn(texts[field][i]!, query.terms[term]!.alternatives[alt]!, latin[term]![alt]!);
}

/** Occurrences of term t in document i, a title occurrence counting `titleWeight` times for text terms. */
function termCount(query: ParsedQuery, counter: AltCounter, i: number, t: number, titleWeight = TITLE_WEIGHT): number {
  const term = query.terms[t]!;
  let n = 0;
  for (let k = 0; k < term.alternatives.length; k++) {
    if (term.field === 'text') n += counter(i, t, k, 'title') * titleWeight + counter(i, t, k, 'body');
    else if (term.field === 'title') n += counter(i, t, k, 'title');
    else if (term.field === 'outlet') n += counter(i, t, k, 'outlet');
    else n += counter(i, t, k, 'documents');
  }
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
export const queryScorer = (query: ParsedQuery, ix: SearchIndex) => scorerWith(query, scanningCounter(query, ix));

/** `queryScorer` with occurrences counted by `counter` (the fast path's bounded one gives the same counts). */
export function scorerWith(query: ParsedQuery, counter: AltCounter): (i: number) => number | null {
  const positive = positiveTermIndexes(query);
  // Counts per term for the document being scored, -1 until needed (a term under an OR may never be).
  const memo = new Float64Array(query.terms.length);
  let doc = -1;
  const counts = (term: number) => {
    let n = memo[term]!;
    if (n < 0) memo[term] = n = termCount(query, counter, doc, term);
    return n;
  };
  return (i) => {
    doc = i;
    memo.fill(-1);
    return scoreOf(query, positive, counts);
  };
}

/** A document's occurrences of the query's positive terms, titles unweighted: what a term trend counts. */
export function occurrenceCounter(query: ParsedQuery, ix: SearchIndex, counter = scanningCounter(query, ix)): (i: number) => number {
  const positive = positiveTermIndexes(query);
  return (i) => positive.reduce((n, t) => n + termCount(query, counter, i, t, 1), 0);
}
