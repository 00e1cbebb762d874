// The messages between the page and a text worker: each request carries a number and is
// answered once, with a result or an error; chunk progress arrives as it happens.
import type { Concordance, KwicSort } from '../../shared/terms/concordance';
import type { SearchHits } from '../../shared/search/search';
import type { ShardTermCounts } from '../../shared/terms/term-bags';
import type { TermSeries } from '../model/term-trends';
import type { ShardDoc } from '../model/text-shard';
import type { ChunkPlan, ChunkProgress } from './text-host';

export type WorkerRequest =
  | { id: number; method: 'loadChunks'; plan: ChunkPlan[] }
  | { id: number; method: 'loadInline'; docs: ShardDoc[] }
  | { id: number; method: 'search'; q: string }
  | { id: number; method: 'texts'; ids: string[] }
  | { id: number; method: 'concordance'; numbers: Uint32Array; q: string; sort: KwicSort; limit: number }
  | { id: number; method: 'termHits'; terms: string[] }
  | { id: number; method: 'termCounts'; set: Uint32Array; rest: Uint32Array };

export type WorkerResult = SearchHits | null | [string, readonly string[] | null][] | undefined | Concordance | TermSeries[] | ShardTermCounts;

export type WorkerMessage =
  | { id: number; kind: 'result'; result: WorkerResult }
  | { id: number; kind: 'error'; message: string }
  | { id: number; kind: 'chunk'; progress: ChunkProgress };
