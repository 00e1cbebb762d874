// A date back from the facet columns' day spans, as precise as it was written: what the
// charts read of an article's date without its row (column-charts.ts).
import type { ArticleMeta } from '../../shared/schema';

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

