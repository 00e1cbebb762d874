// Writes a corpus as it is built, one article at a time: corpus.json (the full corpus),
// index.json (the compact index the app loads first) and the text chunks. Nothing but the
// sources list is held, so the output's size is bounded by the disk, not by a string.
// Pure: the CLI passes in where the text goes.
import { articleMeta, ARTICLES_PER_CHUNK, chunkFileName } from '../../shared/compact';
import { Corpus, SCHEMA_VERSION, type Article, type SourceFile } from '../../shared/schema';
import type { PageResult } from '../process-page';
import { asOfTime } from '../stages/build';

export interface TextSink {
  write(text: string): void;
  close(): void;
}

export interface FolderSink {
  create(name: string): TextSink;
}

export interface WrittenCorpus {
  articles: number;
  chunks: number;
  generatedAt: string;
  sources: SourceFile[];
}

const indent = (json: string, by: string): string => json.replace(/\n/g, `\n${by}`);

export class CorpusStreamWriter {
  private readonly corpus: TextSink;
  private readonly index: TextSink;
  private chunk: TextSink | null = null;
  private inChunk = 0;
  private readonly chunks: { file: string; articles: number }[] = [];
  private readonly sources: SourceFile[] = [];
  private count = 0;
  private newest: string | null = null;

  constructor(
    private readonly folder: FolderSink,
    private readonly perChunk = ARTICLES_PER_CHUNK,
    /** Called after each chunk file is complete (the CLI's crash-test hook). */
    private readonly onChunk: (n: number) => void = () => undefined,
  ) {
    this.corpus = folder.create('corpus.json');
    this.corpus.write(`{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "articles": [`);
    this.index = folder.create('index.json');
    this.index.write(`{"schemaVersion":${SCHEMA_VERSION},"articles":[`);
  }

  addPage(result: PageResult): void {
    this.sources.push(result.source);
    for (const a of result.articles) this.addArticle(a);
  }

  private addArticle(a: Article): void {
    const sep = this.count > 0 ? ',' : '';
    this.corpus.write(`${sep}\n    ${indent(JSON.stringify(a, null, 2), '    ')}`);
    if (!this.chunk) {
      this.chunk = this.folder.create(chunkFileName(this.chunks.length));
      this.chunk.write(`{"schemaVersion":${SCHEMA_VERSION},"chunk":${this.chunks.length},"texts":[`);
    }
    this.chunk.write(`${this.inChunk > 0 ? ',' : ''}${JSON.stringify({ id: a.id, paragraphs: a.paragraphs })}`);
    this.index.write(`${sep}${JSON.stringify(articleMeta(a, this.chunks.length))}`);
    this.inChunk++;
    this.count++;
    if (a.date !== null && (this.newest === null || a.date > this.newest)) this.newest = a.date;
    if (this.inChunk === this.perChunk) this.closeChunk();
  }

  private closeChunk(): void {
    if (!this.chunk) return;
    this.chunk.write(']}');
    this.chunk.close();
    this.chunks.push({ file: chunkFileName(this.chunks.length), articles: this.inChunk });
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
    this.index.write(`],"chunks":${JSON.stringify(this.chunks)},"sources":${JSON.stringify(this.sources)},"generatedAt":${JSON.stringify(when)}}`);
    this.index.close();
    return { articles: this.count, chunks: this.chunks.length, generatedAt: when, sources: this.sources };
  }
}

