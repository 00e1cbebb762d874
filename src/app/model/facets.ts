// Facet counts: each value counts the articles matching every *other* active filter,
// so selecting a value never zeroes its siblings (OR within a facet, AND across).
import type { ArticleMeta as Article } from '../../shared/schema';
import type { Label } from '../../shared/taxonomy/labels';
import { OUTLET_UNKNOWN, type FacetId, type PlaceScope } from './filters';

export interface FacetBucket {
  value: string;
  label: Label;
  count: number;
  selected: boolean;
  /** Filtered out: its count says what letting it back in would add. */
  excluded: boolean;
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
    case 'document':
      return article.documents.map((d) => d.title);
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

export type FacetCounts = Record<FacetId, FacetBucket[]>;

export interface GroupBucket {
  value: string;
  label: Label;
  provinces: string[];
  count: number;
  selected: boolean;
  /** Filtered out: its count says what letting it back in would add. */
  excluded: boolean;
}
