// Where the article rows (title, lead, places, figures: everything but the text) live,
// and how a view gets the ones it shows. The facets, counts and order need no row; the
// list asks for the rows on screen, the charts and exports for all of their results. A
// store either holds every row (a corpus opened from a file, or parsed on the page) or
// fetches them from the index worker and keeps what it has fetched.
import type { ArticleMeta } from '../../shared/schema';

export interface RowStore {
  /** Distinguishes stores in cache keys (a new corpus is a new store). */
  readonly key: number;
  readonly size: number;
  /** The rows of these article numbers, in order, when every one is on the page already; else null. */
  peek(numbers: ArrayLike<number>): ArticleMeta[] | null;
  /** The rows of these article numbers, in order, fetching those not on the page yet. */
  rows(numbers: ArrayLike<number>): Promise<ArticleMeta[]>;
}

let keys = 0;

/** The rows a loaded page does not have must come from somewhere: the index worker, by article number. */
export type FetchRows = (numbers: Uint32Array) => Promise<ArticleMeta[]>;

/** A store over every row in hand. */
export function memoryRowStore(articles: readonly ArticleMeta[]): RowStore {
  const gather = (numbers: ArrayLike<number>) => {
    const out = new Array<ArticleMeta>(numbers.length);
    for (let k = 0; k < numbers.length; k++) {
      const row = articles[numbers[k]!];
      if (!row) throw new RangeError(`article number ${numbers[k]} is not in a corpus of ${articles.length}`);
      out[k] = row;
    }
    return out;
  };
  return { key: ++keys, size: articles.length, peek: gather, rows: async (numbers) => gather(numbers) };
}

/**
 * Rows per request to the worker. Each answer is one message the page deserializes in one
 * task: 100,000 rows in one message blocked the page for over a second (the key figures of
 * an unfiltered Charts tab at 100k); 5,000 take a few tens of milliseconds, with input
 * handled between them.
 */
export const ROWS_PER_REQUEST = 5000;

/**
 * A store that fetches rows (`fetchRows`) and keeps them: what a view has shown once is
 * on the page for the next one, and a row already on its way is not asked for again.
 */
export function fetchingRowStore(size: number, fetchRows: FetchRows, perRequest = ROWS_PER_REQUEST): RowStore {
  const held: (ArticleMeta | undefined)[] = new Array(size);
  const coming = new Map<number, Promise<void>>();
  const gather = (numbers: ArrayLike<number>): ArticleMeta[] | null => {
    const out = new Array<ArticleMeta>(numbers.length);
    for (let k = 0; k < numbers.length; k++) {
      const row = held[numbers[k]!];
      if (!row) return null;
      out[k] = row;
    }
    return out;
  };
  const request = (asked: Uint32Array): Promise<void> => {
    const arrival = fetchRows(asked).then((rows) => {
      for (let k = 0; k < asked.length; k++) held[asked[k]!] = rows[k];
    }).finally(() => {
      for (const n of asked) coming.delete(n);
    });
    for (const n of asked) coming.set(n, arrival);
    return arrival;
  };
  const fetchMissing = (numbers: ArrayLike<number>): Promise<void>[] => {
    const missing: number[] = [];
    const waits = new Set<Promise<void>>();
    for (let k = 0; k < numbers.length; k++) {
      const n = numbers[k]!;
      if (n >= size) throw new RangeError(`article number ${n} is not in a corpus of ${size}`);
      if (held[n]) continue;
      const wait = coming.get(n);
      if (wait) waits.add(wait);
      else missing.push(n);
    }
    for (let at = 0; at < missing.length; at += perRequest) waits.add(request(Uint32Array.from(missing.slice(at, at + perRequest))));
    return [...waits];
  };
  return {
    key: ++keys,
    size,
    peek: gather,
    async rows(numbers) {
      await Promise.all(fetchMissing(numbers));
      const out = gather(numbers);
      if (!out) throw new Error('the index worker did not send every row asked for');
      return out;
    },
  };
}
