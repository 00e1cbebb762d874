// The pipeline's command line: the only module that touches the file system and the process.
//   npm run corpus -- [--in DIR] [--out FILE] [--strict] [--quiet]
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { splitCorpusFiles } from '../shared/compact';
import { buildCorpusFromStream, summaryTable } from './build-corpus';
import type { Logger } from './logger';

interface Options {
  inDir: string;
  out: string;
  strict: boolean;
  quiet: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { inDir: 'seeds', out: 'public/corpus.json', strict: false, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--in') opts.inDir = value();
    else if (a === '--out') opts.out = value();
    else if (a === '--strict') opts.strict = true;
    else if (a === '--quiet') opts.quiet = true;
    else throw new Error(`unknown option ${String(a)} (expected --in DIR, --out FILE, --strict, --quiet)`);
  }
  return opts;
}

/** Lists the pages; each is read only when the pipeline reaches it. */
function listPages(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

function generatedAtFromEnv(): string | undefined {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000).toISOString() : undefined;
}

function main(): number {
  let opts: Options;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`corpus: ${(e as Error).message}\n`);
    return 2;
  }
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
  let paths: string[];
  try {
    paths = listPages(opts.inDir);
  } catch (e) {
    process.stderr.write(`corpus: cannot read input folder ${opts.inDir}: ${(e as Error).message}\n`);
    return 2;
  }
  let lastReport = Date.now();
  const progress = (done: number, total: number): void => {
    // Long runs say how far they are, every two seconds at most.
    if (opts.quiet || Date.now() - lastReport < 2000) return;
    lastReport = Date.now();
    process.stderr.write(`corpus: ${done}/${total} pages processed\n`);
  };
  const corpus = buildCorpusFromStream(
    paths.map((path) => () => ({ file: path, bytes: new Uint8Array(readFileSync(path)) })),
    logger,
    generatedAtFromEnv(),
    progress,
  );
  const out = resolve(opts.out);
  mkdirSync(dirname(out), { recursive: true });
  // Write then rename, so an interrupted run never leaves a truncated corpus behind.
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(corpus, null, 2)}\n`);
  renameSync(tmp, out);
  let splitDir: string;
  try {
    splitDir = writeSplitForm(corpus, out);
  } catch (e) {
    process.stderr.write(`corpus: ${(e as Error).message}\n`);
    return 2;
  }
  if (!opts.quiet) process.stderr.write(`${summaryTable(corpus)}\nwrote ${corpus.articles.length} articles to ${opts.out} and its split form to ${splitDir}/\n`);
  return opts.strict && warnings > 0 ? 1 : 0;
}

/**
 * The form the app loads: corpus/index.json plus text chunks, next to the full file.
 * Written to a fresh folder and swapped in, so the index never points at stale chunks.
 */
function writeSplitForm(corpus: Parameters<typeof splitCorpusFiles>[0], out: string): string {
  const dir = join(dirname(out), basename(out, extname(out)));
  // Only a folder this command wrote may be replaced: never delete someone's data.
  if (existsSync(dir) && readdirSync(dir).some((f) => f !== 'index.json' && !/^text-\d+\.json$/.test(f))) {
    throw new Error(`refusing to replace ${dir}: it holds files that are not a split corpus`);
  }
  const tmp = `${dir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const file of splitCorpusFiles(corpus)) writeFileSync(join(tmp, file.name), file.json);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return dir;
}

process.exitCode = main();
