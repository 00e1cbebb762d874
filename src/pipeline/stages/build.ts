// The build stage: assembles enriched items into schema-valid articles (ids, outlet, provenance)
// and the corpus document.
import { createHash } from 'node:crypto';
import { Article, Corpus, SCHEMA_VERSION, type SourceFile } from '../../shared/schema';
import type { EnrichedItem } from './enrich';
import { silentLogger, type Logger } from '../logger';
import { resolveOutlet } from './outlet';

export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]+$/, '');
}

/** Ids carry their file's stem; stems longer than this are cut and made unique with a hash. */
const STEM_MAX = 80;
/** A title longer than this is not a headline a reader can use; it is cut (and said so). */
export const TITLE_MAX = 300;

/**
 * Id stems for the files of one run, unique and stable for the same set of names:
 * files sharing a stem (report.txt, report.md) all take their extension into it.
 */
export function uniqueStems(files: readonly string[]): string[] {
  const plain = files.map((f) => shortStem(fileStem(f)));
  const seen = new Map<string, number>();
  for (const s of plain) seen.set(s, (seen.get(s) ?? 0) + 1);
  const used = new Set<string>();
  return files.map((f, i) => {
    let stem = plain[i]!;
    if (seen.get(stem)! > 1) stem = shortStem(`${fileStem(f)}-${extensionOf(f) || 'noext'}`);
    for (let k = 2; used.has(stem); k++) stem = `${plain[i]}-${k}`;
    used.add(stem);
    return stem;
  });
}

function extensionOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const m = /\.([^.]+)$/.exec(base);
  return m ? m[1]!.toLowerCase() : '';
}

function shortStem(stem: string): string {
  const chars = [...stem];
  if (chars.length <= STEM_MAX) return stem;
  return `${chars.slice(0, STEM_MAX - 9).join('')}-${createHash('sha256').update(stem).digest('hex').slice(0, 8)}`;
}

/** Cuts text to max characters with an ellipsis. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export function buildArticles(file: string, items: EnrichedItem[], logger: Logger = silentLogger, stem: string = shortStem(fileStem(file))): Article[] {
  const articles: Article[] = [];
  items.forEach((item, i) => {
    const id = `${stem}-${String(i + 1).padStart(2, '0')}`;
    const parsed = Article.safeParse(draftArticle(file, item, id, logger));
    if (parsed.success) articles.push(parsed.data);
    else logger.warn(`item at line ${item.lineStart} skipped: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  });
  return articles;
}

const clipOrNull = (text: string | null, max: number): string | null => (text === null ? null : clip(text, max));

function draftArticle(file: string, item: EnrichedItem, id: string, logger: Logger): Article {
  const paragraphs = item.paragraphs.map((p) => p.text);
  let title = item.title;
  if (title && [...title].length > TITLE_MAX) {
    logger.warn(`line ${item.lineStart}: a title of ${[...title].length} characters was cut to ${TITLE_MAX}`);
    title = clip(title, TITLE_MAX);
  }
  return {
    id,
    kind: item.kind,
    title,
    byline: clipOrNull(item.byline, 200),
    signoff: clipOrNull(item.signoff, 200),
    paragraphs,
    body: paragraphs.join('\n'),
    date: item.date,
    datePrecision: item.datePrecision,
    dateEvidence: clip(item.dateEvidence, 4000),
    outlet: clipOrNull(resolveOutlet(item), 200),
    source: { file: baseName(file), lineStart: item.lineStart, lineEnd: item.lineEnd },
    ...item.entities,
    figures: item.figures,
  };
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
  let newest: string | null = null;
  for (const a of articles) if (a.date !== null && (newest === null || a.date > newest)) newest = a.date;
  return asOfTime(newest);
}

/** A date of any precision as the start of its span, as an ISO time. */
export function asOfTime(newest: string | null): string {
  if (!newest) return '1970-01-01T00:00:00.000Z';
  const [y, m = '01', d = '01'] = newest.split('-');
  return `${y}-${m}-${d}T00:00:00.000Z`;
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
