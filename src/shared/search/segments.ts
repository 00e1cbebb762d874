// Search over a shard's parts as they came: each chunk's search part an index of its own
// (segment), searched in turn and the answers joined, instead of merging every part into
// one index at the seal (at 100k articles the merge was most of a text worker's seal, on
// the path to the first search). Scores depend on each document alone, so the answers
// are those of one index over all the documents.
import type { NgramIndex } from './ngram-index';
import type { ParsedQuery } from './query';
import { concatHits, inNumberOrder, type SearchHits } from './search';
import { fastSearch, termOccurrences } from './fast-search';
import type { TextScanner } from './text-scanner';

export interface Segment {
  /** Its documents at their place in the part. */
  index: NgramIndex;
  /** The corpus-wide number of each. */
  numbers: Uint32Array;
  scanner: TextScanner;
}

/** Segments in the order their answers join: by first number. */
export const bySegmentStart = (a: Segment, b: Segment): number => (a.numbers[0] ?? 0) - (b.numbers[0] ?? 0);

/** Whether segments (by first number) hold ascending ranges that do not interleave, as chunks do: their answers then join in order. */
export function disjointSegments(segments: readonly Segment[]): boolean {
  for (const [k, { numbers }] of segments.entries()) {
    for (let i = 1; i < numbers.length; i++) if (numbers[i - 1]! >= numbers[i]!) return false;
    const previous = segments[k - 1]?.numbers;
    if (previous && previous.length > 0 && numbers.length > 0 && previous[previous.length - 1]! >= numbers[0]!) return false;
  }
  return true;
}

/** Matches in corpus-wide numbers, ascending; null when the query has no terms. `disjoint`: as disjointSegments says. */
export function searchSegments(segments: readonly Segment[], query: ParsedQuery, disjoint: boolean): SearchHits | null {
  if (!query.root) return null;
  const answers = segments.map(({ index, numbers, scanner }) => {
    const hits = fastSearch(index, query, scanner)!;
    return { docs: hits.docs.map((local) => numbers[local]!), scores: hits.scores };
  });
  return disjoint ? concatHits(answers) : inNumberOrder(concatHits(answers));
}

/** Matching documents, ascending, with how often the query's positive terms occur in each (termOccurrences across the segments). */
export function segmentOccurrences(segments: readonly Segment[], query: ParsedQuery, disjoint: boolean): { docs: Uint32Array; counts: Uint32Array } {
  const found = segments.map(({ index, numbers, scanner }) => {
    const hits = termOccurrences(index, query, scanner);
    return { docs: hits ? hits.docs.map((local) => numbers[local]!) : new Uint32Array(0), scores: Float64Array.from(hits?.counts ?? []) };
  });
  // Counts ride as scores, so out-of-order segments sort them with their documents.
  const joined = disjoint ? concatHits(found) : inNumberOrder(concatHits(found));
  return { docs: joined.docs, counts: Uint32Array.from(joined.scores) };
}
