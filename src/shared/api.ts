// The team server's answers, as both sides read them: the shapes its JSON API returns,
// parsed by the app's remote engine with these schemas (never trusted as typed).
import { z } from 'zod';
import { ArticleMeta, SourceFile } from './schema';
import { FACETS, Q_MAX, requestText, ResultSetSchema, SortSchema, type FacetId } from './result-set';

/** The most results one page carries. */
export const MAX_PAGE = 500;

/** One facet value's count: every bucket of every facet has this one shape. */
export const ApiBucket = z.object({ value: z.string(), count: z.number().int().nonnegative(), selected: z.boolean(), excluded: z.boolean() }).strict();
export type ApiBucket = z.infer<typeof ApiBucket>;

export const ApiGroupBucket = ApiBucket.extend({ provinces: z.array(z.string()) }).strict();
export type ApiGroupBucket = z.infer<typeof ApiGroupBucket>;

const facetShape = Object.fromEntries(FACETS.map((f) => [f, z.array(ApiBucket)])) as Record<FacetId, z.ZodArray<typeof ApiBucket>>;

/** A view: what the explorer shows for a result set — counts, one page of results, the date-range detail. */
export const ApiView = z.object({
  /** Articles in the corpus (what "of N" counts out of). */
  total: z.number().int().nonnegative(),
  /** Articles the set selects. */
  matched: z.number().int().nonnegative(),
  sort: z.enum(['relevance', 'newest', 'oldest']),
  facets: z.object(facetShape).strict(),
  groups: z.array(ApiGroupBucket),
  coarse: z.object({ year: z.number().int().nonnegative(), month: z.number().int().nonnegative() }).strict(),
  /**
   * What the timeline draws: the set as if no date range were set (the range is drawn on
   * it), by month for articles dated to a day or a month, by year for those dated only to
   * a year, and how many are undated.
   */
  timeline: z.object({
    months: z.array(z.object({ period: z.string(), count: z.number().int().positive() }).strict()),
    years: z.array(z.object({ year: z.number().int(), count: z.number().int().positive() }).strict()),
    undated: z.number().int().nonnegative(),
  }).strict(),
  /** The charts of the set: articles per province (in the view's place scope) and per outlet, and per industry × topic pair; most first, ties in code-unit order. */
  charts: z.object({
    regions: z.array(z.object({ key: z.string(), count: z.number().int().positive() }).strict()),
    outlets: z.array(z.object({ key: z.string(), count: z.number().int().positive() }).strict()),
    pairs: z.array(z.object({ industry: z.string(), topic: z.string(), count: z.number().int().positive() }).strict()),
  }).strict(),
  /** The page asked for: its first result's rank and its rows in display order. */
  offset: z.number().int().nonnegative(),
  results: z.array(ArticleMeta),
}).strict();
export type ApiView = z.infer<typeof ApiView>;


/** A view request: the result set, the order, and which page of results. */
export const ApiViewRequest = z.object({
  set: ResultSetSchema,
  sort: SortSchema,
  offset: z.number().int().nonnegative().max(10_000_000),
  limit: z.number().int().positive().max(MAX_PAGE),
}).strict();
export type ApiViewRequest = z.infer<typeof ApiViewRequest>;

/** A shared saved view as written: its name, who saved it, the view's URL state (a query string without "?") and its slide chart. */
export const ApiSavedViewInput = z.object({
  name: requestText(200).pipe(z.string().trim().min(1)),
  author: requestText(200).pipe(z.string().trim().min(1)),
  search: requestText(4000),
  chart: z.enum(['timeline', 'map', 'industries', 'topics']),
}).strict();
export type ApiSavedViewInput = z.infer<typeof ApiSavedViewInput>;

export const ApiSavedView = ApiSavedViewInput.extend({ id: z.string(), createdAt: z.string(), updatedAt: z.string() }).strict();
export type ApiSavedView = z.infer<typeof ApiSavedView>;

/** What the server tells the app beside index.html (config.json): which engine to use, and the link base for copied links. */
export const ApiConfig = z.object({ mode: z.literal('remote'), api: z.string(), publicUrl: z.string().nullable(), readToken: z.boolean() }).strict();
export type ApiConfig = z.infer<typeof ApiConfig>;

/** An error answer: a code the app can act on and a message naming what was wrong. */
export interface ApiError { error: string; message: string }

