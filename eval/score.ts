// Scores a corpus against a hand annotation, exactly as ../shared/dev-pages/README.md
// defines it, so our numbers and the annotators' agree. Pure: give it the articles of
// the annotated pages and the gold; it returns per-page and overall scores.
import type { Article } from '../src/shared/schema';

export interface GoldItem {
  seed: string;
  kind: 'article' | 'brief';
  title: string | null;
  startsWith: string;
  endsWith: string;
  date: string | null;
  datePrecision: string | null;
  dateEvidence?: string;
  outlet: string | null;
  provinces: string[];
  cities?: string[];
  industries: string[];
  onTopic: boolean;
}

export interface Gold {
  articles: GoldItem[];
  noise: string[];
  brokenJoins: { joined: string; displaced: boolean }[];
}

/** Industries the three named ids are scored on alone, as the annotation asks. */
export const NAMED_INDUSTRIES = ['low-altitude-economy', 'humanoid-robots', 'chips'] as const;

/** Our taxonomy ids where the annotation's vocabulary names the same industry differently. */
export const TO_GOLD_INDUSTRY: Readonly<Record<string, string>> = { vehicles: 'new-energy-vehicles' };

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  gold: number;
  output: number;
  recallHits: number;
  precisionHits: number;
  merged: number;
  noise: number;
  noiseLeaked: number;
  joins: number;
  joinsRepaired: number;
  displacedJoins: number;
  displacedRepaired: number;
  /** Gold items owned by exactly one article: the base of the per-item scores. */
  matched: number;
  datesRight: number;
  provinces: Counts;
  namedIndustries: Counts;
  allIndustries: Counts;
  onTopicRight: number;
}

export interface ItemReport {
  gold: GoldItem;
  owners: string[];
  article: Article | null;
  dateRight: boolean;
  provinces: string[];
  industries: string[];
}

export interface PageReport {
  file: string;
  scores: Scores;
  items: ItemReport[];
  /** Output articles that own no gold item (chrome blocks, fragments) or several (merged). */
  extra: Article[];
  mergedArticles: Article[];
  leaked: string[];
  missedJoins: string[];
}

export const squash = (s: string): string => s.replace(/[\s\u3000]+/g, '');
const articleText = (a: Article): string => squash(`${a.title ?? ''}${a.body}`);

export function emptyScores(): Scores {
  const c = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  return {
    gold: 0, output: 0, recallHits: 0, precisionHits: 0, merged: 0, noise: 0, noiseLeaked: 0, joins: 0, joinsRepaired: 0,
    displacedJoins: 0, displacedRepaired: 0, matched: 0, datesRight: 0, provinces: c(), namedIndustries: c(), allIndustries: c(), onTopicRight: 0,
  };
}

/** The provinces an article reports: its regions, plus subject, venue and dateline places once articles carry roles. */
export function articleProvinces(a: Article): string[] {
  const places = (a as Article & { places?: { province: string | null; role: string }[] }).places ?? [];
  const fromPlaces = places.filter((p) => p.role !== 'mention' && p.province).map((p) => p.province!);
  return [...new Set([...a.regions, ...fromPlaces].map(stripSuffix))];
}

const stripSuffix = (p: string): string => p.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, '');

function addF1(c: Counts, got: readonly string[], want: readonly string[]): void {
  const g = new Set(got);
  const w = new Set(want);
  for (const x of g) {
    if (w.has(x)) c.tp++;
    else c.fp++;
  }
  for (const x of w) if (!g.has(x)) c.fn++;
}

/** Scores one annotated page: its articles against its gold items, noise lines and joins. */
export function scorePage(file: string, articles: Article[], gold: Gold): PageReport {
  const items = gold.articles.filter((g) => g.seed === file);
  const s = emptyScores();
  s.gold = items.length;
  s.output = articles.length;
  const texts = articles.map(articleText);
  const owns = (k: number, g: GoldItem): boolean => texts[k]!.includes(squash(g.startsWith)) && texts[k]!.includes(squash(g.endsWith));
  const owned = articles.map((_, k) => items.filter((g) => owns(k, g)).length);
  s.precisionHits = owned.filter((n) => n === 1).length;
  s.merged = owned.filter((n) => n >= 2).length;
  const reports = items.map((g) => itemReport(g, articles, owns, s));
  return {
    file, scores: s, items: reports,
    extra: articles.filter((_, k) => owned[k] === 0),
    mergedArticles: articles.filter((_, k) => owned[k]! >= 2),
    leaked: [], missedJoins: [],
  };
}

