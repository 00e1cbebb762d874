// Search on the server with the app's query language and the app's answers: the bigram
// index narrows each term's candidates in SQL (a superset, as the app's own index
// narrows), then the candidates are matched and scored by the shared scorer, so what
// matches and how it ranks is decided by the same code on both sides.
import type { Pool } from 'pg';
import type { ParsedQuery, QueryNode } from '../shared/search/query';
import { queryScorer, type SearchIndex } from '../shared/search/search';
import { bigramsOf } from './bigrams';
import type { Params } from './filter-sql';


/** Whether the bigram index can narrow a node at all: NOT cannot, nor outlet: and doc: (not in the index, as in the app's); OR only if every branch can. */
function narrows(node: QueryNode, query: ParsedQuery): boolean {
  if (node.kind === 'not') return false;
  if (node.kind === 'term') return query.terms[node.term]!.field !== 'outlet' && query.terms[node.term]!.field !== 'doc';
  return node.kind === 'or' ? node.children.every((c) => narrows(c, query)) : node.children.some((c) => narrows(c, query));
}

/**
 * A superset of the articles a node can match, as a condition (null: no narrowing): a
 * term's bigrams within the article's (split by the one function that split the text);
 * a one-character term has none and narrows nothing. Only what narrows is written, so
 * every parameter added is used.
 */
export function candidateCondition(node: QueryNode, query: ParsedQuery, p: Params): string | null {
  if (!narrows(node, query)) return null;
  if (node.kind === 'term') {
    const alternatives = query.terms[node.term]!.alternatives.map((alt) => contains(alt, p));
    return alternatives.length === 0 ? 'false' : `(${alternatives.join(' OR ')})`;
  }
  if (node.kind === 'not') return null;
  const parts = node.children.filter((c) => narrows(c, query)).map((c) => candidateCondition(c, query, p)!);
  return `(${parts.join(node.kind === 'or' ? ' OR ' : ' AND ')})`;
}

/** LIKE's own characters, escaped: the term is matched as written. */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Articles whose searched text holds the term's bigrams and, for a term of three
 * characters or more, the term itself (pg_trgm's index answers LIKE '%…%'): a superset
 * of the scorer's matches (which also checks Latin word edges and the field), exact for
 * most terms, so few texts travel to be scored.
 */
function contains(alt: string, p: Params): string {
  const bigrams = `bigrams @> ${p.add(bigramsOf(alt), '::text[]')}`;
  if (Array.from(alt).length < 3) return bigrams;
  return `(${bigrams} AND srdi_searched(search_title, search_body) LIKE ${p.add(`%${likeLiteral(alt)}%`, '::text')})`;
}

export interface ServerHits {
  /** Matching article positions, ascending, with their relevance. */
  positions: number[];
  scores: number[];
}

interface CandidateRow { position: number; search_title: string; search_body: string; search_outlet: string; search_documents: string }

/** The query's matches over the whole corpus (facet filters apply after, as in the app). */
export async function searchHits(db: Pool, query: ParsedQuery, newParams: () => Params): Promise<ServerHits | null> {
  if (!query.root) return null;
  const p = newParams();
  const where = candidateCondition(query.root, query, p) ?? 'true';
  const { rows } = await db.query<CandidateRow>(
    `SELECT a.position, t.search_title, t.search_body, t.search_outlet, t.search_documents FROM article_texts t JOIN articles a USING (id) WHERE ${where} ORDER BY a.position`,
    p.values,
  );
  const index: SearchIndex = {
    ids: rows.map((r) => String(r.position)),
    titles: rows.map((r) => r.search_title),
    bodies: rows.map((r) => r.search_body),
    outlets: rows.map((r) => r.search_outlet),
    documents: rows.map((r) => r.search_documents),
  };
  const score = queryScorer(query, index);
  const out: ServerHits = { positions: [], scores: [] };
  rows.forEach((r, k) => {
    const s = score(k);
    if (s === null) return;
    out.positions.push(r.position);
    out.scores.push(s);
  });
  return out;
}
