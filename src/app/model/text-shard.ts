// One shard of the full-text store: the texts of a slice of the corpus and their bigram
// index. Shards are independent, so the corpus can be split across Web Workers and
// searched in parallel; a shard answers with the corpus-wide article numbers it holds.
import { allLines, concordanceOf, type Concordance, type KwicDoc, type KwicLine, type KwicSort } from '../../shared/terms/concordance';
import { fingerprint } from './fingerprint';
import { parseQuery } from '../../shared/search/query';
import { buildSearchIndex, type DocumentName, type SearchHits } from '../../shared/search/search';
import { fastSearch, termOccurrences } from '../../shared/search/fast-search';
import type { NgramIndex } from '../../shared/search/ngram-index';
import type { TextScanner } from '../../shared/search/text-scanner';
import { kernelScanner, releaseCopiedTexts } from './kernel-scanner';
import { buildSearchPart, mergeSearchParts, type NumberedPart, type SearchPart } from '../../shared/search/search-part';
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

export class TextShard {
  private byId = new Map<string, ShardDoc>();
  private byNumber = new Map<number, ShardDoc>();
  private bags = new TermBags();
  /** The lines of the last concordance asked for: a new order or an export of it only re-sorts. */
  private lastLines: { key: string; lines: KwicLine[] } | null = null;
  private index: NgramIndex | null = null;
  /** Counts terms in the sealed texts: the SIMD kernel over their copy in WebAssembly memory, or indexOf. */
  private scanner: TextScanner | null = null;
  private numbers: Uint32Array = new Uint32Array(0);
  /** Search parts waiting for the seal: prebuilt (a chunk's search file) or built from texts. */
  private parts: NumberedPart[] = [];
  /** Texts added to be indexed at the seal (the inline form: no chunks, so no parts). */
  private unindexed: ShardDoc[] = [];

  /**
   * Texts for reading, concordances and term counts. Unless `indexed` (their search part
   * came separately), they are also indexed for search at the seal; after it, only
   * indexed texts may arrive.
   */
  add(docs: readonly ShardDoc[], indexed = false): void {
    if (this.index && !indexed) throw new Error('the shard is sealed');
    for (const d of docs) {
      this.byId.set(d.id, d);
      this.byNumber.set(d.number, d);
    }
    if (!indexed) this.unindexed.push(...docs);
  }

  /** A chunk's search part (its documents are `numbers`, in the part's order); texts may follow. */
  addPart(numbers: Uint32Array, part: SearchPart): void {
    if (this.index) throw new Error('the shard is sealed');
    this.parts.push({ numbers, part });
  }

  /** Builds the search index over every part and unindexed text added so far. */
  seal(): void {
    const own = [...this.unindexed].sort((a, b) => a.number - b.number);
    const built = own.length ? [{ numbers: Uint32Array.from(own, (d) => d.number), part: buildSearchPart(searchIndexOf(own)) }] : [];
    const merged = mergeSearchParts([...this.parts, ...built]);
    this.index = merged.index;
    this.scanner = kernelScanner(merged.index.base, true, merged.sources);
    releaseCopiedTexts(merged.index.base, this.scanner);
    this.numbers = merged.numbers;
    this.parts = [];
    this.unindexed = [];
  }

  /** Bytes the sealed shard holds outside the JavaScript heap: its index's typed arrays and the kernel's texts. */
  bytesOutsideHeap(): number {
    const ix = this.sealedIndex();
    return [ix.keys, ix.slots, ix.offsets, ix.postings, ix.counts, this.numbers].reduce((n, a) => n + a.byteLength, 0) + this.scanner!.bytes;
  }

  get sealed(): boolean {
    return this.index !== null;
  }

  /** Matches in corpus-wide numbers, ascending; null when the query has no terms. */
  search(q: string): SearchHits | null {
    const hits = fastSearch(this.sealedIndex(), parseQuery(q), this.scanner!);
    if (!hits) return null;
    return { docs: hits.docs.map((local) => this.numbers[local]!), scores: hits.scores };
  }

  text(id: string): readonly string[] | null {
    return this.byId.get(id)?.paragraphs ?? null;
  }

  private sealedIndex(): NgramIndex {
    if (!this.index) throw new Error('the shard is not sealed yet');
    return this.index;
  }

  /** The concordance of the query over the listed articles this shard holds (`numbers` in result order). */
  concordance(numbers: Uint32Array, q: string, sort: KwicSort, limit: number): Concordance {
    this.sealedIndex();
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
    const index = this.sealedIndex();
    return terms.map((term) => {
      const hits = termOccurrences(index, parseQuery(term), this.scanner!);
      return { term, docs: hits ? hits.docs.map((local) => this.numbers[local]!) : new Uint32Array(0), counts: hits?.counts ?? new Uint32Array(0) };
    });
  }

  /** Word counts of the listed articles this shard holds: a sample of the set and one of the rest. */
  termCounts(set: Uint32Array, rest: Uint32Array): ShardTermCounts {
    this.sealedIndex();
    const own = (numbers: Uint32Array) => [...numbers].filter((n) => this.byNumber.has(n));
    const textOf = (number: number) => {
      const d = this.byNumber.get(number)!;
      return [d.title ?? '', ...d.paragraphs].join('\n');
    };
    return this.bags.count(own(set), own(rest), textOf);
  }
}