function itemReport(g: GoldItem, articles: Article[], owns: (k: number, g: GoldItem) => boolean, s: Scores): ItemReport {
  const owners = articles.map((_, k) => k).filter((k) => owns(k, g));
  const article = owners.length === 1 ? articles[owners[0]!]! : null;
  const report: ItemReport = { gold: g, owners: owners.map((k) => articles[k]!.id), article, dateRight: false, provinces: [], industries: [] };
  if (!article) return report;
  s.recallHits++;
  s.matched++;
  report.dateRight = article.date === g.date;
  if (report.dateRight) s.datesRight++;
  report.provinces = articleProvinces(article);
  addF1(s.provinces, report.provinces, g.provinces.map(stripSuffix));
  report.industries = article.industries.map((i) => TO_GOLD_INDUSTRY[i] ?? i);
  const named = (ids: string[]) => ids.filter((i) => (NAMED_INDUSTRIES as readonly string[]).includes(i));
  addF1(s.namedIndustries, named(report.industries), named(g.industries));
  addF1(s.allIndustries, report.industries, g.industries);
  if (article.onTopic === g.onTopic) s.onTopicRight++;
  return report;
}

/**
 * Noise lines and joins are scored over the whole corpus of annotated pages, as the rules
 * say; each is reported under the page whose text holds it.
 */
export function scoreCorpusWide(pages: PageReport[], articles: Article[], gold: Gold, pageTexts: ReadonlyMap<string, string>): void {
  const texts = articles.map(articleText);
  const raw = articles.map((a) => `${a.title ?? ''}\n${a.body}`);
  const squashedPages = [...pageTexts].map(([file, text]) => [file, squash(text)] as const);
  const home = (line: string): PageReport | undefined => {
    const file = squashedPages.find(([, text]) => text.includes(squash(line)))?.[0];
    return pages.find((p) => p.file === file) ?? pages[0];
  };
  for (const n of gold.noise) {
    const page = home(n);
    if (!page) continue;
    page.scores.noise++;
    if (texts.some((t) => t.includes(squash(n)))) {
      page.scores.noiseLeaked++;
      page.leaked.push(n);
    }
  }
  for (const j of gold.brokenJoins) {
    const page = home(j.joined);
    if (!page) continue;
    const ok = raw.some((t) => t.includes(j.joined));
    if (j.displaced) {
      page.scores.displacedJoins++;
      if (ok) page.scores.displacedRepaired++;
    } else {
      page.scores.joins++;
      if (ok) page.scores.joinsRepaired++;
      else page.missedJoins.push(j.joined);
    }
  }
}

export function sumScores(all: readonly Scores[]): Scores {
  const out = emptyScores();
  for (const s of all) {
    for (const k of Object.keys(out) as (keyof Scores)[]) {
      const v = s[k];
      const o = out[k];
      if (typeof v === 'number' && typeof o === 'number') (out[k] as number) = o + v;
      else if (typeof v === 'object' && typeof o === 'object') for (const c of ['tp', 'fp', 'fn'] as const) o[c] += v[c];
    }
  }
  return out;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
const f1 = (c: Counts): number | null => {
  const p = ratio(c.tp, c.tp + c.fp);
  const r = ratio(c.tp, c.tp + c.fn);
  if (p === null && r === null) return null;
  if (!p || !r) return 0;
  return (2 * p * r) / (p + r);
};

export interface Summary {
  segmentation: { precision: number | null; recall: number | null; f1: number | null; merged: number };
  chromeLeaks: { leaked: number; of: number; share: number | null };
  joins: { repaired: number; of: number; share: number | null; displacedRepaired: number; displaced: number };
  dates: { right: number; of: number; accuracy: number | null };
  provinceF1: number | null;
  namedIndustryF1: number | null;
  industryF1: number | null;
  onTopic: { right: number; of: number; accuracy: number | null };
}

export function summarize(s: Scores): Summary {
  const precision = ratio(s.precisionHits, s.output);
  const recall = ratio(s.recallHits, s.gold);
  const segF1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    segmentation: { precision, recall, f1: segF1, merged: s.merged },
    chromeLeaks: { leaked: s.noiseLeaked, of: s.noise, share: ratio(s.noiseLeaked, s.noise) },
    joins: { repaired: s.joinsRepaired, of: s.joins, share: ratio(s.joinsRepaired, s.joins), displacedRepaired: s.displacedRepaired, displaced: s.displacedJoins },
    dates: { right: s.datesRight, of: s.matched, accuracy: ratio(s.datesRight, s.matched) },
    provinceF1: f1(s.provinces),
    namedIndustryF1: f1(s.namedIndustries),
    industryF1: f1(s.allIndustries),
    onTopic: { right: s.onTopicRight, of: s.matched, accuracy: ratio(s.onTopicRight, s.matched) },
  };
}

/** Merges annotation files (one per annotator) into one gold. */
export function mergeGold(golds: readonly Gold[]): Gold {
  return { articles: golds.flatMap((g) => g.articles), noise: golds.flatMap((g) => g.noise), brokenJoins: golds.flatMap((g) => g.brokenJoins) };
}
