// Parses an untrusted corpus document — the full form (articles with their text) or the
// split form (compact index + text chunks). The envelope must match the schema, while
// articles are checked one by one so a bad article is skipped, not fatal.
import { z } from 'zod';
import { articleMeta } from '../../shared/compact';
import { Article, ArticleMeta, claimedId, Corpus, CorpusIndexFields, NO_ROWS, rowsSomewhere, SCHEMA_VERSION, skipReason, type SourceFile } from '../../shared/schema';
import { CorpusLoadError } from './corpus-error';

export interface SkippedArticle {
  index: number;
  id: string | null;
  reason: string;
}

/** Where the article texts come from: chunk files to fetch, or already in hand. */
export type TextSource =
  | { kind: 'chunks'; files: string[]; searchFiles: (string | null)[] }
  | { kind: 'inline'; texts: ReadonlyMap<string, readonly string[]> }
  /** A team server's API holds the texts and answers searches. */
  | { kind: 'server'; api: string };

/** A corpus document parsed and checked, every row in hand. */
export interface ParsedCorpus {
  generatedAt: string;
  sources: SourceFile[];
  /** Everything but the text: what filters, facets, charts and lists work on. */
  articles: ArticleMeta[];
  skipped: SkippedArticle[];
  text: TextSource;
}

const FullEnvelope = Corpus.extend({ articles: z.array(z.unknown()) });
const IndexEnvelope = CorpusIndexFields.extend({ articles: z.array(z.unknown()).optional() }).refine(rowsSomewhere, NO_ROWS);
const RowChunkEnvelope = z.object({ schemaVersion: z.literal(SCHEMA_VERSION), chunk: z.number().int().nonnegative(), articles: z.array(z.unknown()) });

/** The first schema problem as a load error naming where it is. */
function notCorpus(origin: string, issues: readonly z.core.$ZodIssue[]): CorpusLoadError {
  const first = issues[0];
  const where = first?.path.length ? first.path.join('.') : 'the document';
  const why = first?.message ?? 'invalid';
  return new CorpusLoadError(`${origin} is not an SRDI corpus: ${where}: ${why}`, 'schema', { key: 'loadNotCorpus', vars: { origin, where, why } });
}

/** The envelope, checked before anything else is used; the articles stay unchecked values. */
function checkEnvelope(json: unknown, origin: string) {
  const split = typeof json === 'object' && json !== null && 'chunks' in json;
  const version = typeof json === 'object' && json !== null && 'schemaVersion' in json ? json.schemaVersion : undefined;
  // A corpus from another version of the pipeline: say which, and what to do, not which field differs.
  if (typeof version === 'number' && version !== SCHEMA_VERSION) {
    throw new CorpusLoadError(`${origin} was written in corpus format ${version}; this app reads format ${SCHEMA_VERSION}. Run npm run corpus again to rebuild it.`, 'schema', {
      key: 'loadOldFormat', vars: { origin, version, current: SCHEMA_VERSION },
    });
  }
  const parsed = split ? IndexEnvelope.safeParse(json) : FullEnvelope.safeParse(json);
  if (!parsed.success) throw notCorpus(origin, parsed.error.issues);
  const env: { articles?: unknown[]; generatedAt: string; sources: SourceFile[]; chunks?: { file: string; rows?: string; search?: string; articles: number; rowStarts?: number[] }[] } = parsed.data;
  return { split, env };
}

/** One row on its own (read out of its rows file by position): the row, or why it is not one. */
export function checkRow(raw: unknown): { ok: true; row: ArticleMeta } | { ok: false; reason: string } {
  const parsed = ArticleMeta.safeParse(raw);
  return parsed.success ? { ok: true, row: parsed.data } : { ok: false, reason: reasonOf(parsed.error.issues) };
}

const reasonOf = (issues: readonly z.core.$ZodIssue[]): string => `${issues[0]?.path.join('.') || 'article'}: ${issues[0]?.message ?? 'invalid'}`;

/** Articles parsed one by one, so a bad one is skipped with its reason, not fatal. */
class ArticleReader {
  private articles: ArticleMeta[] = [];
  private texts: [string, readonly string[]][] = [];
  private skipped: SkippedArticle[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly split: boolean, private readonly chunkCount: number) {}

