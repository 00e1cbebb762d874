// Assembles dated items into schema-valid articles and the corpus document.
import { createHash } from 'node:crypto';
import { Article, Corpus, SCHEMA_VERSION, type SourceFile } from '../../shared/schema';
import type { DatedItem } from './date';
import { findEntities } from './entities';
import { extractFigures } from './figures';
import { resolveOutlet } from './outlet';

export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]+$/, '');
}

export function buildArticles(file: string, items: DatedItem[]): Article[] {
  const stem = fileStem(file);
  return items.map((item, i) => {
    const paragraphs = item.paragraphs.map((p) => p.text);
    const entities = findEntities(item.title, paragraphs, item.signoff);
    const article: Article = {
      id: `${stem}-${String(i + 1).padStart(2, '0')}`,
      kind: item.kind,
      title: item.title,
      byline: item.byline,
      signoff: item.signoff,
      paragraphs,
      body: paragraphs.join('\n'),
      date: item.date,
      datePrecision: item.datePrecision,
      dateEvidence: item.dateEvidence,
      outlet: resolveOutlet(item),
      source: { file: baseName(file), lineStart: item.lineStart, lineEnd: item.lineEnd },
      ...entities,
      figures: extractFigures(paragraphs),
    };
    return Article.parse(article);
  });
}

export function describeSource(file: string, bytes: Uint8Array, encoding: string | null, items: number, warnings: string[]): SourceFile {
  return {
    file: baseName(file),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    encoding,
    items,
    warnings,
  };
}

/**
 * generatedAt comes from the caller (SOURCE_DATE_EPOCH or the newest article date),
 * never the wall clock, so the same pages always give byte-identical output.
 * Articles were each validated when built; here only the envelope is checked.
 */
export function buildCorpus(sources: SourceFile[], articles: Article[], generatedAt: string): Corpus {
  const envelope = Corpus.parse({ schemaVersion: SCHEMA_VERSION, generatedAt, sources, articles: [] });
  return { ...envelope, articles };
}

/** The corpus's as-of date: the newest article date, padded to a day. */
export function newestArticleDate(articles: Article[]): string {
  const newest = articles.map((a) => a.date).filter((d): d is string => d !== null).sort().pop();
  if (!newest) return '1970-01-01T00:00:00.000Z';
  const [y, m = '01', d = '01'] = newest.split('-');
  return `${y}-${m}-${d}T00:00:00.000Z`;
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
