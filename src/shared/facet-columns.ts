// The facet columns of a corpus: for every facet, its values (a dictionary) and each
// article's value numbers (CSR: offsets and ids), the on-topic flags and each date's span
// as day keys. The pipeline writes them as a binary file beside the index (facet-file.ts);
// the app builds its facet bitsets from them without an object per article. Both build
// them here, from the same rules, so a corpus opened as JSON and one opened from the
// binary file count alike.
import { FACET_COLUMN_NAMES, type ArticleMeta } from './schema';

/** Facet values of an article with no outlet: a value of its own, never silently dropped. */
export const OUTLET_UNKNOWN = '∅';

export const COLUMN_NAMES = FACET_COLUMN_NAMES;
export type ColumnName = (typeof COLUMN_NAMES)[number];

export interface ValueColumn {
  /** The values, sorted by code unit; an article's ids point into it. */
  values: string[];
  /** Article i's ids: ids[offsets[i] .. offsets[i + 1]], each value once. */
  offsets: Uint32Array;
  ids: Uint32Array;
}

export interface FacetColumns {
  articles: number;
  columns: Record<ColumnName, ValueColumn>;
  /** The short name each cited document goes by (一个文件的简称), by document value. */
  documentShortNames: (string | null)[];
  onTopic: Uint8Array;
  /** First and last day of each article's date as day keys (dayKey); 0 when undated. */
  spanStart: Int32Array;
  spanEnd: Int32Array;
}

/** What the facet columns read of an article. */
export type FacetInput = Pick<ArticleMeta, 'regions' | 'cities' | 'places' | 'industries' | 'topics' | 'outlet' | 'kind' | 'documents' | 'date' | 'onTopic'>;
type Meta = FacetInput;

/** The subject places, then the venues and datelines (not the mentions), each once. */
function widePlaces(a: Pick<Meta, 'regions' | 'cities' | 'places'>): { regions: string[]; cities: string[] } {
  const counted = a.places.filter((p) => p.role !== 'mention');
  return {
    regions: [...new Set([...a.regions, ...counted.map((p) => p.province)])],
    cities: [...new Set([...a.cities, ...counted.flatMap((p) => (p.city ? [p.city] : []))])],
  };
}

/** An article's values in one column. */
export function columnValues(a: Meta, column: ColumnName): string[] {
  switch (column) {
    case 'region': return a.regions;
    case 'city': return a.cities;
    case 'wideRegion': return widePlaces(a).regions;
    case 'wideCity': return widePlaces(a).cities;
    case 'industry': return a.industries;
    case 'topic': return a.topics;
    case 'outlet': return [a.outlet ?? OUTLET_UNKNOWN];
    case 'kind': return [a.kind];
    case 'document': return a.documents.map((d) => d.title);
  }
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const lastDay = (y: number, m: number) => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);

/** A day as one ordered number: later days are larger (not a count of days: no calendar arithmetic). */
export const dayKey = (y: number, m: number, d: number): number => y * 512 + m * 32 + d;

/** The first and last day a date (YYYY, YYYY-MM or YYYY-MM-DD) may mean, as day keys; null when undated. */
export function spanKeys(date: string | null): { start: number; end: number } | null {
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (d) return { start: dayKey(y, m!, d), end: dayKey(y, m!, d) };
  if (m) return { start: dayKey(y, m, 1), end: dayKey(y, m, lastDay(y, m)) };
  return { start: dayKey(y, 1, 1), end: dayKey(y, 12, 31) };
}

/** Builds the columns one article at a time (the pipeline streams; memory grows by value ids, not articles). */
export class FacetColumnsBuilder {
  private n = 0;
  private readonly dicts = Object.fromEntries(COLUMN_NAMES.map((c) => [c, new Map<string, number>()])) as Record<ColumnName, Map<string, number>>;
  private readonly offsets = Object.fromEntries(COLUMN_NAMES.map((c) => [c, [0]])) as Record<ColumnName, number[]>;
  private readonly ids = Object.fromEntries(COLUMN_NAMES.map((c) => [c, [] as number[]])) as Record<ColumnName, number[]>;
  private readonly shortNames = new Map<string, string | null>();
  private readonly onTopic: number[] = [];
  private readonly spanStart: number[] = [];
  private readonly spanEnd: number[] = [];

  add(a: Meta): void {
    for (const c of COLUMN_NAMES) {
      const dict = this.dicts[c];
      for (const v of new Set(columnValues(a, c))) {
        let id = dict.get(v);
        if (id === undefined) dict.set(v, (id = dict.size));
        this.ids[c].push(id);
      }
      this.offsets[c].push(this.ids[c].length);
    }
    // The last short name an article gives a document is the one shown (the reference in test/helpers/reference-facets.ts holds it to that).
    for (const d of a.documents) if (d.shortName || !this.shortNames.has(d.title)) this.shortNames.set(d.title, d.shortName);
    this.onTopic.push(a.onTopic ? 1 : 0);
    const span = spanKeys(a.date);
    this.spanStart.push(span?.start ?? 0);
    this.spanEnd.push(span?.end ?? 0);
    this.n++;
  }

  finish(): FacetColumns {
    const columns = Object.fromEntries(COLUMN_NAMES.map((c) => [c, sortedColumn(this.dicts[c], this.offsets[c], this.ids[c])])) as Record<ColumnName, ValueColumn>;
    return {
      articles: this.n, columns, documentShortNames: columns.document.values.map((v) => this.shortNames.get(v) ?? null),
      onTopic: Uint8Array.from(this.onTopic), spanStart: Int32Array.from(this.spanStart), spanEnd: Int32Array.from(this.spanEnd),
    };
  }
}

/** Values renumbered in code-unit order, so both paths give the same numbers. */
function sortedColumn(dict: Map<string, number>, offsets: number[], ids: number[]): ValueColumn {
  const values = [...dict.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const renumber = new Uint32Array(values.length);
  values.forEach((v, k) => (renumber[dict.get(v)!] = k));
  return { values, offsets: Uint32Array.from(offsets), ids: Uint32Array.from(ids, (id) => renumber[id]!) };
}

export function buildFacetColumns(articles: Iterable<Meta>): FacetColumns {
  const b = new FacetColumnsBuilder();
  for (const a of articles) b.add(a);
  return b.finish();
}

/**
 * Article numbers by the first day of their date, latest first, then by id; undated last.
 * (A date's first day as a day key orders as its start date does: a month sorts at its start.)
 */
export function newestFirstOrder(ids: readonly string[], spanStart: Int32Array): Uint32Array {
  const order = Uint32Array.from({ length: ids.length }, (_, i) => i);
  return order.sort((a, b) => spanStart[b]! - spanStart[a]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
}
