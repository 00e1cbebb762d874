// Tags articles with industries and topics from the shared taxonomies, and decides
// whether an article is on topic. An article carries a tag when it is substantially
// about it (headline, or repeated coverage), not when a term appears once in a list
// of examples (量子科技、人工智能、低空经济等未来产业).
import type { TaxonomyEntry } from '../../shared/taxonomy/industries';
import { INDUSTRIES } from '../../shared/taxonomy/industries';
import { TOPICS } from '../../shared/taxonomy/topics';
import { INDUSTRY_SUBJECT, RELEVANCE_TERMS, RELEVANCE_THRESHOLD, TAG_WEIGHTS } from '../knowledge/relevance';

export interface Classification {
  industries: string[];
  topics: string[];
  onTopic: boolean;
}

export interface ScoredTag {
  id: string;
  score: number;
}

export function classifyArticle(title: string | null, body: string): Classification {
  const industries = scoreTags(INDUSTRIES, title, body);
  const topics = scoreTags(TOPICS, title, body);
  const paragraphs = body.split('\n');
  const industryIds = industries
    .filter((t) => t.score >= TAG_WEIGHTS.industryThreshold && isSubject(INDUSTRY_TERMS.get(t.id)!, title ?? '', paragraphs))
    .map((t) => t.id);
  const best = topics[0]?.score ?? 0;
  let topicIds = topics
    .filter((t) => t.score >= TAG_WEIGHTS.topicThreshold && t.score >= best * TAG_WEIGHTS.topicShareOfBest)
    .map((t) => t.id);
  const text = `${title ?? ''}\n${body}`;
  const relevance = relevanceScore(text);
  const relevantWords = relevance >= RELEVANCE_THRESHOLD.total || relevance >= (RELEVANCE_THRESHOLD.per100Chars * text.length) / 100;
  // Policy words alone are not enough without any theme the taxonomy knows.
  const onTopic = industryIds.length > 0 || (relevantWords && best > 0);
  // Every on-topic article gets at least its strongest theme.
  if (onTopic && topicIds.length === 0 && topics[0] && topics[0].score > 0) topicIds = [topics[0].id];
  return { industries: industryIds, topics: onTopic ? topicIds : [], onTopic };
}

const INDUSTRY_TERMS = new Map(INDUSTRIES.map((e) => [e.id, e.terms]));

/** Headline, lead, or repeated coverage in separate stretches (INDUSTRY_SUBJECT); never one anecdote. */
function isSubject(terms: string[], title: string, paragraphs: string[]): boolean {
  if (findTerms(title, terms).length > 0) return true;
  const named = paragraphs.map((p) => findTerms(p, terms).some((inList) => !inList));
  let lead = 0;
  for (let k = 0; k < paragraphs.length && lead < INDUSTRY_SUBJECT.leadChars; k++) {
    if (named[k]) return true;
    lead += paragraphs[k]!.length;
  }
  const hits = named.filter(Boolean).length;
  const stretches = named.filter((x, k) => x && !named[k - 1]).length;
  return stretches >= INDUSTRY_SUBJECT.stretches && hits >= INDUSTRY_SUBJECT.shareOfParagraphs * paragraphs.length;
}

/** Scores every entry of a taxonomy against an article, best first. */
export function scoreTags(taxonomy: readonly TaxonomyEntry[], title: string | null, body: string): ScoredTag[] {
  return taxonomy
    .map((entry) => ({ id: entry.id, score: scoreEntry(entry.terms, title ?? '', body) }))
    .sort((a, b) => b.score - a.score);
}

function scoreEntry(terms: string[], title: string, body: string): number {
  let score = 0;
  score += findTerms(title, terms).length * TAG_WEIGHTS.title;
  for (const inList of findTerms(body, terms)) score += inList ? TAG_WEIGHTS.inList : TAG_WEIGHTS.mention;
  return score;
}

interface SortedTerms {
  terms: { term: string; lower: string; latin: boolean }[];
  /** Lower-cased term → its first place in `terms`. */
  rank: Map<string, number>;
}

const sortedTerms = new WeakMap<string[], SortedTerms>();

function sortTerms(terms: string[]): SortedTerms {
  const sorted = [...terms].sort((a, b) => b.length - a.length).map((term) => ({ term, lower: term.toLowerCase(), latin: /^[a-z0-9]/i.test(term) }));
  const rank = new Map<string, number>();
  sorted.forEach((t, k) => { if (!rank.has(t.lower)) rank.set(t.lower, k); });
  return { terms: sorted, rank };
}

/**
 * Every registered term's occurrences in a text, from one pass over it: a text is scored
 * against every taxonomy entry (about thirty term lists), and a pass per term was the
 * pipeline's largest cost. Terms are looked up by their first code unit.
 */
const RECENT_TEXTS = 256;

