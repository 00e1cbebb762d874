// The URL is the shareable form of the filters: repeated parameters per facet value
// (?region=湖南&region=广西&industry=chips&q=小巨人). Parsing rejects what it does not
// understand and reports it, so a garbled link degrades to a notice, never a crash.
import { INDUSTRIES } from '../../shared/taxonomy/industries';
import { CITIES, PROVINCES } from '../../shared/taxonomy/regions';
import { TOPICS } from '../../shared/taxonomy/topics';
import { DEFAULT_VIEW, EMPTY_SET, FACETS, noValues, Q_MAX, SORTS, TABS, TERMS_PANELS, TREND_METRICS, type FacetId, type Filters, type ResultSet, type ViewState } from '../model/filters';
import { DATE_BOUND } from '../../shared/result-set';
import type { Lang } from '../strings/lang';
import { GRANULARITIES } from '../model/timeline';
import { DEFAULT_COLUMNS, parseColumns, parseTableSort, tableSortText } from '../model/columns';
import { KWIC_SORTS } from '../../shared/terms/concordance';
import { parseQuery } from '../../shared/search/query';
import { MAX_TREND_TERMS } from '../model/term-trends';

const known: Record<FacetId, (v: string) => boolean> = {
  region: ((s) => (v: string) => s.has(v))(new Set(PROVINCES.map((p) => p.short))),
  city: ((s) => (v: string) => s.has(v))(new Set(CITIES.map((c) => c.short))),
  industry: ((s) => (v: string) => s.has(v))(new Set(INDUSTRIES.map((i) => i.id))),
  topic: ((s) => (v: string) => s.has(v))(new Set(TOPICS.map((t) => t.id))),
  outlet: (v) => v.length > 0 && v.length <= 80,
  kind: (v) => v === 'article' || v === 'brief',
  document: (v) => v.length > 0 && v.length <= 500,
};

/** A result set as a query string without "?": what a pin and a saved view keep. */
export function setToSearch(set: ResultSet): string {
  return writeSet(new URLSearchParams(), set).toString();
}

function writeSet(p: URLSearchParams, f: ResultSet): URLSearchParams {
  if (f.q.trim()) p.set('q', f.q.trim());
  for (const facet of FACETS) for (const v of f[facet]) p.append(facet, v);
  // A filtered-out value is its facet with a minus: -industry=energy.
  for (const facet of FACETS) for (const v of f.exclude[facet]) p.append(`-${facet}`, v);
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.exactDates) p.set('exact', '1');
  if (!f.onTopicOnly) p.set('all', '1');
  if (f.places !== 'subject') p.set('places', f.places);
  return p;
}