  read(raw: unknown, index: number): void {
    const id = claimedId(raw);
    const parsed = this.split ? ArticleMeta.safeParse(raw) : Article.safeParse(raw);
    if (!parsed.success) {
      this.skipped.push({ index, id, reason: skipReason(parsed.error.issues) });
    } else if (this.seen.has(parsed.data.id)) {
      this.skipped.push({ index, id, reason: 'duplicate id' });
    } else if ('chunk' in parsed.data && parsed.data.chunk >= this.chunkCount) {
      this.skipped.push({ index, id, reason: `chunk ${parsed.data.chunk} is not in the index` });
    } else {
      this.seen.add(parsed.data.id);
      if ('paragraphs' in parsed.data) {
        this.articles.push(articleMeta(parsed.data, 0));
        this.texts.push([parsed.data.id, parsed.data.paragraphs]);
      } else {
        this.articles.push(parsed.data);
      }
    }
  }

  /** What was read since the last take (ids seen stay remembered, for duplicates across slices). */
  take(): CorpusSlice {
    const slice = { articles: this.articles, texts: this.texts, skipped: this.skipped };
    this.articles = [];
    this.texts = [];
    this.skipped = [];
    return slice;
  }
}

/** What the envelope says, before any article: the corpus as a whole and where its texts and rows are. */
export interface CorpusHead {
  generatedAt: string;
  sources: SourceFile[];
  /** The chunk files' URLs of a split corpus; null when the texts are inline. */
  chunkFiles: string[] | null;
  /** Each chunk's search part URL (null where the index names none); null when the texts are inline. */
  searchFiles: (string | null)[] | null;
  /** The rows files of a split corpus (name and URL), in order; null when the rows are inline. */
  rowFiles: { name: string; url: string }[] | null;
  /** How many articles the index says each chunk holds (split form); null for a full corpus. */
  chunkArticles: number[] | null;
}

/** Some consecutive articles, checked: the usable ones, the texts of a full corpus, and those skipped. */
export interface CorpusSlice {
  articles: ArticleMeta[];
  texts: [string, readonly string[]][];
  skipped: SkippedArticle[];
}

/** Articles checked per slice before the page gets the thread back (about 20–40 ms of work). */
export const ARTICLES_PER_SLICE = 2000;

/** A corpus being read: its head, the inline articles slice by slice, and a reader for each rows file, in order. */
export interface CorpusReading {
  head: CorpusHead;
  slices: Iterable<CorpusSlice>;
  /** A rows file's articles, checked as inline ones are (duplicates caught across files); its envelope must be a rows chunk. */
  rowChunk(json: unknown, name: string): CorpusSlice;
  /** Where each chunk's rows start in its rows file's text, where the index says. */
  rowStarts: (readonly number[] | null)[];
}

/**
 * The envelope checked at once (it throws before any article is used), then the articles
 * slice by slice: an index can be checked in a worker and handed over as it goes, or
 * here with the thread handed back between slices.
 */
export function corpusSlices(json: unknown, origin: string, resolve: (file: string) => string, size = ARTICLES_PER_SLICE): CorpusReading {
  const { split, env } = checkEnvelope(json, origin);
  const reader = new ArticleReader(split, env.chunks?.length ?? 1);
  const rowFiles = env.articles === undefined && env.chunks ? env.chunks.map((c) => ({ name: c.rows!, url: resolve(c.rows!) })) : null;
  const head: CorpusHead = {
    generatedAt: env.generatedAt, sources: env.sources, chunkFiles: env.chunks ? env.chunks.map((c) => resolve(c.file)) : null,
    searchFiles: env.chunks ? env.chunks.map((c) => (c.search ? resolve(c.search) : null)) : null, rowFiles, chunkArticles: env.chunks?.map((c) => c.articles) ?? null,
  };
  const inline = env.articles ?? [];
  let read = 0;
  function* slices(): Generator<CorpusSlice> {
    for (let at = 0; at < inline.length; at += size) {
      const end = Math.min(inline.length, at + size);
      for (let index = at; index < end; index++) reader.read(inline[index], index);
      read = end;
      yield reader.take();
    }
  }
  const rowChunk = (chunkJson: unknown, name: string): CorpusSlice => {
    const parsed = RowChunkEnvelope.safeParse(chunkJson);
    if (!parsed.success) throw notCorpus(name, parsed.error.issues);
    for (const raw of parsed.data.articles) reader.read(raw, read++);
    return reader.take();
  };
  return { head, slices: slices(), rowChunk, rowStarts: env.chunks?.map((c) => c.rowStarts ?? null) ?? [] };
}

