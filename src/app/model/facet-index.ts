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
import type { SearchHits } from '../../shared/search/search';
import { andNotInPlace, bitsetOf, forEachMember, intersectInto, orInPlace, popcount, setBit, wordsFor, emptyBitset, type Bitset, type Extent } from './bitset';
import { REGION_GROUPS } from '../../shared/taxonomy/regions';
import { bitArena, type BitArena } from './bit-arena';

export interface FacetIndex {
  /** How many articles the index covers. */
  size: number;
  /** Which places the region and city values are: one index per scope. */
  scope: PlaceScope;
  words: number;
  values: Record<FacetId, Map<string, Bitset>>;
  /** Per facet: the values in a fixed order, their labels, their sets (arena slots from `first` on), and each article's value numbers (CSR). */
  lists: Record<FacetId, { names: string[]; labels: FacetBucket['label'][]; first: number; sets: Bitset[]; offsets: Uint32Array; ids: Uint32Array }>;
  /** The value sets, the policy region groups' sets and the counting pools, side by side. */
  arena: BitArena;
  regionGroupSlot: number;
  poolSlot: number;
  onTopic: Bitset;
  all: Bitset;
  /** Each article's date span as day keys (0: undated). */
  spanStart: Int32Array;
  spanEnd: Int32Array;
}

const GROUPS = FACET_GROUPS;
/** Pools a count uses at most: one per facet group with a selection, one for the rest. */
const POOLS = FACET_GROUPS.length + 1;

/** The column a facet reads in a place scope: region and city have a wide form. */
const columnOf = (facet: FacetId, scope: PlaceScope): ColumnName =>
  scope === 'wide' && facet === 'region' ? 'wideRegion' : scope === 'wide' && facet === 'city' ? 'wideCity' : facet;

export function buildFacetIndex(articles: readonly Article[], scope: PlaceScope = 'subject'): FacetIndex {
  return facetIndexFromColumns(buildFacetColumns(articles), scope);
}

/** The bitsets straight from the columns (the binary facet file, or columns built from JSON): no object per article. */
export function facetIndexFromColumns(c: FacetColumns, scope: PlaceScope = 'subject', useWasm = true): FacetIndex {
  const n = c.articles;
  const words = wordsFor(n);
  const onTopic = emptyBitset(words);
  const all = emptyBitset(words);
  for (let i = 0; i < n; i++) {
    setBit(all, i);
    if (c.onTopic[i]) setBit(onTopic, i);
  }
  const cols = FACETS.map((facet) => c.columns[columnOf(facet, scope)]);
  const valueSlots = cols.reduce((sum, col) => sum + col.values.length, 0);
  const arena = bitArena(valueSlots + REGION_GROUPS.length + POOLS, words, Math.max(REGION_GROUPS.length, ...cols.map((col) => col.values.length)), useWasm);
  const values = {} as FacetIndex['values'];
  const lists = {} as FacetIndex['lists'];
  let first = 0;
  FACETS.forEach((facet, f) => {
    const col = cols[f]!;
    const sets = col.values.map((_, k) => arena.set(first + k));
    for (let i = 0; i < n; i++) for (let k = col.offsets[i]!; k < col.offsets[i + 1]!; k++) setBit(sets[col.ids[k]!]!, i);
    // Values no article carries (possible in a hand-made file) are not listed.
    values[facet] = new Map(col.values.flatMap((v, k) => (popcount(sets[k]!) > 0 ? [[v, sets[k]!] as const] : [])));
    const label = facet === 'document' ? (v: string, k: number) => documentLabel(v, c.documentShortNames[k] ?? null) : (v: string) => valueLabel(facet, v);
    lists[facet] = { names: col.values, labels: col.values.map(label), first, sets, offsets: col.offsets, ids: col.ids };
    first += col.values.length;
  });
  const regionGroupSlot = first;
  fillRegionGroups(arena, regionGroupSlot, values.region);
  return { size: n, scope, words, values, lists, arena, regionGroupSlot, poolSlot: regionGroupSlot + REGION_GROUPS.length, onTopic, all, spanStart: c.spanStart, spanEnd: c.spanEnd };
}

/** Each policy region group's set: the union of its provinces'. */
function fillRegionGroups(arena: BitArena, from: number, regions: Map<string, Bitset>): void {
  REGION_GROUPS.forEach((g, k) => {
    const union = arena.set(from + k);
    for (const p of g.provinces) {
      const s = regions.get(p);
      if (s) orInPlace(union, s);
    }
  });
}

/**
 * What a filter state intersects, all read-only: the base (everything or the on-topic
 * articles), the date range and the search hits, and each facet group's set (null when
 * it filters nothing). Sets are intersected in one pass where they are used.
 */
export interface FilterSources { first: Bitset; extras: Bitset[]; groups: Map<FacetGroup, Bitset | null> }

export function filterSources(ix: FacetIndex, f: ResultSet, searchHits: SearchHits | null): FilterSources {
  const extras: Bitset[] = [];
  if (f.from || f.to) extras.push(dateSet(ix, f.from, f.to, f.exactDates));
  if (searchHits) extras.push(hitSet(ix, searchHits));
  return { first: f.onTopicOnly ? ix.onTopic : ix.all, extras, groups: groupSets(ix, f) };
}

