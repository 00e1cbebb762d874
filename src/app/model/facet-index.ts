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
import { setBit, wordsFor, emptyBitset, type Bitset, type Extent } from './bitset';
import { REGION_GROUPS } from '../../shared/taxonomy/regions';
import { bitArena, intersectSlots, type BitArena } from './bit-arena';

export interface FacetIndex {
  /** How many articles the index covers. */
  size: number;
  /** Which places the region and city values are: one index per scope. */
  scope: PlaceScope;
  words: number;
  /** Per facet: each value some article carries, and its set's arena slot. */
  values: Record<FacetId, Map<string, number>>;
  /** Per facet: the values in a fixed order, their labels, their sets' first slot in the arena, and each article's value numbers (CSR). */
  lists: Record<FacetId, { names: string[]; labels: FacetBucket['label'][]; first: number; offsets: Uint32Array; ids: Uint32Array }>;
  /**
   * Every set the engine reads or writes, side by side, so each pass is one kernel call:
   * the value sets, the policy region groups' sets, the counting pools, and the slots
   * the filters fill (everything, on-topic, the date range, the search hits, and per
   * facet group its selected and its filtered-out values).
   */
  arena: BitArena;
  slots: Slots;
  /** What each filled slot was last filled from (a key or an answer): a repeated filter reuses it. */
  held: Map<number, unknown>;
  /** Each article's date span as day keys (0: undated). */
  spanStart: Int32Array;
  spanEnd: Int32Array;
}

const GROUPS = FACET_GROUPS;
/** Pools a count uses at most: one per facet group with a selection, one for the rest. */
const POOLS = FACET_GROUPS.length + 1;

interface Slots { regionGroups: number; pools: number; all: number; onTopic: number; date: number; hits: number; included: (g: number) => number; excluded: (g: number) => number }

/** Where the slots after the value sets start: region groups, pools, then the filters' own. */
function slotsAfter(valueSlots: number): Slots & { count: number } {
  const pools = valueSlots + REGION_GROUPS.length;
  const fixed = pools + POOLS;
  return {
    regionGroups: valueSlots, pools, all: fixed, onTopic: fixed + 1, date: fixed + 2, hits: fixed + 3,
    included: (g) => fixed + 4 + 2 * g, excluded: (g) => fixed + 5 + 2 * g, count: fixed + 4 + 2 * GROUPS.length,
  };
}

/** The column a facet reads in a place scope: region and city have a wide form. */
export const columnOf = (facet: FacetId, scope: PlaceScope): ColumnName =>
  scope === 'wide' && facet === 'region' ? 'wideRegion' : scope === 'wide' && facet === 'city' ? 'wideCity' : facet;

export function buildFacetIndex(articles: readonly Article[], scope: PlaceScope = 'subject'): FacetIndex {
  return facetIndexFromColumns(buildFacetColumns(articles), scope);
}

/** The bitsets straight from the columns (the binary facet file, or columns built from JSON): no object per article. */
export function facetIndexFromColumns(c: FacetColumns, scope: PlaceScope = 'subject', useWasm = true): FacetIndex {
  const n = c.articles;
  const words = wordsFor(n);
  const cols = FACETS.map((facet) => c.columns[columnOf(facet, scope)]);
  const slots = slotsAfter(cols.reduce((sum, col) => sum + col.values.length, 0));
  const arena = bitArena(slots.count, words, Math.max(REGION_GROUPS.length, ...cols.map((col) => col.values.length)), useWasm);
  const all = arena.set(slots.all);
  all.fill(-1);
  if (n % 32) all[words - 1] = (1 << n % 32) - 1;
  const onTopic = arena.set(slots.onTopic);
  for (let i = 0; i < n; i++) if (c.onTopic[i]) onTopic[i >>> 5]! |= 1 << (i & 31);
  const values = {} as FacetIndex['values'];
  const lists = {} as FacetIndex['lists'];
  let first = 0;
  FACETS.forEach((facet, f) => {
    const col = cols[f]!;
    fillValueSets(col.values.map((_, k) => arena.set(first + k)), col.offsets, col.ids, n);
    // Values no article carries (possible in a hand-made file) are not listed.
    const sizes = arena.countEach(slots.all, first, col.values.length, 0, words);
    values[facet] = new Map(col.values.flatMap((v, k) => (sizes[k]! > 0 ? [[v, first + k] as const] : [])));
    const label = facet === 'document' ? (v: string, k: number) => documentLabel(v, c.documentShortNames[k] ?? null) : (v: string) => valueLabel(facet, v);
    lists[facet] = { names: col.values, labels: col.values.map(label), first, offsets: col.offsets, ids: col.ids };
    first += col.values.length;
  });
  fillRegionGroups(arena, slots.regionGroups, values.region);
  return { size: n, scope, words, values, lists, arena, slots, held: new Map(), spanStart: c.spanStart, spanEnd: c.spanEnd };
}

