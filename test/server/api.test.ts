// The team server's HTTP API against a real PostgreSQL: views answered as the app answers
// them, injection payloads through every filter, the query and view names kept as data,
// the tokens (writes always, reads when set), request limits, a second server following
// a load by the first, and `npm run serve` itself
// (binds to 127.0.0.1, serves config.json and the built app).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiCorpusInfo, MAX_KWIC_ARTICLES, ApiRows, ApiSavedView, ApiSearchHits, ApiText, ApiTexts, ApiView } from '../../src/shared/api';
import { decodeFacetFile } from '../../src/shared/facet-file';
import { parseQuery } from '../../src/shared/search/query';
import { buildSearchIndex } from '../../src/shared/search/search';
import { searchScores } from '../helpers/reference-search';
import { createServerTextIndex } from '../../src/app/data/server-text-index';
import { sampleOrder, takeSample } from '../../src/app/model/sample';
import { TextShard } from '../../src/app/model/text-shard';
import { distinctiveTerms } from '../../src/shared/terms/keyness';
import { mergeTermCounts } from '../../src/shared/terms/term-bags';
import { EMPTY_SET, FACETS, type ResultSet } from '../../src/shared/result-set';
import type { ApiDeps } from '../../src/server/api';
import { loadCorpus } from '../../src/server/load-corpus';
import { migrate } from '../../src/server/migrate';
import { exportOf, readCatalog } from '../../src/server/view';
import { Corpus } from '../../src/shared/schema';
import { testDatabase, type TestDatabase } from '../helpers/postgres';
import { startTeamServer, type TestTeamServer } from '../helpers/team-server';
import { referenceView } from '../helpers/reference-view';
import { seedCorpus } from '../helpers/seed-corpus';

const started = await testDatabase();
const run = started.db ? describe : describe.skip;
if (!started.db) console.warn(`PostgreSQL tests skipped: ${started.why}`);

const WRITE = 'team-secret-token';
const READ = 'reader-token';
const PAYLOADS = ["'; DROP TABLE articles; --", "' OR '1'='1", '$1', '%', '_', '\\', '"); DELETE FROM saved_views; --', '{"a":1}', '北京\' OR 1=1 --', 'NULL'];

