// A host runs one text shard: it fetches its chunk files, builds the index and answers
// searches and text requests. The same host runs inside a Web Worker (text-worker.ts)
// or, where workers are missing (tests, old browsers), on the main thread.
import { TextChunk } from '../../shared/schema';
import { fetchBytesLater, fetchJsonLater } from './fetch-json';
import { decodeSearchFile } from '../../shared/search/search-file';
import type { SearchPart } from '../../shared/search/search-part';
import type { Concordance, KwicSort } from '../../shared/terms/concordance';
import type { SearchHits } from '../../shared/search/search';
import type { ShardTermCounts } from '../../shared/terms/term-bags';
import type { TermSeries } from '../model/term-trends';
import { TextShard, type ShardDoc } from '../model/text-shard';

/**
 * What the index says of a chunk's articles, for its shard: their numbers and ids, in
 * the chunk's order (the text and the searched fields come from the chunk). Two flat
 * arrays, not an object per article: at 100k articles the page cloned those for the
 * workers in about 150 ms, while the facets were being drawn.
 */
export interface ChunkPlan {
  url: string;
  /** The chunk's search part, when the index names one. */
  search: string | null;
  numbers: Uint32Array;
  ids: string[];
}

/**
 * How loading goes: a chunk's search part merged (`fallback` says why its file was not
 * used, when it was not: the part was then built from the chunk's text), the shard's
 * search sealed, and a chunk's texts in (`error`: what went wrong, in words).
 */
export type ChunkProgress =
  | { kind: 'part'; url: string; fallback: string | null }
  | { kind: 'sealed' }
  | { kind: 'text'; url: string; error: string | null };

export interface ShardHost {
  /** Resolves when every text is in; search works from the `sealed` progress on. */
  loadChunks(plan: ChunkPlan[], onProgress: (p: ChunkProgress) => void): Promise<void>;
  loadInline(docs: ShardDoc[]): Promise<void>;
  search(q: string): Promise<SearchHits | null>;
  texts(ids: string[]): Promise<[string, readonly string[] | null][]>;
  concordance(numbers: Uint32Array, q: string, sort: KwicSort, limit: number): Promise<Concordance>;
  termHits(terms: readonly string[]): Promise<TermSeries[]>;
  termCounts(set: Uint32Array, rest: Uint32Array): Promise<ShardTermCounts>;
  dispose(): void;
}

export type FetchJson = (url: string) => Promise<unknown>;
export type FetchBytes = (url: string) => Promise<ArrayBuffer>;

/** Search part files fetched at once per shard: they are small, and the seal waits for all. */
const PARTS_IN_FLIGHT = 2;

/** Runs `f` over `items`, at most `limit` at a time, answers in order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, f: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const k = next++;
      out[k] = await f(items[k]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
}

/** A promise and its resolver. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => undefined as void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** A chunk's search part from its file, checked against the articles the index gives it; or why it cannot be used. */
async function readPart(chunk: ChunkPlan & { search: string }, fetchBytes: FetchBytes): Promise<SearchPart | string> {
  const name = chunk.search.slice(chunk.search.lastIndexOf('/') + 1);
  try {
    const decoded = decodeSearchFile(await fetchBytes(chunk.search), name);
    if (!decoded.ok) return decoded.error;
    const ids = decoded.part.base.ids;
    if (ids.length !== chunk.ids.length || chunk.ids.some((id, i) => ids[i] !== id)) return `${name} lists other articles than the index gives its chunk`;
    return decoded.part;
  } catch (e) {
    return `${name}: ${(e as Error).message}`;
  }
}

/** What a shard's loading works with: the shard, how files are fetched, and the chunks a text request waits for. */
interface Loading {
  shard: TextShard;
  fetchJson: FetchJson;
  fetchBytes: FetchBytes;
  wanted: Set<ChunkPlan>;
}

/** Reads a chunk's texts; `indexed` when its search part is already in (else the seal indexes them). */
async function readChunk({ shard, fetchJson }: Loading, chunk: ChunkPlan, indexed: boolean): Promise<string | null> {
  try {
    const parsed = TextChunk.safeParse(await fetchJson(chunk.url));
    if (!parsed.success) return `${chunk.url} is not a text chunk: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`.trim();
    const texts = new Map(parsed.data.texts.map((t) => [t.id, t]));
    // Only what the index announced is taken: the index decides what exists.
    shard.add(chunk.ids.flatMap((id, k): ShardDoc[] => {
      const t = texts.get(id);
      return t ? [{ number: chunk.numbers[k]!, id, title: t.title, outlet: t.outlet, documents: t.documents, paragraphs: t.paragraphs }] : [];
    }), indexed);
    const missing = chunk.ids.filter((id) => !texts.has(id)).length;
    return missing ? `${chunk.url} lacks the text of ${missing} articles` : null;
  } catch (e) {
    return (e as Error).message;
  }
}

