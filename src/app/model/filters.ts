// The filter state of the explorer: everything a shared link restores.
import type { Granularity, StackBy } from './timeline';
import { DEFAULT_COLUMNS, type ColumnId, type TableSort } from './columns';
import type { KwicSort } from '../../shared/terms/concordance';
import { EMPTY_SET, FACETS, type FacetId, type ResultSet, type SortOrder } from '../../shared/result-set';

export {
  EMPTY_SET, FACET_GROUPS, FACETS, groupOf, noValues, Q_MAX, SORTS, type FacetGroup, type FacetId, type PlaceScope, type ResultSet, type SortOrder,
} from '../../shared/result-set';

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

export type Tab = 'articles' | 'table' | 'charts' | 'terms';
export const TABS: readonly Tab[] = ['articles', 'table', 'charts', 'terms'];
export type TermsPanel = 'contexts' | 'trends' | 'distinctive';
export const TERMS_PANELS: readonly TermsPanel[] = ['contexts', 'trends', 'distinctive'];
/** Share: the fraction of the period's articles that mention a term; occurrences: how often it is written. */
export type TrendMetric = 'share' | 'occurrences';
export const TREND_METRICS: readonly TrendMetric[] = ['share', 'occurrences'];
export const DEFAULT_VIEW: ViewState = {
  sort: 'auto', article: null, paragraph: null, tab: 'articles', unit: 'month', stack: 'industry', tracker: null, columns: DEFAULT_COLUMNS, tableSort: null,
  terms: 'contexts', kwicSort: 'order', trendTerms: [], trendMetric: 'share', pinA: null, pinB: null,
};

export const DEFAULT_FILTERS: Filters = { set: EMPTY_SET, view: DEFAULT_VIEW };

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
