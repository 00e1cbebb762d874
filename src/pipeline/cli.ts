// The pipeline's command line: the only module that touches the file system and the process.
//   npm run corpus -- [--in DIR] [--out DIR] [--strict] [--quiet] [--jobs N]
// Exit codes: 0 done, 1 done with warnings under --strict, 2 bad options, an unusable
// input or output folder, or another run holding the output; 3 an internal error.
import {
  closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync,
  statSync, writeFileSync, writeSync, type Dirent,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { readPageEntry, readPageInput, summaryTable, withNameNote } from './build-corpus';
import { listInputFolder, type InputEntry, type InputFs, type PageEntry, type SkippedEntry } from './io/input-folder';
import { runInOrder, type PoolWorker } from './io/ordered-pool';
import { startPageWorkers } from './io/page-workers';
import { capturingLogger, replayLogs, type PageJob, type PageOutcome } from './page-job';
import { CorpusStreamWriter, type FolderSink, type SerializedArticle, type TextSink } from './io/corpus-stream';
import {
  acquireLock, buildRecord, BUILD_FILE, outputPaths, outputProblem, recoverOutput, releaseLock, switchIn, type OutputFs, type OutputPaths,
} from './io/output-folder';
import type { Logger } from './logger';
import { skippedPage, errorText, type PageResult } from './process-page';
import type { SourceFile } from '../shared/schema';
import { uniqueStems } from './stages/build';

interface Options {
  inDir: string;
  out: string;
  strict: boolean;
  quiet: boolean;
  /** Worker threads processing pages (1: this thread only). */
  jobs: number;
}

class UsageError extends Error {}

/** By default one thread per core, up to this many (beyond, the single writer is the limit). */
const MAX_DEFAULT_JOBS = 8;

function jobCount(v: string): number {
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 64) throw new UsageError(`--jobs takes a number of threads from 1 to 64, not ${v}`);
  return Number(v);
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { inDir: 'seeds', out: 'public/corpus', strict: false, quiet: false, jobs: Math.min(availableParallelism(), MAX_DEFAULT_JOBS) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--in') opts.inDir = value();
    else if (a === '--out') opts.out = value();
    else if (a === '--strict') opts.strict = true;
    else if (a === '--quiet') opts.quiet = true;
    else if (a === '--jobs') opts.jobs = jobCount(value());
    else throw new UsageError(`unknown option ${String(a)} (expected --in DIR, --out DIR, --strict, --quiet, --jobs N)`);
  }
  if (/\.json$/i.test(opts.out)) throw new UsageError(`--out names the output folder (for example public/corpus), not a .json file: ${opts.out}`);
  return opts;
}

const outputFs: OutputFs = {
  exists: (p) => existsSync(p),
  isDirectory: (p) => statSync(p).isDirectory(),
  list: (d) => readdirSync(d),
  readText: (p) => {
    try {
      return readFileSync(p, 'utf8');
    } catch {
      return null;
    }
  },
  createExclusive: (p, text) => {
    try {
      writeFileSync(p, text, { flag: 'wx' });
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e;
    }
  },
  rename: (a, b) => renameSync(a, b),
  remove: (p) => rmSync(p, { recursive: true, force: true }),
  isProcessAlive: (pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'EPERM';
    }
  },
};

const entryKind = (d: Dirent<Buffer>): InputEntry['kind'] =>
  d.isSymbolicLink() ? 'symlink' : d.isDirectory() ? 'directory' : d.isFile() ? 'file' : 'other';

const inputFs: InputFs = {
  list: (dir) => readdirSync(dir, { withFileTypes: true, encoding: 'buffer' }).map((d) => ({ raw: new Uint8Array(d.name), kind: entryKind(d) })),
  join: (dir, raw) => Buffer.concat([Buffer.from(`${dir}/`), raw]),
  realpath: (p) => realpathSync(typeof p === 'string' ? p : Buffer.from(p)),
  stat: (p) => {
    const st = statSync(typeof p === 'string' ? p : Buffer.from(p));
    return { size: st.size, isFile: st.isFile() };
  },
};

