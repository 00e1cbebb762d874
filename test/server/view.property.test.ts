// The team server answers as the app does: random filter states and queries through the
// server's SQL view and through the app's own engine (bitsets over the same articles,
// the reference search scan) give identical counts, ids and order — on random corpora,
// on the seeds and on a generated 10k corpus, against a real PostgreSQL.
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, ArticleMeta } from '../../src/shared/schema';
import { countBy, industryTopicMatrix } from '../../src/app/model/aggregate';
import { valuesOf } from '../../src/app/model/facets';
import { SCHEMA_VERSION } from '../../src/shared/schema';
import type { ResultSet, SortOrder } from '../../src/shared/result-set';
import type { ApiView } from '../../src/shared/api';
import { loadCorpus } from '../../src/server/load-corpus';
import { migrate } from '../../src/server/migrate';
import { readCatalog, serverView, type Catalog, type HitsCache } from '../../src/server/view';
import { corpus as randomCorpus, filters as randomFilters, filtersOver, query as randomQuery } from '../helpers/arbitrary-corpus';
import { Params } from '../../src/server/filter-sql';
import { searchHits } from '../../src/server/search-sql';
import { parseQuery } from '../../src/shared/search/query';
import { buildSearchIndex } from '../../src/shared/search/search';
import { searchScores } from '../helpers/reference-search';
import { generateCorpus } from '../helpers/generate-corpus';
import { testDatabase, type TestDatabase } from '../helpers/postgres';
import { referenceView, type ViewWithRows } from '../helpers/reference-view';
import { seedCorpus } from '../helpers/seed-corpus';

const started = await testDatabase();
const run = started.db ? describe : describe.skip;
if (!started.db) console.warn(`PostgreSQL tests skipped: ${started.why}`);

type Asked = ResultSet & { sort: SortOrder };

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const tally = (keys: string[]) => [...keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>())];

/** The plain definition of the API's timeline: the set without its dates, by month (day and month precision), by year (year only), undated. */
function timelineOf(rows: readonly ArticleMeta[]): ApiView['timeline'] {
  const dated = (p: string[]) => rows.filter((a) => a.date !== null && p.includes(a.datePrecision!));
  return {
    months: tally(dated(['day', 'month']).map((a) => a.date!.slice(0, 7))).sort(([a], [b]) => byCodeUnits(a, b)).map(([period, count]) => ({ period, count })),
    years: tally(dated(['year']).map((a) => a.date!)).sort(([a], [b]) => byCodeUnits(a, b)).map(([year, count]) => ({ year: Number(year), count })),
    undated: rows.filter((a) => a.date === null).length,
  };
}

/** The plain definition of the API's charts: the app's own counts (countBy, the matrix's pairs), put in the API's order. */
function chartsOf(rows: readonly ArticleMeta[], scope: ResultSet['places']): ApiView['charts'] {
  const order = <T extends { count: number }>(xs: T[], key: (x: T) => string) => xs.sort((a, b) => b.count - a.count || byCodeUnits(key(a), key(b)));
  return {
    regions: order(countBy(rows, (a) => valuesOf(a, 'region', scope)), (x) => x.key),
    outlets: order(countBy(rows, (a) => [a.outlet ?? '∅']), (x) => x.key),
    pairs: order(industryTopicMatrix(rows).pairs.map(({ row, col, count }) => ({ industry: row, topic: col, count })), (x) => `${x.industry}\u0000${x.topic}`),
  };
}

/** The app's view in the API's shape: labels are the app's to add, so they are left out. */
function asApi(v: ViewWithRows, scope: ResultSet['places'], offset: number, limit: number): ApiView {
  const bucket = ({ value, count, selected, excluded }: { value: string; count: number; selected: boolean; excluded: boolean }) => ({ value, count, selected, excluded });
  return {
    total: v.total, matched: v.numbers.length, sort: v.sort, facets: Object.fromEntries(Object.entries(v.facets).map(([k, bs]) => [k, bs.map(bucket)])) as ApiView['facets'],
    groups: v.groups.map((g) => ({ ...bucket(g), provinces: g.provinces })), coarse: v.coarse, timeline: timelineOf(v.ignoring), charts: chartsOf(v.results, scope),
    offset, results: v.results.slice(offset, offset + limit),
  };
}