/** Search first (the parts, then the texts of chunks without a usable one), the seal, then the remaining texts. */
async function loadInStages(loading: Loading, plan: ChunkPlan[], onProgress: (p: ChunkProgress) => void, arrived: Map<ChunkPlan, () => void>): Promise<void> {
  const { shard, fetchBytes, wanted } = loading;
  const textOf = async (chunk: ChunkPlan, indexed: boolean) => {
    const error = await readChunk(loading, chunk, indexed);
    arrived.get(chunk)!();
    onProgress({ kind: 'text', url: chunk.url, error });
  };
  // Each part is indexed as it arrives (the shard files it on its own), while the next ones download.
  const unusable = new Map<ChunkPlan, string | null>();
  await mapLimited(plan, PARTS_IN_FLIGHT, async (chunk) => {
    const part = chunk.search ? await readPart({ ...chunk, search: chunk.search }, fetchBytes) : null;
    if (typeof part !== 'object' || part === null) return void unusable.set(chunk, part);
    shard.addPart(chunk.numbers, part);
    onProgress({ kind: 'part', url: chunk.search!, fallback: null });
  });
  // The chunks without a usable part are indexed from their texts, one at a time (bounded memory while parsing).
  for (const chunk of plan.filter((c) => unusable.has(c))) {
    const why = unusable.get(chunk);
    await textOf(chunk, false);
    onProgress({ kind: 'part', url: chunk.search ?? chunk.url, fallback: typeof why === 'string' ? `${why}; indexed from ${chunk.url}` : null });
  }
  const later = plan.filter((chunk) => !unusable.has(chunk));
  shard.seal();
  onProgress({ kind: 'sealed' });
  // Then the texts, for reading, concordances and term counts: those a request waits for first.
  while (later.length) {
    const k = Math.max(0, later.findIndex((c) => wanted.has(c)));
    const [chunk] = later.splice(k, 1);
    wanted.delete(chunk!);
    await textOf(chunk!, true);
  }
}

export function createLocalHost(fetchJsonImpl: FetchJson = fetchJsonLater, fetchBytesImpl: FetchBytes = fetchBytesLater): ShardHost {
  const shard = new TextShard();
  /** Settles when the article's chunk has been read (or has failed). */
  const arrival = new Map<string, Promise<void>>();
  let sealed: Promise<void> = new Promise(() => undefined);
  let textsIn: Promise<void> = new Promise(() => undefined);
  /** Chunks a text request waits for: read next, ahead of the rest. */
  const wanted = new Set<ChunkPlan>();
  const chunkOfId = new Map<string, ChunkPlan>();

  return {
    loadChunks(plan, onProgress) {
      const arrived = new Map<ChunkPlan, () => void>();
      for (const chunk of plan) {
        const d = deferred();
        arrived.set(chunk, d.resolve);
        for (const id of chunk.ids) {
          arrival.set(id, d.promise);
          chunkOfId.set(id, chunk);
        }
      }
      const seal = deferred();
      sealed = seal.promise;
      const run = loadInStages({ shard, fetchJson: fetchJsonImpl, fetchBytes: fetchBytesImpl, wanted }, plan, (p) => {
        if (p.kind === 'sealed') seal.resolve();
        onProgress(p);
      }, arrived);
      textsIn = run;
      return run;
    },
    loadInline(docs) {
      shard.add(docs);
      shard.seal();
      sealed = textsIn = Promise.resolve();
      return sealed;
    },
    async search(q) {
      await sealed;
      return shard.search(q);
    },
    async texts(ids) {
      for (const id of ids) {
        const chunk = chunkOfId.get(id);
        if (chunk) wanted.add(chunk);
      }
      await Promise.all(ids.map((id) => arrival.get(id)));
      return ids.map((id) => [id, shard.text(id)]);
    },
    async concordance(numbers, q, sort, limit) {
      await textsIn;
      return shard.concordance(numbers, q, sort, limit);
    },
    async termHits(terms) {
      await sealed;
      return shard.termHits(terms);
    },
    async termCounts(set, rest) {
      await textsIn;
      return shard.termCounts(set, rest);
    },
    dispose() {},
  };
}
