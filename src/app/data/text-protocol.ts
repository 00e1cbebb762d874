// The messages between the page and a text worker: each request carries a number and is
// answered once, with a result or an error; chunk progress arrives as it happens.
import type { ChunkPlan, ChunkProgress } from './text-host';
import type { SearchHits } from '../model/search';
import type { ShardDoc } from '../model/text-shard';

export type WorkerRequest =
  | { id: number; method: 'loadChunks'; plan: ChunkPlan[] }
  | { id: number; method: 'loadInline'; docs: ShardDoc[] }
  | { id: number; method: 'search'; q: string }
  | { id: number; method: 'texts'; ids: string[] };

export type WorkerMessage =
  | { id: number; kind: 'result'; result: SearchHits | null | [string, readonly string[] | null][] | undefined }
  | { id: number; kind: 'error'; message: string }
  | { id: number; kind: 'chunk'; progress: ChunkProgress };
