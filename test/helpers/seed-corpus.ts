import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpusFromPages, type Page } from '../../src/pipeline/build-corpus';
import { silentLogger } from '../../src/pipeline/logger';
import { articleMeta } from '../../src/shared/compact';
import type { Article, ArticleMeta, Corpus } from '../../src/shared/schema';

export const SEEDS_DIR = join(__dirname, '../../seeds');

export function readPages(dir: string): Page[] {
  return readdirSync(dir)
    .filter((f) => !f.startsWith('.'))
    .map((f) => ({ file: join(dir, f), bytes: new Uint8Array(readFileSync(join(dir, f))) }));
}

let cached: Corpus | null = null;
export function seedCorpus(): Corpus {
  cached ??= buildCorpusFromPages(readPages(SEEDS_DIR), silentLogger);
  return cached;
}

export function seedArticles(prefix: string): Article[] {
  return seedCorpus().articles.filter((a) => a.source.file.startsWith(prefix));
}

export function byTitle(fragment: string): Article {
  const a = seedCorpus().articles.find((x) => x.title?.includes(fragment));
  if (!a) throw new Error(`no seed article titled like ${fragment}`);
  return a;
}

/** The seed articles as the app holds them: metadata and lead, the text kept apart. */
export function seedMeta(): ArticleMeta[] {
  return seedCorpus().articles.map((a) => articleMeta(a, 0));
}
