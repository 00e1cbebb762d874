// Loads a corpus into the database: idempotent by article id and source hash (an
// unchanged article is not written again, a changed one is replaced, one no longer in
// the corpus is removed), a bad article reported and skipped as the app skips it. Every
// statement is parameterised; the corpus is untrusted input.
import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { articleMeta } from '../shared/compact';
import { buildFacetColumns, columnValues, newestFirstOrder, spanKeys } from '../shared/facet-columns';
import { encodeFacetFile } from '../shared/facet-file';
import { buildSearchIndex } from '../shared/search/search';
import { bigramKeysOf } from './bigrams';
import { CORPUS_CHANNEL } from './follow-corpus';
import { Article, claimedId, Corpus, skipReason } from '../shared/schema';

export interface LoadReport {
  articles: number;
  written: number;
  unchanged: number;
  removed: number;
  skipped: { index: number; id: string | null; reason: string }[];
}

/** The corpus as a whole, checked before any article; the articles are checked one by one. */
const Envelope = Corpus.pick({ schemaVersion: true, generatedAt: true, sources: true });

const hashOf = (a: Article): string => createHash('sha256').update(JSON.stringify(a)).digest('hex');

/** The articles that parse, by position, and those that do not, with why. */
function checkArticles(raw: readonly unknown[]): { good: Article[]; skipped: LoadReport['skipped'] } {
  const good: Article[] = [];
  const skipped: LoadReport['skipped'] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const id = claimedId(item);
    const parsed = Article.safeParse(item);
    if (!parsed.success) skipped.push({ index, id, reason: skipReason(parsed.error.issues) });
    else if (seen.has(parsed.data.id)) skipped.push({ index, id, reason: 'duplicate id' });
    else {
      seen.add(parsed.data.id);
      good.push(parsed.data);
    }
  });
  return { good, skipped };
}

/** Each column and its type, as the batch insert reads its rows from JSON: the narrow facet table, and the texts beside it. */
const ARTICLE_COLUMNS = {
  id: 'text', position: 'int', newest_rank: 'int', source_hash: 'text', regions: 'text[]', cities: 'text[]', wide_regions: 'text[]', wide_cities: 'text[]',
  industries: 'text[]', topics: 'text[]', outlet: 'text', outlets: 'text[]', kind: 'text', kinds: 'text[]', documents: 'text[]', on_topic: 'boolean', published: 'text',
  span_start: 'int', span_end: 'int',
} as const;
const TEXT_COLUMNS = {
  id: 'text', source_hash: 'text', row: 'jsonb', paragraphs: 'jsonb', search_title: 'text', search_body: 'text', search_outlet: 'text', search_documents: 'text', bigram_keys: 'int4[]',
} as const;
type Column = keyof typeof ARTICLE_COLUMNS | keyof typeof TEXT_COLUMNS;

/**
 * A batch of rows in one statement: the rows travel as one JSON parameter, read back into
 * typed columns by jsonb_to_recordset (one round trip per batch, not per article); a row
 * is written only when it changed.
 */
function upsertInto(table: string, types: Record<string, string>, changed: string): string {
  const columns = Object.keys(types);
  return `
  INSERT INTO ${table} (${columns.join(', ')})
  SELECT ${columns.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS x(${columns.map((c) => `${c} ${types[c]}`).join(', ')})
  ON CONFLICT (id) DO UPDATE SET ${columns.slice(1).map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
  WHERE ${changed}`;
}

const UPSERT_ARTICLES = upsertInto('articles', ARTICLE_COLUMNS, `articles.source_hash IS DISTINCT FROM EXCLUDED.source_hash OR articles.position IS DISTINCT FROM EXCLUDED.position
    OR articles.newest_rank IS DISTINCT FROM EXCLUDED.newest_rank`);
const UPSERT_TEXTS = upsertInto('article_texts', TEXT_COLUMNS, 'article_texts.source_hash IS DISTINCT FROM EXCLUDED.source_hash');

const BATCH = 500;

/** An article's distinct values in a facet column (an article counts once per value, as in the app's bitsets). */
const values = (a: Article, column: Parameters<typeof columnValues>[1]): string[] => [...new Set(columnValues(a, column))];

interface Ordering { rank: Int32Array; spans: { start: number; end: number }[]; hashes: string[] }

/** Each article's rank in newest-first order (the app's rule, ties by id), its date span as day keys, and its source hash. */
function ordering(articles: readonly Article[]): Ordering {
  const spans = articles.map((a) => spanKeys(a.date) ?? { start: 0, end: 0 });
  const rank = new Int32Array(articles.length);
  newestFirstOrder(articles.map((a) => a.id), Int32Array.from(spans, (s) => s.start)).forEach((n, k) => (rank[n] = k));
  return { rank, spans, hashes: articles.map(hashOf) };
}

/**
 * What the columns hold for the articles at `positions`, as the app reads them: facet
 * values by the columns' own rule, search form by the search's. Built a batch at a time:
 * a million articles' search forms and bigrams at once would not fit in memory.
 */