/**
 * Each value's set from a column's value lists. It runs once, at load, before the JIT
 * has warmed: the bit is worked out once per article and no call is left in the loop
 * (a setBit per entry cost about 130 ms at 100k in Chromium).
 */
function fillValueSets(sets: Bitset[], offsets: Uint32Array, ids: Uint32Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const word = i >>> 5;
    const bit = 1 << (i & 31);
    const end = offsets[i + 1]!;
    for (let k = offsets[i]!; k < end; k++) sets[ids[k]!]![word]! |= bit;
  }
}

/** Each policy region group's set: the union of its provinces'. */
function fillRegionGroups(arena: BitArena, from: number, regions: Map<string, number>): void {
  REGION_GROUPS.forEach((g, k) => {
    for (const p of g.provinces) {
      const s = regions.get(p);
      if (s !== undefined) arena.or(from + k, from + k, s);
    }
  });
}

/**
 * What a filter state intersects, as arena slots, all read-only: the base (everything
 * or the on-topic articles), the date range and the search hits, and each facet group's
 * set (null when it filters nothing). Sets are intersected in one pass where they are used.
 */
export interface FilterSources { first: number; extras: number[]; groups: Map<FacetGroup, number | null> }

export function filterSources(ix: FacetIndex, f: ResultSet, searchHits: SearchHits | null): FilterSources {
  const extras: number[] = [];
  if (f.from || f.to) {
    const dates = dateSet(ix, f.from, f.to, f.exactDates);
    extras.push(filled(ix, ix.slots.date, dates, (set) => set.set(dates)));
  }
  if (searchHits) extras.push(filled(ix, ix.slots.hits, searchHits, (set) => fillHits(set, searchHits, ix.size)));
  const groups = new Map<FacetGroup, number | null>();
  GROUPS.forEach((g, k) => groups.set(g, groupSlot(ix, f, g, k)));
  return { first: f.onTopicOnly ? ix.slots.onTopic : ix.slots.all, extras, groups };
}

/** A filled slot holding what `key` names: refilled only when it last held something else. */
function filled(ix: FacetIndex, slot: number, key: unknown, fill: (set: Bitset) => void): number {
  if (ix.held.get(slot) !== key) {
    fill(ix.arena.set(slot));
    ix.held.set(slot, key);
  }
  return slot;
}

/** The hits (article numbers below `size`) as the slot's members. */
function fillHits(set: Bitset, hits: SearchHits, size: number): void {
  set.fill(0);
  for (let k = 0; k < hits.docs.length; k++) if (hits.docs[k]! < size) setBit(set, hits.docs[k]!);
}

/** The sources' intersection without the group `skip` names, into slot `out`. */
function intersectSources(ix: FacetIndex, out: number, src: FilterSources, skip: FacetGroup | null): Extent {
  const rest = [...src.extras];
  for (const [g, s] of src.groups) if (g !== skip && s !== null) rest.push(s);
  return intersectSlots(ix.arena, out, src.first, rest);
}

/**
 * Which articles a facet group lets through (any selected value, none of the filtered-out
 * ones), as a slot: a single value's own, or the group's filled slot; null when it
 * filters nothing. The slot keeps the last selection, so a filter change's several
 * counts fill it once.
 */
