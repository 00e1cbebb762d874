// Parses an untrusted corpus document — the full form (articles with their text) or the
// split form (compact index + text chunks). The envelope must match the schema, while
// articles are checked one by one so a bad article is skipped, not fatal.
import { z } from 'zod';
import { articleMeta } from '../../shared/compact';
import { Article, ArticleMeta, Corpus, CorpusIndex, SCHEMA_VERSION, type SourceFile } from '../../shared/schema';
import { CorpusLoadError } from './corpus-error';

export interface SkippedArticle {
  index: number;
  id: string | null;
  reason: string;
}

/** Where the article texts come from: chunk files to fetch, or already in hand. */
export type TextSource =
  | { kind: 'chunks'; files: string[] }
  | { kind: 'inline'; texts: ReadonlyMap<string, readonly string[]> };

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
const IndexEnvelope = CorpusIndex.extend({ articles: z.array(z.unknown()) });

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
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? first.path.join('.') : 'the document';
    const why = first?.message ?? 'invalid';
    throw new CorpusLoadError(`${origin} is not an SRDI corpus: ${where}: ${why}`, 'schema', { key: 'loadNotCorpus', vars: { origin, where, why } });
  }
  const env: z.infer<typeof FullEnvelope> & { chunks?: { file: string }[] } = parsed.data;
  return { split, env };
}

/** Articles parsed one by one, so a bad one is skipped with its reason, not fatal. */
class ArticleReader {
  private articles: ArticleMeta[] = [];
  private texts: [string, readonly string[]][] = [];
  private skipped: SkippedArticle[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly split: boolean, private readonly chunkCount: number) {}

  read(raw: unknown, index: number): void {
    const id = typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? raw.id : null;
    const parsed = this.split ? ArticleMeta.safeParse(raw) : Article.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      this.skipped.push({ index, id, reason: `${issue?.path.join('.') || 'article'}: ${issue?.message ?? 'invalid'}` });
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

/** What the envelope says, before any article: the corpus as a whole and where its texts are. */
export interface CorpusHead {
  generatedAt: string;
  sources: SourceFile[];
  /** The chunk files' URLs of a split corpus; null when the texts are inline. */
  chunkFiles: string[] | null;
}

/** Some consecutive articles, checked: the usable ones, the texts of a full corpus, and those skipped. */
export interface CorpusSlice {
  articles: ArticleMeta[];
  texts: [string, readonly string[]][];
  skipped: SkippedArticle[];
}

/** Articles checked per slice before the page gets the thread back (about 20–40 ms of work). */
export const ARTICLES_PER_SLICE = 2000;

/**
 * The envelope checked at once (it throws before any article is used), then the articles
 * slice by slice: an index can be checked in a worker and handed over as it goes, or
 * here with the thread handed back between slices.
 */
export function corpusSlices(json: unknown, origin: string, resolve: (file: string) => string, size = ARTICLES_PER_SLICE): { head: CorpusHead; slices: Iterable<CorpusSlice> } {
  const { split, env } = checkEnvelope(json, origin);
  const reader = new ArticleReader(split, env.chunks?.length ?? 1);
  const head: CorpusHead = { generatedAt: env.generatedAt, sources: env.sources, chunkFiles: env.chunks ? env.chunks.map((c) => resolve(c.file)) : null };
  function* slices(): Generator<CorpusSlice> {
    for (let at = 0; at < env.articles.length; at += size) {
      const end = Math.min(env.articles.length, at + size);
      for (let index = at; index < end; index++) reader.read(env.articles[index], index);
      yield reader.take();
    }
  }
  return { head, slices: slices() };
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
  const text: TextSource = head.chunkFiles ? { kind: 'chunks', files: head.chunkFiles } : { kind: 'inline', texts };
  return { generatedAt: head.generatedAt, sources: head.sources, articles, skipped, text };
}

/** `resolve` turns a chunk file name into the URL to fetch (relative to the index). */
export function parseCorpus(json: unknown, origin: string, resolve: (file: string) => string = (f) => f): ParsedCorpus {
  const { head, slices } = corpusSlices(json, origin, resolve, Number.MAX_SAFE_INTEGER);
  return assembleCorpus(head, [...slices]);
}

/**
 * The same parse in slices, handing the thread back between them (`yieldToPage`), so the
 * early facets stay clickable while 100,000 articles are checked (where no worker can).
 */
export async function parseCorpusInSlices(json: unknown, origin: string, resolve: (file: string) => string, yieldToPage: () => Promise<void>): Promise<ParsedCorpus> {
  const { head, slices } = corpusSlices(json, origin, resolve);
  const done: CorpusSlice[] = [];
  for (const slice of slices) {
    if (done.length > 0) await yieldToPage();
    done.push(slice);
  }
  return assembleCorpus(head, done);
}
