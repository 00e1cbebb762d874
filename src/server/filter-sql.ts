// A result set as a SQL condition over the articles table, every value a parameter: the
// same rule as the app's facet engine (OR within a facet, AND across; an excluded value
// rules an article out; region and city are one place facet; a date range keeps the
// articles whose span overlaps it, or lies within it with exact dates).
import { spanKeys } from '../shared/facet-columns';
import { FACET_GROUPS, type FacetGroup, type FacetId, type PlaceScope, type ResultSet } from '../shared/result-set';

/** Collects parameter values; each `add` names the placeholder of the one added. */
export class Params {
  readonly values: unknown[] = [];

  add(value: unknown, cast = ''): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }
}

/** The column each facet's values are in, by place scope (column names are ours, never the request's). */
export function facetColumn(facet: FacetId, scope: PlaceScope): string {
  if (facet === 'region') return scope === 'wide' ? 'wide_regions' : 'regions';
  if (facet === 'city') return scope === 'wide' ? 'wide_cities' : 'cities';
  return { industry: 'industries', topic: 'topics', outlet: 'outlets', kind: 'kinds', document: 'documents' }[facet];
}

const overlaps = (column: string, values: readonly string[], p: Params) => `${column} && ${p.add(values, '::text[]')}`;

function groupCondition(group: FacetGroup, f: ResultSet, p: Params): string[] {
  const facets: FacetId[] = group === 'place' ? ['region', 'city'] : [group];
  const out: string[] = [];
  for (const facet of facets) if (f.exclude[facet].length > 0) out.push(`NOT (${overlaps(facetColumn(facet, f.places), f.exclude[facet], p)})`);
  const chosen = facets.filter((facet) => f[facet].length > 0).map((facet) => overlaps(facetColumn(facet, f.places), f[facet], p));
  if (chosen.length > 0) out.push(`(${chosen.join(' OR ')})`);
  return out;
}

function dateCondition(f: ResultSet, p: Params): string[] {
  if (!f.from && !f.to) return [];
  const lo = p.add(f.from ? spanKeys(f.from)!.start : 0, '::int');
  // The latest day key a date can have is far below this.
  const hi = p.add(f.to ? spanKeys(f.to)!.end : 2 ** 31 - 1, '::int');
  return f.exactDates ? [`span_start <> 0`, `span_start >= ${lo}`, `span_end <= ${hi}`] : [`span_start <> 0`, `span_end >= ${lo}`, `span_start <= ${hi}`];
}

/**
 * The condition for the set's articles; `hits` (article positions matching its query)
 * when it has one; `except` leaves one facet group out (what that group's counts are over).
 */
export function setCondition(f: ResultSet, hits: readonly number[] | null, p: Params, except?: FacetGroup): string {
  const parts: string[] = [];
  if (f.onTopicOnly) parts.push('on_topic');
  if (hits) parts.push(`position = ANY(${p.add(hits, '::int[]')})`);
  parts.push(...dateCondition(f, p));
  for (const g of FACET_GROUPS) if (g !== except) parts.push(...groupCondition(g, f, p));
  return parts.length > 0 ? parts.join(' AND ') : 'true';
}
