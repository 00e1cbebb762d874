// Builds a corpus from named pages. Pure: the CLI supplies the bytes and writes the result.
import type { Article, Corpus, SourceFile } from '../shared/schema';
import type { Logger } from './logger';
import { processPage } from './process-page';
import { buildCorpus, newestArticleDate } from './stages/build';

export interface Page {
  file: string;
  bytes: Uint8Array;
}

export function buildCorpusFromPages(pages: Page[], logger: Logger, generatedAt?: string): Corpus {
  const sorted = [...pages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return buildCorpusFromStream(sorted.map((p) => () => p), logger, generatedAt);
}

/**
 * Processes pages one at a time, each read only when its turn comes, so a run over a
 * large folder holds one page's text at a time, and reports progress as it goes.
 */
export function buildCorpusFromStream(pages: (() => Page)[], logger: Logger, generatedAt?: string, onProgress?: (done: number, total: number) => void): Corpus {
  const sources: SourceFile[] = [];
  const articles: Article[] = [];
  pages.forEach((read, i) => {
    const page = read();
    const r = processPage(page.file, page.bytes, logger);
    sources.push(r.source);
    for (const a of r.articles) articles.push(a);
    onProgress?.(i + 1, pages.length);
  });
  return buildCorpus(sources, articles, generatedAt ?? newestArticleDate(articles));
}

export function summaryTable(corpus: Corpus): string {
  const rows = corpus.sources.map((s) => [s.file, String(s.items), String(s.warnings.length), s.encoding ?? '-']);
  const header = ['file', 'items', 'warnings', 'encoding'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]): string => r.map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  const total = ['total', String(corpus.articles.length), String(corpus.sources.reduce((n, s) => n + s.warnings.length, 0)), ''];
  return [fmt(header), ...rows.map(fmt), fmt(total)].join('\n');
}
