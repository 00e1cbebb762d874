// Tags articles with industries and topics from the shared taxonomies, and decides
// whether an article is on topic. An article carries a tag when it is substantially
// about it (headline, or repeated coverage), not when a term appears once in a list
// of examples (量子科技、人工智能、低空经济等未来产业).
import type { TaxonomyEntry } from '../../shared/taxonomy/industries';
import { INDUSTRIES } from '../../shared/taxonomy/industries';
import { TOPICS } from '../../shared/taxonomy/topics';
import { pairSlot } from '../unit-pairs';
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
  const relevance = relevanceScore(title ?? '', body);
  const length = (title ?? '').length + 1 + body.length;
  const relevantWords = relevance >= RELEVANCE_THRESHOLD.total || relevance >= (RELEVANCE_THRESHOLD.per100Chars * length) / 100;
  // Policy words alone are not enough without any theme the taxonomy knows.
  const onTopic = industryIds.length > 0 || (relevantWords && best > 0);
  // Every on-topic article gets at least its strongest theme.
  if (onTopic && topicIds.length === 0 && topics[0] && topics[0].score > 0) topicIds = [topics[0].id];
  return { industries: industryIds, topics: onTopic ? topicIds : [], onTopic };
}

const INDUSTRY_TERMS = new Map(INDUSTRIES.map((e) => [e.id, e.terms]));

