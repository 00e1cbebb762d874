// From a full corpus to its split form (compact index + text chunks). The pipeline writes
// the split form; the app derives the same metadata when it opens a full corpus file.
import { buildFacetColumns } from './facet-columns';
import { ARTICLE_IDS_FILE, encodeFacetFile, FACET_BINARY_FILE, FACET_MANIFEST_FILE } from './facet-file';
import { buildSearchIndex } from './search/search';
import { encodeSearchFile } from './search/search-file';
import { buildSearchPart } from './search/search-part';
import type { Article, ArticleMeta, ChunkText, Corpus, CorpusIndex, TextChunk } from './schema';

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

/** An article's entry in its text chunk: the text and what a search reads besides. */
export const chunkText = (a: Article): ChunkText => ({
  id: a.id, title: a.title, outlet: a.outlet, documents: a.documents.map((d) => ({ title: d.title, shortName: d.shortName })), paragraphs: a.paragraphs,
});

export const chunkFileName = (k: number): string => `text-${String(k).padStart(4, '0')}.json`;
/** Chunk k's rows: its articles without their text. */
export const rowsFileName = (k: number): string => `rows-${String(k).padStart(4, '0')}.json`;
/** Chunk k's search part (search-file.ts). */
export const searchFileName = (k: number): string => `search-${String(k).padStart(4, '0')}.bin`;

/** A chunk's search part file, from its texts as the chunk lists them. */
export const searchFileOf = (texts: readonly ChunkText[]): Uint8Array =>
  encodeSearchFile(buildSearchPart(buildSearchIndex(texts.map((t) => ({ id: t.id, title: t.title, body: t.paragraphs.join('\n'), outlet: t.outlet, documents: t.documents })))));

/** A rows file's text up to its first row; rows follow, comma-separated, then ROWS_FILE_END. */
export const rowsFileHead = (schemaVersion: number, k: number): string => `{"schemaVersion":${schemaVersion},"chunk":${k},"articles":[`;
export const ROWS_FILE_END = ']}';

/** How many bytes a string takes in UTF-8 (a lone surrogate as the 3-byte replacement character, as TextEncoder writes it). */
export function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: two units, four bytes.
      n += 2;
      i++;
    } else n += 2;
  }
  return n;
}

/** A rows file's text and the byte where each row starts in it (and one past the last row's end plus its separator), as the index lists them. */
export function rowsFileText(schemaVersion: number, k: number, rows: readonly string[]): { text: string; rowStarts: number[] } {
  const head = rowsFileHead(schemaVersion, k);
  const rowStarts = [utf8Length(head)];
  for (const r of rows) rowStarts.push(rowStarts.at(-1)! + utf8Length(r) + 1);
  return { text: `${head}${rows.join(',')}${ROWS_FILE_END}`, rowStarts };
}

/** The split form with every row inline in the index (as earlier builds wrote it; tests build on it). */
export function splitCorpus(corpus: Corpus, perChunk = ARTICLES_PER_CHUNK): { index: CorpusIndex & { articles: ArticleMeta[] }; chunks: TextChunk[] } {
  const chunks: TextChunk[] = [];
  for (let at = 0; at < corpus.articles.length; at += perChunk) {
    chunks.push({ schemaVersion: corpus.schemaVersion, chunk: chunks.length, texts: corpus.articles.slice(at, at + perChunk).map(chunkText) });
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

/**
 * The split form as files, as the pipeline writes it: `index.json` (the envelope and the
 * chunk list), each chunk's text, rows and search files, and the binary facet index.
 */
export function splitCorpusFiles(corpus: Corpus, perChunk = ARTICLES_PER_CHUNK): { name: string; body: string | Uint8Array }[] {
  const { index: { articles, ...index }, chunks } = splitCorpus(corpus, perChunk);
  const facets = encodeFacetFile(buildFacetColumns(articles), articles.map((a) => a.id));
  const rows = chunks.map((c) => rowsFileText(c.schemaVersion, c.chunk, articles.slice(c.chunk * perChunk, c.chunk * perChunk + c.texts.length).map((a) => JSON.stringify(a))));
  const withRows: CorpusIndex = { ...index, chunks: index.chunks.map((c, k) => ({ ...c, rows: rowsFileName(k), search: searchFileName(k), rowStarts: rows[k]!.rowStarts })) };
  return [
    ...chunks.map((c) => ({ name: chunkFileName(c.chunk), body: JSON.stringify(c) })),
    ...rows.map((r, k) => ({ name: rowsFileName(k), body: r.text })),
    ...chunks.map((c) => ({ name: searchFileName(c.chunk), body: searchFileOf(c.texts) })),
    { name: 'index.json', body: JSON.stringify(withRows) },
    { name: FACET_MANIFEST_FILE, body: JSON.stringify(facets.manifest) },
    { name: FACET_BINARY_FILE, body: facets.bytes },
    { name: ARTICLE_IDS_FILE, body: JSON.stringify(facets.ids) },
  ];
}