class TermOccurrences {
  private readonly byFirst = new Map<number, string[]>();
  // One byte per UTF-16 code unit: most characters start no term, and a flag is cheaper than a map miss.
  private readonly starts = new Uint8Array(65536);
  private readonly known = new Set<string>();
  private readonly recent = new Map<string, Map<string, number[]>>();

  register(lowerTerms: readonly string[]): void {
    for (const t of lowerTerms) {
      if (this.known.has(t) || t.length === 0) continue;
      this.known.add(t);
      const first = t.charCodeAt(0);
      const list = this.byFirst.get(first) ?? [];
      list.push(t);
      this.byFirst.set(first, list);
      this.starts[first] = 1;
    }
    this.recent.clear();
  }

  /** Positions of each registered term in the text lower-cased, ascending (overlaps included, as indexOf finds them). */
  in(text: string): Map<string, number[]> {
    let found = this.recent.get(text);
    if (found) return found;
    const lower = text.toLowerCase();
    found = new Map();
    for (let at = 0; at < lower.length; at++) {
      const code = lower.charCodeAt(at);
      if (this.starts[code] === 0) continue;
      for (const t of this.byFirst.get(code)!) {
        if (!lower.startsWith(t, at)) continue;
        const list = found.get(t);
        if (list) list.push(at);
        else found.set(t, [at]);
      }
    }
    // Each entry asks for the title, the body and each paragraph in turn: keep an article's worth.
    if (this.recent.size >= RECENT_TEXTS) this.recent.delete(this.recent.keys().next().value!);
    this.recent.set(text, found);
    return found;
  }
}

const occurrences = new TermOccurrences();

/**
 * Occurrences of any of the terms, longest first and without overlap (人形机器人 is not
 * also 机器人). Each occurrence reports whether it sits in an enumeration (X、Y、Z等).
 */
export function findTerms(text: string, terms: string[]): boolean[] {
  // Each taxonomy entry scores the same text: its terms sorted once, the text scanned once for all entries.
  let sorted = sortedTerms.get(terms);
  if (!sorted) {
    sorted = sortTerms(terms);
    sortedTerms.set(terms, sorted);
    occurrences.register(sorted.terms.map((t) => t.lower));
  }
  const found = occurrences.in(text);
  if (found.size === 0) return [];
  let taken: Uint8Array | null = null;
  const out: boolean[] = [];
  for (const k of presentRanks(sorted, found)) {
    const { lower: t, latin } = sorted.terms[k]!;
    for (const at of found.get(t)!) {
      taken ??= new Uint8Array(text.length);
      if (overlapsTaken(taken, at, at + t.length)) continue;
      // Latin terms (AI, EDA) must stand alone, not inside a longer word.
      if (latin && (/[a-z]/i.test(text[at - 1] ?? '') || /[a-z]/i.test(text[at + t.length] ?? ''))) continue;
      taken.fill(1, at, at + t.length);
      out.push(inEnumeration(text, at, at + t.length));
    }
  }
  return out;
}

/**
 * The places in `sorted.terms` of the entry's terms that occur, longest first. A term
 * repeated in another case adds nothing (its occurrences are already taken), so each
 * lower-cased term is visited once; whichever of the two lists is shorter is walked.
 */
function presentRanks(sorted: SortedTerms, found: Map<string, number[]>): number[] {
  const ranks: number[] = [];
  if (found.size < sorted.rank.size) {
    for (const t of found.keys()) {
      const k = sorted.rank.get(t);
      if (k !== undefined) ranks.push(k);
    }
    return ranks.sort((a, b) => a - b);
  }
  for (const [t, k] of sorted.rank) if (found.has(t)) ranks.push(k);
  return ranks.sort((a, b) => a - b);
}

function overlapsTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i] !== 0) return true;
  return false;
}

/** Whether the occurrence at [start, end) is one item of a list (X、Y、Z等). */
export function inEnumeration(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) === ENUMERATION_COMMA || (start > 0 && text.charCodeAt(start - 1) === ENUMERATION_COMMA)) return true;
  const before = text.slice(Math.max(0, start - 8), start);
  const after = text.slice(end, end + 8);
  // Most occurrences have no list mark nearby: no pattern can match then.
  if (!after.includes('等') && !before.includes('、') && !after.includes('、')) return false;
  return /^(?:等|和|及)/.test(after) && /[、]/.test(before + after) || /^[^，。；]{0,6}等(?:重点|未来|新兴|领域|产业|行业)/.test(after) && /[、]/.test(text.slice(Math.max(0, start - 30), start));
}

const ENUMERATION_COMMA = 0x3001; // 、

function relevanceScore(text: string): number {
  let score = 0;
  for (const { term, weight } of RELEVANCE_TERMS) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) score += weight;
  }
  return score;
}
