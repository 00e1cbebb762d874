// The full-text side of a loaded corpus: article texts split into shards (one per worker),
// loaded chunk by chunk in the background, searched in parallel and merged here.
import { mergeConcordances, type Concordance, type KwicSort } from '../../shared/terms/concordance';
import type { TermCounts } from '../../shared/terms/keyness';
import type { Sample } from '../model/sample';
import { concatHits, type SearchHits } from '../../shared/search/search';
import { mergeTermCounts } from '../../shared/terms/term-bags';
import type { TermSeries } from '../model/term-trends';
import type { ShardDoc } from '../model/text-shard';
import type { LoadedCorpus } from './loaded-corpus';
import type { ChunkPlan, ShardHost } from './text-host';
import { createServerTextIndex } from './server-text-index';

export interface TextStatus {
  chunksLoaded: number;
  chunks: number;
  /** Chunks indexed for search (from their search part, or from their text). */
  partsLoaded: number;
  /** Chunks that could not be used, each with the reason. */
  failures: string[];
  /** Search parts that could not be used (their chunks were indexed from the text), each with the reason. */
  fallbacks: string[];
  /** Every shard has built its search index: searches are answered now. */
  searchReady: boolean;
  /** Every text is in too: concordances and term counts cover the whole corpus. */
  ready: boolean;
  /** Set when the corpus is too large for the texts to be held in this tab: its size and the limit. */
  tooLarge?: { articles: number; limit: number };
}

/**
 * Above this many articles the texts are not loaded in the browser. Measured in Chromium
 * on this project's generated corpora: at 1,000,000 articles the index worker's rows
 * (1.8 GB) and the text shards (1.8 GB more) exhausted the tab's memory and it crashed
 * while indexing (bench/browser-million.ts); 100,000 take 0.36 GB together. A crashed tab
 * loses the analyst's work, so beyond the limit the rest of the explorer runs without
 * full text and says so (a team server searches such corpora).
 */
export const MAX_TEXT_ARTICLES = 500_000;

/** The text index of a corpus whose texts stay unloaded: every answer says why. */
function textsOff(articles: number, limit: number): TextIndex {
  const status: TextStatus = { chunksLoaded: 0, chunks: 0, partsLoaded: 0, failures: [], fallbacks: [], searchReady: true, ready: true, tooLarge: { articles, limit } };
  const off = () => Promise.reject(new Error(`full-text search is off for corpora over ${limit.toLocaleString('en')} articles in the browser`));
  return {
    key: ++keys, status: () => status, subscribe: () => () => undefined, search: off, text: async () => null, concordance: off, termHits: off, termCounts: off,
    whyMissing: () => `the corpus has more than ${limit.toLocaleString('en')} articles, too many texts for a browser tab`, dispose: () => undefined,
  };
}

export interface TextIndex {
  readonly key: number;
  status(): TextStatus;
  subscribe(listener: () => void): () => void;
  /** Matching article numbers (positions in the corpus) and relevance; null when the query has no terms. */
  search(q: string): Promise<SearchHits | null>;
  /** An article's paragraphs; null when its text could not be loaded. */
  text(id: string): Promise<readonly string[] | null>;
  /** Keyword in context over the listed articles (`numbers` in result order): all lines counted, the first `limit` returned. */
  concordance(numbers: Uint32Array, q: string, sort: KwicSort, limit: number): Promise<Concordance>;
  /** For each term, its matching articles and occurrences in each. */
  termHits(terms: readonly string[]): Promise<TermSeries[]>;
  /** Word counts of a sample of a set and of the rest. */
  termCounts(sample: Sample): Promise<{ set: TermCounts; rest: TermCounts }>;
  /** Why an article's text is missing, in words (its chunk's failure), when known. */
  whyMissing(id: string): string | null;
  dispose(): void;
}

let keys = 0;

