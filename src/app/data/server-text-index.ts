// Full text on a team server: searches are the server's (its answer is by article number,
// with the same matching and scores as the app's own index), texts are fetched one
// article at a time. The Terms analyses need every text of a set at hand and are not
// answered by the server yet: they say so, and the rest of the explorer works.
import { ApiSearchHits, ApiTexts, MAX_TEXTS } from '../../shared/api';
import { parseQuery } from '../../shared/search/query';
import type { TextIndex, TextStatus } from './text-index';
import { askServer } from './server-fetch';

const READY: TextStatus = { chunksLoaded: 0, chunks: 0, failures: [], ready: true };

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

export function createServerTextIndex(api: string, ids: readonly string[]): TextIndex {
  const numbers = new Map(ids.map((id, n) => [id, n]));
  const textOf = textBatcher(api);
  const notYet = () => Promise.reject(new Error('the team server does not answer this analysis yet: open the corpus offline for it'));
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
    concordance: notYet,
    termHits: notYet,
    termCounts: notYet,
    whyMissing: () => null,
    dispose: () => undefined,
  };
}
