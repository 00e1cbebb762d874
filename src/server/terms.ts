// The Terms tab's analyses on the server, computed by the app's own code over texts read
// from the database: a concordance over a part of a result set, term trends' hits, and
// the word counts of a distinctive-terms sample. The app merges the parts as it merges
// its text shards', so a team sees the lines, series and terms it would see offline.
import type { Pool } from 'pg';
import type { ApiConcordanceRequest, ApiTermCounts } from '../shared/api';
import { parseQuery } from '../shared/search/query';
import { collectConcordance, type Concordance, type KwicDoc } from '../shared/terms/concordance';
import { TermBags, type ShardTermCounts } from '../shared/terms/term-bags';
import { Params } from './filter-sql';
import { occurrenceHits } from './search-sql';
import { textsAt } from './view';

/** The lines of the named articles (a part of a result set, in its order from `firstRank`). */
export async function concordanceOver(db: Pool, req: ApiConcordanceRequest): Promise<Concordance> {
  const query = parseQuery(req.q);
  if (!query.root || req.positions.length === 0) return { total: 0, articles: 0, lines: [] };
  const texts = await textsAt(db, req.positions);
  const docs: KwicDoc[] = req.positions.map((number, k) => ({ number, id: texts[k]!.id, rank: req.firstRank + k, paragraphs: texts[k]!.paragraphs }));
  return collectConcordance(docs, query, req.sort, req.limit);
}

/** Each term's matching articles and occurrences, in the order asked. */
export async function termHitsOf(db: Pool, terms: readonly string[]): Promise<{ term: string; docs: number[]; counts: number[] }[]> {
  return Promise.all(terms.map(async (term) => ({ term, ...(await occurrenceHits(db, parseQuery(term), () => new Params())) })));
}

/**
 * Word bags are kept per corpus (segmenting is the slow part, and overlapping sets share
 * most of their sample); a fresh store once this many articles are counted, so a server
 * asked about many sets keeps bounded memory.
 */
const MAX_BAGGED = 200_000;
const bagsByCorpus = new WeakMap<object, TermBags>();

function bagsFor(corpus: object): TermBags {
  let bags = bagsByCorpus.get(corpus);
  if (!bags || bags.size > MAX_BAGGED) bagsByCorpus.set(corpus, (bags = new TermBags()));
  return bags;
}

/** Word counts of a sample of a set and of the rest (each article's title and paragraphs, as the app's shards read them). */
export async function termCountsOf(db: Pool, corpus: object, set: readonly number[], rest: readonly number[]): Promise<ApiTermCounts> {
  const bags = bagsFor(corpus);
  const positions = [...new Set([...set, ...rest])].filter((n) => !bags.has(n));
  const { rows } = await db.query<{ position: number; title: string | null; paragraphs: string[] }>(
    "SELECT a.position, t.row->>'title' AS title, t.paragraphs FROM articles a JOIN article_texts t USING (id) WHERE a.position = ANY($1::int[])",
    [positions],
  );
  const by = new Map(rows.map((r) => [r.position, [r.title ?? '', ...r.paragraphs].join('\n')]));
  const counts: ShardTermCounts = bags.count(set, rest, (n) => by.get(n) ?? '');
  // Typed arrays as JSON arrays (JSON.stringify writes a Uint32Array as an object).
  return { ...counts, set: Array.from(counts.set), rest: Array.from(counts.rest) };
}
