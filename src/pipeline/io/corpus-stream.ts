// Writes a corpus as it is built, one article at a time: corpus.json (the full corpus),
// the split form the app loads (per chunk of articles a text file, a rows file and a search part, and
// index.json listing them), and the binary facet index (facets.json + facets.bin). Only the sources list, the ids and the facet value
// numbers are held, so memory grows by a few tens of bytes per article, not by its text.
// Pure: the CLI passes in where the text goes.
import { articleMeta, ARTICLES_PER_CHUNK, chunkFileName, chunkText, rowsFileHead, rowsFileName, ROWS_FILE_END, searchFileName, utf8Length } from '../../shared/compact';
import { indexOfForms, searchFormsOf, type SearchForms } from '../../shared/search/search';
import { encodeSearchFile } from '../../shared/search/search-file';
import { buildSearchPart } from '../../shared/search/search-part';
import { FacetColumnsBuilder, type FacetInput } from '../../shared/facet-columns';
import { ARTICLE_IDS_FILE, encodeFacetFile, FACET_BINARY_FILE, FACET_MANIFEST_FILE } from '../../shared/facet-file';
import { Corpus, SCHEMA_VERSION, type Article, type SourceFile } from '../../shared/schema';
import type { PageResult } from '../process-page';
import { asOfTime } from '../stages/build';

export interface TextSink {
  write(text: string): void;
  close(): void;
}

export interface FolderSink {
  create(name: string): TextSink;
  /** A whole binary file at once (the facet index, written when the corpus is complete). */
  writeBinary(name: string, bytes: Uint8Array): void;
}

export interface WrittenCorpus {
  articles: number;
  chunks: number;
  generatedAt: string;
  sources: SourceFile[];
}

const indent = (json: string, by: string): string => json.replace(/\n/g, `\n${by}`);

/**
 * An article as the writer appends it, serialized where it was built: a parallel run
 * serializes in its worker threads, so the one writer only appends strings. Both paths
 * serialize here, so their files are the same bytes.
 */
export interface SerializedArticle {
  id: string;
  date: string | null;
  /** Its corpus.json entry, indented. */
  full: string;
  /** Its text chunk entry. */
  text: string;
  /** Its index entry up to the chunk number (the key articleMeta puts last), which only the writer knows. */
  metaHead: string;
  facets: FacetInput;
  /** Its searched fields in search form, for its chunk's search part. */
  search: SearchForms;
}

export function serializeArticle(a: Article): SerializedArticle {
  const { chunk: _chunk, ...meta } = articleMeta(a, 0);
  const json = JSON.stringify(meta);
  const { regions, cities, places, industries, topics, outlet, kind, documents, date, onTopic } = meta;
  return {
    id: a.id, date: a.date, full: indent(JSON.stringify(a, null, 2), '    '), text: JSON.stringify(chunkText(a)), metaHead: json.slice(0, -1),
    facets: { regions, cities, places, industries, topics, outlet, kind, documents, date, onTopic },
    search: searchFormsOf({ id: a.id, title: a.title, body: a.paragraphs.join('\n'), outlet: a.outlet, documents: a.documents }),
  };
}

export class CorpusStreamWriter {
  private readonly corpus: TextSink;
  private chunk: { text: TextSink; rows: TextSink; rowStarts: number[]; ids: string[]; search: SearchForms[] } | null = null;
  private inChunk = 0;
  private readonly chunks: { file: string; rows: string; search: string; articles: number; rowStarts: number[] }[] = [];
  private readonly sources: SourceFile[] = [];
  private count = 0;
  private newest: string | null = null;
  private readonly facets = new FacetColumnsBuilder();
  /** The ids in order, for the facet index (the app numbers articles by them before reading rows). */
  private readonly ids: string[] = [];

  constructor(
    private readonly folder: FolderSink,
    private readonly perChunk = ARTICLES_PER_CHUNK,
    /** Called after each chunk file is complete (the CLI's crash-test hook). */
    private readonly onChunk: (n: number) => void = () => undefined,
  ) {
    this.corpus = folder.create('corpus.json');
    this.corpus.write(`{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "articles": [`);
  }

