// The role of each place an article names: subject, venue, dateline or mention. Salience
// (regions.ts) says which provinces matter to the article; the words around each
// occurrence say whether the place is what it is about or only where something was held
// or filed, and a roundup of many provinces in passing makes each a mention.
import type { Place, PlaceRole } from '../../shared/schema';
import { NATIONAL_EVENT, ROUNDUP, VENUE_AFTER, VENUE_BEFORE } from '../knowledge/places';

export interface PlaceOccurrence {
  index: number;
  /** Characters of the name in the text (1 for an abbreviation such as 京). */
  length: number;
  province: string;
  city: string | null;
  compound?: boolean;
  /** Set when the occurrence is only a venue or a dateline. */
  context?: 'venue' | 'dateline';
}

/** Venue or dateline, from the words around one occurrence; undefined when neither. */
export function occurrenceContext(
  text: string, index: number, length: number, dateline: readonly [number, number] | null, nationalLead: boolean,
): 'venue' | 'dateline' | undefined {
  if (dateline && index >= dateline[0] && index < dateline[1]) return 'dateline';
  if (!VENUE_BEFORE.test(text.slice(Math.max(0, index - 1), index))) return undefined;
  if (!VENUE_AFTER.test(text.slice(index + length, index + length + 24))) return undefined;
  return nationalLead || NATIONAL_EVENT.test(sentenceAround(text, index)) ? 'venue' : undefined;
}

function sentenceAround(text: string, index: number): string {
  const from = Math.max(0, index - 120);
  const before = text.slice(from, index).split(/[。！？!?\n]/u).pop() ?? '';
  const after = text.slice(index, index + 120).split(/[。！？!?\n]/u)[0] ?? '';
  return before + after;
}

export interface RoleInput {
  occurrences: PlaceOccurrence[];
  /** Provinces salience keeps: all others are mentions. */
  salient: ReadonlySet<string>;
  /** The unmasked text (title, newline, body), for evidence. */
  text: string;
  titleLength: number;
}

/** Each province's role, then one place per (province, city) named, subject places first. */
export function placeRoles(input: RoleInput): Place[] {
  const { occurrences, salient, text, titleLength } = input;
  const roundup = roundupProvinces(occurrences, text, titleLength);
  const byProvince = groupBy(occurrences.filter((o) => !o.compound), (o) => o.province);
  const roleOf = new Map<string, PlaceRole>();
  for (const province of new Set(occurrences.map((o) => o.province))) {
    const own = byProvince.get(province) ?? [];
    let role: PlaceRole = 'subject';
    if (!salient.has(province) || roundup.has(province)) role = 'mention';
    else if (own.length > 0 && own.every((o) => o.context)) role = own.some((o) => o.context === 'venue') ? 'venue' : 'dateline';
    roleOf.set(province, role);
  }
  const places: Place[] = [];
  const named = new Set(occurrences.map((o) => `${o.province}|${o.city ?? ''}`));
  for (const [, group] of groupBy(occurrences, (o) => `${o.province}|${o.city ?? ''}`)) {
    const first = group[0]!;
    // 天津 named alone and in 京津冀 is one place: the municipality.
    if (first.city === null && named.has(`${first.province}|${first.province}`)) continue;
    const role = roleOf.get(first.province)!;
    const decisive = group.find((x) => decides(x, role)) ?? first;
    places.push({ province: first.province, city: first.city, role, evidence: evidenceAt(text, decisive) });
  }
  const order: PlaceRole[] = ['subject', 'venue', 'dateline', 'mention'];
  return places.sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role));
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function decides(o: PlaceOccurrence, role: PlaceRole): boolean {
  return role === 'venue' || role === 'dateline' ? o.context === role : !o.context;
}

/**
 * Provinces named only in paragraphs that name several provinces, in an article naming
 * many, and never in the title: a roundup's list, not what the article is about.
 */
function roundupProvinces(occurrences: PlaceOccurrence[], text: string, titleLength: number): Set<string> {
  const named = occurrences.filter((o) => !o.compound);
  if (new Set(named.map((o) => o.province)).size < ROUNDUP.minProvinces) return new Set();
  const breaks: number[] = [];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) breaks.push(at);
  const paragraphOf = (index: number) => lowerBound(breaks, index);
  const provincesIn = new Map<number, Set<string>>();
  for (const o of named) provincesIn.set(paragraphOf(o.index), (provincesIn.get(paragraphOf(o.index)) ?? new Set()).add(o.province));
  const out = new Set<string>();
  for (const [province, own] of groupBy(named, (o) => o.province)) {
    if (own.some((o) => o.index < titleLength)) continue;
    if (own.every((o) => provincesIn.get(paragraphOf(o.index))!.size >= ROUNDUP.perParagraph)) out.add(province);
  }
  return out;
}

function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The words around an occurrence, within its own line (a dateline's evidence is not the title). */
function evidenceAt(text: string, o: PlaceOccurrence): string {
  const at = Math.floor(o.index);
  const before = text.slice(Math.max(0, at - 14), at);
  const after = text.slice(at, at + o.length + 14);
  return `${before.slice(before.lastIndexOf('\n') + 1)}${after.split('\n')[0]}`.replace(/\s+/gu, ' ').trim();
}
