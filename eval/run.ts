// npm run eval — runs the pipeline on every annotated page set and scores it as
// ../shared/dev-pages/README.md defines: per page and overall. Writes eval/results.json
// and eval/results.md.   npm run eval -- [--page NAME] [--set NAME] [--quiet]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpusFromPages, type Page } from '../src/pipeline/build-corpus';
import { silentLogger } from '../src/pipeline/logger';
import type { Article } from '../src/shared/schema';
import { mergeGold, scoreCorpusWide, scorePage, summarize, sumScores, type Gold, type PageReport, type Summary } from './score';
import { pageDetail, summaryTable } from './report';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');

export interface EvalSet {
  name: string;
  dir: string;
  gold: string[];
}

/** The seeds (gold from their exact tests), the project's own unseen fixtures, and the shared development pages when present. */
export function evalSets(): EvalSet[] {
  const dev = join(root, '../shared/dev-pages');
  const sets: EvalSet[] = [
    { name: 'seeds', dir: join(root, 'seeds'), gold: [join(root, 'eval/gold/seeds.json')] },
    { name: 'fixtures', dir: join(root, 'test/fixtures/unseen'), gold: [join(root, 'eval/gold/fixtures.json')] },
  ];
  if (existsSync(join(dev, 'pages'))) {
    sets.push({ name: 'dev-pages', dir: join(dev, 'pages'), gold: readdirSync(dev).filter((f) => /^gold.*\.json$/.test(f)).sort().map((f) => join(dev, f)) });
  }
  return sets;
}

export interface SetResult {
  name: string;
  overall: Summary;
  pages: { file: string; summary: Summary }[];
  reports: PageReport[];
}

export function evaluateSet(set: EvalSet): SetResult {
  const gold: Gold = mergeGold(set.gold.filter((g) => existsSync(g)).map((g) => JSON.parse(readFileSync(g, 'utf8')) as Gold));
  const files = readdirSync(set.dir).filter((f) => !f.startsWith('.')).sort();
  const pages: Page[] = files.map((f) => ({ file: f, bytes: new Uint8Array(readFileSync(join(set.dir, f))) }));
  const corpus = buildCorpusFromPages(pages, silentLogger);
  const byFile = new Map<string, Article[]>();
  for (const a of corpus.articles) byFile.set(a.source.file, [...(byFile.get(a.source.file) ?? []), a]);
  const annotated = [...new Set(gold.articles.map((g) => g.seed))].filter((f) => files.includes(f)).sort();
  const reports = annotated.map((f) => scorePage(f, byFile.get(f) ?? [], gold));
  const annotatedArticles = corpus.articles.filter((a) => annotated.includes(a.source.file));
  scoreCorpusWide(reports, annotatedArticles, gold, new Map(annotated.map((f) => [f, readFileSync(join(set.dir, f), 'utf8')])));
  return {
    name: set.name,
    overall: summarize(sumScores(reports.map((r) => r.scores))),
    pages: reports.map((r) => ({ file: r.file, summary: summarize(r.scores) })),
    reports,
  };
}

function main(argv: string[]): number {
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const only = opt('--set');
  const page = opt('--page');
  const results = evalSets().filter((s) => !only || s.name === only).map(evaluateSet);
  if (page) {
    const hits = results.flatMap((r) => r.reports.filter((p) => p.file.includes(page)));
    if (hits.length === 0) {
      process.stderr.write(`eval: no annotated page matches ${page}\n`);
      return 2;
    }
    process.stdout.write(`${hits.map(pageDetail).join('\n\n')}\n`);
    return 0;
  }
  const table = summaryTable(results);
  if (!argv.includes('--quiet')) process.stdout.write(`${table}\n`);
  if (!only) {
    const json = results.map((r) => ({ set: r.name, overall: r.overall, pages: r.pages }));
    writeFileSync(join(root, 'eval/results.json'), `${JSON.stringify(json, null, 2)}\n`);
    writeFileSync(join(root, 'eval/results.md'), `${table}\n`);
  }
  return 0;
}

if (process.argv[1] && /eval[\\/]run\.ts$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
