// The team server's section of `npm run bench`: generated corpora loaded into a throwaway
// PostgreSQL (as `npm run serve` loads them), then over HTTP on loopback: whole views
// (POST /api/view, the SQL answer with every facet's counts) and searches (cold, then
// from the server's cache), and 20 analysts at once with autocannon — the requests the
// app sends in team mode (searches and rows) and thin clients' views.
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import pg from 'pg';
import { teamServer } from '../src/server/http';
import { loadCorpus } from '../src/server/load-corpus';
import { migrate } from '../src/server/migrate';
import { readCatalog } from '../src/server/view';
import { EMPTY_SET, type ResultSet } from '../src/shared/result-set';
import type { Corpus } from '../src/shared/schema';
import { generateCorpus, rng } from '../test/helpers/generate-corpus';
import { throwawayDatabase } from '../scripts/throwaway-postgres';
import { createServerTextIndex } from '../src/app/data/server-text-index';
import { sampleOrder, takeSample } from '../src/app/model/sample';

export interface Percentiles { median: number; p95: number }
export interface LoadRun { requests: number; errors: number; non2xx: number; rps: number; p50: number; p90: number; p97_5: number; p99: number }
export interface ServerResult {
  size: number;
  loadS: number;
  reloadS: number;
  view: Percentiles;
  searchCold: Percentiles;
  searchCached: Percentiles;
  analystsApp: LoadRun;
  analystsViews: LoadRun;
  terms: TermsTimes;
}

/** The Terms tab answered by the server, as the app asks (ms, median of three after a first call). */
export interface TermsTimes { kwicArticles: number; kwicLines: number; concordance: Percentiles; trends: Percentiles; distinctive: Percentiles }

const round = (x: number) => Math.round(x * 10) / 10;
const pct = (xs: number[]): Percentiles => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: round(s[Math.floor(s.length / 2)]!), p95: round(s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]!) };
};

/** Random facet states an analyst clicks through: a few values of a few facets, sometimes a date range. */
function facetStates(corpus: Corpus, n: number, seed: number): ResultSet[] {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const values = (f: (a: Corpus['articles'][number]) => string[]) => [...new Set(corpus.articles.slice(0, 2000).flatMap(f))];
  const regions = values((a) => a.regions);
  const industries = values((a) => a.industries);
  const topics = values((a) => a.topics);
  return Array.from({ length: n }, () => ({
    ...EMPTY_SET,
    region: r() < 0.6 ? [pick(regions)] : [],
    industry: r() < 0.4 ? [pick(industries)] : [],
    topic: r() < 0.3 ? [pick(topics)] : [],
    from: r() < 0.2 ? '2023-01' : null,
  }));
}

async function timedPost(url: string, body: unknown): Promise<number> {
  const t = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return performance.now() - t;
}

function runLoad(url: string, requests: autocannon.Request[]): Promise<LoadRun> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: 20, duration: 15, requests }, (err, r) => {
      if (err) return reject(err);
      resolve({ requests: r.requests.total, errors: r.errors, non2xx: r.non2xx, rps: Math.round(r.requests.average), p50: r.latency.p50, p90: r.latency.p90, p97_5: r.latency.p97_5, p99: r.latency.p99 });
    });
  });
}

/** Times a call: a first (cold) one, then three more; the median and the slowest of those. */
async function timedCalls<T>(f: () => Promise<T>): Promise<{ first: T; times: Percentiles }> {
  const first = await f();
  const times: number[] = [];
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  return { first, times: pct(times) };
}

/**
 * The Terms tab through the app's own client for the server (parts of 4,000 merged as the
 * app merges them): a concordance of 小巨人 over every article containing it, sorted by
 * right context; trends of three terms; distinctive terms of the articles about one
 * province (samples of at most 1,000 each side).
 */
async function measureTerms(base: string, corpus: Corpus): Promise<TermsTimes> {
  const index = createServerTextIndex(`${base}/api`, corpus.articles.map((a) => a.id));
  const hits = (await index.search('小巨人'))!;
  const kwic = await timedCalls(() => index.concordance(hits.docs, '小巨人', 'right', 500));
  const trends = await timedCalls(() => index.termHits(['专精特新', '低空经济', '人形机器人']));
  const province = corpus.articles[0]!.regions[0] ?? '北京';
  const inSet = Uint8Array.from(corpus.articles, (a) => (a.regions.includes(province) ? 1 : 0));
  const sample = takeSample(sampleOrder(corpus.articles.length), inSet);
  const distinctive = await timedCalls(() => index.termCounts(sample));
  return { kwicArticles: kwic.first.articles, kwicLines: kwic.first.total, concordance: kwic.times, trends: trends.times, distinctive: distinctive.times };
}

