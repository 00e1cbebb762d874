// Dates each item only as precisely as its text supports. Evidence, strongest first:
// the item's dateline or time line, a dated event in its lead, a recurring event of
// known month; a missing year (or month) is inferred from the item's own text, then
// from the other items on the same page. Every step is recorded in dateEvidence.
import type { DatePrecision } from '../../shared/schema';
import { foldChinese } from '../../shared/fold';
import { parseDateline } from '../dateline';
import {
  EVENT_VERBS, FIVE_YEAR_PLANS, PAST_EVENT_PREFIX, PUBLICATION_LAG_DAYS, RECURRING_EVENTS, REPOST_GAP_DAYS, YEAR_CUES,
} from '../knowledge/date-cues';
import type { Logger } from '../logger';
import type { CleanItem } from './clean';

export interface DatedItem extends CleanItem {
  date: string | null;
  datePrecision: DatePrecision | null;
  dateEvidence: string;
}

interface Part {
  value: number;
  evidence: string;
}

/** What an item says about its own date, before looking at its neighbours. */
export interface OwnDate {
  year: Part | null;
  month: Part | null;
  day: Part | null;
  /** Year the text treats as current, from phrasing cues (not from a dateline). */
  currentYear: Part | null;
  /** Set when the item is a repost of an event of unknown year: no year may be borrowed for it. */
  noYearFromNeighbours?: boolean;
}

export function dateItems(items: CleanItem[], logger: Logger): DatedItem[] {
  const own = items.map(ownDate);
  // Neighbours' votes are tallied once per page; each item then takes its own vote out,
  // so a page of thousands of items is dated in linear time.
  const all = tallyNeighbours(own);
  const byKind = new Map<CleanItem['kind'], NeighbourTally>();
  items.forEach((item, i) => {
    const tally = byKind.get(item.kind) ?? new NeighbourTally();
    tally.add(own[i]!, 1);
    byKind.set(item.kind, tally);
  });
  return items.map((item, i) => {
    const sameKind = byKind.get(item.kind)!.without(own[i]!);
    const result = resolve(own[i]!, sameKind, all.without(own[i]!));
    if (!result.date) logger.info(`line ${item.lineStart}: no date (${result.dateEvidence})`);
    return { ...item, ...result };
  });
}

const yearOf = (o: OwnDate): number | null => o.year?.value ?? o.currentYear?.value ?? null;

/** How the other items on a page vote on a year, and on a month within each year. */
class NeighbourTally {
  items = 0;
  readonly years = new Map<number, number>();
  /** Months by the year their item gives (null: no year, so it counts for any year). */
  readonly months = new Map<number | null, Map<number, number>>();

  add(o: OwnDate, sign: 1 | -1): void {
    this.items += sign;
    const y = yearOf(o);
    if (y !== null) bump(this.years, y, sign);
    if (o.month) {
      const byYear = this.months.get(y) ?? new Map<number, number>();
      bump(byYear, o.month.value, sign);
      this.months.set(y, byYear);
    }
  }

  /** This tally with one item's vote taken out (a copy; the page's tally is kept). */
  without(o: OwnDate): NeighbourTally {
    const copy = new NeighbourTally();
    copy.items = this.items;
    for (const [k, v] of this.years) copy.years.set(k, v);
    for (const [k, v] of this.months) copy.months.set(k, new Map(v));
    copy.add(o, -1);
    return copy;
  }

  /** The year most neighbours give (ties to the later year), or null. */
  majorityYear(): number | null {
    let best: [number, number] | null = null;
    for (const [k, c] of this.years) if (c > 0 && (!best || c > best[1] || (c === best[1] && k > best[0]))) best = [k, c];
    return best ? best[0] : null;
  }

  /** The months neighbours give within a year (those without a year count for any). */
  monthsIn(year: number): Set<number> {
    const out = new Set<number>();
    for (const key of [year, null]) for (const [m, c] of this.months.get(key) ?? []) if (c > 0) out.add(m);
    return out;
  }
}

function tallyNeighbours(own: OwnDate[]): NeighbourTally {
  const t = new NeighbourTally();
  for (const o of own) t.add(o, 1);
  return t;
}