/**
 * One rows file checked on its own (out of order, as the list asks for it): its articles
 * and those skipped, numbered within the file. Duplicates across files are not seen here;
 * the full pass in order (readRowFiles) sees them.
 */
export function checkRowChunk(json: unknown, name: string, chunkCount: number): CorpusSlice {
  const parsed = RowChunkEnvelope.safeParse(json);
  if (!parsed.success) throw notCorpus(name, parsed.error.issues);
  const reader = new ArticleReader(true, chunkCount);
  parsed.data.articles.forEach((raw, index) => reader.read(raw, index));
  return reader.take();
}

/**
 * Every rows file of a split index, in order: the next one is fetched while one is
 * read (`between` runs after each, to hand the thread back on the page).
 */
export async function readRowFiles(reading: CorpusReading, fetchFile: (url: string, name: string) => Promise<unknown>, between: () => Promise<void> = async () => undefined): Promise<CorpusSlice[]> {
  const files = reading.head.rowFiles ?? [];
  const out: CorpusSlice[] = [];
  let next = files[0] ? fetchFile(files[0].url, files[0].name) : null;
  for (let k = 0; k < files.length; k++) {
    const json = await next!;
    next = files[k + 1] ? fetchFile(files[k + 1]!.url, files[k + 1]!.name) : null;
    // A failed prefetch is reported when its turn comes, not as an unhandled rejection meanwhile.
    next?.catch(() => undefined);
    out.push(reading.rowChunk(json, files[k]!.name));
    await between();
  }
  return out;
}

/** The loaded corpus from its head and all its slices, in order. */
export function assembleCorpus(head: CorpusHead, slices: readonly CorpusSlice[]): ParsedCorpus {
  const articles: ArticleMeta[] = [];
  const skipped: SkippedArticle[] = [];
  const texts = new Map<string, readonly string[]>();
  for (const s of slices) {
    for (const a of s.articles) articles.push(a);
    for (const x of s.skipped) skipped.push(x);
    for (const [id, paragraphs] of s.texts) texts.set(id, paragraphs);
  }
  const text: TextSource = head.chunkFiles ? { kind: 'chunks', files: head.chunkFiles, searchFiles: head.searchFiles ?? [] } : { kind: 'inline', texts };
  return { generatedAt: head.generatedAt, sources: head.sources, articles, skipped, text };
}

/** An index whose rows are in files beside it, read where nothing can fetch them. */
const rowsElsewhere = (origin: string) => new CorpusLoadError(`${origin} keeps its articles in rows files beside it`, 'schema', { key: 'loadRowsElsewhere', vars: { origin } });

/** `resolve` turns a chunk file name into the URL to fetch (relative to the index). */
export function parseCorpus(json: unknown, origin: string, resolve: (file: string) => string = (f) => f): ParsedCorpus {
  const { head, slices } = corpusSlices(json, origin, resolve, Number.MAX_SAFE_INTEGER);
  // A document in hand cannot fetch its neighbours: an index whose rows are in files beside it says so.
  if (head.rowFiles) throw rowsElsewhere(origin);
  return assembleCorpus(head, [...slices]);
}

/**
 * The same parse in slices, handing the thread back between them (`yieldToPage`), so the
 * early facets stay clickable while 100,000 articles are checked (where no worker can).
 */
export async function parseCorpusInSlices(
  json: unknown, origin: string, resolve: (file: string) => string, yieldToPage: () => Promise<void>, fetchFile?: (url: string, name: string) => Promise<unknown>,
): Promise<ParsedCorpus> {
  const reading = corpusSlices(json, origin, resolve);
  const done: CorpusSlice[] = [];
  for (const slice of reading.slices) {
    if (done.length > 0) await yieldToPage();
    done.push(slice);
  }
  if (reading.head.rowFiles) {
    if (!fetchFile) throw rowsElsewhere(origin);
    done.push(...(await readRowFiles(reading, fetchFile, yieldToPage)));
  }
  return assembleCorpus(reading.head, done);
}
