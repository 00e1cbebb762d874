// Distinctive terms: the words over-represented in a set of articles against the rest of
// the corpus, scored by log-likelihood (Dunning's G², the keyness measure of Voyant and
// AntConc). Words come from Intl.Segmenter('zh') plus the taxonomy lexicons (so 低空经济
// counts as one term, not 低空 + 经济), without stopwords, digits and lone characters.
import { INDUSTRIES } from '../taxonomy/industries';
import { TOPICS } from '../taxonomy/topics';
import { STOPWORDS } from './stopwords';

/**
 * G² for a word seen `a` times in a sample of `c` words and `b` times in a reference of `d`
 * words. 0 when the rates are equal; larger is more surprising.
 */
export function logLikelihood(a: number, b: number, c: number, d: number): number {
  const e1 = (c * (a + b)) / (c + d);
  const e2 = (d * (a + b)) / (c + d);
  const part = (o: number, e: number) => (o > 0 && e > 0 ? o * Math.log(o / e) : 0);
  return 2 * (part(a, e1) + part(b, e2));
}

const LEXICON = [...new Set([...INDUSTRIES, ...TOPICS].flatMap((e) => [e.label.zh, ...e.terms]).filter((t) => /\p{Script=Han}/u.test(t) && [...t].length >= 2))].sort((x, y) => y.length - x.length);
const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;

/** The counted terms of a text: lexicon terms first (longest first, each occurrence taken out), then the segmenter's words. */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  for (const term of LEXICON) {
    if (!rest.includes(term)) continue;
    const parts = rest.split(term);
    for (let k = 1; k < parts.length; k++) out.push(term);
    rest = parts.join(' ');
  }
  if (segmenter) {
    for (const s of segmenter.segment(rest)) {
      const w = s.segment;
      if (!s.isWordLike || [...w].length < 2 || /^[\d.,%]+$/.test(w) || STOPWORDS.has(w)) continue;
      out.push(w.toLowerCase());
    }
  }
  return out;
}

export interface TermCounts {
  counts: Map<string, number>;
  total: number;
}

export function countTerms(texts: Iterable<string>): TermCounts {
  const counts = new Map<string, number>();
  let total = 0;
  for (const text of texts) {
    for (const t of termsOf(text)) {
      counts.set(t, (counts.get(t) ?? 0) + 1);
      total++;
    }
  }
  return { counts, total };
}

export interface DistinctiveTerm {
  term: string;
  /** Occurrences in the set, and in the rest of the corpus. */
  inSet: number;
  inRest: number;
  score: number;
}

/** G² above this is significant at p < 0.05 (χ² with one degree of freedom), the cut-off keyness tools use. */
export const SIGNIFICANT_G2 = 3.84;

/**
 * Terms more frequent in `set` than in `rest` and significantly so, most distinctive first;
 * `minCount` drops the rare ones G² overrates.
 */
export function distinctiveTerms(set: TermCounts, rest: TermCounts, limit = 30, minCount = 3): DistinctiveTerm[] {
  const out: DistinctiveTerm[] = [];
  for (const [term, a] of set.counts) {
    if (a < minCount) continue;
    const b = rest.counts.get(term) ?? 0;
    if (a / Math.max(1, set.total) <= b / Math.max(1, rest.total)) continue;
    const score = logLikelihood(a, b, set.total, rest.total);
    if (score >= SIGNIFICANT_G2) out.push({ term, inSet: a, inRest: b, score });
  }
  return out.sort((x, y) => y.score - x.score || (x.term < y.term ? -1 : 1)).slice(0, limit);
}
