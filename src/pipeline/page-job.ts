// One page as a job for a worker thread: what goes in (its name, id stem and bytes) and
// what comes back (its source record, its articles serialized and, in order, what it logged), so a parallel run reports
// exactly what a sequential one does, page by page.
import type { SourceFile } from '../shared/schema';
import { serializeArticle, type SerializedArticle } from './io/corpus-stream';
import type { Logger } from './logger';
import { processPage } from './process-page';

export interface PageJob {
  display: string;
  stem: string;
  bytes: Uint8Array;
}

/** A processed page, its articles already serialized (the thread does that work, not the one writer). */
export interface PageOutcome {
  source: SourceFile;
  articles: SerializedArticle[];
  logs: ['info' | 'warn', string][];
}

/** A logger that keeps its lines, in order, to replay later. */
export function capturingLogger(): { logger: Logger; logs: PageOutcome['logs'] } {
  const logs: PageOutcome['logs'] = [];
  return { logs, logger: { info: (m) => logs.push(['info', m]), warn: (m) => logs.push(['warn', m]) } };
}

/** Runs a page, keeping its log lines to replay where the page is written. */
export function runPageJob(job: PageJob): PageOutcome {
  const { logger, logs } = capturingLogger();
  const result = processPage(job.display, job.bytes, logger, job.stem);
  return { source: result.source, articles: result.articles.map(serializeArticle), logs };
}

export function replayLogs(logs: PageOutcome['logs'], logger: Logger): void {
  for (const [level, message] of logs) logger[level](message);
}