run('the team server’s API', () => {
  const db = started.db as TestDatabase;
  let pool: pg.Pool;
  const servers: TestTeamServer[] = [];
  const app = referenceView(seedCorpus().articles);

  /** A server on a free loopback port with these tokens; its base URL. */
  async function serve(tokens: Pick<ApiDeps, 'writeToken' | 'readToken'>): Promise<string> {
    const server = await startTeamServer(pool, { ...tokens, publicUrl: 'https://srdi.example.org/' });
    servers.push(server);
    return server.url;
  }

  let base = '';
  beforeAll(async () => {
    await migrate(db.url);
    pool = new pg.Pool({ connectionString: db.url, max: 4 });
    const client = await pool.connect();
    await loadCorpus(client, seedCorpus()).finally(() => client.release());
    base = await serve({ writeToken: WRITE, readToken: null });
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await pool?.end();
    db.stop();
  });

  const post = (url: string, body: unknown, token?: string, method = 'POST') =>
    fetch(url, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const viewOf = async (set: ResultSet, url = base, token?: string) => ApiView.parse(await (await post(`${url}/api/view`, { set, sort: 'auto', offset: 0, limit: 50 }, token)).json());

  it('tells the app to use it, with the link base', async () => {
    expect(await (await fetch(`${base}/config.json`)).json()).toEqual({ mode: 'remote', api: '/api', publicUrl: 'https://srdi.example.org/', readToken: false });
  });

  it('answers a view as the app does: counts, order and rows', async () => {
    const set = { ...EMPTY_SET, region: ['北京'], q: '专精特新' };
    const view = await viewOf(set);
    const ref = app(set);
    expect(view.matched).toBe(ref.numbers.length);
    expect(view.results.map((r) => r.id)).toEqual(ref.results.map((r) => r.id));
    expect(view.facets.region.find((b) => b.value === '北京')).toMatchObject({ count: ref.facets.region.find((b) => b.value === '北京')!.count, selected: true });
    expect(view.total).toBe(29);
  });

  it('serves what the app reads in team mode: the facet index, search hits, rows and texts by article number', async () => {
    const articles = seedCorpus().articles;
    const [manifest, bytes, ids] = await Promise.all([fetch(`${base}/api/corpus/facets.json`).then((r) => r.json()), fetch(`${base}/api/corpus/facets.bin`).then((r) => r.arrayBuffer()), fetch(`${base}/api/corpus/ids.json`).then((r) => r.json())]);
    const decoded = decodeFacetFile(manifest, bytes);
    expect(decoded.ok && decoded.columns.articles).toBe(29);
    expect(ids).toMatchObject({ kind: 'srdi-article-ids', ids: articles.map((a) => a.id), checksum: decoded.ok ? decoded.checksum : '' });
    const hits = ApiSearchHits.parse(await (await post(`${base}/api/search`, { q: '专精特新 -北京' })).json());
    const ref = searchScores(buildSearchIndex(articles), parseQuery('专精特新 -北京'))!;
    expect(hits.positions.map((p) => articles[p]!.id)).toEqual(articles.filter((a) => ref.has(a.id)).map((a) => a.id));
    expect(hits.scores).toEqual(hits.positions.map((p) => ref.get(articles[p]!.id)));
    const rows = ApiRows.parse(await (await post(`${base}/api/rows`, { positions: [5, 0] })).json());
    expect(rows.rows.map((r) => r.id)).toEqual([articles[5]!.id, articles[0]!.id]);
    expect((await post(`${base}/api/rows`, { positions: [29] })).status).toBe(404);
    expect(ApiText.parse(await (await fetch(`${base}/api/texts/3`)).json())).toEqual({ id: articles[3]!.id, paragraphs: articles[3]!.paragraphs });
    expect((await fetch(`${base}/api/texts/29`)).status).toBe(404);
    const batch = ApiTexts.parse(await (await post(`${base}/api/texts`, { positions: [7, 3] })).json());
    expect(batch.texts.map((x) => x.id)).toEqual([articles[7]!.id, articles[3]!.id]);
    expect((await post(`${base}/api/texts`, { positions: [3, 29] })).status).toBe(404);
    expect(ApiCorpusInfo.parse(await (await fetch(`${base}/api/corpus/info`)).json())).toMatchObject({ total: 29, skipped: [] });
  });

  it('answers the Terms analyses as the app’s own text shard does: concordance lines in each order, term trends, distinctive terms', async () => {
    const articles = seedCorpus().articles;
    const shard = new TextShard();
    shard.add(articles.map((a, number) => ({ number, id: a.id, title: a.title, outlet: a.outlet, documents: a.documents, paragraphs: a.paragraphs })));
    shard.seal();
    const remote = createServerTextIndex(`${base}/api`, articles.map((a) => a.id));
    const q = '企业 OR 低空经济';
    const numbers = app({ ...EMPTY_SET, q }).numbers;
    expect(numbers.length).toBeGreaterThan(10);
    for (const sort of ['order', 'left', 'right'] as const) {
      for (const limit of [5, 500]) expect(await remote.concordance(numbers, q, sort, limit)).toEqual(shard.concordance(numbers, q, sort, limit));
    }
    expect((await remote.concordance(numbers, q, 'order', 500)).total).toBeGreaterThan(20);
    // Counted in SQL (plain Chinese terms) and in Node (Latin word edges: eVTOL, AI).
    const terms = ['专精特新', '低空经济', '机器人 OR 芯片', '"小巨人"', 'eVTOL OR AI'];
    expect(await remote.termHits(terms)).toEqual(shard.termHits(terms));
    expect(shard.termHits(terms).map((t) => t.docs.length > 0)).toEqual([true, true, true, true, true]);
    const inSet = new Uint8Array(articles.length);
    for (const n of app({ ...EMPTY_SET, region: ['北京'] }).numbers) inSet[n] = 1;
    const sample = takeSample(sampleOrder(articles.length), inSet);
    const offline = mergeTermCounts([shard.termCounts(sample.set, sample.rest)]);
    const served = await remote.termCounts(sample);
    expect(served).toEqual(offline);
    // And again (the server's word bags are kept), with the same distinctive terms the Terms tab lists.
    expect(distinctiveTerms((await remote.termCounts(sample)).set, served.rest)).toEqual(distinctiveTerms(offline.set, offline.rest));
    expect(distinctiveTerms(offline.set, offline.rest).length).toBeGreaterThan(0);
  });

  it('refuses a Terms request past the corpus or over its limits, by name', async () => {
    expect((await post(`${base}/api/concordance`, { positions: [29], firstRank: 0, q: '专精特新', sort: 'order', limit: 5 })).status).toBe(404);
    const tooMany = await post(`${base}/api/concordance`, { positions: Array.from({ length: MAX_KWIC_ARTICLES + 1 }, () => 0), firstRank: 0, q: 'x', sort: 'order', limit: 5 });
    expect([tooMany.status, (await tooMany.json()).message]).toEqual([400, expect.stringMatching(/^positions: /)]);
    expect((await post(`${base}/api/concordance`, { positions: [0], firstRank: 0, q: '专精特新', sort: 'sideways', limit: 5 })).status).toBe(400);
    expect(await (await post(`${base}/api/term-hits`, { terms: ['(专精特新'] })).json()).toMatchObject({ error: 'query' });
    expect((await post(`${base}/api/term-counts`, { set: [0], rest: [100] })).status).toBe(404);
  });

  it('exports a set as a corpus document the app opens again, in the view’s order, with full texts; a set over the limit is refused by its size', async () => {
    const set = { ...EMPTY_SET, region: ['湖南'] };
    const res = await post(`${base}/api/export`, { set, sort: 'oldest' });
    const doc = (await res.json()) as { export: { count: number; total: number } };
    const corpus = Corpus.parse(doc);
    const ref = app({ ...set, sort: 'oldest' });
    expect(corpus.articles.map((a) => a.id)).toEqual(ref.results.map((a) => a.id));
    const byId = new Map(seedCorpus().articles.map((a) => [a.id, a]));
    expect(corpus.articles.map((a) => a.paragraphs)).toEqual(corpus.articles.map((a) => byId.get(a.id)!.paragraphs));
    expect(doc.export).toMatchObject({ count: ref.numbers.length, total: 29 });
    expect(await exportOf(pool, await readCatalog(pool), { set: EMPTY_SET, sort: 'auto' }, new Map(), 3)).toEqual({ matched: app(EMPTY_SET).numbers.length, corpus: null });
  });

  it('keeps injection payloads as data in every filter and the query', async () => {
    for (const payload of PAYLOADS) {
      for (const facet of FACETS) {
        const chosen = await viewOf({ ...EMPTY_SET, [facet]: [payload] });
        expect(chosen.matched, `${facet} = ${payload}`).toBe(0);
        expect(chosen.facets[facet].find((b) => b.value === payload)).toEqual({ value: payload, count: 0, selected: true, excluded: false });
        const dropped = await viewOf({ ...EMPTY_SET, exclude: { ...EMPTY_SET.exclude, [facet]: [payload] } });
        expect(dropped.matched, `-${facet} = ${payload}`).toBe(app(EMPTY_SET).numbers.length);
      }
      const searched = await viewOf({ ...EMPTY_SET, q: `"${payload.replace(/"/g, '')}"` });
      expect(searched.matched).toBe(app({ ...EMPTY_SET, q: `"${payload.replace(/"/g, '')}"` }).numbers.length);
      const saved = ApiSavedView.parse(await (await post(`${base}/api/saved-views`, { name: payload, author: payload, search: `q=${encodeURIComponent(payload)}`, chart: 'map' }, WRITE)).json());
      expect(saved.name).toBe(payload.trim());
    }
    const { rows } = await pool.query<{ n: string; v: string }>('SELECT (SELECT count(*) FROM articles) AS n, (SELECT count(*) FROM saved_views) AS v');
    expect(rows[0]).toEqual({ n: '29', v: String(PAYLOADS.length) });
  });

  it('refuses writes without the team token, and all writes when none is set', async () => {
    const view = { name: '北京 chips', author: 'Li', search: 'region=北京&industry=chips', chart: 'timeline' };
    expect((await post(`${base}/api/saved-views`, view)).status).toBe(401);
    expect((await post(`${base}/api/saved-views`, view, 'wrong')).status).toBe(401);
    const created = ApiSavedView.parse(await (await post(`${base}/api/saved-views`, view, WRITE)).json());
    expect((await (await fetch(`${base}/api/saved-views`)).json()).map((v: ApiSavedView) => v.id)).toContain(created.id);
    const renamed = ApiSavedView.parse(await (await post(`${base}/api/saved-views/${created.id}`, { ...view, name: '北京 芯片' }, WRITE, 'PUT')).json());
    expect(renamed).toMatchObject({ id: created.id, name: '北京 芯片', createdAt: created.createdAt });
    expect((await post(`${base}/api/saved-views/${created.id}`, view, undefined, 'DELETE')).status).toBe(401);
    expect((await post(`${base}/api/saved-views/${created.id}`, view, WRITE, 'DELETE')).status).toBe(204);
    expect((await post(`${base}/api/saved-views/${created.id}`, view, WRITE, 'DELETE')).status).toBe(404);
    const readOnly = await serve({ writeToken: null, readToken: null });
    const refused = await post(`${readOnly}/api/saved-views`, view, WRITE);
    expect([refused.status, (await refused.json()).error]).toEqual([403, 'writes-disabled']);
  });

  it('needs a read token for reads only when one is set', async () => {
    const guarded = await serve({ writeToken: WRITE, readToken: READ });
    expect((await post(`${guarded}/api/view`, { set: EMPTY_SET, sort: 'auto', offset: 0, limit: 10 })).status).toBe(401);
    expect((await fetch(`${guarded}/api/saved-views`)).status).toBe(401);
    expect((await viewOf(EMPTY_SET, guarded, READ)).total).toBe(29);
    expect((await viewOf(EMPTY_SET, guarded, WRITE)).total).toBe(29);
  });

  it('refuses what the app could not have asked, naming what is wrong', async () => {
    const ask = async (body: unknown) => {
      const r = await post(`${base}/api/view`, body);
      return [r.status, (await r.json()) as { error: string; message: string }] as const;
    };
    const [big] = await ask({ set: { ...EMPTY_SET, q: 'x'.repeat(70_000) }, sort: 'auto', offset: 0, limit: 10 });
    expect(big).toBe(413);
    expect(await ask({ set: EMPTY_SET, sort: 'auto', offset: 0, limit: 100_000 })).toEqual([400, { error: 'request', message: expect.stringMatching(/^limit: /) }]);
    expect(await ask({ set: { ...EMPTY_SET, region: ['北京\u0000'] }, sort: 'auto', offset: 0, limit: 10 })).toEqual([400, { error: 'request', message: 'set.region.0: contains a NUL character' }]);
    expect(await ask({ set: { ...EMPTY_SET, q: '(芯片' }, sort: 'auto', offset: 0, limit: 10 })).toEqual([400, expect.objectContaining({ error: 'query', message: expect.stringContaining('missingClose') })]);
    expect(await ask({ set: { ...EMPTY_SET, from: '2025-13' }, sort: 'auto', offset: 0, limit: 10 })).toEqual([400, { error: 'request', message: expect.stringMatching(/^set\.from: /) }]);
    const notJson = await post(`${base}/api/view`, '{"set":');
    expect([notJson.status, (await notJson.json()).error]).toEqual([400, 'json']);
    expect((await fetch(`${base}/api/nothing`)).status).toBe(404);
  });

  it('loads a corpus with the team token (none without it); a client numbering by the earlier corpus is told to reload', async () => {
    const seeds = seedCorpus();
    const before = (await (await fetch(`${base}/api/corpus/facets.json`)).json()) as { checksum: string };
    const changed = { ...seeds, articles: [...seeds.articles.slice(1), { ...seeds.articles[0]!, id: 'bad', date: 'soon' }] };
    expect((await post(`${base}/api/corpus`, changed, undefined, 'PUT')).status).toBe(401);
    const report = await (await post(`${base}/api/corpus`, changed, WRITE, 'PUT')).json();
    expect(report).toMatchObject({ articles: 28, removed: 1, skipped: [{ index: 28, id: 'bad', reason: expect.stringMatching(/^date/) }] });
    expect(ApiCorpusInfo.parse(await (await fetch(`${base}/api/corpus/info`)).json()).total).toBe(28);
    const after = (await (await fetch(`${base}/api/corpus/facets.json`)).json()) as { checksum: string };
    const rowsBy = (checksum: string) => fetch(`${base}/api/rows`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-srdi-corpus': checksum }, body: JSON.stringify({ positions: [0] }) });
    const stale = await rowsBy(before.checksum);
    expect([stale.status, (await stale.json()).error]).toEqual([409, 'corpus-changed']);
    expect((await rowsBy(after.checksum)).status).toBe(200);
    expect((await post(`${base}/api/corpus`, { articles: [] }, WRITE, 'PUT')).status).toBe(400);
    // The seeds again, for the test after.
    expect(await (await post(`${base}/api/corpus`, seeds, WRITE, 'PUT')).json()).toMatchObject({ articles: 29, skipped: [] });
  });

  it('a second server over the same database follows a load by the first: its corpus, its numbering and its search are the new corpus’s', async () => {
    const seeds = seedCorpus();
    const other = await startTeamServer(pool, { follow: true });
    servers.push(other);
    const info = async (url: string) => ApiCorpusInfo.parse(await (await fetch(`${url}/api/corpus/info`)).json()).total;
    const searched = async (url: string) => ApiSearchHits.parse(await (await post(`${url}/api/search`, { q: '专精特新' })).json()).positions.length;
    const before = await searched(other.url);
    expect(await info(other.url)).toBe(29);
    const fewer = { ...seeds, articles: seeds.articles.filter((a) => !`${a.title}${a.paragraphs.join('')}`.includes('专精特新')).concat(seeds.articles.find((a) => a.paragraphs.join('').includes('专精特新'))!) };
    expect((await post(`${base}/api/corpus`, fewer, WRITE, 'PUT')).status).toBe(200);
    await expect.poll(() => info(other.url), { timeout: 20_000 }).toBe(fewer.articles.length);
    // Its search cache was dropped with the old corpus.
    expect(await searched(other.url)).toBe(1);
    expect(before).toBeGreaterThan(1);
    expect(await (await post(`${base}/api/corpus`, seeds, WRITE, 'PUT')).json()).toMatchObject({ articles: 29, skipped: [] });
    await expect.poll(() => info(other.url), { timeout: 20_000 }).toBe(29);
  });

  it('npm run serve migrates, loads the corpus, binds to 127.0.0.1 and serves the app in remote mode', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', '--db', db.url, '--corpus', 'public/corpus/corpus.json', '--port', '0', '--public-url', 'https://srdi.example.org/'], {
      cwd: `${__dirname}/../..`, env: { ...process.env, SRDI_TOKEN: WRITE }, stdio: ['ignore', 'ignore', 'pipe'],
    });
    try {
      let log = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stderr.on('data', (b: Buffer) => {
          log += b.toString();
          const m = /serving on (http:\/\/[\d.]+:\d+)/.exec(log);
          if (m) resolve(m[1]!);
        });
        child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${log}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(log).toMatch(/corpus: 29 articles \(.*, 0 skipped\)/);
      expect((await (await fetch(`${url}/config.json`)).json()).publicUrl).toBe('https://srdi.example.org/');
      if (existsSync(`${__dirname}/../../dist/index.html`)) expect(await (await fetch(`${url}/`)).text()).toContain('Content-Security-Policy');
    } finally {
      // A child that already exited (it failed to start) fires no second 'exit'.
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
    }
  }, 60_000);
});
