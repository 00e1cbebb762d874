// From a full corpus to its split form (compact index + text chunks). The pipeline writes
// the split form; the app derives the same metadata when it opens a full corpus file.
import { buildFacetColumns } from './facet-columns';
import { encodeFacetFile, FACET_BINARY_FILE, FACET_MANIFEST_FILE } from './facet-file';
import type { Article, ArticleMeta, Corpus, CorpusIndex, TextChunk } from './schema';

export const ARTICLES_PER_CHUNK = 2000;
const LEAD_CHARS = 160;

/** The opening of the first real paragraph, without a news-agency dateline. */
export function leadOf(paragraphs: readonly string[]): string {
  const first = (paragraphs.find((p) => p.length > 20) ?? paragraphs[0] ?? '').replace(/^\S{0,16}(电|讯)\s*/, '');
  return first.length > LEAD_CHARS ? `${first.slice(0, LEAD_CHARS)}…` : first;
}

export function articleMeta(a: Article, chunk: number): ArticleMeta {
  const { paragraphs, body: _body, ...meta } = a;
  return { ...meta, lead: leadOf(paragraphs), chunk };
}

export const chunkFileName = (k: number): string => `text-${String(k).padStart(4, '0')}.json`;

export function splitCorpus(corpus: Corpus, perChunk = ARTICLES_PER_CHUNK): { index: CorpusIndex; chunks: TextChunk[] } {
  const chunks: TextChunk[] = [];
  for (let at = 0; at < corpus.articles.length; at += perChunk) {
    chunks.push({ schemaVersion: corpus.schemaVersion, chunk: chunks.length, texts: corpus.articles.slice(at, at + perChunk).map((a) => ({ id: a.id, paragraphs: a.paragraphs })) });
  }
  return {
    index: {
      schemaVersion: corpus.schemaVersion,
      generatedAt: corpus.generatedAt,
      sources: corpus.sources,
      chunks: chunks.map((c) => ({ file: chunkFileName(c.chunk), articles: c.texts.length })),
      articles: corpus.articles.map((a, i) => articleMeta(a, Math.floor(i / perChunk))),
    },
    chunks,
  };
}

/** The full article again, from its metadata and its text. */
export function fullArticle(meta: ArticleMeta, paragraphs: readonly string[]): Article {
  const { lead: _lead, chunk: _chunk, ...rest } = meta;
  return { ...rest, paragraphs: [...paragraphs], body: paragraphs.join('\n') };
}

/** The split form as files, as the pipeline writes it: `index.json`, the chunks and the binary facet index. */
export function splitCorpusFiles(corpus: Corpus, perChunk = ARTICLES_PER_CHUNK): { name: string; body: string | Uint8Array }[] {
  const { index, chunks } = splitCorpus(corpus, perChunk);
  const facets = encodeFacetFile(buildFacetColumns(index.articles), index.articles[0]?.id ?? null, index.articles.at(-1)?.id ?? null);
  return [
    ...chunks.map((c) => ({ name: chunkFileName(c.chunk), body: JSON.stringify(c) })),
    { name: 'index.json', body: JSON.stringify(index) },
    { name: FACET_MANIFEST_FILE, body: JSON.stringify(facets.manifest) },
    { name: FACET_BINARY_FILE, body: facets.bytes },
  ];
}
