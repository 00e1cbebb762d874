// A million articles, generated as the other sizes are: what still works and how fast.
// Measured: the split form's size, the page's engine from the binary facet file (time and
// heap), filter + counts and the whole view step, the text shards (two worker threads) and
// a two-term search; then the built app in Chromium (facets, list, search, heap), each
// step's failure recorded rather than fatal. The side-by-side engines are not run here:
// itemsjs and MiniSearch take minutes and gigabytes at this size, and their ratios are
// measured at 100k in the same run.
import { Worker } from 'node:worker_threads';
import { engineOfArticles } from '../src/app/model/engine';
import { fastFacetCounts, fastResultNumbers } from '../src/app/model/facet-index';
import { EMPTY_SET, type ResultSet } from '../src/app/model/filters';
import type { SearchHits } from '../src/shared/search/search';
import type { ShardDoc } from '../src/app/model/text-shard';
import { computeView } from '../src/app/model/view';
import { concatHits } from '../src/shared/search/search';
import { articleMeta, ARTICLES_PER_CHUNK } from '../src/shared/compact';
import { buildFacetColumns } from '../src/shared/facet-columns';
import { encodeFacetFile } from '../src/shared/facet-file';
import type { Corpus } from '../src/shared/schema';
import { generateCorpus, rng } from '../test/helpers/generate-corpus';
import { probeMillion, type MillionBrowser } from './browser-million';
import { isolateHeapMb } from './isolate-heap';

export const MILLION = 1_000_000;

export interface MillionResult {
  size: number;
  generateMs: number;
  rowsJsonMb: number;
  facetFileMb: number;
  engineMs: number;
  pageHeapMb: number;
  filterCount: { median: number; p95: number };
  viewStep: { median: number; p95: number };
  textIndexMs: number | null;
  search: { median: number; p95: number } | null;
  browser: MillionBrowser | null;
  failures: string[];
}

type Stats = { median: number; p95: number };

/** `stats` and `boot` are the bench's own (one way of summarising, one way of starting a worker). */
export async function measureMillion(seed: Corpus, root: string, tools: { stats: (xs: number[]) => Stats; boot: (file: string) => string; queries: readonly string[] }): Promise<MillionResult> {
  const failures: string[] = [];
  let t = performance.now();
  const corpus = generateCorpus(seed, MILLION);
  const generateMs = performance.now() - t;
  const metas = corpus.articles.map((a, i) => articleMeta(a, Math.floor(i / ARTICLES_PER_CHUNK)));
  const rowsJsonMb = metas.reduce((n, a) => n + JSON.stringify(a).length, 0) / 2 ** 20;
  const columns = buildFacetColumns(metas);
  const facetFile = encodeFacetFile(columns, metas.map((a) => a.id));
  // The page's engine: from the ids and the columns, as the app builds it (heap measured in a clean step).
  const before = isolateHeapMb();
  t = performance.now();
  const engine = engineOfArticles(metas, columns);
  const engineMs = performance.now() - t;
  const pageHeapMb = isolateHeapMb() - before;
  const { filterCount, viewStep } = filterTimes(engine, corpus, tools.stats);
  const text = await searchTimes(corpus, tools).catch((e: Error) => (failures.push(`text shards: ${e.message}`), null));
  const browser = await probeMillion(corpus, root).catch((e: Error) => (failures.push(`Chromium: ${e.message.split('\n')[0]}`), null));
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    size: MILLION, generateMs: round(generateMs), rowsJsonMb: round(rowsJsonMb), facetFileMb: round(facetFile.bytes.length / 2 ** 20), engineMs: round(engineMs), pageHeapMb: round(pageHeapMb),
    filterCount, viewStep, textIndexMs: text ? round(text.indexMs) : null, search: text?.search ?? null, browser, failures,
  };
}

/** The 100k workload shape: two regions, an industry, a topic half the time. */
function filterTimes(engine: ReturnType<typeof engineOfArticles>, corpus: Corpus, stats: (xs: number[]) => Stats) {
  const r = rng(MILLION);
  const values = (f: (a: Corpus['articles'][number]) => string[]) => [...new Set(corpus.articles.slice(0, 20000).flatMap(f))];
  const [provinces, industries, topics] = [values((a) => a.regions), values((a) => a.industries), values((a) => a.topics)];
  const pick = (xs: string[]) => xs[Math.floor(r() * xs.length)]!;
  const workloads: ResultSet[] = Array.from({ length: 30 }, () => ({
    ...EMPTY_SET, onTopicOnly: false, region: [...new Set([pick(provinces), pick(provinces)])], industry: [pick(industries)], topic: r() < 0.5 ? [pick(topics)] : [],
  }));
  const SAME = ['region', 'industry', 'topic', 'outlet', 'kind'] as const;
  const once = (f: ResultSet) => ({ n: fastResultNumbers(engine.facets, f, null).length, c: fastFacetCounts(engine.facets, f, null, SAME) });
  for (let k = 0; k < 3; k++) for (const f of workloads) once(f);
  const timed = (g: (f: ResultSet) => unknown) => workloads.map((f) => { const s = performance.now(); g(f); return performance.now() - s; });
  return { filterCount: stats(timed(once)), viewStep: stats(timed((f) => computeView(engine, f, 'auto', null))) };
}

/** Two shards in worker threads, as the app has them; the bench's queries, merged as the app merges. */
async function searchTimes(corpus: Corpus, tools: { stats: (xs: number[]) => Stats; boot: (file: string) => string; queries: readonly string[] }) {
  const docs: ShardDoc[] = corpus.articles.map((a, number) => ({ number, id: a.id, title: a.title, outlet: a.outlet, documents: a.documents, paragraphs: a.paragraphs }));
  const shards = [0, 1].map(() => new Worker(tools.boot('./shard-worker.ts'), { eval: true }));
  try {
    // A thread that dies (out of memory) fails the measurement instead of hanging it.
    const ask = <T,>(w: Worker, m: unknown): Promise<T> => new Promise((resolve, reject) => {
      const fail = (e: Error) => reject(e);
      w.once('error', fail);
      w.once('message', (answer: T) => (w.off('error', fail), resolve(answer)));
      w.postMessage(m);
    });
    await Promise.all(shards.map((w) => new Promise((resolve) => w.once('message', resolve))));
    const t = performance.now();
    await Promise.all(shards.map((w, s) => ask(w, { kind: 'load', docs: docs.slice((s * docs.length) / 2, ((s + 1) * docs.length) / 2) })));
    const indexMs = performance.now() - t;
    const search = async (q: string) => concatHits(await Promise.all(shards.map((w) => ask<SearchHits>(w, { kind: 'search', q }))));
    for (const q of tools.queries) await search(q);
    const times: number[] = [];
    for (let k = 0; k < 30; k++) {
      const s = performance.now();
      await search(tools.queries[k % tools.queries.length]!);
      times.push(performance.now() - s);
    }
    return { indexMs, search: tools.stats(times) };
  } finally {
    await Promise.all(shards.map((w) => w.terminate()));
  }
}
