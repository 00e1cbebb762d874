// Full text on a team server: searches are the server's (its answer is by article number,
// with the same matching and scores as the app's own index), texts are fetched in
// batches, and the Terms analyses are computed there by the app's own code — a
// concordance in parts of the result set merged here as the text shards' are merged.
import { ApiConcordance, ApiSearchHits, ApiTermCounts, ApiTermHits, ApiTexts, MAX_KWIC_ARTICLES, MAX_TEXTS } from '../../shared/api';
import { parseQuery } from '../../shared/search/query';
import { mergeConcordances, type Concordance, type KwicSort } from '../../shared/terms/concordance';
import { mergeTermCounts } from '../../shared/terms/term-bags';
import type { TextIndex, TextStatus } from './text-index';
import { askServer } from './server-fetch';

const READY: TextStatus = { chunksLoaded: 0, chunks: 0, partsLoaded: 0, failures: [], fallbacks: [], searchReady: true, ready: true };

let keys = 0;

interface Wanted { number: number; id: string; resolve: (p: readonly string[]) => void; reject: (e: Error) => void }

/**
 * Texts asked for in the same turn go in one request (an export asks for every result's
 * text at once: a request each would be thousands); batches of MAX_TEXTS. Each answer is
 * checked to be the article asked for (a reload on the server may renumber).
 */
function textBatcher(api: string): (number: number, id: string) => Promise<readonly string[]> {
  let pending: Wanted[] = [];
  const send = (part: Wanted[]) =>
    askServer(api, '/texts', ApiTexts, { positions: part.map((w) => w.number) }).then(
      ({ texts }) => part.forEach((w, k) => {
        const got = texts[k];
        if (got?.id === w.id) w.resolve(got.paragraphs);
        else w.reject(new Error(`the team server's article ${w.number} is ${got?.id ?? 'missing'}, not ${w.id}: reload to see the corpus as it is now`));
      }),
      (e: Error) => part.forEach((w) => w.reject(e)),
    );
  const flush = () => {
    const batch = pending;
    pending = [];
    for (let k = 0; k < batch.length; k += MAX_TEXTS) void send(batch.slice(k, k + MAX_TEXTS));
  };
  return (number, id) => new Promise((resolve, reject) => {
    if (pending.length === 0) setTimeout(flush, 0);
    pending.push({ number, id, resolve, reject });
  });
}

/** The concordance of a result set, asked in parts of MAX_KWIC_ARTICLES (in result order) and merged. */
async function serverConcordance(api: string, numbers: Uint32Array, q: string, sort: KwicSort, limit: number): Promise<Concordance> {
  if (!parseQuery(q).root || numbers.length === 0) return { total: 0, articles: 0, lines: [] };
  const parts: Promise<Concordance>[] = [];
  for (let from = 0; from < numbers.length; from += MAX_KWIC_ARTICLES) {
    const positions = Array.from(numbers.subarray(from, from + MAX_KWIC_ARTICLES));
    parts.push(askServer(api, '/concordance', ApiConcordance, { positions, firstRank: from, q, sort, limit }));
  }
  return mergeConcordances(await Promise.all(parts), sort, limit);
}

export function createServerTextIndex(api: string, ids: readonly string[]): TextIndex {
  const numbers = new Map(ids.map((id, n) => [id, n]));
  const textOf = textBatcher(api);
  return {
    key: --keys,
    status: () => READY,
    subscribe: () => () => undefined,
    async search(q) {
      if (!parseQuery(q).root) return null;
      const hits = await askServer(api, '/search', ApiSearchHits, { q });
      return { docs: Uint32Array.from(hits.positions), scores: Float64Array.from(hits.scores) };
    },
    async text(id) {
      const n = numbers.get(id);
      return n === undefined ? null : textOf(n, id);
    },
    concordance: (list, q, sort, limit) => serverConcordance(api, list, q, sort, limit),
    async termHits(terms) {
      const { series } = await askServer(api, '/term-hits', ApiTermHits, { terms });
      return series.map((s) => ({ term: s.term, docs: Uint32Array.from(s.docs), counts: Uint32Array.from(s.counts) }));
    },
    async termCounts(sample) {
      const counts = await askServer(api, '/term-counts', ApiTermCounts, { set: Array.from(sample.set), rest: Array.from(sample.rest) });
      return mergeTermCounts([{ ...counts, set: Uint32Array.from(counts.set), rest: Uint32Array.from(counts.rest) }]);
    },
    whyMissing: () => null,
    dispose: () => undefined,
  };
}
