// Parses an untrusted corpus document — the full form (articles with their text) or the
// split form (compact index + text chunks). The envelope must match the schema, while
// articles are checked one by one so a bad article is skipped, not fatal.
import { z } from 'zod';
import { articleMeta } from '../../shared/compact';
import { Article, ArticleMeta, Corpus, CorpusIndex, SCHEMA_VERSION, type SourceFile } from '../../shared/schema';
import type { FacetColumns } from '../../shared/facet-columns';
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

export interface LoadedCorpus {
  generatedAt: string;
  sources: SourceFile[];
  /** Everything but the text: what filters, facets, charts and lists work on. */
  articles: ArticleMeta[];
  skipped: SkippedArticle[];
  text: TextSource;
  /** The binary facet index's columns when it matched the index; null: build them from the articles. */
  facetColumns?: FacetColumns | null;
  /** Why a binary facet index beside the index was not used (the JSON index was). */
  facetFileProblem?: string | null;
}

const FullEnvelope = Corpus.extend({ articles: z.array(z.unknown()) });
const IndexEnvelope = CorpusIndex.extend({ articles: z.array(z.unknown()) });

/** `resolve` turns a chunk file name into the URL to fetch (relative to the index). */
export function parseCorpus(json: unknown, origin: string, resolve: (file: string) => string = (f) => f): LoadedCorpus {
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
  const env: { data: z.infer<typeof FullEnvelope> & { chunks?: { file: string }[] } } = parsed;
  const articles: ArticleMeta[] = [];
  const texts = new Map<string, readonly string[]>();
  const skipped: SkippedArticle[] = [];
  const seen = new Set<string>();
  const chunkCount = env.data.chunks?.length ?? 1;
  env.data.articles.forEach((raw, index) => {
    const id = typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? raw.id : null;
    const parsed = split ? ArticleMeta.safeParse(raw) : Article.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      skipped.push({ index, id, reason: `${issue?.path.join('.') || 'article'}: ${issue?.message ?? 'invalid'}` });
    } else if (seen.has(parsed.data.id)) {
      skipped.push({ index, id, reason: 'duplicate id' });
    } else if ('chunk' in parsed.data && parsed.data.chunk >= chunkCount) {
      skipped.push({ index, id, reason: `chunk ${parsed.data.chunk} is not in the index` });
    } else {
      seen.add(parsed.data.id);
      if ('paragraphs' in parsed.data) {
        articles.push(articleMeta(parsed.data, 0));
        texts.set(parsed.data.id, parsed.data.paragraphs);
      } else {
        articles.push(parsed.data);
      }
    }
  });
  const text: TextSource = env.data.chunks ? { kind: 'chunks', files: env.data.chunks.map((c) => resolve(c.file)) } : { kind: 'inline', texts };
  return { generatedAt: env.data.generatedAt, sources: env.data.sources, articles, skipped, text };
}
