// Word counts per article for distinctive terms, computed once per article and kept:
// segmenting Chinese is the slow part (Intl.Segmenter reads about 600 characters per
// millisecond), so no article is segmented twice in a session.
import { termsOf, type TermCounts } from './keyness';

/** A shard's counts for a sample of the set and of the rest, over the words either uses. */
export interface ShardTermCounts {
  terms: string[];
  set: Uint32Array;
  rest: Uint32Array;
  setTotal: number;
  restTotal: number;
}

export class TermBags {
  private vocab = new Map<string, number>();
  private words: string[] = [];
  /** Per article: word ids and counts interleaved (id, count, id, count…). */
  private bags = new Map<number, Uint32Array>();

  /** Articles counted so far. */
  get size(): number {
    return this.bags.size;
  }

  /** Whether an article's words are counted already (its text is not needed again). */
  has(key: number): boolean {
    return this.bags.has(key);
  }

  private bag(key: number, text: () => string): Uint32Array {
    let bag = this.bags.get(key);
    if (bag) return bag;
    const counts = new Map<number, number>();
    for (const w of termsOf(text())) {
      let id = this.vocab.get(w);
      if (id === undefined) {
        id = this.words.length;
        this.vocab.set(w, id);
        this.words.push(w);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    bag = new Uint32Array(counts.size * 2);
    let k = 0;
    for (const [id, n] of counts) {
      bag[k++] = id;
      bag[k++] = n;
    }
    this.bags.set(key, bag);
    return bag;
  }

  private sum(keys: Iterable<number>, text: (key: number) => string): { by: Uint32Array; total: number } {
    const bags = [...keys].map((key) => this.bag(key, () => text(key)));
    const by = new Uint32Array(this.words.length);
    let total = 0;
    for (const bag of bags) {
      for (let k = 0; k < bag.length; k += 2) {
        by[bag[k]!]! += bag[k + 1]!;
        total += bag[k + 1]!;
      }
    }
    return { by, total };
  }

  count(setKeys: Iterable<number>, restKeys: Iterable<number>, text: (key: number) => string): ShardTermCounts {
    const set = this.sum(setKeys, text);
    const rest = this.sum(restKeys, text);
    const out: ShardTermCounts = { terms: [], set: new Uint32Array(0), rest: new Uint32Array(0), setTotal: set.total, restTotal: rest.total };
    const used: number[] = [];
    for (let id = 0; id < this.words.length; id++) if ((set.by[id] ?? 0) + (rest.by[id] ?? 0) > 0) used.push(id);
    out.terms = used.map((id) => this.words[id]!);
    out.set = Uint32Array.from(used, (id) => set.by[id] ?? 0);
    out.rest = Uint32Array.from(used, (id) => rest.by[id] ?? 0);
    return out;
  }
}

/** Shards hold disjoint articles: their counts add up. */
export function mergeTermCounts(parts: readonly ShardTermCounts[]): { set: TermCounts; rest: TermCounts } {
  const set: TermCounts = { counts: new Map(), total: 0 };
  const rest: TermCounts = { counts: new Map(), total: 0 };
  for (const p of parts) {
    set.total += p.setTotal;
    rest.total += p.restTotal;
    p.terms.forEach((term, k) => {
      if (p.set[k]) set.counts.set(term, (set.counts.get(term) ?? 0) + p.set[k]!);
      if (p.rest[k]) rest.counts.set(term, (rest.counts.get(term) ?? 0) + p.rest[k]!);
    });
  }
  return { set, rest };
}
