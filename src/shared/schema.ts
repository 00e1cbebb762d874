// The one definition of the corpus format. The pipeline validates what it writes
// with it and the app parses what it reads with it, so both sides agree by construction.
import { z } from 'zod';

/** 2: figures carry kind, unit family, indicator key, baseline and evidence; articles carry places by role. */
export const SCHEMA_VERSION = 3;

const isoDay = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const isoMonth = /^\d{4}-(0[1-9]|1[0-2])$/;
const isoYear = /^\d{4}$/;

export const DatePrecision = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.infer<typeof DatePrecision>;

export const SourceRef = z.object({
  file: z.string().min(1),
  lineStart: z.number().int().positive(),
  lineEnd: z.number().int().positive(),
});
export type SourceRef = z.infer<typeof SourceRef>;

// Length limits are far above anything real news carries; they stop a hostile or broken
// file from putting a 10 MB "title" on screen.
const short = (max: number) => z.string().max(max, `longer than ${max} characters`);

/** A level (a stock or count), a change (增长/下降 by…), a share (占…%) or a target (到2027年达到…). */
export const FigureKind = z.enum(['level', 'change', 'share', 'target']);
export type FigureKind = z.infer<typeof FigureKind>;

/** Units grouped so that only like is compared: counts, money, percent, percentage points, multiples, physical units. */
export const UnitFamily = z.enum(['count', 'money', 'percent', 'points', 'multiple', 'physical']);
export type UnitFamily = z.infer<typeof UnitFamily>;

export const Figure = z.object({
  text: short(200).min(1),
  value: z.number().finite(),
  unit: short(40),
  unitFamily: UnitFamily,
  qualifier: short(20).nullable(),
  kind: FigureKind,
  /** What is counted, with its scope, in the article's words; null when the words give no sound phrase. */
  indicator: short(200).nullable(),
  /** The same measure in other articles' words lines up under one key (the figure tracker's series). */
  indicatorKey: short(200).nullable(),
  /** 从A增至B: the figure is B, A is where it started. */
  baseline: z.object({ text: short(200).min(1), value: z.number().finite(), qualifier: short(20).nullable() }).nullable(),
  /** The sentence the figure comes from. */
  evidence: short(400),
  paragraph: z.number().int().nonnegative(),
});
export type Figure = z.infer<typeof Figure>;

/**
 * Why a place is in an article: its subject (its policy, firms, projects), the venue of a
 * national or outside event merely held there (在京召开), the dateline it was filed from
 * (北京讯), or a mention in passing (a list of provinces).
 */
export const PlaceRole = z.enum(['subject', 'venue', 'dateline', 'mention']);
export type PlaceRole = z.infer<typeof PlaceRole>;

export const Place = z.object({
  province: short(50).min(1),
  city: short(50).nullable(),
  role: PlaceRole,
  /** The words around the occurrence that decided the role. */
  evidence: short(200),
});
export type Place = z.infer<typeof Place>;

export const CitedDocument = z.object({
  title: short(500).min(1),
  shortName: short(100).nullable(),
  period: short(40).nullable(),
});
export type CitedDocument = z.infer<typeof CitedDocument>;

const articleFields = {
  id: short(200).min(1),
  kind: z.enum(['article', 'brief']),
  title: short(1000).min(1).nullable(),
  byline: short(200).nullable(),
  signoff: short(200).nullable(),
  paragraphs: z.array(z.string()),
  body: z.string(),
  date: z.string().nullable(),
  datePrecision: DatePrecision.nullable(),
  dateEvidence: short(4000),
  outlet: short(200).nullable(),
  source: SourceRef,
  // Enrichment, from the entities and figures stages. regions and cities are the subject
  // places (what the facet, map and counts use); places holds every place with its role.
  regions: z.array(short(50)).max(100),
  cities: z.array(short(50)).max(500),
  places: z.array(Place).max(1000),
  industries: z.array(short(80)).max(100),
  topics: z.array(short(80)).max(100),
  figures: z.array(Figure),
  documents: z.array(CitedDocument),
  onTopic: z.boolean(),
};

