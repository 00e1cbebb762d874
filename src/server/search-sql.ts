// Search on the server with the app's query language and the app's answers: the bigram
// index narrows each term's candidates in SQL (a superset, as the app's own index
// narrows), then the candidates are matched and scored by the shared scorer, so what
// matches and how it ranks is decided by the same code on both sides.
import type { Pool } from 'pg';
import type { ParsedQuery, QueryNode } from '../shared/search/query';
import { isLatin, occurrenceCounter, positiveTermIndexes, queryScorer, scoreOf, TITLE_WEIGHT, type SearchIndex } from '../shared/search/search';
import { bigramKeysOf } from './bigrams';
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
 * a one-character term has none and narrows nothing. With `substring`, a term of three
 * characters or more must also occur as written (see `contains`). Only what narrows is
 * written, so every parameter added is used.
 */
export function candidateCondition(node: QueryNode, query: ParsedQuery, p: Params, substring: boolean): string | null {
  if (!narrows(node, query)) return null;
  if (node.kind === 'term') {
    const alternatives = query.terms[node.term]!.alternatives.map((alt) => contains(alt, p, substring));
    return alternatives.length === 0 ? 'false' : `(${alternatives.join(' OR ')})`;
  }
  if (node.kind === 'not') return null;
  const parts = node.children.filter((c) => narrows(c, query)).map((c) => candidateCondition(c, query, p, substring)!);
  return `(${parts.join(node.kind === 'or' ? ' OR ' : ' AND ')})`;
}