/** The query string of a view; `lang` is written only when it is not the default, so a link opens in the sender's language. */
export function filtersToSearch({ set, view }: Filters, lang: Lang = 'en'): string {
  const p = writeSet(new URLSearchParams(), set);
  if (view.sort !== 'auto') p.set('sort', view.sort);
  if (view.article) p.set('a', view.article);
  if (view.article && view.paragraph !== null) p.set('p', String(view.paragraph + 1));
  if (view.tab !== 'articles') p.set('view', view.tab);
  if (view.unit !== 'month') p.set('unit', view.unit);
  if (view.stack !== 'industry') p.set('stack', view.stack);
  if (view.tracker !== null) p.set('tracker', view.tracker);
  if (view.columns.join(',') !== DEFAULT_COLUMNS.join(',')) p.set('cols', view.columns.join(','));
  if (view.tableSort) p.set('tsort', tableSortText(view.tableSort));
  if (view.terms !== 'contexts') p.set('terms', view.terms);
  if (view.kwicSort !== 'order') p.set('ksort', view.kwicSort);
  for (const term of view.trendTerms) p.append('tt', term);
  if (view.trendMetric !== 'share') p.set('tm', view.trendMetric);
  if (lang !== 'en') p.set('lang', lang);
  if (view.pinA !== null) p.set('A', setToSearch(view.pinA));
  if (view.pinB !== null) p.set('B', setToSearch(view.pinB));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export interface ParsedUrl {
  filters: Filters;
  /** The language the link asks for, if it names one. */
  lang: Lang | null;
  /** Parameters that were dropped, as they appeared ("foo=1", "from=2025-13"). */
  rejected: string[];
}

type Reject = () => void;

/** Reads one result-set parameter into `f`; false when the key is not a result-set key. */
function readSetParam(f: ResultSet, key: string, value: string, reject: Reject): boolean {
  const minus = key.startsWith('-');
  const name = minus ? key.slice(1) : key;
  if ((FACETS as readonly string[]).includes(name)) {
    const facet = name as FacetId;
    const list = minus ? f.exclude[facet] : f[facet];
    // A value both selected and filtered out is contradictory: the first one given wins.
    const other = minus ? f[facet] : f.exclude[facet];
    if (known[facet](value) && !list.includes(value) && !other.includes(value)) list.push(value);
    else if (!list.includes(value)) reject();
  } else if (key === 'q') {
    if (value.length <= Q_MAX) f.q = value;
    else reject();
  } else if (key === 'from' || key === 'to') {
    if (DATE_BOUND.test(value)) f[key] = value;
    else reject();
  } else if (key === 'all') {
    if (value === '1') f.onTopicOnly = false;
    else reject();
  } else if (key === 'exact') {
    if (value === '1') f.exactDates = true;
    else reject();
  } else if (key === 'places') {
    if (value === 'wide') f.places = 'wide';
    else reject();
  } else return false;
  return true;
}

/** Reads one view parameter into `v`; false when the key is not a view key. */
function readViewParam(v: ViewState, key: string, value: string, reject: Reject): boolean {
  const oneOf = <T extends string>(options: readonly T[], apply: (x: T) => void) => ((options as readonly string[]).includes(value) ? apply(value as T) : reject());
  const bounded = (max: number, apply: (x: string) => void) => (value.length > 0 && value.length <= max ? apply(value) : reject());
  if (key === 'unit') oneOf(GRANULARITIES, (x) => (v.unit = x));
  else if (key === 'stack') oneOf(['industry', 'topic'] as const, (x) => (v.stack = x));
  else if (key === 'sort') oneOf(SORTS, (x) => (v.sort = x));
  else if (key === 'view') oneOf(TABS, (x) => (v.tab = x));
  else if (key === 'tracker') bounded(300, (x) => (v.tracker = x));
  else if (key === 'a') bounded(120, (x) => (v.article = x));
  else if (key === 'p') {
    if (/^[1-9]\d{0,4}$/.test(value)) v.paragraph = Number(value) - 1;
    else reject();
  }
  else if (key === 'terms') oneOf(TERMS_PANELS, (x) => (v.terms = x));
  else if (key === 'ksort') oneOf(KWIC_SORTS, (x) => (v.kwicSort = x));
  else if (key === 'tm') oneOf(TREND_METRICS, (x) => (v.trendMetric = x));
  else if (key === 'tt') {
    // A trend term is itself a query; one that does not parse, a repeat or a sixth is dropped.
    const ok = value.trim() !== '' && value.length <= 60 && parseQuery(value).error === null && !v.trendTerms.includes(value) && v.trendTerms.length < MAX_TREND_TERMS;
    if (ok) v.trendTerms = [...v.trendTerms, value];
    else reject();
  }
  else if (key === 'cols') {
    const cols = parseColumns(value);
    if (cols) v.columns = cols;
    else reject();
  } else if (key === 'tsort') {
    const sort = parseTableSort(value);
    if (sort) v.tableSort = sort;
    else reject();
  }
  else if (key === 'A' || key === 'B') {
    // A pinned set is itself a query string of a result set; it must parse cleanly to be kept.
    const inner = value.length <= 2000 ? searchToSet(value) : null;
    if (inner && inner.rejected.length === 0) v[key === 'A' ? 'pinA' : 'pinB'] = inner.set;
    else reject();
  } else return false;
  return true;
}

function params(search: string): URLSearchParams | null {
  try {
    return new URLSearchParams(search);
  } catch {
    return null;
  }
}

const emptySet = (): ResultSet => ({ ...EMPTY_SET, ...noValues(), exclude: noValues() });

/** A reversed range is dropped whole (and said so): half of it would be a guess. */
function checkRange(f: ResultSet, rejected: string[]): void {
  if (f.from && f.to && f.from > f.to) {
    rejected.push(`from=${f.from} is after to=${f.to}`);
    f.from = null;
    f.to = null;
  }
}

/** The one parser of a result set (a pin, a saved view): anything that is not a result-set parameter is rejected. */
export function searchToSet(search: string): { set: ResultSet; rejected: string[] } {
  const set = emptySet();
  const p = params(search);
  if (!p) return { set, rejected: [search] };
  const rejected: string[] = [];
  for (const [key, value] of p) {
    const reject = () => rejected.push(`${key}=${value}`.slice(0, 60));
    if (!readSetParam(set, key, value, reject)) reject();
  }
  checkRange(set, rejected);
  return { set, rejected };
}

export function searchToFilters(search: string): ParsedUrl {
  const set = emptySet();
  const view: ViewState = { ...DEFAULT_VIEW };
  const p = params(search);
  if (!p) return { filters: { set, view }, lang: null, rejected: [search] };
  const rejected: string[] = [];
  let lang: Lang | null = null;
  for (const [key, value] of p) {
    const reject = () => rejected.push(`${key}=${value}`.slice(0, 60));
    if (readSetParam(set, key, value, reject) || readViewParam(view, key, value, reject)) continue;
    if (key === 'lang' && (value === 'en' || value === 'zh')) lang = value;
    else reject();
  }
  checkRange(set, rejected);
  // A paragraph belongs to the open article; with none open there is nothing to point into.
  if (!view.article && view.paragraph !== null) {
    rejected.push(`p=${view.paragraph + 1}`);
    view.paragraph = null;
  }
  return { filters: { set, view }, lang, rejected };
}