/** The date must say exactly what its precision claims, and be a real calendar day. */
function checkDate(a: { date: string | null; datePrecision: DatePrecision | null }, ctx: z.RefinementCtx): void {
  const expected =
    a.datePrecision === 'day' ? isoDay : a.datePrecision === 'month' ? isoMonth : a.datePrecision === 'year' ? isoYear : null;
  if (expected === null ? a.date !== null : a.date === null || !expected.test(a.date)) {
    ctx.addIssue({ code: 'custom', path: ['date'], message: `date ${String(a.date)} does not match precision ${String(a.datePrecision)}` });
  }
  if (a.date !== null && a.datePrecision === 'day' && !isRealDay(a.date)) {
    ctx.addIssue({ code: 'custom', path: ['date'], message: `date ${a.date} is not a calendar day` });
  }
}

function checkSource(a: { source: SourceRef }, ctx: z.RefinementCtx): void {
  if (a.source.lineEnd < a.source.lineStart) {
    ctx.addIssue({ code: 'custom', path: ['source'], message: 'lineEnd is before lineStart' });
  }
}

export const Article = z
  .object(articleFields)
  .superRefine((a, ctx) => {
    checkDate(a, ctx);
    checkSource(a, ctx);
    if (a.body !== a.paragraphs.join('\n')) {
      ctx.addIssue({ code: 'custom', path: ['body'], message: 'body must be the paragraphs joined with \\n' });
    }
  });
export type Article = z.infer<typeof Article>;

export const SourceFile = z.object({
  file: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  encoding: z.string().nullable(),
  items: z.number().int().nonnegative(),
  warnings: z.array(z.string()),
});
export type SourceFile = z.infer<typeof SourceFile>;

export const Corpus = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedAt: z.string(),
  sources: z.array(SourceFile),
  articles: z.array(Article),
});
export type Corpus = z.infer<typeof Corpus>;

function isRealDay(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  // setUTCFullYear, not Date.UTC: Date.UTC turns years 0–99 into 1900–1999.
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Ascending byte offsets, checked in one loop (an index lists one per article: a million of them). */
function isOffsetList(x: unknown): x is number[] {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const v: unknown = x[i];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || (i > 0 && v <= (x[i - 1] as number))) return false;
  }
  return true;
}

// The split form for large corpora: a compact index the app loads first (every field
// but the text, plus a lead) and the texts in chunks it loads lazily, off the main thread.
const chunkFile = z.string().regex(/^[\w.-]+\.json$/, 'a plain file name next to the index');

const { paragraphs: _paragraphs, body: _body, ...metaFields } = articleFields;

export const ArticleMeta = z
  .object({
    ...metaFields,
    /** The opening words, for lists and briefs; the full text lives in the chunk. */
    lead: short(400),
    /** Which of the index's chunks holds the text. */
    chunk: z.number().int().nonnegative(),
  })
  .superRefine((a, ctx) => {
    checkDate(a, ctx);
    checkSource(a, ctx);
  });
export type ArticleMeta = z.infer<typeof ArticleMeta>;

/**
 * The index names each chunk's text file and, as the pipeline writes it, its rows file
 * (the chunk's articles without their text): an index of any size is then many small
 * documents, parsed as they arrive, never one string larger than a JavaScript engine
 * holds. An index may instead carry every row inline (`articles`), as earlier builds did.
 */
export const CorpusIndexFields = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedAt: z.string(),
  sources: z.array(SourceFile),
  chunks: z.array(z.object({
    file: chunkFile,
    rows: chunkFile.optional(),
    /** The chunk's search part (search forms and bigram postings, search-file.ts): the text workers merge these instead of indexing the texts. */
    search: z.string().regex(/^[\w.-]+\.bin$/, 'a plain .bin file name next to the index').optional(),
    articles: z.number().int().nonnegative(),
    /** The byte where each row starts in the rows file (UTF-8), and one past the last row's end and its separator: row k is bytes rowStarts[k] to rowStarts[k + 1] − 1. The list's rows are fetched alone (HTTP ranges), without whole files. */
    rowStarts: z.custom<number[]>(isOffsetList, 'a list of byte offsets').optional(),
  })),
  articles: z.array(ArticleMeta).optional(),
});
/** Where an index's rows are: inline, or a file per chunk. */
export const rowsSomewhere = (x: { articles?: unknown[]; chunks: { rows?: string }[] }): boolean => x.articles !== undefined || x.chunks.every((c) => c.rows !== undefined);
const NO_ROWS = { message: 'an index needs its articles inline or a rows file for every chunk', path: ['chunks'] };
export const CorpusIndex = CorpusIndexFields.refine(rowsSomewhere, NO_ROWS);
export type CorpusIndex = z.infer<typeof CorpusIndex>;

