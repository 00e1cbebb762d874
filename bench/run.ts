// npm run bench: generates 1k, 10k and 100k-article corpora from the seeds and measures
// the pipeline, loading, filtering with facet counts and Chinese search, against itemsjs
// (facets) and MiniSearch and FlexSearch (search) on the same data, checking that the answers agree.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import itemsjs from 'itemsjs';
import MiniSearch from 'minisearch';
import { Index as FlexIndex } from 'flexsearch';
import { parseCorpus } from '../src/app/data/parse-corpus';
import type { ArticleMeta } from '../src/shared/schema';
import { engineOfArticles } from '../src/app/model/engine';
import { fastFacetCounts, fastResultNumbers } from '../src/app/model/facet-index';
import { computeView } from '../src/app/model/view';
import { EMPTY_SET, type ResultSet } from '../src/app/model/filters';
import { normalizeForSearch } from '../src/shared/search/normalize';
import { occurrences } from '../src/shared/search/query';
import { Worker } from 'node:worker_threads';
import { isolateHeapMb } from './isolate-heap';
import { splitCorpus } from '../src/shared/compact';
import { TextShard, type ShardDoc } from '../src/app/model/text-shard';
import type { SearchHits } from '../src/shared/search/search';
import { concatHits } from '../src/shared/search/search';
import { buildCorpusFromPages } from '../src/pipeline/build-corpus';
import { silentLogger } from '../src/pipeline/logger';
import { measureTyping, type TypingResult } from './browser-typing';
import { measureMillion, type MillionResult } from './million';
import { measureServer, serverLines } from './server';
import { QUERIES } from './queries';
import { firstLoadJs } from '../test/helpers/first-load';
import { buildFacetColumns } from '../src/shared/facet-columns';
import { encodeFacetFile } from '../src/shared/facet-file';
import { mergeConcordances, type Concordance, type KwicSort } from '../src/shared/terms/concordance';
import { distinctiveTerms } from '../src/shared/terms/keyness';
import { sampleOrder, takeSample } from '../src/app/model/sample';
import { mergeTermCounts, type ShardTermCounts } from '../src/shared/terms/term-bags';
import { buildTermTrends, type TermSeries } from '../src/app/model/term-trends';
import { KWIC_LINES } from '../src/app/data/terms-query';
import { generateCorpus, generatePages, rng } from '../test/helpers/generate-corpus';
import { bundlePipeline, PAGE_WORKER_ENTRY } from '../scripts/bundle-pipeline';
import type * as PipelineBench from './pipeline-threads';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const PIPELINE_SAMPLE = 2000;
// As in the app on a two-core machine: the text lives in two worker shards.
const SHARDS = 2;
const WARMUP = 5;
// Worker threads do not inherit tsx's loader: each registers it, then loads the shard.
const boot = (file: string): string => `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL(file, import.meta.url).href)}); });`;

const seed = buildCorpusFromPages(
  readdirSync(join(root, 'seeds')).map((f) => ({ file: f, bytes: new Uint8Array(readFileSync(join(root, 'seeds', f))) })),
  silentLogger,
);

interface Stats { median: number; p95: number }
function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: round(at(0.5)), p95: round(at(0.95)) };
}
const round = (x: number) => Math.round(x * 1000) / 1000;
function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}
const heapMb = isolateHeapMb;
/** Seconds as "median s (min–max)". */
function spread(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  return `${(s[Math.floor(s.length / 2)]! / 1000).toFixed(1)} s (${(s[0]! / 1000).toFixed(1)}–${(s.at(-1)! / 1000).toFixed(1)})`;
}

async function settle(): Promise<void> {
  heapMb();
  await new Promise((resolve) => setTimeout(resolve, 1000));
}

type Ask = <T>(w: Worker, m: unknown) => Promise<T>;

/** A worker thread of the bench, once it has said it is ready. */
async function started(file: string): Promise<Worker> {
  const w = new Worker(boot(file), { eval: true });
  await new Promise((resolve) => w.once('message', resolve));
  return w;
}

