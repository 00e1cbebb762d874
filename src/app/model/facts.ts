// What the charts read of an article — its date, places, industries, topics and outlet —
// rebuilt from the facet columns, so the charts draw without the articles' rows: at 100k
// results the rows would have to come from the index worker (a second and 200 MB), the
// facts take one pass over typed arrays. Held to the rows by a property test.
import { OUTLET_UNKNOWN, type ColumnName, type FacetColumns } from '../../shared/facet-columns';
import type { ArticleMeta } from '../../shared/schema';
import type { PlaceScope } from './filters';

/** An article as the charts see it. `regions` and `cities` are the view's place scope's (subject, or wide). */
export type ArticleFacts = Pick<ArticleMeta, 'date' | 'datePrecision' | 'regions' | 'cities' | 'industries' | 'topics' | 'outlet' | 'onTopic'>;

type DateFacts = Pick<ArticleMeta, 'date' | 'datePrecision'>;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A date back from its span's day keys (y·512 + m·32 + d): a day, a month or a year, as precise as it was written. */
export function dateOfSpan(start: number, end: number): DateFacts {
  if (start === 0) return { date: null, datePrecision: null };
  const y = pad(start >> 9, 4);
  const m = pad((start >> 5) & 15, 2);
  if (start === end) return { date: `${y}-${m}-${pad(start & 31, 2)}`, datePrecision: 'day' };
  if (start >> 5 === end >> 5) return { date: `${y}-${m}`, datePrecision: 'month' };
  return { date: y, datePrecision: 'year' };
}

const NONE: readonly string[] = Object.freeze([]);

/** Each article's values in a column, as arrays of names (one shared empty array for none). */
function valueLists(columns: FacetColumns, name: ColumnName): readonly string[][] {
  const { values: names, offsets, ids } = columns.columns[name];
  const out = new Array<string[]>(columns.articles);
  for (let i = 0; i < columns.articles; i++) {
    const lo = offsets[i]!;
    const hi = offsets[i + 1]!;
    if (lo === hi) {
      out[i] = NONE as string[];
      continue;
    }
    const list = new Array<string>(hi - lo);
    for (let k = lo; k < hi; k++) list[k - lo] = names[ids[k]!]!;
    out[i] = list;
  }
  return out;
}

/** Every article's facts, built once per corpus and place scope (about 0.3 s at 100k; a click then gathers its results). */
function allFacts(columns: FacetColumns, scope: PlaceScope): readonly ArticleFacts[] {
  const wide = scope === 'wide';
  const [regions, cities, industries, topics, outlets] = [wide ? 'wideRegion' : 'region', wide ? 'wideCity' : 'city', 'industry', 'topic', 'outlet'].map((c) => valueLists(columns, c as ColumnName)) as [string[][], string[][], string[][], string[][], string[][]];
  // A few thousand distinct dates among any number of articles: one object each.
  const dates = new Map<number, DateFacts>();
  const out = new Array<ArticleFacts>(columns.articles);
  for (let i = 0; i < columns.articles; i++) {
    const s = columns.spanStart[i]!;
    const e = columns.spanEnd[i]!;
    const key = s * 4096 + (e - s);
    let date = dates.get(key);
    if (!date) dates.set(key, (date = dateOfSpan(s, e)));
    const outlet = outlets[i]![0]!;
    out[i] = {
      date: date.date, datePrecision: date.datePrecision, regions: regions[i]!, cities: cities[i]!, industries: industries[i]!, topics: topics[i]!,
      outlet: outlet === OUTLET_UNKNOWN ? null : outlet, onTopic: columns.onTopic[i] === 1,
    };
  }
  return out;
}

const built = new WeakMap<FacetColumns, Partial<Record<PlaceScope, readonly ArticleFacts[]>>>();

/** The facts of these articles, in order (shared objects: read them, never change them). */
export function factsOf(columns: FacetColumns, numbers: ArrayLike<number>, scope: PlaceScope): ArticleFacts[] {
  let byScope = built.get(columns);
  if (!byScope) built.set(columns, (byScope = {}));
  const all = (byScope[scope] ??= allFacts(columns, scope));
  const out = new Array<ArticleFacts>(numbers.length);
  for (let k = 0; k < numbers.length; k++) out[k] = all[numbers[k]!]!;
  return out;
}
