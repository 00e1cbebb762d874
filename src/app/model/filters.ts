// The filter state of the explorer: everything a shared link restores.
import type { Granularity, StackBy } from './timeline';
export const FACETS = ['region', 'city', 'industry', 'topic', 'outlet', 'kind'] as const;
export type FacetId = (typeof FACETS)[number];
export type SortOrder = 'auto' | 'relevance' | 'newest' | 'oldest';
export const SORTS: readonly SortOrder[] = ['auto', 'relevance', 'newest', 'oldest'];

export interface Filters {
  region: string[];
  city: string[];
  industry: string[];
  topic: string[];
  outlet: string[];
  kind: string[];
  /** Inclusive bounds, YYYY-MM or YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  /** With a date range: only articles whose date lies wholly inside it (no year-only article in a month range). */
  exactDates: boolean;
  q: string;
  onTopicOnly: boolean;
  /** Which places count: the subject places (default), or also the venues and datelines. */
  places: PlaceScope;
  sort: SortOrder;
  /** The article open in the reader. */
  article: string | null;
  /** Which view shows the filtered articles. */
  tab: Tab;
  /** How the timeline is drawn: its unit and what its bands stack by. */
  unit: Granularity;
  stack: StackBy;
  /** The measure the figure tracker shows (its id), or null for the most reported one. */
  tracker: string | null;
  /** Filter sets pinned for side-by-side comparison, as URL query strings. */
  pinA: string | null;
  pinB: string | null;
}

export type PlaceScope = 'subject' | 'wide';

export type Tab = 'articles' | 'charts';
export const TABS: readonly Tab[] = ['articles', 'charts'];
/** The longest query a link (and so a saved view) carries; the search box stops there too. */
export const Q_MAX = 200;

export const DEFAULT_FILTERS: Filters = {
  region: [], city: [], industry: [], topic: [], outlet: [], kind: [],
  from: null, to: null, exactDates: false, q: '', onTopicOnly: true, places: 'subject', sort: 'auto', article: null, tab: 'articles',
  unit: 'month', stack: 'industry', tracker: null, pinA: null, pinB: null,
};

/** Region and city are one facet: an article matches if it is in any selected province or city. */
export type FacetGroup = 'place' | 'industry' | 'topic' | 'outlet' | 'kind';
export const groupOf = (facet: FacetId): FacetGroup => (facet === 'region' || facet === 'city' ? 'place' : facet);

export const OUTLET_UNKNOWN = '∅';

export function toggleValue(filters: Filters, facet: FacetId, value: string): Filters {
  const current = filters[facet];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...filters, [facet]: next };
}

export function hasActiveFilters(f: Filters): boolean {
  return FACETS.some((k) => f[k].length > 0) || f.from !== null || f.to !== null || f.q.trim() !== '' || !f.onTopicOnly || f.places !== 'subject';
}

export function clearFilters(f: Filters): Filters {
  return { ...DEFAULT_FILTERS, sort: f.sort, tab: f.tab, pinA: f.pinA, pinB: f.pinB };
}