/** The load as the app splits it, each side in an isolate of its own: the index worker (rows) and the page (table and engine). */
async function measureLoad(json: string, facetFile: { manifest: unknown; bytes: Uint8Array; ids: unknown }) {
  const loader = await started('./load-worker.ts');
  const rows = await new Promise<{ parseMs: number; fromObjectsMs: number; rowsMb: number }>((resolve) => {
    loader.once('message', resolve);
    loader.postMessage({ json });
  });
  await loader.terminate();
  const page = await started('./page-worker.ts');
  const built = await new Promise<{ indexMs: number; heapMb: number; typedMb: number }>((resolve) => {
    page.once('message', resolve);
    page.postMessage({ manifest: JSON.stringify(facetFile.manifest), bytes: facetFile.bytes, ids: JSON.stringify(facetFile.ids) });
  });
  await page.terminate();
  return { parseMs: rows.parseMs, fromObjectsMs: rows.fromObjectsMs, rowsMb: rows.rowsMb, indexMs: built.indexMs, memoryMb: built.heapMb, typedMb: built.typedMb };
}

/**
 * The Terms tab's work across the shards, as the app asks for it (merging on this thread):
 * the concordance of a common term over every article it is in, sorted by right context;
 * trends of three terms by month; distinctive terms of a random 10 % subset (a new subset
 * each run, so only the shared samples of the rest are warm).
 */
async function measureTerms(engine: ReturnType<typeof engineOfArticles>, rows: readonly ArticleMeta[], shards: Worker[], ask: Ask, r: () => number) {
  const n = engine.size;
  const all = Array.from({ length: n }, (_, i) => i);
  // Common terms, taken in turn: each request is a new concordance (the shard keeps only the last one's lines).
  const common = ['专精特新', '企业', '发展', '创新', '小巨人'];
  const numbersOf = new Map<string, Uint32Array>();
  for (const q of common) numbersOf.set(q, Uint32Array.from((await Promise.all(shards.map((w) => ask<{ docs: Uint32Array }>(w, { kind: 'search', q })))).flatMap((a) => [...a.docs])));
  let turn = 0;
  const concordance = (q: string, sort: KwicSort) => async () =>
    mergeConcordances(await Promise.all(shards.map((w) => ask<Concordance>(w, { kind: 'concordance', numbers: numbersOf.get(q)!, q, sort, limit: KWIC_LINES }))), sort, KWIC_LINES);
  const kwic = () => concordance(common[turn++ % common.length]!, 'right')();
  // Then the same lines in another order: what clicking "Left context" costs.
  const sorts: KwicSort[] = ['left', 'right', 'order'];
  const resort = () => concordance('专精特新', sorts[turn++ % sorts.length]!)();
  const trendTerms = ['专精特新', '低空经济', '人形机器人'];
  const trends = async () => {
    const parts = await Promise.all(shards.map((w) => ask<TermSeries[]>(w, { kind: 'termHits', terms: trendTerms })));
    const series = trendTerms.map((term, k) => ({ term, docs: Uint32Array.from(parts.flatMap((p) => [...p[k]!.docs])), counts: Uint32Array.from(parts.flatMap((p) => [...p[k]!.counts])) }));
    return buildTermTrends(all, rows, series, 'month');
  };
  const order = sampleOrder(n);
  const keyness = async () => {
    const inSet = new Uint8Array(n);
    for (let i = 0; i < n; i++) if (r() < 0.1) inSet[i] = 1;
    const sample = takeSample(order, inSet);
    const { set, rest } = mergeTermCounts(await Promise.all(shards.map((w) => ask<ShardTermCounts>(w, { kind: 'termCounts', set: sample.set, rest: sample.rest }))));
    return distinctiveTerms(set, rest);
  };
  const timed = async <T,>(f: () => Promise<T>, runs: number): Promise<{ first: number; runs: Stats; answer: T }> => {
    const samples: number[] = [];
    let answer: T | undefined;
    for (let k = 0; k < runs; k++) {
      const t = performance.now();
      answer = await f();
      samples.push(performance.now() - t);
    }
    return { first: round(samples[0]!), runs: stats(samples.slice(1)), answer: answer! };
  };
  const runs = Math.max(6, Math.min(RUNS, 20));
  const k = await timed(kwic, runs);
  await concordance('专精特新', 'order')();
  const re = await timed(resort, runs);
  const big = await concordance('专精特新', 'order')();
  const tr = await timed(trends, runs);
  const d = await timed(keyness, runs);
  return {
    kwic: { ...k.runs, first: k.first, lines: big.total, articles: big.articles, resort: re.runs },
    trends: { ...tr.runs, first: tr.first, periods: tr.answer.periods.length },
    keyness: { ...d.runs, first: d.first, top: d.answer.slice(0, 3).map((x) => x.term) },
  };
}