async function measureSize(dbUrl: string, seed: Corpus, size: number, queries: readonly string[]): Promise<ServerResult> {
  const corpus = generateCorpus(seed, size);
  const db = new pg.Pool({ connectionString: dbUrl, max: 8 });
  await db.query('TRUNCATE articles CASCADE');
  const load = async () => {
    const client = await db.connect();
    const t = performance.now();
    try {
      await loadCorpus(client, corpus);
    } finally {
      client.release();
    }
    return round((performance.now() - t) / 1000);
  };
  const loadS = await load();
  const reloadS = await load();
  await db.query('VACUUM ANALYZE');
  const server = teamServer({ db, catalog: await readCatalog(db), cache: new Map(), writeToken: null, readToken: null, config: { mode: 'remote', api: '/api', publicUrl: null, readToken: false } }, (_q, _s, next) => next(), () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const states = facetStates(corpus, 40, size);
    const view: number[] = [];
    for (const set of states) view.push(await timedPost(`${base}/api/view`, { set, sort: 'auto', offset: 0, limit: 50 }));
    const searchCold: number[] = [];
    const searchCached: number[] = [];
    for (const q of queries) searchCold.push(await timedPost(`${base}/api/search`, { q }));
    for (let k = 0; k < 5; k++) for (const q of queries) searchCached.push(await timedPost(`${base}/api/search`, { q }));
    const r = rng(7);
    const post = (path: string, body: () => unknown): autocannon.Request => ({ method: 'POST', path, headers: { 'content-type': 'application/json' }, setupRequest: (req) => ({ ...req, body: JSON.stringify(body()) }) });
    // What the app sends in team mode: a search now and then, and the rows of the 50 results on screen.
    const analystsApp = await runLoad(base, [
      post('/api/search', () => ({ q: queries[Math.floor(r() * queries.length)] })),
      post('/api/rows', () => ({ positions: Array.from({ length: 50 }, () => Math.floor(r() * size)) })),
      post('/api/rows', () => ({ positions: Array.from({ length: 50 }, () => Math.floor(r() * size)) })),
    ]);
    const analystsViews = await runLoad(base, [post('/api/view', () => ({ set: states[Math.floor(r() * states.length)], sort: 'auto', offset: 0, limit: 50 }))]);
    const terms = await measureTerms(base, corpus);
    return { size, loadS, reloadS, view: pct(view), searchCold: pct(searchCold), searchCached: pct(searchCached), analystsApp, analystsViews, terms };
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await db.end();
  }
}

/** The server section, or null (and why) when no PostgreSQL can be started here. */
export async function measureServer(seed: Corpus, sizes: readonly number[], queries: readonly string[]): Promise<{ results: ServerResult[] } | { skipped: string }> {
  // Always a cluster of its own: the bench empties its tables.
  const started = await throwawayDatabase();
  if (!started.db) return { skipped: started.why ?? 'no PostgreSQL' };
  try {
    await migrate(started.db.url);
    const results: ServerResult[] = [];
    for (const size of sizes) {
      results.push(await measureSize(started.db.url, seed, size, queries));
      process.stderr.write(`server ${size}: ${JSON.stringify(results.at(-1))}\n`);
    }
    return { results };
  } finally {
    started.db.stop();
  }
}

/** The section of results.md. */
export function serverLines(s: Awaited<ReturnType<typeof measureServer>>): string[] {
  if ('skipped' in s) return ['', `Team server: not measured (${s.skipped}).`];
  const load = (r: LoadRun) => `${r.rps} req/s, p50 ${r.p50} / p90 ${r.p90} / p97.5 ${r.p97_5} / p99 ${r.p99} ms, ${r.errors} errors, ${r.non2xx} non-2xx`;
  return [
    '',
    'Team server on PostgreSQL 15 (a throwaway cluster on this machine, fsync off; the server and the load generator share its two cores): load = the corpus loaded by `npm run serve` (one transaction, batches of 500), reload = the same file again (nothing changed); whole view = POST /api/view over HTTP (every facet\'s disjunctive counts in SQL, region groups, a page of 50 rows) for 40 facet states an analyst clicks through; search = POST /api/search for the three two-term queries, cold then from the server\'s cache; 20 analysts = autocannon, 20 connections for 15 s, on loopback: "app" is what the app sends in team mode (a search, the rows of 50 results, twice), "views" is thin clients asking whole views.',
    '',
    '| articles | load s | reload s | whole view ms (median / p95) | search cold | search cached | 20 analysts, app | 20 analysts, views |',
    '|---:|---:|---:|---:|---:|---:|---|---|',
    ...s.results.map((r) => `| ${r.size} | ${r.loadS} | ${r.reloadS} | ${r.view.median} / ${r.view.p95} | ${r.searchCold.median} / ${r.searchCold.p95} | ${r.searchCached.median} / ${r.searchCached.p95} | ${load(r.analystsApp)} | ${load(r.analystsViews)} |`),
    '',
    'The Terms tab on the server (ms, median / slowest of three after a first call): a concordance of 小巨人 over every article containing it (parts of 4,000 merged as the app merges them), sorted by right context, 500 lines kept; trends of 专精特新, 低空经济, 人形机器人; distinctive terms of one province\'s articles (samples of at most 1,000 each side).',
    '',
    '| articles | concordance of 小巨人 | concordance ms | trends ms | distinctive ms |',
    '|---:|---:|---:|---:|---:|',
    ...s.results.map((r) => `| ${r.size} | ${r.terms.kwicLines} lines in ${r.terms.kwicArticles} articles | ${r.terms.concordance.median} / ${r.terms.concordance.p95} | ${r.terms.trends.median} / ${r.terms.trends.p95} | ${r.terms.distinctive.median} / ${r.terms.distinctive.p95} |`),
  ];
}
