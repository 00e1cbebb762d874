// The team server's store against a real PostgreSQL (a throwaway cluster; see
// test/helpers/postgres.ts): migrations apply, a corpus loads idempotently by id and
// source hash, a bad article is reported and skipped, Chinese is indexed (bigrams and
// trigrams: the cluster's UTF-8 locale), and untrusted text stays data.
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigramKey, bigramKeysOf } from '../../src/server/bigrams';
import { loadCorpus } from '../../src/server/load-corpus';
import { migrate } from '../../src/server/migrate';
import { testDatabase, type TestDatabase } from '../helpers/postgres';
import { seedCorpus } from '../helpers/seed-corpus';

const started = await testDatabase();
// Skipped only when no server can be had, and then saying why (never silently).
const run = started.db ? describe : describe.skip;
if (!started.db) console.warn(`PostgreSQL tests skipped: ${started.why}`);

run('the team server’s store in PostgreSQL', () => {
  const db = started.db as TestDatabase;
  let pool: pg.Pool;
  beforeAll(async () => {
    expect(await migrate(db.url)).toEqual(['1764633600000_articles', '1764720000000_view-columns', '1764720600000_saved-view-chart', '1764721200000_corpus-files', '1764722400000_bigram-column', '1764723600000_narrow-articles', '1764810000000_bigram-keys']);
    pool = new pg.Pool({ connectionString: db.url, max: 2 });
  });
  afterAll(async () => {
    await pool?.end();
    db.stop();
  });

  const withClient = async <T,>(f: (c: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      return await f(client);
    } finally {
      client.release();
    }
  };

  it('applies each migration once', async () => {
    expect(await migrate(db.url)).toEqual([]);
  });

  it('loads a corpus once: a second load writes nothing, a changed article is written again, a bad one is skipped with why', async () => {
    const corpus = seedCorpus();
    const first = await withClient((c) => loadCorpus(c, corpus));
    expect(first).toMatchObject({ articles: 29, written: 29, unchanged: 0, removed: 0, skipped: [] });
    expect(await withClient((c) => loadCorpus(c, corpus))).toMatchObject({ articles: 29, written: 0, unchanged: 29, removed: 0 });
    const changed = { ...corpus, articles: [{ ...corpus.articles[0]!, title: '改过的标题' }, ...corpus.articles.slice(1, 28), { ...corpus.articles[28]!, date: 'soon' }] };
    const report = await withClient((c) => loadCorpus(c, changed));
    // Written: the retitled article, and the 11 that stood after the dropped one in newest-first order (their rank moved up).
    expect(report).toMatchObject({ articles: 28, written: 12, unchanged: 16, removed: 1 });
    expect(report.skipped).toEqual([{ index: 28, id: corpus.articles[28]!.id, reason: expect.stringMatching(/^date/) }]);
    const { rows } = await pool.query<{ title: string; n: string }>("SELECT t.row->>'title' AS title, (SELECT count(*) FROM articles) AS n FROM articles a JOIN article_texts t USING (id) WHERE a.position = 0");
    expect(rows).toEqual([{ title: '改过的标题', n: '28' }]);
    await withClient((c) => loadCorpus(c, corpus));
  });

  it('indexes Chinese: pg_trgm sees its characters (a UTF-8 cluster), and each article’s bigrams narrow a term to the articles that contain it', async () => {
    const { rows } = await pool.query<{ trigrams: number }>("SELECT array_length(show_trgm('专精特新'), 1) AS trigrams");
    expect(rows[0]!.trigrams).toBeGreaterThan(0);
    const cp = (c: string) => c.codePointAt(0)!;
    expect(bigramKeysOf('专精特新')).toEqual([bigramKey(cp('专'), cp('精')), bigramKey(cp('精'), cp('特')), bigramKey(cp('特'), cp('新'))]);
    const hits = await pool.query<{ n: string }>('SELECT count(*) AS n FROM article_texts WHERE bigram_keys @> $1::int4[] AND srdi_searched(search_title, search_body) LIKE $2', [bigramKeysOf('低空经济'), '%低空经济%']);
    expect(Number(hits.rows[0]!.n)).toBe(seedCorpus().articles.filter((a) => `${a.title ?? ''}\n${a.paragraphs.join('\n')}`.includes('低空经济')).length);
    // The index can answer it (29 rows are a sequential scan's, so the planner is told not to scan).
    const plan = await withClient(async (c) => {
      await c.query('SET enable_seqscan = off');
      const r = await c.query<{ 'QUERY PLAN': string }>('EXPLAIN SELECT id FROM article_texts WHERE bigram_keys @> $1::int4[]', [bigramKeysOf('低空经济')]);
      await c.query('RESET enable_seqscan');
      return r.rows.map((x) => x['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('article_texts_bigram_keys');
  });

  it('keys a bigram in SQL as in Node (the migration keyed the stored rows in SQL): Chinese, Latin, supplementary characters', async () => {
    const sqlKeys = async (t: string) => (await pool.query<{ k: number[] }>('SELECT srdi_bigram_keys($1) AS k', [t])).rows[0]!.k;
    const nodeKeys = (t: string) => bigramKeysOf(t).sort((a, b) => a - b);
    const seedText = seedCorpus().articles[0]!.paragraphs.join('\n');
    expect(await sqlKeys(seedText)).toEqual(nodeKeys(seedText));
    const chars = fc.constantFrom('专', '精', '特', '新', 'a', 'Z', '1', '\n', ' ', '𠀀', '𪚥', '😀', '·', '\uffff');
    await fc.assert(fc.asyncProperty(fc.array(chars, { maxLength: 12 }).map((cs) => cs.join('')), async (t) => {
      expect(await sqlKeys(t)).toEqual(nodeKeys(t));
    }), { numRuns: 150 });
    // Two BMP characters key exactly: distinct pairs, distinct keys.
    expect(new Set(['专精', '精专', '专专', 'ab', 'ba'].map((p) => bigramKey(p.charCodeAt(0), p.charCodeAt(1)))).size).toBe(5);
  });

  it('reloads a reordered corpus: every article keeps its text, numbered as the file numbers it', async () => {
    const corpus = seedCorpus();
    await withClient((c) => loadCorpus(c, corpus));
    const reversed = { ...corpus, articles: [...corpus.articles].reverse() };
    expect(await withClient((c) => loadCorpus(c, reversed))).toMatchObject({ articles: 29, removed: 0 });
    const { rows } = await pool.query<{ id: string }>('SELECT a.id FROM articles a JOIN article_texts t USING (id) ORDER BY a.position');
    expect(rows.map((r) => r.id)).toEqual(reversed.articles.map((a) => a.id));
  });

  it('stores an injection payload in an id and a title as text', async () => {
    const corpus = seedCorpus();
    const evil = "x'); DROP TABLE articles; --";
    const report = await withClient((c) => loadCorpus(c, { ...corpus, articles: [{ ...corpus.articles[0]!, id: evil, title: `${evil}"\\` }, ...corpus.articles.slice(1)] }));
    expect(report.skipped).toEqual([]);
    const { rows } = await pool.query<{ title: string }>("SELECT row->>'title' AS title FROM article_texts WHERE id = $1", [evil]);
    expect(rows).toEqual([{ title: `${evil}"\\` }]);
    await withClient((c) => loadCorpus(c, corpus));
    expect((await pool.query('SELECT count(*)::int AS n FROM articles')).rows[0]).toEqual({ n: 29 });
  });
});