// Pipeline as the CLI runs it (processing and writing the split form), on one thread and on
// two worker threads, over the same pages: once, as throughput does not depend on corpus size.
const THREAD_SAMPLE = 8000;
const threadPages = generatePages(generateCorpus(seed, THREAD_SAMPLE, 11));
const threadMb = threadPages.reduce((n, p) => n + p.bytes.length, 0) / 2 ** 20;
// The pipeline as npm run corpus runs it: bundled, its page workers too.
const pipelineBundle = await bundlePipeline({ 'pipeline-threads': 'bench/pipeline-threads.ts', 'page-worker': PAGE_WORKER_ENTRY });
const { pipelineSeconds, twoThreadCeiling, processingMs } = (await import(pipelineBundle.modules['pipeline-threads']!.href)) as typeof PipelineBench;
const pageWorker = pipelineBundle.modules['page-worker']!.href;
await pipelineSeconds(threadPages.slice(0, 50), 1);
const pipelineThreads = { articles: THREAD_SAMPLE, mb: round(threadMb), one: round(threadMb / (await pipelineSeconds(threadPages, 1))), two: round(threadMb / (await pipelineSeconds(threadPages, 2, pageWorker))), ceiling: round(await twoThreadCeiling(threadPages.slice(0, 2000), pageWorker)) };
// Page processing alone on this thread (no writing): a fixed sample, once, before any corpus
// fills this process's heap (its collections then mark gigabytes: 4.6 MB/s before the 100k
// corpus, 3.9 with it in the previous run). The median of three runs, after the runs above warmed it.
const processingPages = generatePages(generateCorpus(seed, PIPELINE_SAMPLE, 7));
const processingMb = processingPages.reduce((n, p) => n + p.bytes.length, 0) / 2 ** 20;
const processing = { mb: round(processingMb), mbPerS: round(processingMb / (stats([0, 1, 2].map(() => processingMs(processingPages))).median / 1000)) };
process.stderr.write(`pipeline: ${pipelineThreads.one} MB/s on one thread, ${pipelineThreads.two} MB/s on two; processing alone ${processing.mbPerS} MB/s\n`);