/** A file written in large blocks and flushed to disk before it is closed, so a switched-in folder is whole. */
function fileSink(path: string): TextSink {
  const fd = openSync(path, 'w');
  let pending: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (pending.length) writeSync(fd, pending.join(''));
    pending = [];
    size = 0;
  };
  return {
    write: (text) => {
      pending.push(text);
      size += text.length;
      if (size > 1 << 20) flush();
    },
    close: () => {
      flush();
      fsyncSync(fd);
      closeSync(fd);
    },
  };
}

/** Test hook: SRDI_CORPUS_CRASH_AT=<step> kills the run at that step, as a power cut or kill -9 would. */
function checkpoint(step: string): void {
  if (process.env.SRDI_CORPUS_CRASH_AT === step) process.kill(process.pid, 'SIGKILL');
}

function progressReporter(quiet: boolean): (done: number, total: number) => void {
  const started = Date.now();
  let last = 0;
  return (done, total) => {
    // Long runs say how far they are: first after a second, then every two seconds.
    const now = Date.now();
    if (quiet || now - started < 1000 || now - last < 2000) return;
    last = now;
    process.stderr.write(`corpus: ${done}/${total} pages processed\n`);
  };
}

/** Pages and reported entries in one name order, so the sources list reads like the folder. */
type FolderItem = { kind: 'page'; entry: PageEntry; stem: string; display: string } | { kind: 'skipped'; entry: SkippedEntry; display: string };

function folderOrder(opts: Options, listed: ReturnType<typeof listInputFolder>): FolderItem[] {
  const stems = uniqueStems(listed.pages.map((p) => p.name));
  const skipped = [...listed.skipped];
  const items: FolderItem[] = [];
  const skip = (s: SkippedEntry) => items.push({ kind: 'skipped', entry: s, display: `${opts.inDir}/${s.name}` });
  listed.pages.forEach((entry, i) => {
    for (let s = skipped[0]; s && s.name < entry.name; s = skipped[0]) skip(skipped.shift()!);
    items.push({ kind: 'page', entry, stem: stems[i]!, display: `${opts.inDir}/${entry.name}` });
  });
  skipped.forEach(skip);
  return items;
}

const readBytes = (entry: PageEntry): Uint8Array => new Uint8Array(readFileSync(typeof entry.path === 'string' ? entry.path : Buffer.from(entry.path)));

/** Folders this small are processed on this thread: starting worker threads would cost more than it saves. */
const PARALLEL_FROM_PAGES = 16;

function addPagesHere(items: FolderItem[], writer: CorpusStreamWriter, logger: Logger, progress: (done: number, total: number) => void): void {
  items.forEach((item, i) => {
    writer.addPage(item.kind === 'skipped' ? skippedPage(item.display, 0, item.entry.reason, logger) : readPageEntry(item.entry, item.display, item.stem, readBytes, logger));
    progress(i + 1, items.length);
  });
}

type Settled = { logs: PageOutcome['logs']; result: PageResult } | { logs: PageOutcome['logs']; source: SourceFile; articles: SerializedArticle[] };
type PoolJob = Settled | { logs: PageOutcome['logs']; job: PageJob; entry: PageEntry };

/** The folder's pages across worker threads, read here just before a thread has room, written in name order. */
async function addPagesInParallel(items: FolderItem[], writer: CorpusStreamWriter, logger: Logger, progress: (done: number, total: number) => void, threads: number): Promise<void> {
  function* jobs(): Generator<PoolJob> {
    for (const item of items) {
      const { logger: log, logs } = capturingLogger();
      if (item.kind === 'skipped') {
        yield { logs, result: skippedPage(item.display, 0, item.entry.reason, log) };
        continue;
      }
      const input = readPageInput(item.entry, item.display, readBytes, log);
      yield input.kind === 'settled' ? { logs, result: input.result } : { logs, job: { display: item.display, stem: item.stem, bytes: input.bytes }, entry: item.entry };
    }
  }
  // npm run corpus runs a bundle and names its page worker's (scripts/corpus.ts); from the sources, none.
  const pool = startPageWorkers(threads, process.env.SRDI_PAGE_WORKER);
  const workers = pool.workers.map((w): PoolWorker<PoolJob, Settled> => ({
    run: async (j) => {
      if (!('job' in j)) return j;
      const outcome = await w.run(j.job);
      const { logger: log, logs } = capturingLogger();
      replayLogs(outcome.logs, log);
      const { source } = withNameNote({ source: outcome.source, articles: [] }, j.entry, j.job.display, log);
      return { logs: [...j.logs, ...logs], source, articles: outcome.articles };
    },
  }));
  try {
    await runInOrder(jobs(), workers, (done, index) => {
      replayLogs(done.logs, logger);
      if ('result' in done) writer.addPage(done.result);
      else writer.addSerializedPage(done.source, done.articles);
      progress(index + 1, items.length);
    });
  } finally {
    await pool.close();
  }
}