/** LIKE's own characters, escaped: the term is matched as written. */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Articles whose searched text holds the term's bigrams and, with `substring` and a term
 * of three characters or more, the term itself (pg_trgm's index answers LIKE '%…%'): a
 * superset of the scorer's matches (which also checks Latin word edges and the field),
 * exact for most terms, so few texts travel to be scored in Node. When PostgreSQL counts
 * the occurrences itself the LIKE is left out: the counts drop what does not contain the
 * term, and rechecking LIKE on every candidate's text cost more than the counting
 * (100,000 articles, 专精特新 小巨人, 23,445 matches: 580 ms with it, 240 ms without; the
 * bigram keys alone gave exactly the matches).
 */
function contains(alt: string, p: Params, substring: boolean): string {
  const bigrams = `bigram_keys @> ${p.add(bigramKeysOf(alt), '::int4[]')}`;
  if (!substring || Array.from(alt).length < 3) return bigrams;
  return `(${bigrams} AND srdi_searched(search_title, search_body) LIKE ${p.add(`%${likeLiteral(alt)}%`, '::text')})`;
}

export interface ServerHits {
  /** Matching article positions, ascending, with their relevance. */
  positions: number[];
  scores: number[];
}

interface CandidateRow { position: number; search_title: string; search_body: string; search_outlet: string; search_documents: string }

/** A term ends or starts a word only for Latin; one that can overlap itself (哈哈 in 哈哈哈) counts differently without overlaps. */
const overlapsItself = (alt: string) => Array.from({ length: alt.length - 1 }, (_, k) => k + 1).some((k) => alt.slice(0, k) === alt.slice(-k));

/** Whether PostgreSQL can count every term's occurrences exactly as the scorer does: plain substrings that cannot overlap themselves. */
const countableInSql = (query: ParsedQuery) => query.terms.every((t) => t.alternatives.every((alt) => alt.length > 0 && !isLatin(alt) && !overlapsItself(alt)));

/** Occurrences of `alt` in a column, counted by PostgreSQL (lengths in code points on both sides of the division). */
const occurrencesIn = (column: string, alt: string) => `((length(${column}) - length(replace(${column}, ${alt}, ''))) / length(${alt}))`;

/** Each term's count as the scorer takes it (a title occurrence weighs `titleWeight` for a text term), as SQL. */
function termCountSql(query: ParsedQuery, term: number, p: Params, titleWeight: number): string {
  const t = query.terms[term]!;
  const parts = t.alternatives.map((alt) => {
    const a = p.add(alt, '::text');
    if (t.field === 'text') return `${occurrencesIn('t.search_title', a)} * ${titleWeight} + ${occurrencesIn('t.search_body', a)}`;
    return occurrencesIn({ title: 't.search_title', outlet: 't.search_outlet', doc: 't.search_documents' }[t.field], a);
  });
  return parts.length === 0 ? '0' : parts.join(' + ');
}

/** The candidates' positions and each term's count (c0, c1, …), counted in SQL: only numbers travel, not the texts. */
async function countedRows(db: Pool, query: ParsedQuery, where: string, p: Params, titleWeight: number): Promise<Record<string, number>[]> {
  const counts = query.terms.map((_, k) => `(${termCountSql(query, k, p, titleWeight)})::int AS c${k}`);
  const { rows } = await db.query<Record<string, number>>(
    `SELECT a.position${counts.map((c) => `, ${c}`).join('')} FROM article_texts t JOIN articles a USING (id) WHERE ${where} ORDER BY a.position`,
    p.values,
  );
  return rows;
}

async function countedHits(db: Pool, query: ParsedQuery, where: string, p: Params): Promise<ServerHits> {
  const positive = positiveTermIndexes(query);
  const out: ServerHits = { positions: [], scores: [] };
  for (const r of await countedRows(db, query, where, p, TITLE_WEIGHT)) {
    const s = scoreOf(query, positive, (k) => r[`c${k}`]!);
    if (s === null) continue;
    out.positions.push(r.position!);
    out.scores.push(s);
  }
  return out;
}

/** The candidates' search forms, by position: what the scorer reads. */
async function candidateIndex(db: Pool, where: string, p: Params): Promise<{ positions: number[]; index: SearchIndex }> {
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
  return { positions: rows.map((r) => r.position), index };
}

/** The candidates' texts scored here: for terms whose count needs word edges or overlaps. */
async function scoredHits(db: Pool, query: ParsedQuery, where: string, p: Params): Promise<ServerHits> {
  const { positions, index } = await candidateIndex(db, where, p);
  const score = queryScorer(query, index);
  const out: ServerHits = { positions: [], scores: [] };
  positions.forEach((position, k) => {
    const s = score(k);
    if (s === null) return;
    out.positions.push(position);
    out.scores.push(s);
  });
  return out;
}

/** A term trend's series: the articles matching the query, ascending, and its occurrences in each (as the app's termOccurrences counts them). */
export async function occurrenceHits(db: Pool, query: ParsedQuery, newParams: () => Params): Promise<{ docs: number[]; counts: number[] }> {
  const out = { docs: [] as number[], counts: [] as number[] };
  if (!query.root) return out;
  const p = newParams();
  const inSql = countableInSql(query);
  const where = candidateCondition(query.root, query, p, !inSql) ?? 'true';
  const positive = positiveTermIndexes(query);
  if (inSql) {
    // Titles unweighted, as a trend counts; a weight changes no count from zero, so the match is the scorer's still.
    for (const r of await countedRows(db, query, where, p, 1)) {
      if (scoreOf(query, positive, (k) => r[`c${k}`]!) === null) continue;
      out.docs.push(r.position!);
      out.counts.push(positive.reduce((n, k) => n + r[`c${k}`]!, 0));
    }
    return out;
  }
  const { positions, index } = await candidateIndex(db, where, p);
  const score = queryScorer(query, index);
  const occurrences = occurrenceCounter(query, index);
  positions.forEach((position, k) => {
    if (score(k) === null) return;
    out.docs.push(position);
    out.counts.push(occurrences(k));
  });
  return out;
}

/**
 * The query's matches over the whole corpus (facet filters apply after, as in the app).
 * The match and the score are the shared scorer's either way; what differs is who counts.
 */
export async function searchHits(db: Pool, query: ParsedQuery, newParams: () => Params): Promise<ServerHits | null> {
  if (!query.root) return null;
  const p = newParams();
  const inSql = countableInSql(query);
  const where = candidateCondition(query.root, query, p, !inSql) ?? 'true';
  return inSql ? countedHits(db, query, where, p) : scoredHits(db, query, where, p);
}
