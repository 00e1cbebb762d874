// A view answered by PostgreSQL: the disjunctive counts of every facet (each counted over
// the articles matching every other group's filters), the policy region groups, one page
// of results in the app's display order and the coarse-date detail. Counting is SQL; the
// order of buckets and of relevance ties is settled in JavaScript by the app's rules, so
// the answers are the app's to the element.
import type { Pool } from 'pg';
import type { ApiBucket, ApiCorpusInfo, ApiGroupBucket, ApiView } from '../shared/api';
import { fullArticle } from '../shared/compact';
import { ArticleMeta, FacetManifest, SCHEMA_VERSION, type Corpus } from '../shared/schema';
import { effectiveSort, FACETS, groupOf, type FacetGroup, type FacetId, type PlaceScope, type ResultSet, type SortOrder } from '../shared/result-set';
import { parseQuery } from '../shared/search/query';
import { buildFacetColumns, spanKeys } from '../shared/facet-columns';
import { encodeFacetFile } from '../shared/facet-file';
import { REGION_GROUPS } from '../shared/taxonomy/regions';
import { facetColumn, Params, setCondition } from './filter-sql';
import { searchHits, type ServerHits } from './search-sql';

export interface ViewRequest {
  set: ResultSet;
  sort: SortOrder;
  offset: number;
  limit: number;
}

/**
 * What a corpus holds regardless of filters: its size, every facet's values (listed at
 * zero when nothing matches), and what the app in team mode reads once — the corpus's
 * provenance and its facet index as the pipeline writes it.
 */
export interface Catalog {
  total: number;
  values: Record<PlaceScope, Record<FacetId, string[]>>;
  info: ApiCorpusInfo;
  /** The facet index's checksum: the corpus's identity, which the app sends with every request by article number. */
  checksum: string;
  facetManifest: FacetManifest;
  facetBytes: Uint8Array;
  articleIds: unknown;
}

interface CorpusRow { generated_at: string; sources: ApiCorpusInfo['sources']; skipped: ApiCorpusInfo['skipped']; facet_manifest: unknown; facet_bytes: Buffer; article_ids: unknown }

