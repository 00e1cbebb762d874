// Dates at their true precision: a month is shown as a month, never as a made-up day.
import type { ArticleMeta as Article } from '../../shared/schema';
import type { Lang } from '../strings/lang';
import { translate } from '../strings/translate';

const monthName = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' });

export function formatDate(date: string | null, lang: Lang): string {
  if (!date) return translate(lang, 'dateUnknown');
  const [y = '', m, d] = date.split('-');
  if (!m) return translate(lang, 'dateYear', { y });
  // Values go in as strings: a year or a day is never written with a thousands separator.
  // English names the month (Nov 2025), Chinese numbers it (2025年11月).
  const vars = { y, m: lang === 'en' ? monthName.format(utcDay(2000, Number(m), 1)) : String(Number(m)), d: String(Number(d)) };
  return translate(lang, d ? 'dateDay' : 'dateMonth', vars);
}

/** The span of days a date covers: 2025 covers the whole year, 2025-11 the month. */
export function dateSpan(date: string | null): { start: string; end: string } | null {
  if (!date) return null;
  const [y, m, d] = date.split('-');
  if (d) return { start: date, end: date };
  if (m) {
    const last = new Date(utcDay(Number(y), Number(m) + 1, 0)).getUTCDate();
    return { start: `${y}-${m}-01`, end: `${y}-${m}-${String(last).padStart(2, '0')}` };
  }
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

/**
 * Range bounds are months (YYYY-MM) or days (open ends reach the calendar's ends). An
 * article overlaps a range when any day of its span is inside; it lies within it when its
 * whole span is (its date is at least as precise as the range asks).
 */
function relation(article: Pick<Article, 'date'>, from: string | null, to: string | null, whole: boolean): boolean {
  if (!from && !to) return true;
  const span = dateSpan(article.date);
  if (!span) return false;
  const lo = from ? dateSpan(from)!.start : '0000-01-01';
  const hi = to ? dateSpan(to)!.end : '9999-12-31';
  return whole ? span.start >= lo && span.end <= hi : span.end >= lo && span.start <= hi;
}

export const overlapsRange = (article: Pick<Article, 'date'>, from: string | null, to: string | null): boolean => relation(article, from, to, false);
export const withinRange = (article: Pick<Article, 'date'>, from: string | null, to: string | null): boolean => relation(article, from, to, true);

/** Sort key: undated articles last; a month sorts at its start. */
export function dateSortKey(date: string | null): string {
  return dateSpan(date)?.start ?? '';
}

/** Milliseconds of a UTC day; years below 100 stay themselves (Date.UTC would make 0050 into 1950). */
export function utcDay(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(0, 0, 0, 0);
  return d.getTime();
}
