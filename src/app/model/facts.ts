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

/** The facts of these articles, in order. */
export function factsOf(columns: FacetColumns, numbers: ArrayLike<number>, scope: PlaceScope): ArticleFacts[] {
  const wide = scope === 'wide';
  const values = (name: ColumnName) => {
    const { values: names, offsets, ids } = columns.columns[name];
    return (i: number): string[] => {
      const out: string[] = [];
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) out.push(names[ids[k]!]!);
      return out;
    };
  };
  const [regions, cities, industries, topics, outlets] = [values(wide ? 'wideRegion' : 'region'), values(wide ? 'wideCity' : 'city'), values('industry'), values('topic'), values('outlet')];
  // A few thousand distinct dates among any number of articles: one object each.
  const dates = new Map<number, DateFacts>();
  const out = new Array<ArticleFacts>(numbers.length);
  for (let k = 0; k < numbers.length; k++) {
    const i = numbers[k]!;
    const s = columns.spanStart[i]!;
    const key = s * 4096 + (columns.spanEnd[i]! - s);
    let date = dates.get(key);
    if (!date) dates.set(key, (date = dateOfSpan(s, columns.spanEnd[i]!)));
    const outlet = outlets(i)[0]!;
    out[k] = { ...date, regions: regions(i), cities: cities(i), industries: industries(i), topics: topics(i), outlet: outlet === OUTLET_UNKNOWN ? null : outlet, onTopic: columns.onTopic[i] === 1 };
  }
  return out;
}