/** The stored corpus row, or an empty corpus's (a server started before any load). */
async function corpusRow(db: Pool): Promise<CorpusRow> {
  const { rows } = await db.query<CorpusRow>('SELECT generated_at, sources, skipped, facet_manifest, facet_bytes, article_ids FROM corpus');
  if (rows[0]) return rows[0];
  const empty = encodeFacetFile(buildFacetColumns([]), []);
  return { generated_at: new Date(0).toISOString(), sources: [], skipped: [], facet_manifest: empty.manifest, facet_bytes: Buffer.from(empty.bytes), article_ids: empty.ids };
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function readCatalog(db: Pool): Promise<Catalog> {
  const total = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM articles')).rows[0]!.n);
  const values = { subject: {}, wide: {} } as Catalog['values'];
  for (const scope of ['subject', 'wide'] as const) {
    for (const facet of FACETS) {
      const { rows } = await db.query<{ v: string }>(`SELECT DISTINCT unnest(${facetColumn(facet, scope)}) AS v FROM articles`);
      values[scope][facet] = rows.map((r) => r.v).sort(byCodeUnits);
    }
  }
  const row = await corpusRow(db);
  const manifest = FacetManifest.parse(row.facet_manifest);
  return {
    total, values, info: { total, generatedAt: row.generated_at, sources: row.sources, skipped: row.skipped },
    checksum: manifest.checksum, facetManifest: manifest, facetBytes: new Uint8Array(row.facet_bytes), articleIds: row.article_ids,
  };
}

/** A facet's buckets, most first, in the app's order: value order, then stably by count; values named but absent listed at zero. */
function bucketsOf(known: readonly string[], counts: Map<string, number>, f: ResultSet, facet: FacetId): ApiBucket[] {
  const selected = f[facet];
  const excluded = f.exclude[facet];
  const buckets = known.map((value) => ({ value, count: counts.get(value) ?? 0, selected: selected.includes(value), excluded: excluded.includes(value) }));
  const has = new Set(known);
  for (const v of selected) if (!has.has(v)) buckets.push({ value: v, count: 0, selected: true, excluded: false });
  for (const v of excluded) if (!has.has(v)) buckets.push({ value: v, count: 0, selected: false, excluded: true });
  const absent = buckets.length > known.length;
  return buckets.sort((a, b) => b.count - a.count || (absent ? byCodeUnits(a.value, b.value) : 0));
}

/** Whether a facet group filters anything (a selection or an exclusion): only then are its counts over a pool of their own. */
const filtersGroup = (f: ResultSet, group: FacetGroup) => (group === 'place' ? ['region', 'city'] as const : [group]).some((x) => f[x].length > 0 || f.exclude[x].length > 0);

/**
 * Counts of the values of some facets over one pool (the articles matching every group
 * but `except`): one scan of the table for all of them, each article's values of each
 * facet unnested side by side. Each article's values are distinct (the load keeps them
 * so), so a row is an article.
 */
async function countOver(db: Pool, f: ResultSet, hits: ServerHits | null, facets: readonly FacetId[], except?: FacetGroup): Promise<Map<FacetId, Map<string, number>>> {
  const p = new Params();
  const where = setCondition(f, hits && hits.positions, p, except);
  const unnested = facets.map((facet, k) => `SELECT ${k} AS f, unnest(${facetColumn(facet, f.places)}) AS v`).join(' UNION ALL ');
  const { rows } = await db.query<{ f: number; v: string; n: number }>(
    `SELECT x.f, x.v, count(*)::int AS n FROM articles, LATERAL (${unnested}) AS x WHERE ${where} GROUP BY x.f, x.v`,
    p.values,
  );
  const out = new Map(facets.map((facet) => [facet, new Map<string, number>()]));
  for (const r of rows) out.get(facets[r.f]!)!.set(r.v, r.n);
  return out;
}

/**
 * Every facet's disjunctive counts. A group that filters is counted over the articles
 * matching every other group (its own pool, one query); all the groups that filter
 * nothing share the results as their pool, counted in one scan (as the app's bitsets
 * share one pool for them).
 */
async function facetCounts(db: Pool, catalog: Catalog, f: ResultSet, hits: ServerHits | null): Promise<ApiView['facets']> {
  const own = FACETS.filter((facet) => filtersGroup(f, groupOf(facet)));
  const shared = FACETS.filter((facet) => !own.includes(facet));
  const groups = [...new Set(own.map(groupOf))];
  const parts = await Promise.all([
    ...(shared.length > 0 ? [countOver(db, f, hits, shared)] : []),
    ...groups.map((g) => countOver(db, f, hits, FACETS.filter((facet) => groupOf(facet) === g), g)),
  ]);
  const counts = new Map(parts.flatMap((m) => [...m]));
  return Object.fromEntries(FACETS.map((facet) => [facet, bucketsOf(catalog.values[f.places][facet], counts.get(facet)!, f, facet)])) as ApiView['facets'];
}

async function groupCounts(db: Pool, f: ResultSet, hits: ServerHits | null): Promise<ApiGroupBucket[]> {
  const p = new Params();
  const column = facetColumn('region', f.places);
  const counts = REGION_GROUPS.map((g, k) => `count(*) FILTER (WHERE ${column} && ${p.add(g.provinces, '::text[]')})::int AS g${k}`);
  const where = setCondition(f, hits && hits.positions, p, 'place');
  const row = (await db.query<Record<string, number>>(`SELECT ${counts.join(', ')} FROM articles WHERE ${where}`, p.values)).rows[0]!;
  return REGION_GROUPS.map((g, k) => ({
    value: g.id, provinces: [...g.provinces], count: row[`g${k}`]!, selected: g.provinces.every((x) => f.region.includes(x)), excluded: g.provinces.every((x) => f.exclude.region.includes(x)),
  }));
}

/** Matches whose date is coarser than the range: month-wide and year-wide spans, told apart as the app does. */
async function coarseCounts(db: Pool, f: ResultSet, hits: ServerHits | null): Promise<ApiView['coarse']> {
  if (!(f.from || f.to) || f.exactDates) return { year: 0, month: 0 };
  const p = new Params();
  const where = setCondition(f, hits && hits.positions, p);
  const lo = p.add(f.from ? spanKeys(f.from)!.start : 0, '::int');
  const hi = p.add(f.to ? spanKeys(f.to)!.end : 2 ** 31 - 1, '::int');
  const coarse = `NOT (span_start >= ${lo} AND span_end <= ${hi})`;
  const { rows } = await db.query<{ month: number; year: number }>(
    `SELECT count(*) FILTER (WHERE ${coarse} AND span_start >> 5 = span_end >> 5)::int AS month, count(*) FILTER (WHERE ${coarse} AND span_start >> 5 <> span_end >> 5)::int AS year FROM articles WHERE ${where}`,
    p.values,
  );
  return rows[0]!;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The timeline's counts over the set without its dates: one scan, each article by the precision of its date span. */
async function timelineCounts(db: Pool, f: ResultSet, hits: ServerHits | null): Promise<ApiView['timeline']> {
  const p = new Params();
  const where = setCondition({ ...f, from: null, to: null }, hits && hits.positions, p);
  const { rows } = await db.query<{ kind: 'm' | 'y' | 'u'; k: number; n: number }>(
    `SELECT CASE WHEN span_start = 0 THEN 'u' WHEN span_start >> 5 = span_end >> 5 THEN 'm' ELSE 'y' END AS kind,
            CASE WHEN span_start = 0 THEN 0 WHEN span_start >> 5 = span_end >> 5 THEN span_start >> 5 ELSE span_start >> 9 END AS k, count(*)::int AS n
     FROM articles WHERE ${where} GROUP BY 1, 2 ORDER BY 1, 2`,
    p.values,
  );
  // A month key is y·16 + m (the day key without its five day bits).
  return {
    months: rows.filter((r) => r.kind === 'm').map((r) => ({ period: `${r.k >> 4}-${pad2(r.k & 15)}`, count: r.n })),
    years: rows.filter((r) => r.kind === 'y').map((r) => ({ year: r.k, count: r.n })),
    undated: rows.find((r) => r.kind === 'u')?.n ?? 0,
  };
}

const mostFirst = <T extends { count: number }>(xs: T[], key: (x: T) => string): T[] => xs.sort((a, b) => b.count - a.count || byCodeUnits(key(a), key(b)));

/** The charts' counts over the set itself (its place scope's provinces, outlets, industry × topic pairs). */
async function chartCounts(db: Pool, f: ResultSet, hits: ServerHits | null): Promise<ApiView['charts']> {
  const p = new Params();
  const where = setCondition(f, hits && hits.positions, p);
  const [counts, pairs] = await Promise.all([
    countOver(db, f, hits, ['region', 'outlet']),
    db.query<{ industry: string; topic: string; count: number }>(`SELECT i AS industry, t AS topic, count(*)::int AS count FROM articles, unnest(industries) AS i, unnest(topics) AS t WHERE ${where} GROUP BY i, t`, p.values),
  ]);
  const list = (m: Map<string, number>) => mostFirst([...m].map(([key, count]) => ({ key, count })), (x) => x.key);
  return { regions: list(counts.get('region')!), outlets: list(counts.get('outlet')!), pairs: mostFirst(pairs.rows, (x) => `${x.industry}\u0000${x.topic}`) };
}

interface Page { matched: number; positions: number[] }

/** The page of positions in display order: by rank along newest-first (either way), or by score then newest first. */
async function resultPage(db: Pool, req: ViewRequest, sort: ApiView['sort'], hits: ServerHits | null): Promise<Page> {
  const p = new Params();
  const where = setCondition(req.set, hits && hits.positions, p);
  if (sort === 'relevance' && hits) {
    const { rows } = await db.query<{ position: number; newest_rank: number }>(`SELECT position, newest_rank FROM articles WHERE ${where}`, p.values);
    const score = new Map(hits.positions.map((x, k) => [x, hits.scores[k]!]));
    rows.sort((a, b) => score.get(b.position)! - score.get(a.position)! || a.newest_rank - b.newest_rank);
    return { matched: rows.length, positions: rows.slice(req.offset, req.offset + req.limit).map((r) => r.position) };
  }
  const matched = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM articles WHERE ${where}`, p.values)).rows[0]!.n);
  const limit = p.add(req.limit, '::int');
  const offset = p.add(req.offset, '::int');
  const { rows } = await db.query<{ position: number }>(
    `SELECT position FROM articles WHERE ${where} ORDER BY newest_rank ${sort === 'oldest' ? 'DESC' : 'ASC'} LIMIT ${limit} OFFSET ${offset}`,
    p.values,
  );
  return { matched, positions: rows.map((r) => r.position) };
}

/** The rows of some articles, in the order given; each parsed as the app parses a row. */
export async function rowsAt(db: Pool, positions: readonly number[]): Promise<ArticleMeta[]> {
  if (positions.length === 0) return [];
  const { rows } = await db.query<{ position: number; row: unknown }>('SELECT a.position, t.row FROM articles a JOIN article_texts t USING (id) WHERE a.position = ANY($1::int[])', [positions]);
  const by = new Map(rows.map((r) => [r.position, r.row]));
  return positions.map((x) => ArticleMeta.parse(by.get(x)));
}

/**
 * The set's articles in full (row and text), in display order, as a corpus document the
 * app opens again; null when the set has more than `max` (an export is never cut short).
 */
export async function exportOf(db: Pool, catalog: Catalog, req: Omit<ViewRequest, 'offset' | 'limit'>, cache: HitsCache, max: number): Promise<{ matched: number; corpus: Corpus | null }> {
  const hits = await cachedHits(db, req.set.q, cache);
  const page = await resultPage(db, { ...req, offset: 0, limit: max + 1 }, effectiveSort(req.sort, hits !== null), hits);
  if (page.matched > max) return { matched: page.matched, corpus: null };
  const { rows } = await db.query<{ position: number; row: ArticleMeta; paragraphs: string[] }>(
    'SELECT a.position, t.row, t.paragraphs FROM articles a JOIN article_texts t USING (id) WHERE a.position = ANY($1::int[])',
    [page.positions],
  );
  const by = new Map(rows.map((r) => [r.position, r]));
  const articles = page.positions.map((x) => fullArticle(ArticleMeta.parse(by.get(x)!.row), by.get(x)!.paragraphs));
  const files = new Set(articles.map((a) => a.source.file));
  const { generatedAt, sources } = catalog.info;
  return { matched: page.matched, corpus: { schemaVersion: SCHEMA_VERSION, generatedAt, sources: sources.filter((s) => files.has(s.file)), articles } };
}

/** Some articles' texts by number, in the order given (every number within the corpus: the caller checks). */
export async function textsAt(db: Pool, positions: readonly number[]): Promise<{ id: string; paragraphs: string[] }[]> {
  const { rows } = await db.query<{ position: number; id: string; paragraphs: string[] }>('SELECT a.position, id, t.paragraphs FROM articles a JOIN article_texts t USING (id) WHERE a.position = ANY($1::int[])', [positions]);
  const by = new Map(rows.map((r) => [r.position, { id: r.id, paragraphs: r.paragraphs }]));
  return positions.map((p) => by.get(p)!);
}

/** An article's text by its number; null when there is none. */
export async function textAt(db: Pool, position: number): Promise<{ id: string; paragraphs: string[] } | null> {
  const { rows } = await db.query<{ id: string; paragraphs: string[] }>('SELECT id, t.paragraphs FROM articles a JOIN article_texts t USING (id) WHERE a.position = $1', [position]);
  return rows[0] ?? null;
}

/** Searches are cached by query text: an analyst clicking facets asks the same query again and again. */
export type HitsCache = Map<string, Promise<ServerHits | null>>;
const CACHED_QUERIES = 64;

export async function cachedHits(db: Pool, q: string, cache: HitsCache): Promise<ServerHits | null> {
  let hits = cache.get(q);
  if (!hits) {
    if (cache.size >= CACHED_QUERIES) cache.delete(cache.keys().next().value!);
    hits = searchHits(db, parseQuery(q), () => new Params());
    cache.set(q, hits);
    hits.catch(() => cache.delete(q));
  }
  return hits;
}

/** The view of a request (its query already known to parse). */
export async function serverView(db: Pool, catalog: Catalog, req: ViewRequest, cache: HitsCache): Promise<ApiView> {
  const hits = await cachedHits(db, req.set.q, cache);
  const sort = effectiveSort(req.sort, hits !== null);
  const [facets, groups, coarse, timeline, charts, page] = await Promise.all([
    facetCounts(db, catalog, req.set, hits), groupCounts(db, req.set, hits), coarseCounts(db, req.set, hits), timelineCounts(db, req.set, hits), chartCounts(db, req.set, hits), resultPage(db, req, sort, hits),
  ]);
  return { total: catalog.total, matched: page.matched, sort, facets, groups, coarse, timeline, charts, offset: req.offset, results: await rowsAt(db, page.positions) };
}