function concatArrays(parts: Uint32Array[]): Uint32Array {
  const out = new Uint32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The shards' answers as one: shards hold contiguous ranges, so concatenation keeps the numbers ascending. */
/** Where each article's text lives once the shards are started, and what went wrong loading it. */
interface Shards {
  hosts: ShardHost[];
  owner: (id: string) => ShardHost | undefined;
  chunkOf: (id: string) => string | undefined;
  chunkErrors: Map<string, string>;
  loads: Promise<void>[];
}

type StatusUpdate = (patch: (s: TextStatus) => Partial<TextStatus>) => void;

/** Split form: contiguous slices of chunks, so each shard holds whole chunks and a range of article numbers. */
function startChunkShards(files: string[], searchFiles: readonly (string | null)[], corpus: LoadedCorpus, makeHost: () => ShardHost, shardCount: number, update: StatusUpdate): Shards {
  const byChunk = planChunks(files, searchFiles, corpus);
  const hostOfChunk: ShardHost[] = [];
  const numberOf = lazyNumbers(corpus.ids);
  const chunkNumberOf = (id: string): number | undefined => {
    const n = numberOf(id);
    return n === undefined ? undefined : corpus.chunkOf[n];
  };
  const shards: Shards = {
    hosts: [], chunkErrors: new Map(), loads: [],
    owner: (id) => hostOfChunk[chunkNumberOf(id) ?? -1],
    chunkOf: (id) => files[chunkNumberOf(id) ?? -1],
  };
  const n = Math.max(1, Math.min(shardCount, files.length));
  let sealed = 0;
  update(() => ({ chunks: files.length }));
  for (let s = 0; s < n; s++) {
    const [from, to] = [Math.floor((s * files.length) / n), Math.floor(((s + 1) * files.length) / n)];
    const host = makeHost();
    shards.hosts.push(host);
    for (let k = from; k < to; k++) hostOfChunk[k] = host;
    shards.loads.push(
      host.loadChunks(byChunk.slice(from, to), (p) => {
        if (p.kind === 'sealed') return update(() => ({ searchReady: ++sealed === n }));
        if (p.kind === 'part') return update((st) => ({ partsLoaded: st.partsLoaded + 1, fallbacks: p.fallback ? [...st.fallbacks, p.fallback] : st.fallbacks }));
        if (p.error) shards.chunkErrors.set(p.url, p.error);
        update((st) => ({ chunksLoaded: st.chunksLoaded + 1, failures: p.error ? [...st.failures, p.error] : st.failures }));
      }),
    );
  }
  return shards;
}

/** Per chunk, its articles' numbers and ids in corpus order (articles naming no such chunk are in none). */
function planChunks(files: string[], searchFiles: readonly (string | null)[], corpus: LoadedCorpus): ChunkPlan[] {
  const sizes = new Uint32Array(files.length);
  for (let i = 0; i < corpus.ids.length; i++) if (corpus.chunkOf[i]! < files.length) sizes[corpus.chunkOf[i]!]!++;
  const plans = files.map((url, k): ChunkPlan => ({ url, search: searchFiles[k] ?? null, numbers: new Uint32Array(sizes[k]!), ids: [] }));
  for (let i = 0; i < corpus.ids.length; i++) {
    const plan = plans[corpus.chunkOf[i]!];
    if (!plan) continue;
    plan.numbers[plan.ids.length] = i;
    plan.ids.push(corpus.ids[i]!);
  }
  return plans;
}

/**
 * An article's number from its id, the map built on the first question: a text is asked
 * for long after loading, and building it at load cost the page 50-100 ms at 100k.
 */
function lazyNumbers(ids: readonly string[]): (id: string) => number | undefined {
  let map: Map<string, number> | null = null;
  return (id) => (map ??= new Map(ids.map((x, i) => [x, i]))).get(id);
}

/** A full corpus's articles as shard documents: its rows are all on the page, with their texts. */
function inlineDocs(corpus: LoadedCorpus, texts: ReadonlyMap<string, readonly string[]>): ShardDoc[] {
  const rows = corpus.rows.peek(Uint32Array.from(corpus.ids, (_, i) => i));
  if (!rows) throw new Error('a corpus with its texts inline has every row on the page');
  return rows.map((a, number) => ({ number, id: a.id, title: a.title, outlet: a.outlet, documents: a.documents, paragraphs: texts.get(a.id) ?? [] }));
}

/** Full form (texts inline): slices of about 5000 articles each. */
function startInlineShards(docs: ShardDoc[], makeHost: () => ShardHost, shardCount: number, update: StatusUpdate): Shards {
  const owner = new Map<string, ShardHost>();
  const shards: Shards = { hosts: [], owner: (id) => owner.get(id), chunkOf: () => undefined, chunkErrors: new Map(), loads: [] };
  const n = Math.max(1, Math.min(shardCount, Math.ceil(docs.length / 5000)));
  update(() => ({ chunks: 1 }));
  for (let s = 0; s < n; s++) {
    const slice = docs.slice(Math.floor((s * docs.length) / n), Math.floor(((s + 1) * docs.length) / n));
    const host = makeHost();
    shards.hosts.push(host);
    for (const d of slice) owner.set(d.id, host);
    shards.loads.push(host.loadInline(slice));
  }
  void Promise.all(shards.loads).then(() => update(() => ({ chunksLoaded: 1, partsLoaded: 1 })), () => undefined);
  return shards;
}

type Waiter = { resolve: (t: readonly string[] | null) => void; reject: (e: Error) => void };

/** Text requests made in the same tick travel together, one message per shard. */
function textBatcher(owner: (id: string) => ShardHost | undefined): (id: string) => Promise<readonly string[] | null> {
  let batch: Map<string, Waiter[]> | null = null;
  const flush = () => {
    const current = batch!;
    batch = null;
    const perHost = new Map<ShardHost, string[]>();
    for (const id of current.keys()) {
      const host = owner(id);
      if (!host) {
        for (const w of current.get(id)!) w.resolve(null);
        continue;
      }
      // In place: copying the list per id was quadratic for an export of 100k texts.
      const list = perHost.get(host);
      if (list) list.push(id);
      else perHost.set(host, [id]);
    }
    for (const [host, wanted] of perHost) {
      host.texts(wanted).then(
        (pairs) => {
          for (const [id, paragraphs] of pairs) for (const w of current.get(id) ?? []) w.resolve(paragraphs);
        },
        (e: Error) => {
          for (const id of wanted) for (const w of current.get(id) ?? []) w.reject(e);
        },
      );
    }
  };
  return (id) =>
    new Promise((resolve, reject) => {
      if (!batch) {
        batch = new Map();
        queueMicrotask(flush);
      }
      const waiting = batch.get(id);
      if (waiting) waiting.push({ resolve, reject });
      else batch.set(id, [{ resolve, reject }]);
    });
}

export function createTextIndex(corpus: LoadedCorpus, makeHost: () => ShardHost, shardCount: number, limit = MAX_TEXT_ARTICLES): TextIndex {
  if (corpus.text.kind === 'server') return createServerTextIndex(corpus.text.api, corpus.ids);
  if (corpus.ids.length > limit) return textsOff(corpus.ids.length, limit);
  const text = corpus.text;
  let status: TextStatus = { chunksLoaded: 0, chunks: 0, partsLoaded: 0, failures: [], fallbacks: [], searchReady: false, ready: false };
  const listeners = new Set<() => void>();
  const update: StatusUpdate = (patch) => {
    status = { ...status, ...patch(status) };
    for (const l of listeners) l();
  };
  const { hosts, owner, chunkOf, chunkErrors, loads } =
    text.kind === 'chunks'
      ? startChunkShards(text.files, text.searchFiles, corpus, makeHost, shardCount, update)
      : startInlineShards(inlineDocs(corpus, text.texts), makeHost, shardCount, update);
  Promise.all(loads).then(
    () => update(() => ({ searchReady: true, ready: true })),
    (e: Error) => update((st) => ({ searchReady: true, ready: true, failures: [...st.failures, e.message] })),
  );
  return {
    key: ++keys,
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async search(q) {
      const answers = await Promise.all(hosts.map((h) => h.search(q)));
      if (answers.some((a) => a === null)) return null;
      // Shards hold disjoint articles: their answers concatenate (typed arrays, no per-hit work).
      return concatHits(answers as SearchHits[]);
    },
    text: textBatcher(owner),
    async concordance(numbers, q, sort, limit) {
      return mergeConcordances(await Promise.all(hosts.map((h) => h.concordance(numbers, q, sort, limit))), sort, limit);
    },
    async termHits(terms) {
      const parts = await Promise.all(hosts.map((h) => h.termHits(terms)));
      return terms.map((term, k) => {
        const mine = parts.map((p) => p[k]!);
        return { term, docs: concatArrays(mine.map((m) => m.docs)), counts: concatArrays(mine.map((m) => m.counts)) };
      });
    },
    async termCounts(sample) {
      return mergeTermCounts(await Promise.all(hosts.map((h) => h.termCounts(sample.set, sample.rest))));
    },
    whyMissing(id) {
      const chunk = chunkOf(id);
      return chunk ? chunkErrors.get(chunk) ?? null : null;
    },
    dispose() {
      for (const h of hosts) h.dispose();
    },
  };
}