run('the server’s view equals the app’s', () => {
  const db = started.db as TestDatabase;
  let pool: pg.Pool;
  beforeAll(async () => {
    await migrate(db.url);
    pool = new pg.Pool({ connectionString: db.url, max: 4 });
  });
  afterAll(async () => {
    await pool?.end();
    db.stop();
  });

  /** Loads the articles as the corpus; the app's view of them and the server's, side by side. */
  async function both(articles: Article[]): Promise<(f: Asked, offset?: number, limit?: number) => Promise<[ApiView, ApiView]>> {
    const client = await pool.connect();
    try {
      const report = await loadCorpus(client, { schemaVersion: SCHEMA_VERSION, generatedAt: '2026-12-02T00:00:00Z', sources: [], articles });
      expect(report.skipped).toEqual([]);
    } finally {
      client.release();
    }
    const catalog: Catalog = await readCatalog(pool);
    const cache: HitsCache = new Map();
    const app = referenceView(articles);
    return async (f, offset = 0, limit = 500) => {
      const { sort, ...set } = f;
      const server = await serverView(pool, catalog, { set, sort, offset, limit }, cache);
      return [server, asApi(app({ ...set, sort }), set.places, offset, limit)];
    };
  }

  it('on random corpora and filter states', async () => {
    await fc.assert(
      fc.asyncProperty(randomCorpus, fc.array(randomFilters, { minLength: 1, maxLength: 4 }), async (articles, states) => {
        const views = await both(articles);
        for (const f of states) {
          const [server, app] = await views(f);
          expect(server).toEqual(app);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('search scores equal the reference’s on random corpora (counted in SQL where the scorer’s counts allow, scored here where not)', async () => {
    await fc.assert(
      fc.asyncProperty(randomCorpus, fc.array(randomQuery, { minLength: 1, maxLength: 4 }), async (articles, queries) => {
        await both(articles);
        const texts = buildSearchIndex(articles);
        for (const q of queries) {
          const hits = await searchHits(pool, parseQuery(q), () => new Params());
          const ref = searchScores(texts, parseQuery(q));
          expect(hits && new Map(hits.positions.map((p, k) => [articles[p]!.id, hits.scores[k]]))).toEqual(ref);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('counts a term that overlaps itself as the scorer does (哈哈 twice in 哈哈哈)', async () => {
    const [a, b] = seedCorpus().articles;
    const articles = [{ ...a!, title: '哈哈哈', paragraphs: ['哈哈 哈哈哈 abab'], body: '哈哈 哈哈哈 abab' }, { ...b!, title: '哈哈', paragraphs: ['哈哈哈哈'], body: '哈哈哈哈' }];
    await both(articles);
    const texts = buildSearchIndex(articles);
    for (const q of ['哈哈', '哈哈 -abab', 'aba', '哈']) {
      const hits = await searchHits(pool, parseQuery(q), () => new Params());
      expect(hits && new Map(hits.positions.map((p, k) => [articles[p]!.id, hits.scores[k]])), q).toEqual(searchScores(texts, parseQuery(q)));
    }
  });

  it('on the seeds', async () => {
    const articles = seedCorpus().articles;
    const views = await both(articles);
    let searchedAndFound = 0;
    await fc.assert(
      fc.asyncProperty(filtersOver(articles), async (f) => {
        const [server, app] = await views(f);
        expect(server).toEqual(app);
        if (f.q !== '' && server.matched > 0 && server.results.length > 0) searchedAndFound++;
      }),
      { numRuns: 150 },
    );
    // The states are not all empty answers: some searched and found something (about 20 of 150 do; 5 is far below any seed's draw).
    expect(searchedAndFound).toBeGreaterThanOrEqual(5);
  }, 120_000);

  it('on a generated 10k corpus, a page at a time', async () => {
    const articles = generateCorpus(seedCorpus(), 10_000).articles;
    const views = await both(articles);
    await fc.assert(
      fc.asyncProperty(filtersOver(articles), fc.nat({ max: 400 }), async (f, offset) => {
        const [server, app] = await views(f, offset, 50);
        expect(server).toEqual(app);
      }),
      { numRuns: 25 },
    );
  }, 600_000);
});
