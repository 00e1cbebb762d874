// Keyword in context (a concordance): every occurrence of the query's terms in a text, one
// line each — left context | match | right context — as Voyant's Contexts shows them.
// Matching is the search's own (search form, names, lexicons), so a line is never shown
// for an article the search would not find, nor missed for one it does.
import { matchRanges, type ParsedQuery } from '../search/query';

export interface ConcordanceLine {
  paragraph: number;
  /** Where the match is in the paragraph's original text. */
  start: number;
  end: number;
  left: string;
  match: string;
  right: string;
}

/** Characters of context each side of a match. */
export const CONTEXT_WIDTH = 24;

/** The lines of one article's paragraphs, in reading order; `width` characters of context each side. */
export function concordanceLines(paragraphs: readonly string[], query: ParsedQuery, width = CONTEXT_WIDTH): ConcordanceLine[] {
  const out: ConcordanceLine[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const [start, end] of matchRanges(text, query)) {
      out.push({ paragraph, start, end, left: text.slice(Math.max(0, start - width), start), match: text.slice(start, end), right: text.slice(end, end + width) });
    }
  });
  return out;
}

/** The article's order in the results ('order'), or what stands next to the match. */
export type KwicSort = 'order' | 'left' | 'right';
export const KWIC_SORTS: readonly KwicSort[] = ['order', 'left', 'right'];

const reversed = (s: string) => [...s].reverse().join('');
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Lines sorted by what stands next to the match: by the left context read from the match
 * outwards (so 培育专精特新 and 累计专精特新 group by their last characters), or by the right
 * context. Code-point order, not pinyin: it groups equal contexts just as well and costs a
 * fraction of a collator at 100,000 lines. Ties keep their order.
 */
export function sortConcordance<L extends Pick<ConcordanceLine, 'left' | 'right'>>(lines: readonly L[], by: 'left' | 'right'): L[] {
  const key = (l: L) => (by === 'left' ? reversed(l.left) : l.right);
  return lines.map((l, k) => ({ l, k, key: key(l) })).sort((a, b) => byKey(a.key, b.key) || a.k - b.k).map((x) => x.l);
}

/** A line of a concordance over many articles: which article, and its place in the results. */
export interface KwicLine extends ConcordanceLine {
  number: number;
  id: string;
  rank: number;
}

export interface Concordance {
  /** Every line the articles have, and how many articles have one. */
  total: number;
  articles: number;
  /** The first lines in the chosen order (at most the limit asked for). */
  lines: KwicLine[];
}

export interface KwicDoc {
  number: number;
  id: string;
  /** Its position in the results the concordance is of. */
  rank: number;
  paragraphs: readonly string[];
}

function orderLines(lines: KwicLine[], sort: KwicSort): KwicLine[] {
  if (sort !== 'order') {
    const keyed = lines.map((l) => ({ l, key: sort === 'left' ? reversed(l.left) : l.right }));
    keyed.sort((a, b) => byKey(a.key, b.key) || a.l.rank - b.l.rank || a.l.paragraph - b.l.paragraph || a.l.start - b.l.start);
    return keyed.map((x) => x.l);
  }
  return lines.sort((a, b) => a.rank - b.rank || a.paragraph - b.paragraph || a.start - b.start);
}

/** Every line of the articles, in reading order within each article. */
export function allLines(docs: Iterable<KwicDoc>, query: ParsedQuery, width = CONTEXT_WIDTH): KwicLine[] {
  const lines: KwicLine[] = [];
  for (const d of docs) {
    d.paragraphs.forEach((text, paragraph) => {
      for (const [start, end] of matchRanges(text, query)) {
        lines.push({ paragraph, start, end, left: text.slice(Math.max(0, start - width), start), match: text.slice(start, end), right: text.slice(end, end + width), number: d.number, id: d.id, rank: d.rank });
      }
    });
  }
  return lines;
}

/** A concordance from all its lines: counted, and the first `limit` in the chosen order kept. */
export function concordanceOf(lines: readonly KwicLine[], sort: KwicSort, limit: number): Concordance {
  return { total: lines.length, articles: new Set(lines.map((l) => l.number)).size, lines: orderLines([...lines], sort).slice(0, limit) };
}

/** Every line of the articles counted; the first `limit` in the chosen order kept. */
export function collectConcordance(docs: Iterable<KwicDoc>, query: ParsedQuery, sort: KwicSort, limit: number): Concordance {
  return concordanceOf(allLines(docs, query), sort, limit);
}

/** Concordances of disjoint shards as one: the same order as if one shard had held every article. */
export function mergeConcordances(parts: readonly Concordance[], sort: KwicSort, limit: number): Concordance {
  return {
    total: parts.reduce((n, p) => n + p.total, 0),
    articles: parts.reduce((n, p) => n + p.articles, 0),
    lines: orderLines(parts.flatMap((p) => p.lines), sort).slice(0, limit),
  };
}
