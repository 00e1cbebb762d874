// The fast path for filtering and facet counts. Every facet value holds a bitset of the
// articles that carry it; a facet group's filter is the OR of its selected values, the
// result is the AND of all groups, and a value's count is the popcount of its bitset
// AND every *other* group. At 100k articles this is a few thousand 32-bit words per
// value instead of a pass over every article per facet.
import type { ArticleMeta as Article } from '../../shared/schema';
import { buildFacetColumns, spanKeys, type ColumnName, type FacetColumns } from '../../shared/facet-columns';
import { FACET_GROUPS, FACETS, groupOf, type FacetGroup, type FacetId, type ResultSet, type PlaceScope } from './filters';
import { documentLabel, valueLabel } from './labels';
import type { FacetBucket, FacetCounts, GroupBucket } from './facets';
import type { SearchHits } from './search';
import { andCount, andInPlace, andNotInPlace, bitsetOf, forEachMember, orInPlace, popcount, setBit, wordsFor } from './bitset';
import { REGION_GROUPS } from '../../shared/taxonomy/regions';

export interface FacetIndex {
  /** How many articles the index covers. */
  size: number;
  /** Which places the region and city values are: one index per scope. */
  scope: PlaceScope;
  words: number;
  values: Record<FacetId, Map<string, Uint32Array>>;
  /** Per facet: the values in a fixed order, their labels, and each article's value numbers (CSR). */
  lists: Record<FacetId, { names: string[]; labels: FacetBucket['label'][]; offsets: Uint32Array; ids: Uint32Array }>;
  onTopic: Uint32Array;
  all: Uint32Array;
  /** Each article's date span as day keys (0: undated). */
  spanStart: Int32Array;
  spanEnd: Int32Array;
}

const GROUPS = FACET_GROUPS;

/** The column a facet reads in a place scope: region and city have a wide form. */
const columnOf = (facet: FacetId, scope: PlaceScope): ColumnName =>
  scope === 'wide' && facet === 'region' ? 'wideRegion' : scope === 'wide' && facet === 'city' ? 'wideCity' : facet;

export function buildFacetIndex(articles: readonly Article[], scope: PlaceScope = 'subject'): FacetIndex {
  return facetIndexFromColumns(buildFacetColumns(articles), scope);
}

/** The bitsets straight from the columns (the binary facet file, or columns built from JSON): no object per article. */
export function facetIndexFromColumns(c: FacetColumns, scope: PlaceScope = 'subject'): FacetIndex {
  const n = c.articles;
  const words = wordsFor(n);
  const onTopic = new Uint32Array(words);
  const all = new Uint32Array(words);
  for (let i = 0; i < n; i++) {
    setBit(all, i);
    if (c.onTopic[i]) setBit(onTopic, i);
  }
  const values = {} as FacetIndex['values'];
  const lists = {} as FacetIndex['lists'];
  for (const facet of FACETS) {
    const col = c.columns[columnOf(facet, scope)];
    const sets = col.values.map(() => new Uint32Array(words));
    for (let i = 0; i < n; i++) for (let k = col.offsets[i]!; k < col.offsets[i + 1]!; k++) setBit(sets[col.ids[k]!]!, i);
    // Values no article carries (possible in a hand-made file) are not listed.
    values[facet] = new Map(col.values.flatMap((v, k) => (popcount(sets[k]!) > 0 ? [[v, sets[k]!] as const] : [])));
    const label = facet === 'document' ? (v: string, k: number) => documentLabel(v, c.documentShortNames[k] ?? null) : (v: string) => valueLabel(facet, v);
    lists[facet] = { names: col.values, labels: col.values.map(label), offsets: col.offsets, ids: col.ids };
  }
  return { size: n, scope, words, values, lists, onTopic, all, spanStart: c.spanStart, spanEnd: c.spanEnd };
}

/** Which articles pass each facet group, the base filters, and everything. */
export function filterSets(ix: FacetIndex, f: ResultSet, searchHits: SearchHits | null): { base: Uint32Array; groups: Map<FacetGroup, Uint32Array | null> } {
  const base = f.onTopicOnly ? ix.onTopic.slice() : ix.all.slice();
  if (f.from || f.to) andInPlace(base, dateSet(ix, f.from, f.to, f.exactDates));
  if (searchHits) andInPlace(base, bitsetOf(searchHits.docs, ix.size));
  const groups = new Map<FacetGroup, Uint32Array | null>();
  for (const g of GROUPS) groups.set(g, groupSet(ix, f, g));
  return { base, groups };
}

/** The union of some values' bitsets; a single value's own bitset (only ever read); null for none. */
function unionOf(ix: FacetIndex, picks: { facet: FacetId; value: string }[]): Uint32Array | null {
  if (picks.length === 0) return null;
  const present = picks.map((p) => ix.values[p.facet].get(p.value)).filter((x): x is Uint32Array => x !== undefined);
  if (present.length === 1) return present[0]!;
  const union = new Uint32Array(ix.words);
  for (const s of present) orInPlace(union, s);
  return union;
}

/** Which articles a facet group lets through: any selected value, none of the filtered-out ones; null when it filters nothing. */
function groupSet(ix: FacetIndex, f: ResultSet, g: FacetGroup): Uint32Array | null {
  const facets = FACETS.filter((x) => groupOf(x) === g);
  const included = unionOf(ix, facets.flatMap((facet) => f[facet].map((value) => ({ facet, value }))));
  const excluded = unionOf(ix, facets.flatMap((facet) => f.exclude[facet].map((value) => ({ facet, value }))));
  if (!excluded) return included;
  const out = included ? included.slice() : ix.all.slice();
  andNotInPlace(out, excluded);
  return out;
}