/** The sources' intersection without the groups `skip` names, into `out`. */
function intersectSources(out: Bitset, src: FilterSources, skip: FacetGroup | null): Extent {
  const rest = [...src.extras];
  for (const [g, s] of src.groups) if (g !== skip && s) rest.push(s);
  return intersectInto(out, src.first, rest);
}

const hitSets = new WeakMap<FacetIndex, WeakMap<SearchHits, Bitset>>();

/** The hits as a bitset, once per answer: the view asks for several counts of the same answer. */
function hitSet(ix: FacetIndex, hits: SearchHits): Bitset {
  let byHits = hitSets.get(ix);
  if (!byHits) hitSets.set(ix, (byHits = new WeakMap()));
  let set = byHits.get(hits);
  if (!set) byHits.set(hits, (set = bitsetOf(hits.docs, ix.size)));
  return set;
}

const groupCache = new WeakMap<FacetIndex, Map<string, Map<FacetGroup, Bitset | null>>>();

/** A selection's group sets, kept for the last few selections (a filter change asks for several counts of one selection). */
function groupSets(ix: FacetIndex, f: ResultSet): Map<FacetGroup, Bitset | null> {
  const key = FACETS.map((facet) => `${f[facet].join('\u0001')}\u0002${f.exclude[facet].join('\u0001')}`).join('\u0003');
  let cache = groupCache.get(ix);
  if (!cache) groupCache.set(ix, (cache = new Map()));
  let groups = cache.get(key);
  if (!groups) {
    groups = new Map();
    for (const g of GROUPS) groups.set(g, groupSet(ix, f, g));
    if (cache.size >= 16) cache.delete(cache.keys().next().value!);
    cache.set(key, groups);
  }
  return groups;
}

/** The union of some values' bitsets; a single value's own bitset (only ever read); null for none. */
function unionOf(ix: FacetIndex, picks: { facet: FacetId; value: string }[]): Bitset | null {
  if (picks.length === 0) return null;
  const present = picks.map((p) => ix.values[p.facet].get(p.value)).filter((x): x is Bitset => x !== undefined);
  if (present.length === 1) return present[0]!;
  const union = emptyBitset(ix.words);
  for (const s of present) orInPlace(union, s);
  return union;
}

/** Which articles a facet group lets through: any selected value, none of the filtered-out ones; null when it filters nothing. */
function groupSet(ix: FacetIndex, f: ResultSet, g: FacetGroup): Bitset | null {
  const facets = FACETS.filter((x) => groupOf(x) === g);
  const included = unionOf(ix, facets.flatMap((facet) => f[facet].map((value) => ({ facet, value }))));
  const excluded = unionOf(ix, facets.flatMap((facet) => f.exclude[facet].map((value) => ({ facet, value }))));
  if (!excluded) return included;
  const out = included ? included.slice() : ix.all.slice();
  andNotInPlace(out, excluded);
  return out;
}

/** The articles that pass every filter, as a new bitset over their numbers (positions in the corpus). */
export function fastResultSet(ix: FacetIndex, f: ResultSet, searchHits: SearchHits | null): Bitset {
  const out = emptyBitset(ix.words);
  intersectSources(out, filterSources(ix, f, searchHits), null);
  return out;
}

/** The numbers of the articles that pass every filter, ascending. */
export function fastResultNumbers(ix: FacetIndex, f: ResultSet, searchHits: SearchHits | null): number[] {
  const out: number[] = [];
  const set = ix.arena.set(ix.poolSlot);
  const { lo, hi } = intersectSources(set, filterSources(ix, f, searchHits), null);
  forEachMember(set, (i) => out.push(i), lo, hi);
  return out;
}

/** Policy region groups, counted like a region value: against every filter but place. */
export function fastGroupCounts(ix: FacetIndex, f: ResultSet, searchHits: SearchHits | null): GroupBucket[] {
  const { lo, hi } = intersectSources(ix.arena.set(ix.poolSlot), filterSources(ix, f, searchHits), 'place');
  const counts = ix.arena.countEach(ix.poolSlot, ix.regionGroupSlot, REGION_GROUPS.length, lo, hi);
  return REGION_GROUPS.map((g, k) => ({
    value: g.id,
    label: g.label,
    provinces: g.provinces,
    count: counts[k]!,
    selected: g.provinces.every((p) => f.region.includes(p)),
    excluded: g.provinces.every((p) => f.exclude.region.includes(p)),
  }));
}

/**
 * The pools are arena slots the counting reuses: a count allocates no typed arrays (each
 * would be an off-heap buffer the collector has to track; at 100k articles they were
 * most of the collector's work). Counting is synchronous and never hands a pool out.
 */
interface Pool { slot: number; extent: Extent }

