// Builds a corpus from named pages. Pure: the CLI supplies the bytes and writes the result.
import type { Corpus } from '../shared/schema';
import type { Logger } from './logger';
import { processPage } from './process-page';
import { buildCorpus, newestArticleDate } from './stages/build';

export interface Page {
  file: string;
  bytes: Uint8Array;
}

export function buildCorpusFromPages(pages: Page[], logger: Logger, generatedAt?: string): Corpus {
  const results = [...pages]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map((p) => processPage(p.file, p.bytes, logger));
  const articles = results.flatMap((r) => r.articles);
  return buildCorpus(results.map((r) => r.source), articles, generatedAt ?? newestArticleDate(articles));
}

export function summaryTable(corpus: Corpus): string {
  const rows = corpus.sources.map((s) => [s.file, String(s.items), String(s.warnings.length), s.encoding ?? '-']);
  const header = ['file', 'items', 'warnings', 'encoding'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]): string => r.map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  const total = ['total', String(corpus.articles.length), String(corpus.sources.reduce((n, s) => n + s.warnings.length, 0)), ''];
  return [fmt(header), ...rows.map(fmt), fmt(total)].join('\n');
}
