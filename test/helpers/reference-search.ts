// The plain reference of full-text search: every document checked with the same scorer
// the n-gram fast path uses on its candidates. Test code only.
import { queryScorer, type SearchHits, type SearchIndex } from '../../src/shared/search/search';
import { fastSearch } from '../../src/shared/search/fast-search';
import type { NgramIndex } from '../../src/shared/search/ngram-index';
import type { TextScanner } from '../../src/shared/search/text-scanner';
import type { ParsedQuery } from '../../src/shared/search/query';

/** The reference: every document checked. Relevance by id (absent = no match); null without a query. */
export function searchScores(index: SearchIndex, query: ParsedQuery): Map<string, number> | null {
  if (!query.root) return null;
  const scorer = queryScorer(query, index);
  const scores = new Map<string, number>();
  index.ids.forEach((id, i) => {
    const score = scorer(i);
    if (score !== null) scores.set(id, score);
  });
  return scores;
}

/** The fast path's answer in the reference's shape: relevance by id. */
export function fastSearchScores(ix: NgramIndex, query: ParsedQuery, scanner?: TextScanner): Map<string, number> | null {
  const hits = fastSearch(ix, query, scanner);
  return hits === null ? null : hitsToScores(hits, ix.base.ids);
}

export function hitsToScores(hits: SearchHits, ids: readonly string[]): Map<string, number> {
  const scores = new Map<string, number>();
  for (let k = 0; k < hits.docs.length; k++) scores.set(ids[hits.docs[k]!]!, hits.scores[k]!);
  return scores;
}

/** The reference's answer by number, in the given id order (ids it lacks are dropped). */
export function scoresToHits(scores: ReadonlyMap<string, number>, ids: readonly string[]): SearchHits {
  const docs: number[] = [];
  const values: number[] = [];
  ids.forEach((id, i) => {
    const score = scores.get(id);
    if (score !== undefined) {
      docs.push(i);
      values.push(score);
    }
  });
  return { docs: Uint32Array.from(docs), scores: Float64Array.from(values) };
}