/** One chunk's rows: its articles as the index lists them (everything but the text). */
export { NO_ROWS };

export const RowChunk = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  chunk: z.number().int().nonnegative(),
  articles: z.array(ArticleMeta),
});
export type RowChunk = z.infer<typeof RowChunk>;

/**
 * One chunk's texts, each with the fields a search reads besides the text (title, outlet,
 * the cited documents' names): the text workers build their index from the chunks alone,
 * without waiting for the index's rows.
 */
export const ChunkText = z.object({
  id: short(200).min(1),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  documents: z.array(z.object({ title: z.string(), shortName: z.string().nullable() })),
  paragraphs: z.array(z.string()),
});
export type ChunkText = z.infer<typeof ChunkText>;

export const TextChunk = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  chunk: z.number().int().nonnegative(),
  texts: z.array(ChunkText),
});
export type TextChunk = z.infer<typeof TextChunk>;

// The binary facet index beside the split form: `facets.json` (this manifest) says where
// each typed array lies in `facets.bin` and holds the value dictionaries (facet-file.ts).
export const FACET_COLUMN_NAMES = ['region', 'city', 'wideRegion', 'wideCity', 'industry', 'topic', 'outlet', 'kind', 'document'] as const;

/**
 * Checked in one loop, not element by element through the schema: a million ids took
 * seconds that way on the page, before the first facet could be shown. (That they are
 * unique follows from the check against the rows, which are.)
 */
function isIdList(x: unknown): x is string[] {
  if (!Array.isArray(x)) return false;
  for (const id of x) if (typeof id !== 'string' || id.length === 0 || id.length > 200) return false;
  return true;
}

export const FacetArray = z.object({
  name: short(40).min(1),
  type: z.enum(['u8', 'u16', 'u32', 'i32']),
  /** Byte offset in facets.bin and length in elements. */
  offset: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
});
export type FacetArray = z.infer<typeof FacetArray>;

export const FacetManifest = z.object({
  kind: z.literal('srdi-facet-index'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  /** FNV-1a of facets.bin, 8 hex digits: a truncated or altered file is caught before use. */
  checksum: z.string().regex(/^[0-9a-f]{8}$/),
  values: z.object(Object.fromEntries(FACET_COLUMN_NAMES.map((c) => [c, z.array(short(500))])) as Record<(typeof FACET_COLUMN_NAMES)[number], z.ZodArray<z.ZodString>>),
  documentShortNames: z.array(short(100).nullable()),
  arrays: z.array(FacetArray).max(64),
});
export type FacetManifest = z.infer<typeof FacetManifest>;

/**
 * `ids.json` beside the facet index: the index's article ids in order, for the facet
 * index with this checksum. The app numbers the articles by them before any row is read;
 * a file of its own, so the facets do not wait for it (a million ids are 20 MB of JSON).
 */
export const ArticleIds = z.object({
  kind: z.literal('srdi-article-ids'),
  checksum: z.string().regex(/^[0-9a-f]{8}$/),
  ids: z.custom<string[]>(isIdList, 'a list of article ids (strings of 1 to 200 characters)'),
});
export type ArticleIds = z.infer<typeof ArticleIds>;

/** Why an article was skipped, from its first schema issue: the same words in the app's notice and the server's load report. */
export const skipReason = (issues: readonly z.core.$ZodIssue[]): string => `${issues[0]?.path.join('.') || 'article'}: ${issues[0]?.message ?? 'invalid'}`;

/** The id an unchecked article says it has, for a report that names what was skipped. */
export const claimedId = (raw: unknown): string | null => (typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? raw.id : null);