async function writeCorpus(opts: Options, paths: OutputPaths, listed: ReturnType<typeof listInputFolder>, logger: Logger): Promise<ReturnType<CorpusStreamWriter['finish']>> {
  mkdirSync(paths.staging, { recursive: true });
  const folder: FolderSink = {
    create: (name) => fileSink(`${paths.staging}/${name}`),
    writeBinary: (name, bytes) => {
      const fd = openSync(`${paths.staging}/${name}`, 'w');
      writeSync(fd, bytes);
      fsyncSync(fd);
      closeSync(fd);
    },
  };
  const writer = new CorpusStreamWriter(folder, undefined, () => checkpoint('chunk'));
  const items = folderOrder(opts, listed);
  const progress = progressReporter(opts.quiet);
  if (opts.jobs > 1 && listed.pages.length >= PARALLEL_FROM_PAGES) await addPagesInParallel(items, writer, logger, progress, opts.jobs);
  else addPagesHere(items, writer, logger, progress);
  const written = writer.finish(generatedAtFromEnv());
  writeFileSync(`${paths.staging}/${BUILD_FILE}`, buildRecord(written.articles, written.chunks, written.generatedAt));
  checkpoint('staged');
  switchIn(outputFs, paths, checkpoint);
  return written;
}

function generatedAtFromEnv(): string | undefined {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000).toISOString() : undefined;
}

function fail(message: string): number {
  process.stderr.write(`corpus: ${message}\n`);
  return 2;
}

async function run(opts: Options): Promise<number> {
  let warnings = 0;
  const logger: Logger = {
    info: (m) => {
      if (!opts.quiet && process.env.CORPUS_VERBOSE) process.stderr.write(`info: ${m}\n`);
    },
    warn: (m) => {
      warnings++;
      process.stderr.write(`warning: ${m}\n`);
    },
  };
  let listed: ReturnType<typeof listInputFolder>;
  try {
    listed = listInputFolder(inputFs, opts.inDir);
  } catch (e) {
    return fail(`cannot read input folder ${opts.inDir}: ${errorText(e)}`);
  }
  // Compared with the input's real path, so a link in either path cannot hide that one holds the other.
  const asked = resolve(opts.out);
  const out = existsSync(dirname(asked)) ? join(realpathSync(dirname(asked)), basename(asked)) : asked;
  const problem = outputProblem(outputFs, out, realpathSync(opts.inDir));
  if (problem) return fail(problem);
  mkdirSync(dirname(out), { recursive: true });
  const paths = outputPaths(out, process.pid);
  const lock = acquireLock(outputFs, paths, process.pid, new Date().toISOString());
  if (!lock.ok) return fail(lock.message);
  try {
    for (const note of [...lock.notes, ...recoverOutput(outputFs, paths, readdirSync(dirname(out)))]) process.stderr.write(`corpus: ${note}\n`);
    const written = await writeCorpus(opts, paths, listed, logger);
    if (!opts.quiet) process.stderr.write(`${summaryTable(written.sources)}\nwrote ${written.articles} articles to ${opts.out}/ (corpus.json, index.json, ${written.chunks} text chunks and the binary facet index)\n`);
  } finally {
    outputFs.remove(paths.staging);
    releaseLock(outputFs, paths);
  }
  return opts.strict && warnings > 0 ? 1 : 0;
}

async function main(): Promise<number> {
  try {
    return await run(parseArgs(process.argv.slice(2)));
  } catch (e) {
    if (e instanceof UsageError) return fail(e.message);
    // A crash is never exit 1, which means "warnings under --strict".
    process.stderr.write(`corpus: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 3;
  }
}

process.exitCode = await main();
