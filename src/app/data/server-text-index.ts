// Full text on a team server: searches are the server's (its answer is by article number,
// with the same matching and scores as the app's own index), texts are fetched one
// article at a time. The Terms analyses need every text of a set at hand and are not
// answered by the server yet: they say so, and the rest of the explorer works.
import { ApiSearchHits, ApiText } from '../../shared/api';
import { parseQuery } from '../../shared/search/query';
import type { TextIndex, TextStatus } from './text-index';
import { askServer } from './server-fetch';

const READY: TextStatus = { chunksLoaded: 0, chunks: 0, failures: [], ready: true };

let keys = 0;

export function createServerTextIndex(api: string, ids: readonly string[]): TextIndex {
  const numbers = new Map(ids.map((id, n) => [id, n]));
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
      if (n === undefined) return null;
      const found = await askServer(api, `/texts/${n}`, ApiText);
      // The server's article at that number must be the one asked for (a reload may renumber).
      if (found.id !== id) throw new Error(`the team server's article ${n} is ${found.id}, not ${id}: reload to see the corpus as it is now`);
      return found.paragraphs;
    },
    concordance: notYet,
    termHits: notYet,
    termCounts: notYet,
    whyMissing: () => null,
    dispose: () => undefined,
  };
}
