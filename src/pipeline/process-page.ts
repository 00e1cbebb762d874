// Runs one page through the stages, all listed here:
//   decode → (fold, classify) segment → clean → date → enrich → build
// Lines are folded and classified as segmentation reads them (classify-line.ts).
// A page that cannot be read or that breaks a stage is reported by name; it never ends a run.
import type { Article, SourceFile } from '../shared/schema';
import { memoryLogger, type Logger } from './logger';
import { buildArticles, describeSource } from './stages/build';
import { cleanItem } from './stages/clean';
import { dateItems } from './stages/date';
import { decodePage } from './stages/decode';
import { enrichItems } from './stages/enrich';
import { segmentPage } from './stages/segment';

export interface PageResult {
  source: SourceFile;
  articles: Article[];
}

/** No news page is this large; one that is would hold the run for minutes, so it is reported instead. */
export const MAX_PAGE_BYTES = 20 * 2 ** 20;

export const tooLargeReason = (bytes: number): string =>
  `page too large (${(bytes / 2 ** 20).toFixed(1)} MB; the limit is ${MAX_PAGE_BYTES / 2 ** 20} MB)`;

/**
 * One page, whatever happens: a page too large, unreadable or breaking a stage gives a
 * source with a warning naming why, and no articles. `stem` is the page's id prefix.
 */
export function processPage(file: string, bytes: Uint8Array, logger: Logger, stem?: string): PageResult {
  if (bytes.length > MAX_PAGE_BYTES) return skippedPage(file, bytes.length, tooLargeReason(bytes.length), logger);
  try {
    return runStages(file, bytes, logger, stem);
  } catch (e) {
    return skippedPage(file, bytes.length, `the page could not be processed (${errorText(e)})`, logger, bytes);
  }
}

/** A page that is not processed (unreadable, too large, a link out of the folder): reported, not fatal. */
export function skippedPage(file: string, size: number, reason: string, logger: Logger, bytes?: Uint8Array): PageResult {
  const warning = `${file}: ${reason}`;
  logger.warn(warning);
  return { source: { ...describeSource(file, bytes ?? new Uint8Array(0), null, 0, [warning]), bytes: size }, articles: [] };
}

function runStages(file: string, bytes: Uint8Array, logger: Logger, stem: string | undefined): PageResult {
  const local = memoryLogger();
  const decoded = decodePage(bytes);
  if (!decoded.ok) return skippedPage(file, bytes.length, decoded.reason, logger, bytes);
  const { items } = segmentPage(decoded.text, local);
  const cleaned = items.map((it) => cleanItem(it, local));
  const dated = dateItems(cleaned, local);
  const enriched = enrichItems(dated);
  const articles = buildArticles(file, enriched, local, stem);
  const warnings = [...(decoded.warning ? [decoded.warning] : []), ...local.warnings].map((w) => `${file}: ${w}`);
  if (articles.length === 0) warnings.push(`${file}: no news items found (only site chrome or unrecognised text)`);
  for (const w of warnings) logger.warn(w);
  for (const m of local.infos) logger.info(`${file}: ${m}`);
  return { source: describeSource(file, bytes, decoded.encoding, articles.length, warnings), articles };
}

export function errorText(e: unknown): string {
  if (e instanceof Error) return 'code' in e && typeof e.code === 'string' ? `${e.code}: ${e.message}` : e.message;
  return String(e);
}
