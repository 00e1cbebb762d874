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
