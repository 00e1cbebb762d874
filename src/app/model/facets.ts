// Facet counts: each value counts the articles matching every *other* active filter,
// so selecting a value never zeroes its siblings (OR within a facet, AND across).
import type { ArticleMeta as Article } from '../../shared/schema';
import type { Label } from '../../shared/taxonomy/labels';
import { columnValues } from '../../shared/facet-columns';
import type { FacetId, PlaceScope } from './filters';

export interface FacetBucket {
  value: string;
  label: Label;
  count: number;
  selected: boolean;
  /** Filtered out: its count says what letting it back in would add. */
  excluded: boolean;
}

/** An article's values for a facet in a place scope: the columns' own rule (shared with the pipeline's binary index). */
export function valuesOf(article: Article, facet: FacetId, scope: PlaceScope = 'subject'): string[] {
  if (facet === 'region') return columnValues(article, scope === 'wide' ? 'wideRegion' : 'region');
  if (facet === 'city') return columnValues(article, scope === 'wide' ? 'wideCity' : 'city');
  return columnValues(article, facet);
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