function groupSlot(ix: FacetIndex, f: ResultSet, g: FacetGroup, k: number): number | null {
  const facets = GROUP_FACETS.get(g)!;
  const named = facets.some((facet) => f[facet].length > 0);
  // Most groups filter nothing: answered before anything is allocated.
  if (!named && facets.every((facet) => f.exclude[facet].length === 0)) return null;
  const included = slotsOfValues(ix, facets, (facet) => f[facet]);
  const excluded = slotsOfValues(ix, facets, (facet) => f.exclude[facet]);
  if (!named && excluded.length === 0) return null;
  if (excluded.length === 0 && included.length === 1) return included[0]!;
  const key = `${named}|${included.join(',')}|${excluded.join(',')}`;
  const out = ix.slots.included(k);
  return filled(ix, out, key, () => {
    // A selection of values this corpus lacks lets nothing through.
    unionInto(ix, out, included, named ? null : ix.slots.all);
    if (excluded.length === 0) return;
    const without = ix.slots.excluded(k);
    unionInto(ix, without, excluded, null);
    ix.arena.andNot(out, out, without);
  });
}

const GROUP_FACETS = new Map(GROUPS.map((g) => [g, FACETS.filter((x) => groupOf(x) === g)]));

/** The arena slots of the values a list names in these facets (values this corpus lacks have none). */
function slotsOfValues(ix: FacetIndex, facets: readonly FacetId[], list: (facet: FacetId) => readonly string[]): number[] {
  const out: number[] = [];
  for (const facet of facets) {
    for (const v of list(facet)) {
      const slot = ix.values[facet].get(v);
      if (slot !== undefined) out.push(slot);
    }
  }
  return out;
}

/** Slot out := the union of the slots (or `none`'s copy when there are none; empty without it). */
function unionInto(ix: FacetIndex, out: number, slots: readonly number[], none: number | null): void {
  if (slots.length === 0) {
    if (none === null) ix.arena.set(out).fill(0);
    else ix.arena.and(out, none, none);
    return;
  }
  ix.arena.or(out, slots[0]!, slots[0]!);
  for (let j = 1; j < slots.length; j++) ix.arena.or(out, out, slots[j]!);
}

/** The articles that pass every filter, as a new bitset over their numbers (positions in the corpus). */
export function fastResultSet(ix: FacetIndex, f: ResultSet, searchHits: SearchHits | null): Bitset {
  intersectSources(ix, ix.slots.pools, filterSources(ix, f, searchHits), null);
  return ix.arena.set(ix.slots.pools).slice();
}

/** The numbers of the articles that pass every filter, ascending. */
export function fastResultNumbers(ix: FacetIndex, f: ResultSet, searchHits: SearchHits | null): number[] {
  const { lo, hi } = intersectSources(ix, ix.slots.pools, filterSources(ix, f, searchHits), null);
  const members = ix.arena.members(ix.slots.pools, lo, hi);
  // A plain loop: Array.from of a typed array allocated twice the bytes.
  const out: number[] = [];
  for (let k = 0; k < members.length; k++) out.push(members[k]!);
  return out;
}

/** Policy region groups, counted like a region value: against every filter but place. */
export function fastGroupCounts(ix: FacetIndex, f: ResultSet, searchHits: SearchHits | null): GroupBucket[] {
  const { lo, hi } = intersectSources(ix, ix.slots.pools, filterSources(ix, f, searchHits), 'place');
  const counts = ix.arena.countEach(ix.slots.pools, ix.slots.regionGroups, REGION_GROUPS.length, lo, hi);
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
    const own = src.groups.get(group) !== null ? group : null;
    const key = own ?? 'results';
    let pool = pools.get(key);
    if (!pool) {
      const slot = ix.slots.pools + pools.size;
      pool = { slot, extent: intersectSources(ix, slot, src, own) };
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
 * member walked, about 7 ns per value-list entry it touches plus one (its members are
 * listed first, a pass over the pool's words); a value-word intersected, about 5 ns in
 * JavaScript and 0.3 ns in the WebAssembly kernel.
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
  const walk = members * (1 + perArticle) * WALK_ENTRY_NS + (hi - lo) * wordCost;
  if (walk < list.names.length * (hi - lo) * wordCost) return walkCounts(list, ix.arena.members(pool.slot, lo, hi));
  return ix.arena.countEach(pool.slot, list.first, list.names.length, lo, hi);
}

/** Per value, how many of the articles carry it: their value lists walked in place. */
function walkCounts(list: FacetIndex['lists'][FacetId], articles: Uint32Array): Uint32Array {
  const counts = new Uint32Array(list.names.length);
  const { offsets, ids } = list;
  for (let m = 0; m < articles.length; m++) {
    const i = articles[m]!;
    const end = offsets[i + 1]!;
    for (let k = offsets[i]!; k < end; k++) counts[ids[k]!]!++;
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
