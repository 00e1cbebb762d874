// Loads a corpus into the database: idempotent by article id and source hash (an
// unchanged article is not written again, a changed one is replaced, one no longer in
// the corpus is removed), a bad article reported and skipped as the app skips it. Every
// statement is parameterised; the corpus is untrusted input.
import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { foldChinese } from '../shared/fold';
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

/**
 * What a search reads, folded as the app folds it (Traditional to Simplified, full-width
 * to ASCII, lower case). The app's search form also squeezes marks and spaces; the server
 * applies that rule in its exact-match check when it searches.
 */
export const searchTextOf = (a: Article): string => foldChinese(`${a.title ?? ''}\n${a.paragraphs.join('\n')}`).toLowerCase();

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

const UPSERT = `
  INSERT INTO articles (id, position, source_hash, row, paragraphs, search_text, regions, cities, industries, topics, outlet, kind, documents, on_topic, published)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
  ON CONFLICT (id) DO UPDATE SET position = EXCLUDED.position, source_hash = EXCLUDED.source_hash, row = EXCLUDED.row, paragraphs = EXCLUDED.paragraphs,
    search_text = EXCLUDED.search_text, regions = EXCLUDED.regions, cities = EXCLUDED.cities, industries = EXCLUDED.industries, topics = EXCLUDED.topics,
    outlet = EXCLUDED.outlet, kind = EXCLUDED.kind, documents = EXCLUDED.documents, on_topic = EXCLUDED.on_topic, published = EXCLUDED.published
  WHERE articles.source_hash IS DISTINCT FROM EXCLUDED.source_hash OR articles.position IS DISTINCT FROM EXCLUDED.position`;

function upsertValues(a: Article, position: number): unknown[] {
  const { paragraphs, body: _body, ...row } = a;
  return [
    a.id, position, hashOf(a), JSON.stringify(row), JSON.stringify(paragraphs), searchTextOf(a), a.regions, a.cities, a.industries, a.topics, a.outlet, a.kind,
    a.documents.map((d) => d.title), a.onTopic, a.date,
  ];
}

/** Loads `json` (a full corpus document) in one transaction. */
export async function loadCorpus(client: PoolClient, json: unknown): Promise<LoadReport> {
  const envelope = Envelope.parse(json);
  const raw = typeof json === 'object' && json !== null && 'articles' in json && Array.isArray(json.articles) ? (json.articles as unknown[]) : [];
  const { good, skipped } = checkArticles(raw);
  await client.query('BEGIN');
  try {
    await client.query(
      'INSERT INTO corpus (singleton, generated_at, sources) VALUES (true, $1, $2) ON CONFLICT (singleton) DO UPDATE SET generated_at = EXCLUDED.generated_at, sources = EXCLUDED.sources, loaded_at = now()',
      [envelope.generatedAt, JSON.stringify(envelope.sources)],
    );
    let written = 0;
    for (const [position, a] of good.entries()) written += (await client.query(UPSERT, upsertValues(a, position))).rowCount ?? 0;
    const removed = (await client.query('DELETE FROM articles WHERE NOT (id = ANY($1::text[]))', [good.map((a) => a.id)])).rowCount ?? 0;
    await client.query('COMMIT');
    return { articles: good.length, written, unchanged: good.length - written, removed, skipped };
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  }
}
