// What defines a result set — the facet values, dates, query and scope — as both sides
// read it: the app's filters, pins and saved views, and the team server's view requests
// (parsed here, so a request the app could not have made is refused by name).
import { z } from 'zod';

export const FACETS = ['region', 'city', 'industry', 'topic', 'outlet', 'kind', 'document'] as const;
export type FacetId = (typeof FACETS)[number];
export type SortOrder = 'auto' | 'relevance' | 'newest' | 'oldest';
export const SORTS: readonly SortOrder[] = ['auto', 'relevance', 'newest', 'oldest'];
/** Relevance when a query is active, newest first otherwise, unless the user chose. */
export function effectiveSort(sort: SortOrder, hasQuery: boolean): Exclude<SortOrder, 'auto'> {
  if (sort === 'auto') return hasQuery ? 'relevance' : 'newest';
  if (sort === 'relevance' && !hasQuery) return 'newest';
  return sort;
}

export type PlaceScope = 'subject' | 'wide';

/** The longest query a link (and so a saved view) carries; the search box stops there too. */
export const Q_MAX = 200;

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

/** Fresh empty value lists, one per facet (never shared: a parser fills them in). */
export const noValues = (): Record<FacetId, string[]> => ({ region: [], city: [], industry: [], topic: [], outlet: [], kind: [], document: [] });

export const EMPTY_SET: ResultSet = {
  ...noValues(), from: null, to: null, exactDates: false, q: '', onTopicOnly: true, places: 'subject', exclude: noValues(),
};

/** Region and city are one facet: an article matches if it is in any selected province or city. */
export type FacetGroup = 'place' | 'industry' | 'topic' | 'outlet' | 'kind' | 'document';
export const FACET_GROUPS: readonly FacetGroup[] = ['place', 'industry', 'topic', 'outlet', 'kind', 'document'];
export const groupOf = (facet: FacetId): FacetGroup => (facet === 'region' || facet === 'city' ? 'place' : facet);

/** A date bound as links write it: a month or a day. */
export const DATE_BOUND = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** Far above any real selection (a link names a few values); a request beyond it is refused, not truncated. */
export const MAX_VALUES_PER_FACET = 500;
const MAX_VALUE_LENGTH = 500;

/** Text a request may carry: no NUL (no text column can hold one; the database would refuse it mid-query). */
export const requestText = (max: number) => z.string().max(max).refine((s) => !s.includes('\u0000'), 'contains a NUL character');

const values = z.array(requestText(MAX_VALUE_LENGTH).pipe(z.string().min(1))).max(MAX_VALUES_PER_FACET);
const facetValues = z.object({ region: values, city: values, industry: values, topic: values, outlet: values, kind: values, document: values }).strict();
const bound = z.string().regex(DATE_BOUND, 'not a date bound (YYYY-MM or YYYY-MM-DD)').nullable();

/** A result set as a request carries it (JSON): every field present, every list bounded. */
export const ResultSetSchema = facetValues.extend({
  from: bound,
  to: bound,
  exactDates: z.boolean(),
  q: requestText(Q_MAX),
  onTopicOnly: z.boolean(),
  places: z.enum(['subject', 'wide']),
  exclude: facetValues,
}).strict() satisfies z.ZodType<ResultSet>;

export const SortSchema = z.enum(['auto', 'relevance', 'newest', 'oldest']) satisfies z.ZodType<SortOrder>;