const results: Record<string, unknown>[] = [];
let typing: (TypingResult & { size: number }) | null = null;
// Typed as an analyst would, including the one-character prefixes on the way.
const TYPED = ['专精特新 小巨人', '低空经济 发展', '人形机器人 供应链'];
for (const size of SIZES) {
  const corpus = generateCorpus(seed, size);
  const r = rng(size);


  // Load on the main thread: the compact index (no texts), validated, and its facet index.
  const split = splitCorpus(corpus);
  const json = JSON.stringify(split.index);
  const fullJsonMb = JSON.stringify(corpus).length / 2 ** 20;
  const facetFile = encodeFacetFile(buildFacetColumns(split.index.articles), split.index.articles.map((a) => a.id));
  const { parseMs, fromObjectsMs, rowsMb, indexMs, memoryMb, typedMb } = await measureLoad(json, facetFile);
  // The same load here, for the filter workloads below.
  const loaded = parseCorpus(JSON.parse(json), 'bench');
  const engine = engineOfArticles(loaded.articles);

  // The texts: one shard per worker thread, built in parallel (wall time) off the main thread.
  const docs: ShardDoc[] = corpus.articles.map((a, number) => ({ number, id: a.id, title: a.title, outlet: a.outlet, documents: a.documents, paragraphs: a.paragraphs }));
  const shards = Array.from({ length: SHARDS }, () => new Worker(boot('./shard-worker.ts'), { eval: true }));
  const ask = <T,>(w: Worker, m: unknown): Promise<T> => new Promise((resolve) => { w.once('message', resolve); w.postMessage(m); });
  await Promise.all(shards.map((w) => new Promise((resolve) => w.once('message', resolve))));
  const textStart = performance.now();
  const built = await Promise.all(shards.map((w, s) => ask<{ ms: number; heapMb: number; typedMb: number }>(w, { kind: 'load', docs: docs.slice(Math.floor((s * docs.length) / SHARDS), Math.floor(((s + 1) * docs.length) / SHARDS)) })));
  const textIndexMs = performance.now() - textStart;
  const workerHeapMb = built.reduce((n, b) => n + b.heapMb, 0);
  const workerTypedMb = built.reduce((n, b) => n + b.typedMb, 0);
  // Merged as the app merges (shards hold contiguous ranges: their answers are concatenated);
  // the ids are looked up after the clock stops, to compare with the other engines.
  // Each shard's own time for the last search (in its thread), kept with each timed query to tell a slow shard from a slow reply.
  let shardMs: number[] = [];
  const searchShards = async (q: string): Promise<SearchHits> => {
    const answers = await Promise.all(shards.map((w) => ask<SearchHits & { ms: number }>(w, { kind: 'search', q })));
    shardMs = answers.map((a) => round(a.ms));
    return concatHits(answers);
  };
  const idsOf = (hits: SearchHits): string[] => Array.from(hits.docs, (i) => loaded.articles[i]!.id);
  // The same search on one shard in this thread: what a single worker (or no worker) costs.
  const single = new TextShard();
  single.add(docs);
  single.seal();

  // Filter-and-count workloads: two regions, one industry, one topic, varying.
  const provinces = [...new Set(corpus.articles.flatMap((a) => a.regions))];
  const industries = [...new Set(corpus.articles.flatMap((a) => a.industries))];
  const topics = [...new Set(corpus.articles.flatMap((a) => a.topics))];
  const workloads: ResultSet[] = Array.from({ length: RUNS }, () => ({
    ...EMPTY_SET, onTopicOnly: false,
    region: [provinces[Math.floor(r() * provinces.length)]!, provinces[Math.floor(r() * provinces.length)]!].filter((v, i, a) => a.indexOf(v) === i),
    industry: [industries[Math.floor(r() * industries.length)]!],
    topic: r() < 0.5 ? [topics[Math.floor(r() * topics.length)]!] : [],
  }));
  // Ours on the same question itemsjs answers: the matching set and the counts of the
  // same five facets. (The app also counts cities and region groups: see the whole view step.)
  const SAME_FACETS = ['region', 'industry', 'topic', 'outlet', 'kind'] as const;
  const filterAndCount = (f: ResultSet) => ({ n: fastResultNumbers(engine.facets, f, null).length, c: fastFacetCounts(engine.facets, f, null, SAME_FACETS) });
  const items = itemsjs(loaded.articles.map((a) => ({ id: a.id, region: a.regions, industry: a.industries, topic: a.topics, outlet: a.outlet ?? '∅', kind: a.kind })), {
    aggregations: Object.fromEntries(['region', 'industry', 'topic', 'outlet', 'kind'].map((k) => [k, { title: k, size: 10000, conjunction: false }])),
    native_search_enabled: false,
  });
  const itemsSearch = (f: ResultSet) => items.search({ per_page: 1, filters: { region: f.region, industry: f.industry, topic: f.topic } });
  // Untimed passes first, so the JIT has compiled what is measured; then each workload
  // runs through ours and through itemsjs back to back, so both meet the same machine
  // state (on a shared two-core VM, speed drifts by tens of percent over minutes).
  for (let pass = 0; pass < WARMUP; pass++) for (const f of workloads) {
    filterAndCount(f);
    itemsSearch(f);
  }
  const ours: [ReturnType<typeof filterAndCount>, number][] = [];
  const theirs: [ReturnType<typeof itemsSearch>, number][] = [];
  for (const f of workloads) {
    ours.push(time(() => filterAndCount(f)));
    theirs.push(time(() => itemsSearch(f)));
  }
  // The app's whole step on a filter change: the above plus region groups and sorting the results by date.
  for (let pass = 0; pass < WARMUP; pass++) for (const f of workloads) computeView(engine, f, 'auto', null);
  const viewStep = workloads.map((f) => time(() => computeView(engine, f, 'auto', null))[1]);
  let facetsAgree = true;
  workloads.forEach((_, i) => {
    const mine = ours[i]![0];
    const other = theirs[i]![0] as { pagination: { total: number }; data: { aggregations: Record<string, { buckets: { key: string; doc_count: number }[] }> } };
    if (other.pagination.total !== mine.n) facetsAgree = false;
    for (const facet of ['region', 'industry', 'topic', 'outlet', 'kind'] as const) {
      const a = new Map(mine.c[facet].filter((b) => b.count > 0).map((b) => [b.value, b.count]));
      const b = new Map(other.data.aggregations[facet]!.buckets.filter((x) => x.doc_count > 0).map((x) => [String(x.key), x.doc_count]));
      if (a.size !== b.size || [...a].some(([k, v]) => b.get(k) !== v)) facetsAgree = false;
    }
  });

  // Search: two-term Chinese queries, ours first, timed before the other engines build
  // their indexes (their structures then become most of this thread's heap). Each engine
  // runs its queries as a phase of its own, after a collection and a pause for the
  // collector's helper threads; answers are kept as they come and compared after each
  // phase, not turned into sorted id lists between timed queries.
  const searchOurs: number[] = [];
  const searchRuns: { q: string; ms: number; shardMs: number[] }[] = [];
  const searchSingle: number[] = [];
  const searchTheirs: number[] = [];
  const searchFlex: number[] = [];
  let searchAgrees = true;
  for (let pass = 0; pass < WARMUP; pass++) {
    for (const q of QUERIES) {
      await searchShards(q);
      single.search(q);
    }
  }
  await settle();
  const ourHits: SearchHits[] = [];
  for (let k = 0; k < RUNS; k++) {
    const t0 = performance.now();
    ourHits.push(await searchShards(QUERIES[k % QUERIES.length]!));
    searchOurs.push(performance.now() - t0);
    searchRuns.push({ q: QUERIES[k % QUERIES.length]!, ms: round(searchOurs.at(-1)!), shardMs });
  }
  const mine = ourHits.map((hits) => idsOf(hits).sort());
  await settle();
  const singleCounts: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const [singleHits, ts] = time(() => single.search(QUERIES[k % QUERIES.length]!)!);
    searchSingle.push(ts);
    singleCounts.push(singleHits.docs.length);
  }
  if (singleCounts.some((n, k) => n !== mine[k]!.length)) searchAgrees = false;

  // MiniSearch indexes character bigrams and its AND results are then checked for the
  // exact substrings, so both answer the same question.
  const bigrams = (text: string) => {
    const t = normalizeForSearch(text);
    const out: string[] = [];
    for (let k = 0; k + 1 < t.length; k++) out.push(t.slice(k, k + 2));
    return out;
  };
  const [mini, miniIndexMs] = time(() => {
    const m = new MiniSearch({ fields: ['title', 'body'], idField: 'id', tokenize: bigrams, processTerm: (t) => t });
    m.addAll(corpus.articles.map((a) => ({ id: a.id, title: a.title ?? '', body: a.body })));
    return m;
  });
  const texts = new Map(corpus.articles.map((a) => [a.id, normalizeForSearch(`${a.title ?? ''}\n${a.body}`)]));
  const miniSearch = (q: string) => {
    const terms = q.replace(/"/g, '').split(' ').map(normalizeForSearch);
    return mini.search(q.replace(/"/g, ''), { combineWith: 'AND', tokenize: (text) => text.split(/\s+/).flatMap(bigrams), processTerm: (t) => t }).map((h) => String(h.id)).filter((id) => terms.every((t) => occurrences(texts.get(id)!, t).length > 0));
  };
  // FlexSearch, the other established engine: the same bigrams as its tokens, within each
  // space-separated word (its multi-token queries intersect), then the same exact-substring check.
  const flexTokens = (text: string) => text.split(/\s+/).flatMap(bigrams);
  const [flex, flexIndexMs] = time(() => {
    const ix = new FlexIndex({ tokenize: 'strict', encode: flexTokens, resolution: 1 });
    corpus.articles.forEach((a, i) => ix.add(i, `${a.title ?? ''}\n${a.body}`));
    return ix;
  });
  const flexSearch = (q: string) => {
    const terms = q.replace(/"/g, '').split(' ').map(normalizeForSearch);
    return (flex.search(q.replace(/"/g, ''), { limit: corpus.articles.length }) as number[]).map((i) => corpus.articles[i]!.id).filter((id) => terms.every((t) => occurrences(texts.get(id)!, t).length > 0));
  };
  for (let pass = 0; pass < WARMUP; pass++) {
    for (const q of QUERIES) {
      miniSearch(q);
      flexSearch(q);
    }
  }
  for (const [engineSearch, times] of [[miniSearch, searchTheirs], [flexSearch, searchFlex]] as const) {
    await settle();
    const answers: string[][] = [];
    for (let k = 0; k < RUNS; k++) {
      const [other, to] = time(() => engineSearch(QUERIES[k % QUERIES.length]!));
      times.push(to);
      answers.push(other);
    }
    if (answers.some((other, k) => mine[k]!.join() !== [...other].sort().join())) searchAgrees = false;
  }

  const terms = await measureTerms(engine, loaded.articles, shards, ask, r);
  await Promise.all(shards.map((w) => w.terminate()));

  const filterStats = stats(ours.map(([, t]) => t));
  const itemsStats = stats(theirs.map(([, t]) => t));
  const searchStats = stats(searchOurs);
  const miniStats = stats(searchTheirs);
  const flexStats = stats(searchFlex);
  results.push({
    size,
    indexJsonMb: round(json.length / 2 ** 20), fullJsonMb: round(fullJsonMb),
    loadMs: round(parseMs), indexMs: round(indexMs), indexFromObjectsMs: round(fromObjectsMs), facetFileMb: round(facetFile.bytes.length / 2 ** 20), memoryMb: round(memoryMb), typedMb: round(typedMb), rowsMb: round(rowsMb),
    textIndexMs: round(textIndexMs), workerHeapMb: round(workerHeapMb), workerTypedMb: round(workerTypedMb), shards: SHARDS, searchOneShard: stats(searchSingle), searchRuns,
    filterCount: filterStats, viewStep: stats(viewStep), itemsjs: itemsStats, filterSpeedup: round(itemsStats.median / filterStats.median), facetsAgree,
    ...terms,
    search: searchStats, minisearch: miniStats, minisearchIndexMs: round(miniIndexMs), searchSpeedup: round(miniStats.median / searchStats.median),
    flexsearch: flexStats, flexsearchIndexMs: round(flexIndexMs), flexSpeedup: round(flexStats.median / searchStats.median), searchAgrees,
  });
  if (size === Math.max(...SIZES)) {
    // After a collection and a pause, like each timed phase: this process's own heap work is not the app's.
    await settle();
    const measured = await measureTyping(corpus, TYPED, root);
    if (measured) typing = { size, ...measured };
  }
  process.stderr.write(`${size}: done\n`);
}

const machine = `${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
// A million articles (BENCH_MILLION=0 skips it: it takes minutes and several GB).
const million = process.env.BENCH_MILLION === '0' ? null : await measureMillion(seed, root, { stats, boot, queries: QUERIES });
const firstLoad = firstLoadJs(join(root, 'dist'));
// The team server on a throwaway PostgreSQL (BENCH_SERVER=0 skips it; BENCH_SERVER_SIZES=100000,1000000 sets the sizes).
const server = process.env.BENCH_SERVER === '0' ? null : await measureServer(seed, (process.env.BENCH_SERVER_SIZES ?? '100000').split(',').map(Number), QUERIES);
pipelineBundle.remove();
writeFileSync(join(here, 'results.json'), `${JSON.stringify({ machine, runs: RUNS, results, typing, million, firstLoad, pipelineThreads, processing, server }, null, 2)}\n`);
const rows = results.map((x) => {
  const f = x.filterCount as Stats;
  const s = x.search as Stats;
  const i = x.itemsjs as Stats;
  const m = x.minisearch as Stats;
  const fl = x.flexsearch as Stats;
  const one = x.searchOneShard as Stats;
  const v = x.viewStep as Stats;
  return `| ${x.size} | ${x.indexJsonMb} of ${x.fullJsonMb} | ${x.loadMs} + ${x.indexMs} (${x.indexFromObjectsMs}) | ${x.memoryMb} (+ ${x.typedMb}) | ${x.rowsMb} | ${x.textIndexMs} | ${x.workerHeapMb} (+ ${x.workerTypedMb}) | ${f.median} / ${f.p95} | ${i.median} / ${i.p95} | ${x.filterSpeedup}× | ${x.facetsAgree ? 'yes' : 'NO'} | ${v.median} / ${v.p95} | ${s.median} / ${s.p95} | ${one.median} / ${one.p95} | ${m.median} / ${m.p95} | ${x.searchSpeedup}× | ${fl.median} / ${fl.p95} | ${x.flexSpeedup}× | ${x.searchAgrees ? 'yes' : 'NO'} |`;
});
type Timed = Stats & { first: number };
const termRows = results.map((x) => {
  const k = x.kwic as Timed & { lines: number; articles: number; resort: Stats };
  const t = x.trends as Timed & { periods: number };
  const d = x.keyness as Timed & { top: string[] };
  return `| ${x.size} | ${k.lines} lines in ${k.articles} articles | ${k.first} | ${k.median} / ${k.p95} | ${k.resort.median} / ${k.resort.p95} | ${t.periods} months | ${t.first} | ${t.median} / ${t.p95} | ${d.first} | ${d.median} / ${d.p95} | ${d.top.join('、')} |`;
});
const table = [
  `Machine: ${machine}; ${RUNS} runs per workload; times in ms (median / p95). Load: the compact index (MB of the full corpus JSON), its parse in the index worker + the page's facet index from the binary facet file (in brackets: built from the parsed objects instead); the page's heap (the ids and the facet index, from the facet file; its typed arrays, off V8's heap, apart) and the index worker's, which keeps the rows. Workers: ${SHARDS} text shards built in parallel (wall ms, heap MB; in brackets their bigram index's typed arrays and the search kernel's copy of the texts, outside the heap); search = query to merged answer across the shards (MiniSearch and FlexSearch index the same character bigrams, and their AND answers are checked for the exact terms, so all answer the same question; same ids = all three agree); "1 shard" = the same search on one thread; filter + counts = the matching set and the five facets itemsjs counts; whole view step = what the app recomputes on a filter change (those, city and region-group counts, results sorted by date).`,
  '',
  '| articles | index JSON MB | load + index ms | page heap MB (+ typed arrays) | row worker heap MB | text index ms | text workers heap MB (+ typed arrays) | filter + counts (5 facets) | itemsjs | speed-up | same counts | whole view step | 2-term search | 1 shard | MiniSearch | speed-up | FlexSearch | speed-up | same ids |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|---:|---:|---:|---:|---:|---:|---:|:---:|',
  ...rows,
  '',
  `Pipeline as the CLI runs it (bundled, as npm run corpus runs it; pages processed, the split corpus written; ${pipelineThreads.mb} MB of generated pages, ${pipelineThreads.articles} articles): ${pipelineThreads.one} MB/s on one thread, ${pipelineThreads.two} MB/s on two worker threads (${round(pipelineThreads.two / pipelineThreads.one)}×, thread start-up included; the same page processing, run whole by two independent threads with nothing shared, gains ${pipelineThreads.ceiling}× from the second on this machine). Processing alone (no writing), on this thread, from the same bundle: ${processing.mbPerS} MB/s (median of three runs over ${processing.mb} MB of generated pages, measured before any corpus is in this process's heap).`,
  '',
  `First-load JavaScript (the entry and the chunks index.html preloads, gzip): ${firstLoad.gzipKb} KB in ${firstLoad.files.length} files; the largest chunk of the build (loaded on demand) is ${firstLoad.largestChunkKb} KB before compression.`,
  '',
  `Terms tab across the ${SHARDS} shards (ms; first call, then median / p95 of the rest): a concordance of a common term over every article containing it (专精特新, 企业, 发展, 创新, 小巨人 in turn; the size shown is 专精特新's), sorted by right context, first ${KWIC_LINES} lines kept, then re-sorted (the shard keeps the last concordance's lines); trends of 专精特新, 低空经济, 人形机器人 by month over the whole corpus; distinctive terms of a new random 10 % subset each run (samples of at most 1,000 articles of the set and of the rest; each article segmented once per session).`,
  '',
  '| articles | concordance of 专精特新 | first | median / p95 | re-sort | trends | first | median / p95 | distinctive: first | median / p95 | top terms |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ...termRows,
  ...(typing
    ? [
        '',
        `In Chromium (the built app, ${typing.size} articles, split form served by a local static host in a process of its own): the facets work after ${(typing.facetsReadyMs / 1000).toFixed(1)} s (from the binary facet index, before the rows; until the list, ${(typing.blockedMs / 1000).toFixed(1)} s of main-thread tasks over 50 ms delay a click), the list after ${(typing.filtersReadyMs / 1000).toFixed(1)} s, full-text search after ${(typing.searchReadyMs / 1000).toFixed(1)} s (that first navigation in a browser just started; ${typing.loads.length} navigations in fresh contexts: facets ${spread(typing.loads.map((l) => l.facetsReadyMs))}, list ${spread(typing.loads.map((l) => l.filtersReadyMs))}, search ${spread(typing.loads.map((l) => l.searchReadyMs))}, median and range); the page's JavaScript heap then ${typing.pageHeapMb} MB (${typing.chartsHeapMb} MB once the Charts tab has drawn every article's row). Typing one character every 120 ms:`,
        '',
        '| typed | answer after last key | main-thread tasks over 50 ms while typing |',
        '|---|---:|---|',
        ...typing.queries.map((t) => `| ${t.q} | ${t.answerMs} ms | ${t.longTasks.length ? t.longTasks.map((d) => `${d} ms`).join(', ') : 'none'} |`),
        '',
        'Clicking facet values on the Charts tab (every chart redraws):',
        '',
        '| clicked | count updated after | main-thread tasks over 50 ms |',
        '|---|---:|---|',
        ...typing.chartClicks.map((c) => `| ${c.value} | ${c.ms} ms | ${c.longTasks.length ? c.longTasks.map((d) => `${d} ms`).join(', ') : 'none'} |`),
      ]
    : ['', 'Browser measurement skipped: needs /usr/bin/chromium and a built app (npm run build).']),
  ...(million ? millionLines(million) : []),
  ...(server ? serverLines(server) : []),
].join('\n');
writeFileSync(join(here, 'results.md'), `${table}\n`);

function millionLines(m: MillionResult): string[] {
  const b = m.browser;
  const s = (x: number) => `${(x / 1000).toFixed(1)} s`;
  return [
    '',
    `At ${m.size.toLocaleString('en')} articles (generated in ${s(m.generateMs)}; rows ${m.rowsJsonMb} MB of JSON in rows files, facets.bin ${m.facetFileMb} MB; the side-by-side engines are not run at this size): the page's engine from the facet columns in ${m.engineMs} ms, ${m.pageHeapMb} MB of JavaScript heap; filter + counts ${m.filterCount.median} / ${m.filterCount.p95} ms, whole view step ${m.viewStep.median} / ${m.viewStep.p95} ms; text shards (two threads) built in ${m.textIndexMs === null ? 'n/a' : s(m.textIndexMs)}, two-term search ${m.search ? `${m.search.median} / ${m.search.p95} ms` : 'n/a'}.`,
    b ? `In Chromium: facets after ${b.facetsReadyMs === null ? 'n/a' : s(b.facetsReadyMs)}, the first facet click updated the count in ${b.firstFilterMs === null ? 'n/a' : `${Math.round(b.firstFilterMs)} ms`}, the list after ${b.listReadyMs === null ? 'n/a' : s(b.listReadyMs)}, search ${b.textsOff ? 'off (the app keeps the texts of a corpus this size unloaded, and says so)' : `after ${b.searchReadyMs === null ? 'n/a' : s(b.searchReadyMs)}`}${b.stopped ? `; stopped at ${b.stopped}` : ''}.` : 'In Chromium: not measured (needs /usr/bin/chromium and a built app).',
    ...m.failures.map((f) => `Failed: ${f}`),
  ];
}
process.stdout.write(`${table}\n`);
