// Runs one page through the stages: decode → segment → clean → date → build.
import type { Article, SourceFile } from '../shared/schema';
import { memoryLogger, type Logger } from './logger';
import { buildArticles, describeSource } from './stages/build';
import { cleanItem } from './stages/clean';
import { dateItems } from './stages/date';
import { decodePage } from './stages/decode';
import { segmentPage } from './stages/segment';

export interface PageResult {
  source: SourceFile;
  articles: Article[];
}

/** No news page is this large; one that is would hold the run for minutes, so it is reported instead. */
export const MAX_PAGE_BYTES = 20 * 2 ** 20;

export function processPage(file: string, bytes: Uint8Array, logger: Logger): PageResult {
  const local = memoryLogger();
  const decoded: ReturnType<typeof decodePage> =
    bytes.length > MAX_PAGE_BYTES ? { ok: false, reason: `page too large (${(bytes.length / 2 ** 20).toFixed(1)} MB; the limit is ${MAX_PAGE_BYTES / 2 ** 20} MB)` } : decodePage(bytes);
  if (!decoded.ok) {
    const warning = `${file}: ${decoded.reason}`;
    logger.warn(warning);
    return { source: describeSource(file, bytes, null, 0, [warning]), articles: [] };
  }
  const { items } = segmentPage(decoded.text, local);
  const cleaned = items.map((it) => cleanItem(it, local));
  const dated = dateItems(cleaned, local);
  const articles = buildArticles(file, dated);
  const warnings = [...(decoded.warning ? [decoded.warning] : []), ...local.warnings].map((w) => `${file}: ${w}`);
  if (articles.length === 0) warnings.push(`${file}: no news items found (only site chrome or unrecognised text)`);
  for (const w of warnings) logger.warn(w);
  for (const m of local.infos) logger.info(`${file}: ${m}`);
  return { source: describeSource(file, bytes, decoded.encoding, articles.length, warnings), articles };
}