  addPage(result: PageResult): void {
    this.addSerializedPage(result.source, result.articles.map(serializeArticle));
  }

  /** A page whose articles were serialized elsewhere (serializeArticle, in a worker thread). */
  addSerializedPage(source: SourceFile, articles: readonly SerializedArticle[]): void {
    this.sources.push(source);
    for (const a of articles) this.addArticle(a);
  }

  private addArticle(a: SerializedArticle): void {
    const sep = this.count > 0 ? ',' : '';
    this.corpus.write(`${sep}\n    ${a.full}`);
    const k = this.chunks.length;
    if (!this.chunk) {
      const head = rowsFileHead(SCHEMA_VERSION, k);
      this.chunk = { text: this.folder.create(chunkFileName(k)), rows: this.folder.create(rowsFileName(k)), rowStarts: [utf8Length(head)], ids: [], search: [] };
      this.chunk.text.write(`{"schemaVersion":${SCHEMA_VERSION},"chunk":${k},"texts":[`);
      this.chunk.rows.write(head);
    }
    const inSep = this.inChunk > 0 ? ',' : '';
    this.chunk.text.write(`${inSep}${a.text}`);
    const row = `${a.metaHead},"chunk":${k}}`;
    this.chunk.rows.write(`${inSep}${row}`);
    // The byte where the next row starts: after this one and its separator (the index lists them, so the app can fetch one row alone).
    this.chunk.rowStarts.push(this.chunk.rowStarts.at(-1)! + utf8Length(row) + 1);
    this.chunk.ids.push(a.id);
    this.chunk.search.push(a.search);
    this.facets.add(a.facets);
    this.ids.push(a.id);
    this.inChunk++;
    this.count++;
    if (a.date !== null && (this.newest === null || a.date > this.newest)) this.newest = a.date;
    if (this.inChunk === this.perChunk) this.closeChunk();
  }

  private closeChunk(): void {
    if (!this.chunk) return;
    this.chunk.text.write(']}');
    this.chunk.rows.write(ROWS_FILE_END);
    for (const sink of [this.chunk.text, this.chunk.rows]) sink.close();
    const k = this.chunks.length;
    this.folder.writeBinary(searchFileName(k), encodeSearchFile(buildSearchPart(indexOfForms(this.chunk.ids, this.chunk.search))));
    this.chunks.push({ file: chunkFileName(k), rows: rowsFileName(k), search: searchFileName(k), articles: this.inChunk, rowStarts: this.chunk.rowStarts });
    this.chunk = null;
    this.inChunk = 0;
    this.onChunk(this.chunks.length);
  }

  /** Closes every file. generatedAt defaults to the newest article date, so reruns are byte-identical. */
  finish(generatedAt?: string): WrittenCorpus {
    this.closeChunk();
    const when = generatedAt ?? asOfTime(this.newest);
    // The envelope is validated by the same schema the app reads it with; articles were validated when built.
    Corpus.parse({ schemaVersion: SCHEMA_VERSION, generatedAt: when, sources: this.sources, articles: [] });
    const sources = JSON.stringify(this.sources, null, 2);
    this.corpus.write(`${this.count > 0 ? '\n  ' : ''}],\n  "sources": ${indent(sources, '  ')},\n  "generatedAt": ${JSON.stringify(when)}\n}\n`);
    this.corpus.close();
    const index = this.folder.create('index.json');
    index.write(`{"schemaVersion":${SCHEMA_VERSION},"chunks":${JSON.stringify(this.chunks)},"sources":${JSON.stringify(this.sources)},"generatedAt":${JSON.stringify(when)}}`);
    index.close();
    const facets = encodeFacetFile(this.facets.finish(), this.ids);
    this.folder.writeBinary(FACET_BINARY_FILE, facets.bytes);
    for (const [name, json] of [[FACET_MANIFEST_FILE, facets.manifest], [ARTICLE_IDS_FILE, facets.ids]] as const) {
      const sink = this.folder.create(name);
      sink.write(JSON.stringify(json));
      sink.close();
    }
    return { articles: this.count, chunks: this.chunks.length, generatedAt: when, sources: this.sources };
  }
}