/** The articles that pass every filter, as a bitset over their numbers (positions in the corpus). */
export function fastResultSet(ix: FacetIndex, f: ResultSet, searchHits: SearchHits | null): Uint32Array {
  const { base, groups } = filterSets(ix, f, searchHits);
  for (const s of groups.values()) if (s) andInPlace(base, s);
  return base;
}

/** The numbers of the articles that pass every filter, ascending. */
export function fastResultNumbers(ix: FacetIndex, f: ResultSet, searchHits: SearchHits | null): number[] {
  const out: number[] = [];
  forEachMember(fastResultSet(ix, f, searchHits), (i) => out.push(i));
  return out;
}

const groupSets = new WeakMap<FacetIndex, Uint32Array[]>();

/** Policy region groups, counted like a region value: against every filter but place. */
export function fastGroupCounts(ix: FacetIndex, f: ResultSet, searchHits: SearchHits | null): GroupBucket[] {
  let sets = groupSets.get(ix);
  if (!sets) {
    sets = REGION_GROUPS.map((g) => {
      const union = new Uint32Array(ix.words);
      for (const p of g.provinces) {
        const s = ix.values.region.get(p);
        if (s) orInPlace(union, s);
      }
      return union;
    });
    groupSets.set(ix, sets);
  }
  const { base, groups } = filterSets(ix, f, searchHits);
  for (const [g, s] of groups) if (g !== 'place' && s) andInPlace(base, s);
  return REGION_GROUPS.map((g, k) => ({
    value: g.id,
    label: g.label,
    provinces: g.provinces,
    count: andCount(base, sets[k]!),
    selected: g.provinces.every((p) => f.region.includes(p)),
    excluded: g.provinces.every((p) => f.exclude.region.includes(p)),
  }));
}

/** Every facet's buckets; `only` limits the work to some facets (the benchmark compares like with like). */
export function fastFacetCounts(ix: FacetIndex, f: ResultSet, searchHits: SearchHits | null): FacetCounts;
export function fastFacetCounts<F extends FacetId>(ix: FacetIndex, f: ResultSet, searchHits: SearchHits | null, only: readonly F[]): Pick<FacetCounts, F>;
export function fastFacetCounts(ix: FacetIndex, f: ResultSet, searchHits: SearchHits | null, only: readonly FacetId[] = FACETS): Partial<FacetCounts> {
  const { base, groups } = filterSets(ix, f, searchHits);
  const out: Partial<FacetCounts> = {};
  // A group without a selection counts within the full result set: one pool shared by all such groups.
  const pools = new Map<FacetGroup | 'results', Uint32Array>();
  for (const facet of only) {
    const group = groupOf(facet);
    const key = groups.get(group) ? group : 'results';
    let pool = pools.get(key);
    if (!pool) {
      pool = base.slice();
      for (const [g, s] of groups) if (g !== key && s) andInPlace(pool, s);
      pools.set(key, pool);
    }
    const list = ix.lists[facet];
    const counts = countValues(ix, pool, facet);
    const buckets: FacetBucket[] = list.names.map((value, k) => ({ value, label: list.labels[k]!, count: counts[k]!, selected: f[facet].includes(value), excluded: f.exclude[facet].includes(value) }));
    // Values a link names that this corpus lacks stay listed, at zero, so they can be removed.
    for (const v of f[facet]) if (!ix.values[facet].has(v)) buckets.push({ value: v, label: valueLabel(facet, v), count: 0, selected: true, excluded: false });
    for (const v of f.exclude[facet]) if (!ix.values[facet].has(v)) buckets.push({ value: v, label: valueLabel(facet, v), count: 0, selected: false, excluded: true });
    const absent = [...f[facet], ...f.exclude[facet]].some((v) => !ix.values[facet].has(v));
    // Names are in value order and Array.prototype.sort is stable: ties need no string compare.
    out[facet] = absent ? buckets.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)) : buckets.sort((a, b) => b.count - a.count);
  }
  return out;
}

/**
 * Counts per value within a pool. A sparse pool is walked article by article through
 * the value lists; a dense one is intersected value by value. Either gives the same counts.
 */
function countValues(ix: FacetIndex, pool: Uint32Array, facet: FacetId): Uint32Array {
  const list = ix.lists[facet];
  const counts = new Uint32Array(list.names.length);
  const members = popcount(pool);
  const perArticle = list.ids.length / Math.max(1, ix.size);
  if (members * perArticle * 4 < list.names.length * ix.words) {
    forEachMember(pool, (i) => {
      for (let k = list.offsets[i]!; k < list.offsets[i + 1]!; k++) counts[list.ids[k]!]!++;
    });
  } else {
    list.names.forEach((name, k) => {
      counts[k] = andCount(pool, ix.values[facet].get(name)!);
    });
  }
  return counts;
}


const dateCache = new WeakMap<FacetIndex, Map<string, Uint32Array>>();

function dateSet(ix: FacetIndex, from: string | null, to: string | null, exact: boolean): Uint32Array {
  const key = `${from}|${to}|${exact}`;
  const cache = dateCache.get(ix) ?? new Map<string, Uint32Array>();
  dateCache.set(ix, cache);
  const hit = cache.get(key);
  if (hit) return hit;
  const lo = from ? spanKeys(from)!.start : 0;
  const hi = to ? spanKeys(to)!.end : Infinity;
  const set = new Uint32Array(ix.words);
  for (let i = 0; i < ix.size; i++) {
    const s = ix.spanStart[i]!;
    const e = ix.spanEnd[i]!;
    if (s && (exact ? s >= lo && e <= hi : e >= lo && s <= hi)) setBit(set, i);
  }
  if (cache.size > 32) cache.clear();
  cache.set(key, set);
  return set;
}
