// Builds a corpus from named pages in memory (tests, the benchmark). The CLI streams the
// same per-page results to disk instead (output/corpus-stream.ts).
import type { Article, Corpus, SourceFile } from '../shared/schema';
import type { Logger } from './logger';
import type { PageEntry } from './io/input-folder';
import { errorText, MAX_PAGE_BYTES, processPage, skippedPage, tooLargeReason, type PageResult } from './process-page';
import { buildCorpus, newestArticleDate, uniqueStems } from './stages/build';

export interface Page {
  file: string;
  bytes: Uint8Array;
}

/** Pages in name order, each with a run-unique id stem, processed one at a time. */
export function processPages(pages: Page[], logger: Logger, onProgress?: (done: number, total: number) => void): PageResult[] {
  const sorted = [...pages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const stems = uniqueStems(sorted.map((p) => p.file));
  return sorted.map((p, i) => {
    const r = processPage(p.file, p.bytes, logger, stems[i]);
    onProgress?.(i + 1, sorted.length);
    return r;
  });
}

export function buildCorpusFromPages(pages: Page[], logger: Logger, generatedAt?: string): Corpus {
  const sources: SourceFile[] = [];
  const articles: Article[] = [];
  for (const r of processPages(pages, logger)) {
    sources.push(r.source);
    articles.push(...r.articles);
  }
  return buildCorpus(sources, articles, generatedAt ?? newestArticleDate(articles));
}

/** A listed page ready for processing (its bytes read), or already settled as skipped (too large, unreadable). */
export type PageInput = { kind: 'bytes'; bytes: Uint8Array } | { kind: 'settled'; result: PageResult };

/** A listed page's bytes: its size checked before anything is read, a read that fails reported by name. */
export function readPageInput(entry: PageEntry, display: string, read: (entry: PageEntry) => Uint8Array, logger: Logger): PageInput {
  if (entry.size > MAX_PAGE_BYTES) return { kind: 'settled', result: skippedPage(display, entry.size, tooLargeReason(entry.size), logger) };
  try {
    return { kind: 'bytes', bytes: read(entry) };
  } catch (e) {
    return { kind: 'settled', result: skippedPage(display, entry.size, `cannot be read (${errorText(e)})`, logger) };
  }
}

/** A processed page with the note its name needs (a name that is not valid UTF-8), if any. */
export function withNameNote(result: PageResult, entry: PageEntry, display: string, logger: Logger): PageResult {
  if (!entry.nameNote) return result;
  const note = `${display}: ${entry.nameNote}`;
  logger.warn(note);
  return { ...result, source: { ...result.source, warnings: [...result.source.warnings, note] } };
}

/** One listed page, read and processed here. */
export function readPageEntry(entry: PageEntry, display: string, stem: string, read: (entry: PageEntry) => Uint8Array, logger: Logger): PageResult {
  const input = readPageInput(entry, display, read, logger);
  return input.kind === 'settled' ? input.result : withNameNote(processPage(display, input.bytes, logger, stem), entry, display, logger);
}

export function summaryTable(sources: readonly SourceFile[]): string {
  const rows = sources.map((s) => [s.file, String(s.items), String(s.warnings.length), s.encoding ?? '-']);
  const header = ['file', 'items', 'warnings', 'encoding'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]): string => r.map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  const items = sources.reduce((n, s) => n + s.items, 0);
  const total = ['total', String(items), String(sources.reduce((n, s) => n + s.warnings.length, 0)), ''];
  return [fmt(header), ...rows.map(fmt), fmt(total)].join('\n');
}