function bump<K>(map: Map<K, number>, key: K, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

export function ownDate(item: CleanItem): OwnDate {
  // Cues are read on the folded text, so Traditional pages (今年, 會議) are dated like Simplified ones.
  const texts = [item.title ?? '', ...item.paragraphs.map((p) => p.text)].map(foldChinese);
  const all = texts.join('\n');
  const lead = texts.slice(1, 3).join('\n');
  const currentYear = yearFromCues(all);
  const d: OwnDate = { year: null, month: null, day: null, currentYear };

  const dl = item.paragraphs[0] ? parseDateline(item.paragraphs[0].text) : null;
  const stamp = item.meta?.timestamp ? parseStamp(item.meta.timestamp) : null;
  if (dl?.month && dl.day) return datelineDate(d, dl, stamp, item.meta?.timestamp ?? '');

  // A notice's signature date (issuer, then the date alone) is when it was issued.
  const closing = item.closingStamp ? parseStamp(item.closingStamp) : null;
  if (closing) {
    const ev = `date line «${item.closingStamp}» after the text (a signature or closing stamp)`;
    d.year = { value: closing.y, evidence: ev };
    d.month = { value: closing.m, evidence: ev };
    d.day = { value: closing.d, evidence: ev };
    return d;
  }

  const event = leadEventDate(lead);
  if (stamp) {
    const ev = `page time line «${item.meta!.timestamp}»`;
    const eventYear = event?.year ?? currentYear?.value ?? null;
    if (event && event.month && eventYear !== null) {
      const gap = daysBetween(stamp, { y: eventYear, m: event.month, d: event.day ?? 1 });
      if (gap > REPOST_GAP_DAYS) {
        const why = `${ev} is ${gap} days after the event its lead reports, so it is a repost date`;
        d.year = { value: eventYear, evidence: event.year ? `lead «${event.text}»` : `${currentYear!.evidence}` };
        d.month = { value: event.month, evidence: `lead «${event.text}» (${why})` };
        if (event.day) d.day = { value: event.day, evidence: `lead «${event.text}»` };
        return d;
      }
    }
    if (event && event.month && eventYear === null) {
      // The lead's event has no year: the latest it can be is the stamp's year (or the year before, if its month is later).
      const latest = event.month > stamp.m || (event.month === stamp.m && (event.day ?? 1) > stamp.d) ? stamp.y - 1 : stamp.y;
      const gap = daysBetween(stamp, { y: latest, m: event.month, d: event.day ?? 1 });
      if (gap > REPOST_GAP_DAYS) {
        // A repost of an event of unknown year: the month and day are known, the year is not, so no date is given.
        d.month = { value: event.month, evidence: `lead «${event.text}» (${ev} is at least ${gap} days later, a repost)` };
        if (event.day) d.day = { value: event.day, evidence: `lead «${event.text}»` };
        d.noYearFromNeighbours = true;
        return d;
      }
    }
    d.year = { value: stamp.y, evidence: ev };
    d.month = { value: stamp.m, evidence: ev };
    d.day = { value: stamp.d, evidence: ev };
    return d;
  }

  if (event) {
    const ev = `lead «${event.text}»`;
    if (event.year) d.year = { value: event.year, evidence: ev };
    if (event.month) d.month = { value: event.month, evidence: ev };
    if (event.day) d.day = { value: event.day, evidence: ev };
  }
  const recurring = recurringEvent(all);
  if (recurring && !d.month) {
    d.month = { value: recurring.month, evidence: `«${recurring.text}»: ${recurring.note}` };
    if (recurring.year && !d.year) d.year = { value: recurring.year, evidence: `«${recurring.text}»` };
  }
  return d;
}

/**
 * A dateline gives month and day; the page's stamp gives the year. A stamp within the repost
 * gap of the dateline is the page's own date (the publication, a day after the wire); one much
 * later is a repost, and the dateline's day stands, in the stamp's year (or the year before).
 */
function datelineDate(d: OwnDate, dl: { matched: string; year: number | null; month: number | null; day: number | null }, stamp: { y: number; m: number; d: number } | null, stampText: string): OwnDate {
  const ev = `dateline «${dl.matched.trim()}»`;
  const month = dl.month!;
  const day = dl.day!;
  if (dl.year) {
    d.year = { value: dl.year, evidence: ev };
  } else if (stamp) {
    const year = stamp.m < month || (stamp.m === month && stamp.d < day) ? stamp.y - 1 : stamp.y;
    const gap = daysBetween(stamp, { y: year, m: month, d: day });
    if (gap >= 0 && gap <= PUBLICATION_LAG_DAYS) {
      const sev = `page time line «${stampText}», ${gap} day(s) after ${ev}`;
      d.year = { value: stamp.y, evidence: sev };
      d.month = { value: stamp.m, evidence: sev };
      d.day = { value: stamp.d, evidence: sev };
      return d;
    }
    d.year = { value: year, evidence: `page time line «${stampText}» (a later repost; the year of ${ev})` };
  }
  d.month = { value: month, evidence: ev };
  d.day = { value: day, evidence: ev };
  return d;
}

function resolve(own: OwnDate, sameKind: NeighbourTally, allSiblings: NeighbourTally): Pick<DatedItem, 'date' | 'datePrecision' | 'dateEvidence'> {
  const evidence: string[] = [];
  let year = own.year;
  if (own.year) evidence.push(`year ${own.year.value} from ${own.year.evidence}`);
  if (!year && own.currentYear) {
    year = own.currentYear;
    evidence.push(`year ${year.value} inferred from the text (${year.evidence})`);
  }
  const peers = sameKind.items > 0 ? sameKind : allSiblings;
  if (!year && !own.noYearFromNeighbours) {
    const sib = peers.majorityYear() ?? allSiblings.majorityYear();
    if (sib !== null) {
      year = { value: sib, evidence: 'other items on the same page' };
      evidence.push(`year ${sib} inferred from other items on the same page`);
    }
  }
  let month = own.month;
  if (month) evidence.push(`month ${month.value} from ${month.evidence}`);
  if (!month && year) {
    // Borrow a month only when every dated neighbour in that year agrees on it.
    const months = peers.monthsIn(year.value);
    if (months.size === 1) {
      const m = [...months][0]!;
      month = { value: m, evidence: 'other items on the same page' };
      evidence.push(`month ${m} inferred from other items on the same page`);
    }
  }
  const day = month ? own.day : null;
  if (day && !evidence.some((e) => e.includes(day.evidence))) evidence.push(`day ${day.value} from ${day.evidence}`);

  if (!year) {
    const partial = own.month ? `${own.month.value}月${own.day ? `${own.day.value}日` : ''} found but no year` : 'no date in the text or on the page';
    return { date: null, datePrecision: null, dateEvidence: partial };
  }
  const y = String(year.value);
  const text = evidence.join('; ');
  if (month && day && isRealDay(year.value, month.value, day.value)) {
    return { date: `${y}-${pad(month.value)}-${pad(day.value)}`, datePrecision: 'day', dateEvidence: text };
  }
  if (month) return { date: `${y}-${pad(month.value)}`, datePrecision: 'month', dateEvidence: text };
  return { date: y, datePrecision: 'year', dateEvidence: text };
}

interface EventDate {
  text: string;
  year: number | null;
  month: number | null;
  day: number | null;
}

const FULL_OR_PARTIAL = /(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日/g;
const DAY_ONLY = /(?<![\d月])(\d{1,2})日(?=\S{0,12}?(?:召开|举行|举办|发布|开幕|闭幕|宣布))/g;

/** The first date in the lead that an event verb attaches to (same clause, up to 60 characters on). */
export function leadEventDate(lead: string): EventDate | null {
  for (const m of lead.matchAll(FULL_OR_PARTIAL)) {
    const after = lead.slice(m.index! + m[0].length, m.index! + m[0].length + 60).split(/[。！？\n]/)[0] ?? '';
    const atStart = m.index === 0 || /[\n]/.test(lead[m.index! - 1] ?? '');
    const before = lead.slice(Math.max(0, m.index! - 2), m.index);
    // "截至9月末", "自…起" describe periods, not the event.
    if (/(截至|截止|自|至|到)$/.test(before)) continue;
    if (atStart || EVENT_VERBS.test(after)) {
      return { text: m[0], year: m[1] ? Number(m[1]) : null, month: Number(m[2]), day: Number(m[3]) };
    }
  }
  const d = DAY_ONLY.exec(lead);
  DAY_ONLY.lastIndex = 0;
  if (d) return { text: d[0], year: null, month: null, day: Number(d[1]) };
  return null;
}

function recurringEvent(text: string): { text: string; month: number; year: number | null; note: string } | null {
  for (const ev of RECURRING_EVENTS) {
    const m = ev.pattern.exec(text);
    if (!m) continue;
    if (PAST_EVENT_PREFIX.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const yearBefore = /((?:19|20)\d{2})年?$/.exec(text.slice(Math.max(0, m.index - 6), m.index));
    return { text: (yearBefore ? yearBefore[0] : '') + m[0], month: ev.month, year: yearBefore ? Number(yearBefore[1]) : null, note: ev.note };
  }
  return null;
}

export function yearFromCues(text: string): Part | null {
  const score = new Map<number, { weight: number; evidence: string }>();
  const add = (year: number, weight: number, evidence: string): void => {
    const cur = score.get(year);
    if (!cur) score.set(year, { weight, evidence });
    else cur.weight += weight;
  };
  for (const cue of YEAR_CUES) {
    for (const m of text.matchAll(cue.pattern)) add(Number(m[1]) + cue.offset, cue.weight, `«${m[0].slice(0, 40)}»: ${cue.note}`);
  }
  for (const m of text.matchAll(/“?(十[一二三四五六]五)”?(?:规划)?(?:的)?(?:良好)?开局/g)) {
    const start = FIVE_YEAR_PLANS[m[1]!];
    if (start) add(start, 2, `«${m[0]}»: first year of the ${m[1]} plan`);
  }
  let best: { year: number; weight: number; evidence: string } | null = null;
  for (const [year, s] of score) {
    // Ties go to the later year: a story's newest year is the one nearest its own time.
    if (!best || s.weight > best.weight || (s.weight === best.weight && year > best.year)) best = { year, ...s };
  }
  return best ? { value: best.year, evidence: best.evidence } : null;
}


function parseStamp(s: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDay(y, mo, d) ? { y, m: mo, d } : null;
}

function daysBetween(later: { y: number; m: number; d: number }, earlier: { y: number; m: number; d: number }): number {
  return Math.round((Date.UTC(later.y, later.m - 1, later.d) - Date.UTC(earlier.y, earlier.m - 1, earlier.d)) / 86_400_000);
}

function isRealDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
