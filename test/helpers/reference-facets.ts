// The plain references the fast paths are property-tested against: one pass over every
// article per question, written for obviousness, not speed. Test code only.
import type { ArticleMeta as Article } from '../../src/shared/schema';
import { REGION_GROUPS } from '../../src/shared/taxonomy/regions';
import { overlapsRange, withinRange } from '../../src/app/model/dates';
import { FACET_GROUPS, FACETS, groupOf, type FacetGroup, type ResultSet } from '../../src/app/model/filters';
import { valuesOf, type FacetCounts, type GroupBucket } from '../../src/app/model/facets';
import { fastResultNumbers, type FacetIndex } from '../../src/app/model/facet-index';
import type { SearchHits } from '../../src/shared/search/search';
import { documentLabel, valueLabel } from '../../src/app/model/labels';
import type { Label } from '../../src/shared/taxonomy/labels';

function matchesGroup(article: Article, group: FacetGroup, f: ResultSet): boolean {
  if (group === 'place') {
    const regions = valuesOf(article, 'region', f.places);
    const cities = valuesOf(article, 'city', f.places);
    // Filtered out: any excluded province or city rules the article out.
    if (regions.some((r) => f.exclude.region.includes(r)) || cities.some((c) => f.exclude.city.includes(c))) return false;
    if (f.region.length === 0 && f.city.length === 0) return true;
    return regions.some((r) => f.region.includes(r)) || cities.some((c) => f.city.includes(c));
  }
  const values = valuesOf(article, group);
  if (values.some((v) => f.exclude[group].includes(v))) return false;
  const selected = f[group];
  return selected.length === 0 || values.some((v) => selected.includes(v));
}

/** Does an article pass every filter, optionally ignoring one facet group? */
export function matches(article: Article, f: ResultSet, searchHits: Map<string, number> | null, except?: FacetGroup): boolean {
  if (f.onTopicOnly && !article.onTopic) return false;
  if (searchHits && !searchHits.has(article.id)) return false;
  if (!(f.exactDates ? withinRange : overlapsRange)(article, f.from, f.to)) return false;
  for (const g of FACET_GROUPS) {
    if (g !== except && !matchesGroup(article, g, f)) return false;
  }
  return true;
}

/**
 * The straightforward reference: one pass over every article per facet group. The app
 * uses the bitset fast path (facet-index.ts).
 */
export function facetCounts(articles: Article[], f: ResultSet, searchHits: Map<string, number> | null): FacetCounts {
  const out = {} as FacetCounts;
  const pools = new Map<FacetGroup, Article[]>();
  const docs = documentLabels(articles);
  for (const facet of FACETS) {
    const group = groupOf(facet);
    if (!pools.has(group)) pools.set(group, articles.filter((a) => matches(a, f, searchHits, group)));
    const counts = new Map<string, number>();
    // Every value in the corpus stays listed, at zero when nothing matches it now.
    for (const a of articles) for (const v of valuesOf(a, facet, f.places)) counts.set(v, 0);
    for (const v of [...f[facet], ...f.exclude[facet]]) if (!counts.has(v)) counts.set(v, 0);
    for (const a of pools.get(group)!) for (const v of new Set(valuesOf(a, facet, f.places))) counts.set(v, (counts.get(v) ?? 0) + 1);
    out[facet] = [...counts.entries()]
      .map(([value, count]) => ({ value, label: (facet === 'document' ? docs.get(value) : undefined) ?? valueLabel(facet, value), count, selected: f[facet].includes(value), excluded: f.exclude[facet].includes(value) }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }
  return out;
}

/** Policy region groups (one click selects all their provinces): the reference fastGroupCounts is tested against. */
export function regionGroupCounts(articles: Article[], f: ResultSet, searchHits: Map<string, number> | null): GroupBucket[] {
  const pool = articles.filter((a) => matches(a, f, searchHits, 'place'));
  return REGION_GROUPS.map((g) => ({
    value: g.id,
    label: g.label,
    provinces: g.provinces,
    count: pool.filter((a) => valuesOf(a, 'region', f.places).some((r) => g.provinces.includes(r))).length,
    selected: g.provinces.every((p) => f.region.includes(p)),
    excluded: g.provinces.every((p) => f.exclude.region.includes(p)),
  }));
}

/** The fast path's results as articles, in corpus order: the shape the reference `matches` filter gives. */
export function fastResults(ix: FacetIndex, articles: readonly Article[], f: ResultSet, searchHits: SearchHits | null): Article[] {
  return fastResultNumbers(ix, f, searchHits).map((i) => articles[i]!);
}

/** The reference rule for a document's label: the last short name an article gives it wins. */
function documentLabels(articles: readonly { documents: readonly { title: string; shortName: string | null }[] }[]): Map<string, Label> {
  const out = new Map<string, Label>();
  for (const a of articles) {
    for (const d of a.documents) {
      if (out.has(d.title) && !d.shortName) continue;
      out.set(d.title, documentLabel(d.title, d.shortName));
    }
  }
  return out;
}