/** The corpus as a whole: its size, when it was built, from which pages, and what its last load skipped and why. */
export const ApiCorpusInfo = z.object({
  total: z.number().int().nonnegative(),
  generatedAt: z.string(),
  sources: z.array(SourceFile),
  skipped: z.array(z.object({ index: z.number().int().nonnegative(), id: z.string().nullable(), reason: z.string() }).strict()),
}).strict();
export type ApiCorpusInfo = z.infer<typeof ApiCorpusInfo>;

/** The most rows one request may ask for (the app asks for 5,000 at most). */
export const MAX_ROWS = 5000;

export const ApiRowsRequest = z.object({ positions: z.array(z.number().int().nonnegative()).max(MAX_ROWS) }).strict();
export const ApiRows = z.object({ rows: z.array(ArticleMeta) }).strict();

export const ApiSearchRequest = z.object({ q: requestText(Q_MAX) }).strict();
/** A query's matches over the whole corpus, by article number, ascending, with their relevance. */
export const ApiSearchHits = z.object({ positions: z.array(z.number().int().nonnegative()), scores: z.array(z.number()) }).strict();
export type ApiSearchHits = z.infer<typeof ApiSearchHits>;

/** An article's text. */
export const ApiText = z.object({ id: z.string(), paragraphs: z.array(z.string()) }).strict();
export type ApiText = z.infer<typeof ApiText>;

/** The most texts one request may ask for (an export asks in batches of this many). */
export const MAX_TEXTS = 500;
export const ApiTextsRequest = z.object({ positions: z.array(z.number().int().nonnegative()).max(MAX_TEXTS) }).strict();
export const ApiTexts = z.object({ texts: z.array(ApiText) }).strict();

/** The most articles one export carries (a bigger set is refused with its size, not cut short). */
export const MAX_EXPORT = 10_000;

export const ApiExportRequest = z.object({ set: ResultSetSchema, sort: SortSchema }).strict();

// The Terms tab's analyses, answered by the server with the app's own code (src/shared/terms/).

const Position = z.number().int().nonnegative();

/**
 * Articles one concordance request names: the app sends its result set in parts of this
 * many (in result order, from `firstRank`) and merges the answers as it merges its own
 * text shards'. 4,000 seven-digit numbers stay well under a request's 64 KB.
 */
export const MAX_KWIC_ARTICLES = 4000;
/** The most lines one concordance answer carries (the app's export of a concordance asks for this many). */
export const MAX_KWIC_LINES = 100_000;

export const ApiConcordanceRequest = z.object({
  positions: z.array(Position).max(MAX_KWIC_ARTICLES),
  firstRank: Position,
  q: requestText(Q_MAX),
  sort: z.enum(['order', 'left', 'right']),
  limit: z.number().int().nonnegative().max(MAX_KWIC_LINES),
}).strict();
export type ApiConcordanceRequest = z.infer<typeof ApiConcordanceRequest>;

const KwicLine = z.object({
  paragraph: z.number().int().nonnegative(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative(),
  left: z.string(), match: z.string(), right: z.string(), number: Position, id: z.string(), rank: Position,
}).strict();
export const ApiConcordance = z.object({ total: z.number().int().nonnegative(), articles: z.number().int().nonnegative(), lines: z.array(KwicLine) }).strict();

/** Terms one trend request may ask about (the Terms tab charts at most five). */
export const MAX_TREND_QUERIES = 8;
export const ApiTermHitsRequest = z.object({ terms: z.array(requestText(Q_MAX)).min(1).max(MAX_TREND_QUERIES) }).strict();
export const ApiTermHits = z.object({ series: z.array(z.object({ term: z.string(), docs: z.array(Position), counts: z.array(z.number().int().nonnegative()) }).strict()) }).strict();

/** Articles one side of a distinctive-terms sample may name (the app reads a set and its rest through at most this many each). */
export const MAX_SAMPLE = 1000;
export const ApiTermCountsRequest = z.object({ set: z.array(Position).max(MAX_SAMPLE), rest: z.array(Position).max(MAX_SAMPLE) }).strict();
export const ApiTermCounts = z.object({
  terms: z.array(z.string()), set: z.array(z.number().int().nonnegative()), rest: z.array(z.number().int().nonnegative()),
  setTotal: z.number().int().nonnegative(), restTotal: z.number().int().nonnegative(),
}).strict();
export type ApiTermCounts = z.infer<typeof ApiTermCounts>;