function upsertRows(articles: readonly Article[], positions: readonly number[], order: Ordering): Record<Column, unknown>[] {
  const batch = positions.map((i) => articles[i]!);
  const texts = buildSearchIndex(batch);
  const { rank, spans, hashes } = order;
  return batch.map((a, k) => {
    const i = positions[k]!;
    return {
      id: a.id, position: i, newest_rank: rank[i], source_hash: hashes[i], row: articleMeta(a, 0), paragraphs: a.paragraphs,
      regions: values(a, 'region'), cities: values(a, 'city'), wide_regions: values(a, 'wideRegion'), wide_cities: values(a, 'wideCity'),
      industries: values(a, 'industry'), topics: values(a, 'topic'), outlet: a.outlet, outlets: values(a, 'outlet'), kind: a.kind,
      kinds: values(a, 'kind'), documents: values(a, 'document'), on_topic: a.onTopic, published: a.date, span_start: spans[i]!.start, span_end: spans[i]!.end,
      search_title: texts.titles[k], search_body: texts.bodies[k], search_outlet: texts.outlets[k], search_documents: texts.documents[k],
      bigram_keys: bigramKeysOf(`${texts.titles[k]}\n${texts.bodies[k]}`),
    };
  });
}

/**
 * The positions whose stored row differs from the corpus's (new, changed text, moved, or
 * re-ranked): only those are built and sent, so reloading an unchanged million-article
 * file reads the stored hashes once instead of writing every row's texts to compare.
 */
async function changedPositions(client: PoolClient, articles: readonly Article[], order: Ordering): Promise<number[]> {
  const { rows } = await client.query<{ id: string; source_hash: string; position: number; newest_rank: number }>('SELECT id, source_hash, position, newest_rank FROM articles');
  const stored = new Map(rows.map((r) => [r.id, r]));
  const out: number[] = [];
  articles.forEach((a, i) => {
    const s = stored.get(a.id);
    if (!s || s.source_hash !== order.hashes[i] || s.position !== i || s.newest_rank !== order.rank[i]) out.push(i);
  });
  return out;
}

/**
 * When the articles table is empty (a first load), drops the GIN indexes of both tables
 * and returns their definitions, read from the catalog (so the migrations stay the one
 * place they are written), to create again once the rows are in.
 */
async function dropIndexesIfEmpty(client: PoolClient): Promise<string[]> {
  const { rows: present } = await client.query('SELECT 1 FROM articles LIMIT 1');
  if (present.length > 0) return [];
  const { rows } = await client.query<{ name: string; definition: string }>(
    "SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = current_schema() AND tablename IN ('articles', 'article_texts') AND indexdef LIKE '% USING gin %'",
  );
  for (const r of rows) await client.query(`DROP INDEX ${client.escapeIdentifier(r.name)}`);
  return rows.map((r) => r.definition);
}

/** Loads `json` (a full corpus document) in one transaction. */
export async function loadCorpus(client: PoolClient, json: unknown): Promise<LoadReport> {
  const envelope = Envelope.parse(json);
  const raw = typeof json === 'object' && json !== null && 'articles' in json && Array.isArray(json.articles) ? (json.articles as unknown[]) : [];
  const { good, skipped } = checkArticles(raw);
  await client.query('BEGIN');
  try {
    // GIN indexes take new rows into a pending list merged in bulk: a larger list makes a big load merge far fewer times.
    await client.query("SET LOCAL gin_pending_list_limit = '64MB'");
    await client.query("SET LOCAL maintenance_work_mem = '256MB'");
    const facets = encodeFacetFile(buildFacetColumns(good.map((a) => articleMeta(a, 0))), good.map((a) => a.id));
    await client.query(
      `INSERT INTO corpus (singleton, generated_at, sources, facet_manifest, facet_bytes, article_ids, skipped) VALUES (true, $1, $2, $3, $4, $5, $6)
       ON CONFLICT (singleton) DO UPDATE SET generated_at = EXCLUDED.generated_at, sources = EXCLUDED.sources, facet_manifest = EXCLUDED.facet_manifest,
         facet_bytes = EXCLUDED.facet_bytes, article_ids = EXCLUDED.article_ids, skipped = EXCLUDED.skipped, loaded_at = now()`,
      [envelope.generatedAt, JSON.stringify(envelope.sources), JSON.stringify(facets.manifest), Buffer.from(facets.bytes), JSON.stringify(facets.ids), JSON.stringify(skipped)],
    );
    let written = 0;
    // Into empty tables, GIN indexes are dropped and built again after (PostgreSQL's advice for
    // populating a database: one bulk build instead of a pending-list merge per batch).
    const rebuild = await dropIndexesIfEmpty(client);
    const order = ordering(good);
    const changed = await changedPositions(client, good, order);
    for (let k = 0; k < changed.length; k += BATCH) {
      const batch = JSON.stringify(upsertRows(good, changed.slice(k, k + BATCH), order));
      written += (await client.query(UPSERT_ARTICLES, [batch])).rowCount ?? 0;
      await client.query(UPSERT_TEXTS, [batch]);
    }
    for (const definition of rebuild) await client.query(definition);
    // An anti-join (hashed), not NOT (id = ANY(…)): that compares every row with every id, quadratic in the corpus.
    const removed = (await client.query('DELETE FROM articles a WHERE NOT EXISTS (SELECT 1 FROM unnest($1::text[]) AS kept(id) WHERE kept.id = a.id)', [good.map((a) => a.id)])).rowCount ?? 0;
    // Delivered at commit to every server following the corpus (follow-corpus.ts).
    await client.query('SELECT pg_notify($1, $2)', [CORPUS_CHANNEL, facets.manifest.checksum]);
    await client.query('COMMIT');
    return { articles: good.length, written, unchanged: good.length - written, removed, skipped };
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  }
}
