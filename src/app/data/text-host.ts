// A host runs one text shard: it fetches its chunk files, builds the index and answers
// searches and text requests. The same host runs inside a Web Worker (text-worker.ts)
// or, where workers are missing (tests, old browsers), on the main thread.
import { TextChunk } from '../../shared/schema';
import { fetchJsonLater } from './fetch-json';
import type { Concordance, KwicSort } from '../../shared/terms/concordance';
import type { SearchHits } from '../../shared/search/search';
import type { ShardTermCounts } from '../../shared/terms/term-bags';
import type { TermSeries } from '../model/term-trends';
import { TextShard, type ShardDoc } from '../model/text-shard';

/** What the index says of an article, for its shard: its number and id; the text and the searched fields come from its chunk. */
export interface PlannedDoc { number: number; id: string }

export interface ChunkPlan {
  url: string;
  docs: PlannedDoc[];
}

export interface ChunkProgress {
  url: string;
  /** Null when loaded; otherwise what went wrong, in words. */
  error: string | null;
}

export interface ShardHost {
  loadChunks(plan: ChunkPlan[], onChunk: (p: ChunkProgress) => void): Promise<void>;
  loadInline(docs: ShardDoc[]): Promise<void>;
  search(q: string): Promise<SearchHits | null>;
  texts(ids: string[]): Promise<[string, readonly string[] | null][]>;
  concordance(numbers: Uint32Array, q: string, sort: KwicSort, limit: number): Promise<Concordance>;
  termHits(terms: readonly string[]): Promise<TermSeries[]>;
  termCounts(set: Uint32Array, rest: Uint32Array): Promise<ShardTermCounts>;
  dispose(): void;
}

export type FetchJson = (url: string) => Promise<unknown>;

export function createLocalHost(fetchJsonImpl: FetchJson = fetchJsonLater): ShardHost {
  const shard = new TextShard();
  /** Settles when the article's chunk has been read (or has failed). */
  const arrival = new Map<string, Promise<void>>();
  let sealed: Promise<void> = new Promise(() => undefined);

  const readChunk = async (chunk: ChunkPlan): Promise<string | null> => {
    try {
      const parsed = TextChunk.safeParse(await fetchJsonImpl(chunk.url));
      if (!parsed.success) return `${chunk.url} is not a text chunk: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`.trim();
      const texts = new Map(parsed.data.texts.map((t) => [t.id, t]));
      // Only what the index announced is taken: the index decides what exists.
      shard.add(chunk.docs.flatMap((d): ShardDoc[] => {
        const t = texts.get(d.id);
        return t ? [{ number: d.number, id: d.id, title: t.title, outlet: t.outlet, documents: t.documents, paragraphs: t.paragraphs }] : [];
      }));
      const missing = chunk.docs.filter((d) => !texts.has(d.id)).length;
      return missing ? `${chunk.url} lacks the text of ${missing} articles` : null;
    } catch (e) {
      return (e as Error).message;
    }
  };

  return {
    loadChunks(plan, onChunk) {
      const run = (async () => {
        for (const chunk of plan) {
          const done = readChunk(chunk).then((error) => onChunk({ url: chunk.url, error }));
          for (const d of chunk.docs) arrival.set(d.id, done);
          // One chunk at a time: bounded memory while parsing, and text requests for
          // early chunks are answered while later ones are still on their way.
          await done;
        }
        shard.seal();
      })();
      sealed = run;
      return run;
    },
    loadInline(docs) {
      shard.add(docs);
      shard.seal();
      sealed = Promise.resolve();
      return sealed;
    },
    async search(q) {
      await sealed;
      return shard.search(q);
    },
    async texts(ids) {
      await Promise.all(ids.map((id) => arrival.get(id) ?? (shard.sealed ? undefined : sealed)));
      return ids.map((id) => [id, shard.text(id)]);
    },
    async concordance(numbers, q, sort, limit) {
      await sealed;
      return shard.concordance(numbers, q, sort, limit);
    },
    async termHits(terms) {
      await sealed;
      return shard.termHits(terms);
    },
    async termCounts(set, rest) {
      await sealed;
      return shard.termCounts(set, rest);
    },
    dispose() {},
  };
}
