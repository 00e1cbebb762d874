// Facet counts: each value counts the articles matching every *other* active filter,
// so selecting a value never zeroes its siblings (OR within a facet, AND across).
import type { ArticleMeta as Article } from '../../shared/schema';
import type { Label } from '../../shared/taxonomy/labels';
import { REGION_GROUPS } from '../../shared/taxonomy/regions';
import { overlapsRange, withinRange } from './dates';
import { FACETS, groupOf, OUTLET_UNKNOWN, type FacetGroup, type FacetId, type Filters, type PlaceScope } from './filters';
import { valueLabel } from './labels';

export interface FacetBucket {
  value: string;
  label: Label;
  count: number;
  selected: boolean;
}

export function valuesOf(article: Article, facet: FacetId, scope: PlaceScope = 'subject'): string[] {
  switch (facet) {
    case 'region':
      return scope === 'wide' ? widePlaces(article).regions : article.regions;
    case 'city':
      return scope === 'wide' ? widePlaces(article).cities : article.cities;
    case 'industry':
      return article.industries;
    case 'topic':
      return article.topics;
    case 'outlet':
      return [article.outlet ?? OUTLET_UNKNOWN];
    case 'kind':
      return [article.kind];
  }
}

const wide = new WeakMap<Article, { regions: string[]; cities: string[] }>();

/** The subject places, then the venues and datelines (not the mentions), each once. */
export function widePlaces(article: Article): { regions: string[]; cities: string[] } {
  let out = wide.get(article);
  if (!out) {
    const counted = article.places.filter((p) => p.role !== 'mention');
    out = {
      regions: [...new Set([...article.regions, ...counted.map((p) => p.province)])],
      cities: [...new Set([...article.cities, ...counted.flatMap((p) => (p.city ? [p.city] : []))])],
    };
    wide.set(article, out);
  }
  return out;
}

function matchesGroup(article: Article, group: FacetGroup, f: Filters): boolean {
  if (group === 'place') {
    if (f.region.length === 0 && f.city.length === 0) return true;
    return valuesOf(article, 'region', f.places).some((r) => f.region.includes(r)) || valuesOf(article, 'city', f.places).some((c) => f.city.includes(c));
  }
  const selected = f[group];
  return selected.length === 0 || valuesOf(article, group).some((v) => selected.includes(v));
}

/** Does an article pass every filter, optionally ignoring one facet group? */
export function matches(article: Article, f: Filters, searchHits: Map<string, number> | null, except?: FacetGroup): boolean {
  if (f.onTopicOnly && !article.onTopic) return false;
  if (searchHits && !searchHits.has(article.id)) return false;
  if (!(f.exactDates ? withinRange : overlapsRange)(article, f.from, f.to)) return false;
  for (const g of ['place', 'industry', 'topic', 'outlet', 'kind'] as const) {
    if (g !== except && !matchesGroup(article, g, f)) return false;
  }
  return true;
}

export type FacetCounts = Record<FacetId, FacetBucket[]>;

/**
 * The straightforward reference: one pass over every article per facet group. The app
 * uses the bitset fast path (facet-index.ts); property tests hold the two equal.
 */
export function facetCounts(articles: Article[], f: Filters, searchHits: Map<string, number> | null): FacetCounts {
  const out = {} as FacetCounts;
  const pools = new Map<FacetGroup, Article[]>();
  for (const facet of FACETS) {
    const group = groupOf(facet);
    if (!pools.has(group)) pools.set(group, articles.filter((a) => matches(a, f, searchHits, group)));
    const counts = new Map<string, number>();
    // Every value in the corpus stays listed, at zero when nothing matches it now.
    for (const a of articles) for (const v of valuesOf(a, facet, f.places)) counts.set(v, 0);
    for (const v of f[facet]) if (!counts.has(v)) counts.set(v, 0);
    for (const a of pools.get(group)!) for (const v of new Set(valuesOf(a, facet, f.places))) counts.set(v, (counts.get(v) ?? 0) + 1);
    out[facet] = [...counts.entries()]
      .map(([value, count]) => ({ value, label: valueLabel(facet, value), count, selected: f[facet].includes(value) }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }
  return out;
}

export interface GroupBucket {
  value: string;
  label: Label;
  provinces: string[];
  count: number;
  selected: boolean;
}

/** Policy region groups (one click selects all their provinces): the reference fastGroupCounts is tested against. */
export function regionGroupCounts(articles: Article[], f: Filters, searchHits: Map<string, number> | null): GroupBucket[] {
  const pool = articles.filter((a) => matches(a, f, searchHits, 'place'));
  return REGION_GROUPS.map((g) => ({
    value: g.id,
    label: g.label,
    provinces: g.provinces,
    count: pool.filter((a) => valuesOf(a, 'region', f.places).some((r) => g.provinces.includes(r))).length,
    selected: g.provinces.every((p) => f.region.includes(p)),
  }));
}
