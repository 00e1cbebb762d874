// The URL is the shareable form of the filters: repeated parameters per facet value
// (?region=湖南&region=广西&industry=chips&q=小巨人). Parsing rejects what it does not
// understand and reports it, so a garbled link degrades to a notice, never a crash.
import { INDUSTRIES } from '../../shared/taxonomy/industries';
import { CITIES, PROVINCES } from '../../shared/taxonomy/regions';
import { TOPICS } from '../../shared/taxonomy/topics';
import { DEFAULT_FILTERS, FACETS, Q_MAX, SORTS, TABS, type FacetId, type Filters, type SortOrder, type Tab } from '../model/filters';
import type { Lang } from '../model/lang';
import { GRANULARITIES, type Granularity } from '../model/timeline';

const DATE_BOUND = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const known: Record<FacetId, (v: string) => boolean> = {
  region: ((s) => (v: string) => s.has(v))(new Set(PROVINCES.map((p) => p.short))),
  city: ((s) => (v: string) => s.has(v))(new Set(CITIES.map((c) => c.short))),
  industry: ((s) => (v: string) => s.has(v))(new Set(INDUSTRIES.map((i) => i.id))),
  topic: ((s) => (v: string) => s.has(v))(new Set(TOPICS.map((t) => t.id))),
  outlet: (v) => v.length > 0 && v.length <= 80,
  kind: (v) => v === 'article' || v === 'brief',
};

/** The filters that define a result set (no view, sort, open article or pins), for pinning. */
export function pinOf(f: Filters): string {
  return filtersToSearch({ ...f, sort: 'auto', article: null, tab: 'articles', unit: 'month', stack: 'industry', tracker: null, pinA: null, pinB: null }).replace(/^\?/, '');
}

/** The query string of a view; `lang` is written only when it is not the default, so a link opens in the sender's language. */
export function filtersToSearch(f: Filters, lang: Lang = 'en'): string {
  const p = new URLSearchParams();
  if (f.q.trim()) p.set('q', f.q.trim());
  for (const facet of FACETS) for (const v of f[facet]) p.append(facet, v);
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.exactDates) p.set('exact', '1');
  if (!f.onTopicOnly) p.set('all', '1');
  if (f.places !== 'subject') p.set('places', f.places);
  if (f.sort !== 'auto') p.set('sort', f.sort);
  if (f.article) p.set('a', f.article);
  if (f.tab !== 'articles') p.set('view', f.tab);
  if (f.unit !== 'month') p.set('unit', f.unit);
  if (f.stack !== 'industry') p.set('stack', f.stack);
  if (f.tracker !== null) p.set('tracker', f.tracker);
  if (lang !== 'en') p.set('lang', lang);
  if (f.pinA !== null) p.set('A', f.pinA);
  if (f.pinB !== null) p.set('B', f.pinB);
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

export function searchToFilters(search: string): ParsedUrl {
  const f: Filters = { ...DEFAULT_FILTERS, region: [], city: [], industry: [], topic: [], outlet: [], kind: [] };
  const rejected: string[] = [];
  let lang: Lang | null = null;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { filters: f, lang: null, rejected: [search] };
  }
  for (const [key, value] of params) {
    const reject = () => rejected.push(`${key}=${value}`.slice(0, 60));
    if ((FACETS as readonly string[]).includes(key)) {
      const facet = key as FacetId;
      if (known[facet](value) && !f[facet].includes(value)) f[facet].push(value);
      else if (!f[facet].includes(value)) reject();
    } else if (key === 'q') {
      if (value.length <= Q_MAX) f.q = value;
      else reject();
    } else if (key === 'from' || key === 'to') {
      if (DATE_BOUND.test(value)) f[key] = value;
      else reject();
    } else if (key === 'all') {
      if (value === '1') f.onTopicOnly = false;
      else reject();
    } else if (key === 'unit') {
      if ((GRANULARITIES as readonly string[]).includes(value)) f.unit = value as Granularity;
      else reject();
    } else if (key === 'stack') {
      if (value === 'industry' || value === 'topic') f.stack = value;
      else reject();
    } else if (key === 'tracker') {
      if (value.length > 0 && value.length <= 300) f.tracker = value;
      else reject();
    } else if (key === 'lang') {
      if (value === 'en' || value === 'zh') lang = value;
      else reject();
    } else if (key === 'exact') {
      if (value === '1') f.exactDates = true;
      else reject();
    } else if (key === 'places') {
      if (value === 'wide') f.places = 'wide';
      else reject();
    } else if (key === 'sort') {
      if ((SORTS as readonly string[]).includes(value)) f.sort = value as SortOrder;
      else reject();
    } else if (key === 'A' || key === 'B') {
      // A pinned set is itself a query string; it must parse cleanly to be kept.
      const inner = value.length <= 2000 ? searchToFilters(value) : null;
      if (inner && inner.rejected.length === 0 && !/(^|&)(A|B)=/.test(value)) f[key === 'A' ? 'pinA' : 'pinB'] = value;
      else reject();
    } else if (key === 'view') {
      if ((TABS as readonly string[]).includes(value)) f.tab = value as Tab;
      else reject();
    } else if (key === 'a') {
      if (value.length > 0 && value.length <= 120) f.article = value;
      else reject();
    } else reject();
  }
  if (f.from && f.to && f.from > f.to) {
    rejected.push(`from=${f.from} is after to=${f.to}`);
    f.from = null;
    f.to = null;
  }
  return { filters: f, lang, rejected };
}
