// One shard of the full-text store: the texts of a slice of the corpus and their bigram
// index. Shards are independent, so the corpus can be split across Web Workers and
// searched in parallel; a shard answers with the corpus-wide article numbers it holds.
import { parseQuery } from './query';
import { buildNgramIndex, buildSearchIndex, fastSearch, type DocumentName, type NgramIndex, type SearchHits } from './search';

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

export class TextShard {
  private docs: ShardDoc[] = [];
  private byId = new Map<string, ShardDoc>();
  private index: NgramIndex | null = null;
  private numbers = new Uint32Array(0);

  add(docs: readonly ShardDoc[]): void {
    if (this.index) throw new Error('the shard is sealed');
    for (const d of docs) {
      this.docs.push(d);
      this.byId.set(d.id, d);
    }
  }

  /** Builds the search index over everything added so far. */
  seal(): void {
    this.docs.sort((a, b) => a.number - b.number);
    this.numbers = Uint32Array.from(this.docs, (d) => d.number);
    this.index = buildNgramIndex(buildSearchIndex(this.docs.map((d) => ({ id: d.id, title: d.title, body: d.paragraphs.join('\n'), outlet: d.outlet, documents: d.documents }))));
  }

  get sealed(): boolean {
    return this.index !== null;
  }

  /** Matches in corpus-wide numbers, ascending; null when the query has no terms. */
  search(q: string): SearchHits | null {
    if (!this.index) throw new Error('the shard is not sealed yet');
    const hits = fastSearch(this.index, parseQuery(q));
    if (!hits) return null;
    return { docs: hits.docs.map((local) => this.numbers[local]!), scores: hits.scores };
  }

  text(id: string): readonly string[] | null {
    return this.byId.get(id)?.paragraphs ?? null;
  }
}