/** Headline, lead, or repeated coverage in separate stretches (INDUSTRY_SUBJECT); never one anecdote. */
function isSubject(terms: readonly string[], title: string, paragraphs: string[]): boolean {
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

function scoreEntry(terms: readonly string[], title: string, body: string): number {
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

const sortedTerms = new WeakMap<readonly string[], SortedTerms>();

function sortTerms(terms: readonly string[]): SortedTerms {
  const sorted = [...terms].sort((a, b) => b.length - a.length).map((term) => ({ term, lower: term.toLowerCase(), latin: /^[a-z0-9]/i.test(term) }));
  const rank = new Map<string, number>();
  sorted.forEach((t, k) => { if (!rank.has(t.lower)) rank.set(t.lower, k); });
  return { terms: sorted, rank };
}

function sortedOnce(terms: readonly string[]): SortedTerms {
  let sorted = sortedTerms.get(terms);
  if (!sorted) {
    sorted = sortTerms(terms);
    sortedTerms.set(terms, sorted);
    occurrences.register(sorted);
  }
  return sorted;
}

interface TextScan {
  /** Each registered term found (lower-cased) → its positions, ascending, overlaps included (as indexOf finds them). */
  positions: Map<string, number[]>;
  /** Each registered list with a term found → the places in it of its terms found, ascending (longest first). */
  ranks: Map<SortedTerms, number[]>;
}

const NOTHING_FOUND: TextScan = { positions: new Map(), ranks: new Map() };

/**
 * Every registered term's occurrences in a text, from one pass over it: a text is scored
 * against every taxonomy entry (about thirty term lists), and a pass per term was the
 * pipeline's largest cost. Terms are looked up by their first code unit; each term found
 * is filed under the lists it belongs to in the same pass, so a list asks only for its own.
 */
const RECENT_TEXTS = 256;

class TermOccurrences {
  // Terms filed by their first two UTF-16 units (pairSlot): most positions of a text start no
  // term of two units or more, and one typed-array read says so. 0 = none, k = `byPair[k - 1]`.
  private readonly pairIndex = new Uint32Array(1 << 20);
  private readonly byPair: string[][] = [];
  // One-unit terms, by their unit.
  private readonly singles = new Uint8Array(65536);
  private readonly owners = new Map<string, { list: SortedTerms; rank: number }[]>();
  private readonly recent = new Map<string, TextScan>();

  register(list: SortedTerms): void {
    for (const [t, rank] of list.rank) {
      if (t.length === 0) continue;
      const owners = this.owners.get(t);
      if (owners) {
        owners.push({ list, rank });
        continue;
      }
      this.owners.set(t, [{ list, rank }]);
      if (t.length === 1) {
        this.singles[t.charCodeAt(0)] = 1;
        continue;
      }
      const slot = pairSlot(t, 0);
      if (this.pairIndex[slot] === 0) this.pairIndex[slot] = this.byPair.push([]);
      this.byPair[this.pairIndex[slot]! - 1]!.push(t);
    }
    this.recent.clear();
  }

  in(text: string): TextScan {
    let found = this.recent.get(text);
    if (found) return found;
    found = this.scan(text);
    // Each entry asks for the title, the body and each paragraph in turn: keep an article's worth.
    if (this.recent.size >= RECENT_TEXTS) this.recent.delete(this.recent.keys().next().value!);
    this.recent.set(text, found);
    return found;
  }

  private scan(text: string): TextScan {
    const lower = text.toLowerCase();
    const positions = new Map<string, number[]>();
    const found = (t: string, at: number): void => {
      const list = positions.get(t);
      if (list) list.push(at);
      else positions.set(t, [at]);
    };
    for (let at = 0; at < lower.length; at++) {
      if (this.singles[lower.charCodeAt(at)] === 1) found(lower[at]!, at);
      if (at + 1 >= lower.length) break;
      const k = this.pairIndex[pairSlot(lower, at)]!;
      if (k === 0) continue;
      for (const t of this.byPair[k - 1]!) if (lower.startsWith(t, at)) found(t, at);
    }
    return positions.size === 0 ? NOTHING_FOUND : { positions, ranks: this.ranksOf(positions) };
  }

  /** Each term found filed under the lists it belongs to, in each list's order. */
  private ranksOf(positions: Map<string, number[]>): Map<SortedTerms, number[]> {
    const ranks = new Map<SortedTerms, number[]>();
    for (const t of positions.keys()) {
      for (const { list, rank } of this.owners.get(t)!) {
        const of = ranks.get(list);
        if (of) of.push(rank);
        else ranks.set(list, [rank]);
      }
    }
    for (const of of ranks.values()) if (of.length > 1) of.sort((a, b) => a - b);
    return ranks;
  }
}

const occurrences = new TermOccurrences();

/**
 * Occurrences of any of the terms, longest first and without overlap (人形机器人 is not
 * also 机器人). Each occurrence reports whether it sits in an enumeration (X、Y、Z等).
 */
export function findTerms(text: string, terms: readonly string[]): boolean[] {
  // Each taxonomy entry scores the same text: its terms sorted once, the text scanned once for all entries.
  const sorted = sortedOnce(terms);
  const { positions, ranks } = occurrences.in(text);
  const present = ranks.get(sorted);
  if (!present) return [];
  const taken = new TakenSpans();
  const out: boolean[] = [];
  for (const k of present) {
    const { lower: t, latin } = sorted.terms[k]!;
    for (const at of positions.get(t)!) {
      if (taken.overlaps(at, at + t.length)) continue;
      // Latin terms (AI, EDA) must stand alone, not inside a longer word.
      if (latin && (/[a-z]/i.test(text[at - 1] ?? '') || /[a-z]/i.test(text[at + t.length] ?? ''))) continue;
      taken.add(at, at + t.length);
      out.push(inEnumeration(text, at, at + t.length));
    }
  }
  return out;
}

/**
 * The spans already taken by longer terms. Most lists find a handful of occurrences in a
 * text, so a short list of spans is cheaper than a byte per character of the text.
 */
class TakenSpans {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  overlaps(start: number, end: number): boolean {
    for (let k = 0; k < this.starts.length; k++) if (this.starts[k]! < end && start < this.ends[k]!) return true;
    return false;
  }

  add(start: number, end: number): void {
    this.starts.push(start);
    this.ends.push(end);
  }
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

const RELEVANCE_WORDS = RELEVANCE_TERMS.map((t) => t.term);
const RELEVANCE_WEIGHT = new Map(RELEVANCE_TERMS.map((t) => [t.term.toLowerCase(), t.weight]));

/**
 * The policy words' weight in the title and body: each word's occurrences without overlap
 * (as indexOf stepping past each finds them), from the scans tagging already made. No word
 * spans the line break between title and body, so the two add up.
 */
function relevanceScore(title: string, body: string): number {
  const sorted = sortedOnce(RELEVANCE_WORDS);
  let score = 0;
  for (const text of [title, body]) {
    const { positions, ranks } = occurrences.in(text);
    for (const k of ranks.get(sorted) ?? []) {
      const t = sorted.terms[k]!.lower;
      let next = 0;
      for (const at of positions.get(t)!) {
        if (at < next) continue;
        score += RELEVANCE_WEIGHT.get(t)!;
        next = at + t.length;
      }
    }
  }
  return score;
}
