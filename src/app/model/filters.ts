// The filter state of the explorer: everything a shared link restores.
import type { Granularity, StackBy } from './timeline';
import { DEFAULT_COLUMNS, type ColumnId, type TableSort } from './columns';
import type { KwicSort } from './concordance';
export const FACETS = ['region', 'city', 'industry', 'topic', 'outlet', 'kind', 'document'] as const;
export type FacetId = (typeof FACETS)[number];
export type SortOrder = 'auto' | 'relevance' | 'newest' | 'oldest';
export const SORTS: readonly SortOrder[] = ['auto', 'relevance', 'newest', 'oldest'];

/** What defines a result set: the facet values, dates, query and scope. Pins and saved views are one of these. */
export interface ResultSet {
  region: string[];
  city: string[];
  industry: string[];
  topic: string[];
  outlet: string[];
  kind: string[];
  /** Cited documents, by title. */
  document: string[];
  /** Inclusive bounds, YYYY-MM or YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  /** With a date range: only articles whose date lies wholly inside it (no year-only article in a month range). */
  exactDates: boolean;
  q: string;
  onTopicOnly: boolean;
  /** Which places count: the subject places (default), or also the venues and datelines. */
  places: PlaceScope;
  /** Values filtered out, per facet: an article carrying any of them does not match. */
  exclude: Record<FacetId, string[]>;
}

/** How the result set is looked at: none of it changes which articles match. */
export interface ViewState {
  sort: SortOrder;
  /** The article open in the reader. */
  article: string | null;
  /** The paragraph of it to show (opened from a concordance line), or null for its top. */
  paragraph: number | null;
  /** Which view shows the filtered articles. */
  tab: Tab;
  /** How the timeline is drawn: its unit and what its bands stack by. */
  unit: Granularity;
  stack: StackBy;
  /** The measure the figure tracker shows (its id), or null for the most reported one. */
  tracker: string | null;
  /** The Table view: its columns in order, and the column it is sorted by (null: the view's order). */
  columns: readonly ColumnId[];
  tableSort: TableSort | null;
  /** The Terms view: which analysis, the concordance's order, the terms compared over time and the measure drawn. */
  terms: TermsPanel;
  kwicSort: KwicSort;
  /** Empty: the query's own terms. */
  trendTerms: readonly string[];
  trendMetric: TrendMetric;
  /** Result sets pinned for side-by-side comparison. */
  pinA: ResultSet | null;
  pinB: ResultSet | null;
}

/** Everything a shared link restores. */
export interface Filters {
  set: ResultSet;
  view: ViewState;
}

export type PlaceScope = 'subject' | 'wide';

export type Tab = 'articles' | 'table' | 'charts' | 'terms';
export const TABS: readonly Tab[] = ['articles', 'table', 'charts', 'terms'];
export type TermsPanel = 'contexts' | 'trends' | 'distinctive';
export const TERMS_PANELS: readonly TermsPanel[] = ['contexts', 'trends', 'distinctive'];
/** Share: the fraction of the period's articles that mention a term; occurrences: how often it is written. */
export type TrendMetric = 'share' | 'occurrences';
export const TREND_METRICS: readonly TrendMetric[] = ['share', 'occurrences'];
/** The longest query a link (and so a saved view) carries; the search box stops there too. */
export const Q_MAX = 200;

/** Fresh empty value lists, one per facet (never shared: a parser fills them in). */
export const noValues = (): Record<FacetId, string[]> => ({ region: [], city: [], industry: [], topic: [], outlet: [], kind: [], document: [] });

export const EMPTY_SET: ResultSet = {
  ...noValues(), from: null, to: null, exactDates: false, q: '', onTopicOnly: true, places: 'subject', exclude: noValues(),
};

export const DEFAULT_VIEW: ViewState = {
  sort: 'auto', article: null, paragraph: null, tab: 'articles', unit: 'month', stack: 'industry', tracker: null, columns: DEFAULT_COLUMNS, tableSort: null,
  terms: 'contexts', kwicSort: 'order', trendTerms: [], trendMetric: 'share', pinA: null, pinB: null,
};

export const DEFAULT_FILTERS: Filters = { set: EMPTY_SET, view: DEFAULT_VIEW };

/** Region and city are one facet: an article matches if it is in any selected province or city. */
export type FacetGroup = 'place' | 'industry' | 'topic' | 'outlet' | 'kind' | 'document';
export const FACET_GROUPS: readonly FacetGroup[] = ['place', 'industry', 'topic', 'outlet', 'kind', 'document'];
export const groupOf = (facet: FacetId): FacetGroup => (facet === 'region' || facet === 'city' ? 'place' : facet);

export { OUTLET_UNKNOWN } from '../../shared/facet-columns';

const flip = (list: string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

/** Selects or unselects a value; selecting one that was filtered out takes it out of the exclusions. */
export function toggleValue(set: ResultSet, facet: FacetId, value: string): ResultSet {
  const exclude = set.exclude[facet].includes(value) ? { ...set.exclude, [facet]: set.exclude[facet].filter((v) => v !== value) } : set.exclude;
  return { ...set, [facet]: flip(set[facet], value), exclude };
}

/** Filters a value out, or lets it back in; filtering out a selected value unselects it. */
export function toggleExcluded(set: ResultSet, facet: FacetId, value: string): ResultSet {
  return { ...set, [facet]: set[facet].filter((v) => v !== value), exclude: { ...set.exclude, [facet]: flip(set.exclude[facet], value) } };
}

export function hasActiveFilters(f: ResultSet): boolean {
  return FACETS.some((k) => f[k].length > 0 || f.exclude[k].length > 0) || f.from !== null || f.to !== null || f.q.trim() !== '' || !f.onTopicOnly || f.places !== 'subject';
}
