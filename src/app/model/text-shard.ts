// One shard of the full-text store: the texts of a slice of the corpus and their bigram
// index. Shards are independent, so the corpus can be split across Web Workers and
// searched in parallel; a shard answers with the corpus-wide article numbers it holds.
import { allLines, concordanceOf, type Concordance, type KwicDoc, type KwicLine, type KwicSort } from '../../shared/terms/concordance';
import { fingerprint } from './fingerprint';
import { parseQuery } from '../../shared/search/query';
import { buildSearchIndex, type DocumentName, type SearchHits } from '../../shared/search/search';
import { bySegmentStart, disjointSegments, searchSegments, segmentOccurrences, type Segment } from '../../shared/search/segments';
import { kernelScanner, releaseCopiedTexts } from './kernel-scanner';
import { buildSearchPart, partIndex, partSources, type NumberedPart, type SearchPart } from '../../shared/search/search-part';
import { TermBags, type ShardTermCounts } from '../../shared/terms/term-bags';
import type { TermSeries } from './term-trends';

export interface ShardDoc {
  /** The article's position in the corpus index. */
  number: number;
  id: string;
  title: string | null;
  /** Searched by outlet: and doc: (they are metadata, but a query combines them with the text). */
  outlet: string | null;
  documents: readonly DocumentName[];
  paragraphs: readonly string[];
}

/** The search forms of shard documents, for a part built here (no search file, or one that could not be used). */
export const searchIndexOf = (docs: readonly ShardDoc[]) => buildSearchIndex(docs.map((d) => ({ id: d.id, title: d.title, body: d.paragraphs.join('\n'), outlet: d.outlet, documents: d.documents })));

/** A part as a segment: the kernel copies its texts (from the file's units where it came from one), whose strings then go. */
function segmentOf({ numbers, part }: NumberedPart): Segment {
  const index = partIndex(part);
  const scanner = kernelScanner(part.base, true, partSources(part));
  releaseCopiedTexts(part.base, scanner);
  return { index, numbers, scanner };
}

export class TextShard {
  private byId = new Map<string, ShardDoc>();
  private byNumber = new Map<number, ShardDoc>();
  private bags = new TermBags();
  /** The lines of the last concordance asked for: a new order or an export of it only re-sorts. */
  private lastLines: { key: string; lines: KwicLine[] } | null = null;
  /** The search, part by part (each its own index and kernel copy), by their first numbers; null until the seal. */
  private segments: Segment[] | null = null;
  /** Parts indexed as they arrive, for the seal. */
  private arrived: Segment[] = [];
  /** Whether the segments hold ascending ranges that do not interleave (chunks do): their answers then simply join. */
  private disjoint = true;
  /** Texts added to be indexed at the seal (the inline form: no chunks, so no parts). */
  private unindexed: ShardDoc[] = [];

  /**
   * Texts for reading, concordances and term counts. Unless `indexed` (their search part
   * came separately), they are also indexed for search at the seal; after it, only
   * indexed texts may arrive.
   */
  add(docs: readonly ShardDoc[], indexed = false): void {
    if (this.segments && !indexed) throw new Error('the shard is sealed');
    // One by one (spreading half a million documents into push() overflowed the stack).
    for (const d of docs) {
      this.byId.set(d.id, d);
      this.byNumber.set(d.number, d);
      if (!indexed) this.unindexed.push(d);
    }
  }

  /**
   * A chunk's search part (its documents are `numbers`, in the part's order); texts may
   * follow. Indexed at once, on its own (its bigram table and the kernel's copy of its
   * texts): while the other parts are still on their way, not all at the seal.
   */
  addPart(numbers: Uint32Array, part: SearchPart): void {
    if (this.segments) throw new Error('the shard is sealed');
    if (numbers.length > 0) this.arrived.push(segmentOf({ numbers, part }));
  }

  /** Makes every part and unindexed text added so far searchable. */
  seal(): void {
    const own = [...this.unindexed].sort((a, b) => a.number - b.number);
    if (own.length) this.arrived.push(segmentOf({ numbers: Uint32Array.from(own, (d) => d.number), part: buildSearchPart(searchIndexOf(own)) }));
    this.segments = this.arrived.sort(bySegmentStart);
    this.disjoint = disjointSegments(this.segments);
    this.arrived = [];
    this.unindexed = [];
  }

  /** Bytes the sealed shard holds outside the JavaScript heap: its indexes' typed arrays and the kernel's texts. */
  bytesOutsideHeap(): number {
    return this.sealedSegments().reduce((n, { index: ix, numbers, scanner }) => n + [ix.keys, ix.slots, ix.offsets, ix.postings, ix.counts, numbers].reduce((m, a) => m + a.byteLength, 0) + scanner.bytes, 0);
  }

  get sealed(): boolean {
    return this.segments !== null;
  }

  /** Matches in corpus-wide numbers, ascending; null when the query has no terms. */
  search(q: string): SearchHits | null {
    return searchSegments(this.sealedSegments(), parseQuery(q), this.disjoint);
  }

  text(id: string): readonly string[] | null {
    return this.byId.get(id)?.paragraphs ?? null;
  }

  private sealedSegments(): Segment[] {
    if (!this.segments) throw new Error('the shard is not sealed yet');
    return this.segments;
  }

  /** The concordance of the query over the listed articles this shard holds (`numbers` in result order). */
  concordance(numbers: Uint32Array, q: string, sort: KwicSort, limit: number): Concordance {
    this.sealedSegments();
    const key = `${q}\n${fingerprint(numbers)}`;
    if (this.lastLines?.key !== key) {
      const query = parseQuery(q);
      const docs: KwicDoc[] = [];
      if (query.root) {
        numbers.forEach((number, rank) => {
          const d = this.byNumber.get(number);
          if (d) docs.push({ number, id: d.id, rank, paragraphs: d.paragraphs });
        });
      }
      this.lastLines = { key, lines: allLines(docs, query) };
    }
    return concordanceOf(this.lastLines.lines, sort, limit);
  }

  /** For each term (itself a query): the articles matching it and its occurrences in each. */
  termHits(terms: readonly string[]): TermSeries[] {
    const segments = this.sealedSegments();
    return terms.map((term) => ({ term, ...segmentOccurrences(segments, parseQuery(term), this.disjoint) }));
  }

  /** Word counts of the listed articles this shard holds: a sample of the set and one of the rest. */
  termCounts(set: Uint32Array, rest: Uint32Array): ShardTermCounts {
    this.sealedSegments();
    const own = (numbers: Uint32Array) => [...numbers].filter((n) => this.byNumber.has(n));
    const textOf = (number: number) => {
      const d = this.byNumber.get(number)!;
      return [d.title ?? '', ...d.paragraphs].join('\n');
    };
    return this.bags.count(own(set), own(rest), textOf);
  }
}
