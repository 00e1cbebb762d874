// Tags articles with industries and topics from the shared taxonomies, and decides
// whether an article is on topic. An article carries a tag when it is substantially
// about it (headline, or repeated coverage), not when a term appears once in a list
// of examples (量子科技、人工智能、低空经济等未来产业).
import type { TaxonomyEntry } from '../../shared/taxonomy/industries';
import { INDUSTRIES } from '../../shared/taxonomy/industries';
import { TOPICS } from '../../shared/taxonomy/topics';
import { INDUSTRY_SUBJECT, RELEVANCE_TERMS, RELEVANCE_THRESHOLD, TAG_WEIGHTS } from '../knowledge/relevance';
import { occurrencesIn, scanText, scannedLines, termList, termsIn, type ScannedText, type TermList } from './term-scan';

export interface Classification {
  industries: string[];
  topics: string[];
  onTopic: boolean;
}

export interface ScoredTag {
  id: string;
  score: number;
}

const RELEVANCE_WORDS = termList(RELEVANCE_TERMS.map((t) => t.term));
const RELEVANCE_WEIGHT = new Map(RELEVANCE_TERMS.map((t) => [t.term.toLowerCase(), t.weight]));
// Every list registered before any text is scanned: a scan finds the terms of the lists known then.
const LISTS = new Map<readonly string[], TermList>([...INDUSTRIES, ...TOPICS].map((e) => [e.terms, termList(e.terms)]));
const listOf = (terms: readonly string[]): TermList => LISTS.get(terms) ?? termList(terms);

export function classifyArticle(title: string | null, body: string): Classification {
  const titleScan = scanText(title ?? '');
  const bodyScan = scanText(body);
  const industries = scoreTags(INDUSTRIES, titleScan, bodyScan);
  const topics = scoreTags(TOPICS, titleScan, bodyScan);
  let paragraphs: ScannedText[] | null = null;
  const industryIds = industries
    .filter((t) => t.score >= TAG_WEIGHTS.industryThreshold && isSubject(listOf(INDUSTRY_TERMS.get(t.id)!), titleScan, (paragraphs ??= scannedLines(bodyScan))))
    .map((t) => t.id);
  const best = topics[0]?.score ?? 0;
  let topicIds = topics
    .filter((t) => t.score >= TAG_WEIGHTS.topicThreshold && t.score >= best * TAG_WEIGHTS.topicShareOfBest)
    .map((t) => t.id);
  const relevance = relevanceScore(titleScan) + relevanceScore(bodyScan);
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
function isSubject(list: TermList, title: ScannedText, paragraphs: ScannedText[]): boolean {
  if (termsIn(title, list).length > 0) return true;
  const named = paragraphs.map((p) => termsIn(p, list).some((inList) => !inList));
  let lead = 0;
  for (let k = 0; k < paragraphs.length && lead < INDUSTRY_SUBJECT.leadChars; k++) {
    if (named[k]) return true;
    lead += paragraphs[k]!.text.length;
  }
  const hits = named.filter(Boolean).length;
  const stretches = named.filter((x, k) => x && !named[k - 1]).length;
  return stretches >= INDUSTRY_SUBJECT.stretches && hits >= INDUSTRY_SUBJECT.shareOfParagraphs * paragraphs.length;
}

/** Scores every entry of a taxonomy against an article's scanned title and body, best first. */
export function scoreTags(taxonomy: readonly TaxonomyEntry[], title: ScannedText, body: ScannedText): ScoredTag[] {
  return taxonomy
    .map((entry) => ({ id: entry.id, score: scoreEntry(listOf(entry.terms), title, body) }))
    .sort((a, b) => b.score - a.score);
}

function scoreEntry(list: TermList, title: ScannedText, body: ScannedText): number {
  let score = 0;
  score += termsIn(title, list).length * TAG_WEIGHTS.title;
  for (const inList of termsIn(body, list)) score += inList ? TAG_WEIGHTS.inList : TAG_WEIGHTS.mention;
  return score;
}

/**
 * The policy words' weight in a text: each word's occurrences without overlap (as indexOf
 * stepping past each finds them). No word spans the line break between title and body, so
 * the two add up.
 */
function relevanceScore(scanned: ScannedText): number {
  let score = 0;
  for (const [t, positions] of occurrencesIn(scanned, RELEVANCE_WORDS)) {
    let next = 0;
    for (const at of positions) {
      if (at < next) continue;
      score += RELEVANCE_WEIGHT.get(t)!;
      next = at + t.length;
    }
  }
  return score;
}