/** Every facet's buckets; `only` limits the work to some facets (the benchmark compares like with like). */
export function fastFacetCounts(ix: FacetIndex, f: ResultSet, searchHits: SearchHits | null): FacetCounts;
export function fastFacetCounts<F extends FacetId>(ix: FacetIndex, f: ResultSet, searchHits: SearchHits | null, only: readonly F[]): Pick<FacetCounts, F>;
export function fastFacetCounts(ix: FacetIndex, f: ResultSet, searchHits: SearchHits | null, only: readonly FacetId[] = FACETS): Partial<FacetCounts> {
  const src = filterSources(ix, f, searchHits);
  const out: Partial<FacetCounts> = {};
  // A group without a selection counts within the full result set: one pool shared by all such groups.
  const pools = new Map<FacetGroup | 'results', Pool>();
  for (const facet of only) {
    const group = groupOf(facet);
    const own = src.groups.get(group) ? group : null;
    const key = own ?? 'results';
    let pool = pools.get(key);
    if (!pool) {
      const slot = ix.poolSlot + pools.size;
      pool = { slot, extent: intersectSources(ix.arena.set(slot), src, own) };
      pools.set(key, pool);
    }
    out[facet] = bucketsOf(ix, f, facet, countValues(ix, pool, facet));
  }
  return out;
}

/** A facet's buckets from its counts, most first; values a link names that this corpus lacks stay listed, at zero, so they can be removed. */
function bucketsOf(ix: FacetIndex, f: ResultSet, facet: FacetId, counts: Uint32Array): FacetBucket[] {
  const list = ix.lists[facet];
  const selected = f[facet];
  const excluded = f.exclude[facet];
  const buckets: FacetBucket[] = list.names.map((value, k) => ({
    value, label: list.labels[k]!, count: counts[k]!, selected: selected.length > 0 && selected.includes(value), excluded: excluded.length > 0 && excluded.includes(value),
  }));
  const known = ix.values[facet];
  for (const v of selected) if (!known.has(v)) buckets.push({ value: v, label: valueLabel(facet, v), count: 0, selected: true, excluded: false });
  for (const v of excluded) if (!known.has(v)) buckets.push({ value: v, label: valueLabel(facet, v), count: 0, selected: false, excluded: true });
  const absent = buckets.length > list.names.length;
  // Names are in value order and Array.prototype.sort is stable: ties need no string compare.
  return absent ? buckets.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)) : buckets.sort((a, b) => b.count - a.count);
}

/**
 * What the two ways of counting cost, measured at 100k articles on the bench machine: a
 * member walked, about 7 ns per value-list entry it touches plus one; a value-word
 * intersected, about 5 ns in JavaScript and 0.3 ns in the WebAssembly kernel.
 */
const WALK_ENTRY_NS = 7;
const JS_WORD_NS = 5;
const WASM_WORD_NS = 0.3;

/**
 * Counts per value within a pool: a sparse pool is walked article by article through
 * the value lists, a dense one intersected with every value in one kernel call; both
 * only visit the words the pool occupies and give the same counts.
 */
function countValues(ix: FacetIndex, pool: Pool, facet: FacetId): Uint32Array {
  const list = ix.lists[facet];
  const { members, lo, hi } = pool.extent;
  if (members === 0) return new Uint32Array(list.names.length);
  const perArticle = list.ids.length / Math.max(1, ix.size);
  const wordCost = ix.arena.kernel === 'wasm' ? WASM_WORD_NS : JS_WORD_NS;
  if (members * (1 + perArticle) * WALK_ENTRY_NS < list.names.length * (hi - lo) * wordCost) return walkCounts(list, ix.arena.set(pool.slot), lo, hi);
  return ix.arena.countEach(pool.slot, list.first, list.names.length, lo, hi);
}

/** Per value, how many members of the set carry it: the members' value lists walked in place (no callback per member: twice as fast). */
function walkCounts(list: FacetIndex['lists'][FacetId], set: Bitset, lo: number, hi: number): Uint32Array {
  const counts = new Uint32Array(list.names.length);
  const { offsets, ids } = list;
  for (let w = lo; w < hi; w++) {
    let bits = set[w]!;
    while (bits !== 0) {
      const low = bits & -bits;
      const i = (w << 5) + 31 - Math.clz32(low);
      bits ^= low;
      const end = offsets[i + 1]!;
      for (let k = offsets[i]!; k < end; k++) counts[ids[k]!]!++;
    }
  }
  return counts;
}


const dateCache = new WeakMap<FacetIndex, Map<string, Bitset>>();

function dateSet(ix: FacetIndex, from: string | null, to: string | null, exact: boolean): Bitset {
  const key = `${from}|${to}|${exact}`;
  const cache = dateCache.get(ix) ?? new Map<string, Bitset>();
  dateCache.set(ix, cache);
  const hit = cache.get(key);
  if (hit) return hit;
  const lo = from ? spanKeys(from)!.start : 0;
  const hi = to ? spanKeys(to)!.end : Infinity;
  const set = emptyBitset(ix.words);
  for (let i = 0; i < ix.size; i++) {
    const s = ix.spanStart[i]!;
    const e = ix.spanEnd[i]!;
    if (s && (exact ? s >= lo && e <= hi : e >= lo && s <= hi)) setBit(set, i);
  }
  if (cache.size > 32) cache.clear();
  cache.set(key, set);
  return set;
}
