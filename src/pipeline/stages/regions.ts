// Finds the provinces and prefecture-level cities an article is about or reports from.
// Longest match against the gazetteer, after masking spans that merely contain a place
// name (exchanges, universities, brands); districts, counties and zones map up to their
// city and province; abbreviations count in fixed compounds and locative phrases.
import type { Place } from '../../shared/schema';
import { placeDictionary, type PlaceCandidate } from '../gazetteer';
import { nextPairAt, pairSlot } from '../unit-pairs';
import {
  ABBREVIATION_COMPOUNDS, ABBREVIATION_LOCATIVE, ABBREVIATIONS_TOO_COMMON, INSTITUTION_AFTER_PLACE, NATIONAL_EVENT, NOT_A_PLACE, ORGANISATION_AFTER_PLACE, ROUTE_SECTION, ZONE_SUFFIX,
} from '../knowledge/places';
import { occurrenceContext, placeRoles } from './place-roles';

export interface RegionResult {
  /** Subject provinces, most salient first: what the facet, map and counts use. */
  regions: string[];
  cities: string[];
  /** Every place named, with its role. */
  places: Place[];
}

interface Mention {
  index: number;
  /** Characters of the name in the text. */
  length: number;
  context?: 'venue' | 'dateline';
  province: string;
  city: string | null;
  weight: number;
  /** From a compound like 京津冀: names the provinces, not a city within them. */
  compound?: boolean;
  /** Which compound occurrence it came from (its position), so its members count together. */
  group?: number;
}

/** `dateline` is the dateline that opens the body (新华社北京11月18日电), when there is one. */
export function findRegions(title: string | null, body: string, signoff: string | null, dateline: string | null = null): RegionResult {
  const plain = `${title ?? ''}\n${body}`;
  const text = mask(plain);
  const titleLength = (title ?? '').length;
  const datelineSpan = dateline ? ([titleLength + 1, titleLength + 1 + dateline.length] as const) : null;
  const nationalLead = NATIONAL_EVENT.test(plain.slice(0, titleLength + 1 + SALIENCE.leadChars));
  const contextAt = (index: number, length: number) => occurrenceContext(plain, index, length, datelineSpan, nationalLead);
  const dict = placeDictionary();
  const mentions: Mention[] = [];
  const pendingCounties: { index: number; length: number; candidates: PlaceCandidate[] }[] = [];

  for (let i = nextPairAt(text, 0, dict.pairSlots); i >= 0; ) {
    let matched = 0;
    for (const len of dict.lengthsBySlot.get(pairSlot(text, i))!) {
      if (i + len > text.length) continue;
      const name = text.slice(i, i + len);
      const candidates = dict.lookup.get(name);
      if (!candidates) continue;
      const after = text.slice(i + len, i + len + 20);
      const institution = INSTITUTION_AFTER_PLACE.test(after) || ORGANISATION_AFTER_PLACE.test(after);
      const accepted = institution ? [] : acceptCandidates(candidates, text, i, len, mentions);
      if (!accepted) continue;
      if (accepted.length === 0) {
        // An institution's name: consume it so its parts are not read as places either.
      } else if (accepted.length === 1 && !(accepted[0]!.level === 'county' && len <= SHORT_COUNTY)) {
        mentions.push({ index: i, length: len, province: accepted[0]!.province, city: accepted[0]!.city, weight: i < titleLength ? 3 : 1, context: contextAt(i, len) });
      } else {
        pendingCounties.push({ index: i, length: len, candidates: accepted });
      }
      matched = len;
      break;
    }
    i = nextPairAt(text, i + (matched || 1), dict.pairSlots);
  }

  // Longest compounds first, without overlap: 京津冀 is not also 京津 and 津冀.
  let taken: Uint8Array | null = null;
  for (const compound of COMPOUNDS_LONGEST_FIRST) {
    for (let at = text.indexOf(compound.text); at >= 0; at = text.indexOf(compound.text, at + 1)) {
      taken ??= new Uint8Array(text.length);
      if (taken.subarray(at, at + compound.text.length).some((x) => x)) continue;
      taken.fill(1, at, at + compound.text.length);
      compound.provinces.forEach((p, k) => mentions.push({ index: at + k / 10, length: compound.text.length, province: p, city: null, weight: 1, compound: true, group: at }));
    }
  }
  for (const m of text.matchAll(ABBREVIATION_LOCATIVE)) {
    const abbr = m[1]!;
    const province = dict.abbreviations.get(abbr);
    if (province && !ABBREVIATIONS_TOO_COMMON.has(abbr)) mentions.push({ index: m.index!, length: m[0].length, province, city: null, weight: 1, context: contextAt(m.index! + m[0].length - 1, 1) });
  }

  // A county name shared by several provinces counts where the article already is.
  const known = new Set(mentions.map((m) => m.province));
  const knownCities = new Set(mentions.map((m) => m.city).filter((c) => c !== null));
  for (const pc of pendingCounties) {
    const inContext = pc.candidates.filter((c) => known.has(c.province) || (c.city !== null && knownCities.has(c.city)));
    if (inContext.length === 1) mentions.push({ index: pc.index, length: pc.length, province: inContext[0]!.province, city: inContext[0]!.city, weight: 1, context: contextAt(pc.index, pc.length) });
  }

  for (const m of mentions) if (!m.city && !m.compound && dict.municipalities.has(m.province)) m.city = m.province;

  // A sign-off abbreviation (津 文) names where the story came from; it counts only if the story is about that place.
  const signoffProvince = signoff ? dict.abbreviations.get([...signoff.trim()][0] ?? '') : undefined;
  const leadEnd = titleLength + 1 + Math.min(body.length, SALIENCE.leadChars);
  const salient = salientProvinces(mentions, leadEnd, signoffProvince, text);
  const places = placeRoles({ occurrences: mentions, salient, text: plain, titleLength });
  const subject = new Set(places.filter((p) => p.role === 'subject').map((p) => p.province));
  return {
    regions: rank(mentions.filter((m) => subject.has(m.province)).map((m) => ({ key: m.province, index: m.index, weight: m.weight + (m.province === signoffProvince ? 5 : 0) }))),
    cities: rank(mentions.filter((m) => m.city && subject.has(m.province)).map((m) => ({ key: m.city!, index: m.index, weight: m.weight }))),
    places: rankPlaces(places, mentions),
  };
}

const COMPOUNDS_LONGEST_FIRST = [...ABBREVIATION_COMPOUNDS].sort((a, b) => b.text.length - a.text.length);

const CLAUSE_START = /[。！？；!?;\n,，:：]/;
const LIST_JOINER = /^(?:省|市|自治区)?[、和与及]/u;

function inList(text: string, m: Mention): boolean {
  if (m.compound) return false;
  const at = Math.floor(m.index);
  const name = m.city ?? m.province;
  const rest = text.slice(at, at + 12);
  return LIST_MARK.test(text[at - 1] ?? '') || LIST_JOINER.test(rest.slice(rest.startsWith(name) ? name.length : 2));
}

const LIST_MARK = /[、]/u;

function opensClause(text: string, m: Mention): boolean {
  const at = Math.floor(m.index);
  if (m.compound || inList(text, m) || !CLAUSE_START.test(text[at - 1] ?? '\n')) return false;
  const rest = text.slice(at, at + 12);
  const name = m.city ?? m.province;
  return !LIST_JOINER.test(rest.slice(rest.startsWith(name) ? name.length : 2));
}

/**
 * County names this short (范县, 沙县) also occur inside ordinary words (示范县, 沙县小吃 aside):
 * they count only where the article already names their province or city.
 */
const SHORT_COUNTY = 2;

/** When a province is what an article is about, not a place it names in passing. */
export const SALIENCE = {
  /** The lead: where a story says where it happens. */
  leadChars: 200,
  /** A province named this many times outside the lead still counts … */
  repeats: 2,
  /** … if its weight is at least this share of the most salient province's. */
  shareOfTop: 0.3,
  /** Mentions are dropped as passing only beside a province of at least this weight. */
  clearSubject: 3,
} as const;

/**
 * Provinces named in the title, the lead or the sign-off, or named again and again, are the
 * article's; one named once further on (a partner city, a list of places) is a mention —
 * dropped only beside a clear subject, so a story that names each place once keeps them all.
 */
function salientProvinces(mentions: Mention[], leadEnd: number, signoffProvince: string | undefined, text: string): Set<string> {
  const by = new Map<string, { weight: number; count: number; early: boolean }>();
  // Compound mentions (京津冀) are weighed below, as a group; here only places named themselves.
  for (const m of mentions.filter((x) => !x.compound)) {
    const s = by.get(m.province) ?? { weight: 0, count: 0, early: false };
    s.weight += m.weight;
    // Names in one list (深圳、珠海) are one mention of a list, not a place named again and again.
    if (!inList(text, m)) s.count++;
    // A place that opens a clause is its subject (…以来,某省已举办…), not a name in a list.
    s.early ||= m.index < leadEnd || opensClause(text, m);
    by.set(m.province, s);
  }
  const top = Math.max(0, ...[...by.values()].map((s) => s.weight));
  const keep = new Set<string>();
  for (const [p, s] of by) {
    const passing = !s.early && p !== signoffProvince && (s.count < SALIENCE.repeats || s.weight < SALIENCE.shareOfTop * top);
    if (!passing || top < SALIENCE.clearSubject) keep.add(p);
  }
  // A policy region that includes the article's own province (a Hebei plan for 京津冀) brings its
  // partners with it; one the article's places are not part of (粤港澳 in a Jiangsu story) does not.
  const groups = new Map<number, string[]>();
  for (const m of mentions) {
    if (m.group === undefined) continue;
    const members = groups.get(m.group);
    if (members) members.push(m.province);
    else groups.set(m.group, [m.province]);
  }
  const own = keep;
  const grouped = [...groups.values()].filter((members) => members.some((p) => own.has(p)) || own.size === 0);
  for (const members of grouped) for (const p of members) keep.add(p);
  return keep;
}

function acceptCandidates(candidates: PlaceCandidate[], text: string, i: number, len: number, before: Mention[]): PlaceCandidate[] | null {
  // A name that is a province and also a city or prefecture elsewhere (吉林, 海南) is the province.
  const province = candidates.find((c) => c.level === 'province');
  if (province) return [province];
  const unambiguous = candidates.filter((c) => !c.ambiguous);
  if (unambiguous.length) return unambiguous.length > 1 && unambiguous.every((c) => c.level === 'county') ? unambiguous : [unambiguous[0]!];
  // Ambiguous short names need support: their province just before, or a zone suffix just after.
  const after = text.slice(i + len, i + len + 12);
  const prev = before[before.length - 1];
  const supported = candidates.filter((c) => ZONE_SUFFIX.test(after) || (prev && prev.index + 4 >= i && prev.province === c.province));
  return supported.length ? [supported[0]!] : null;
}

/** The text with spans that merely contain a place name (NOT_A_PLACE, route sections) blanked, at the same offsets. */
function mask(text: string): string {
  let out = text;
  for (const re of NOT_A_PLACE) out = out.replace(re, blank);
  // No route section shares a character with those spans (none holds a suffix), so the order is free.
  const routes = routeSections(out);
  if (routes.length === 0) return out;
  let masked = '';
  let last = 0;
  for (const [start, end] of routes) {
    masked += out.slice(last, start) + blank(out.slice(start, end));
    last = end;
  }
  return masked + out.slice(last);
}

const blank = (m: string): string => '□'.repeat(m.length);
const ROUTE_ENDS = new Set(ROUTE_SECTION.ends);

/**
 * Spans [start, end) of route sections, ascending: the most abbreviations right before each
 * suffix (no suffix is an abbreviation, so sections never overlap and each is found whole).
 */
export function routeSections(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const suffix of ROUTE_SECTION.suffixes) {
    for (let at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + 1)) {
      let ends = 0;
      while (ends < ROUTE_SECTION.most && at - ends > 0 && ROUTE_ENDS.has(text[at - ends - 1]!)) ends++;
      if (ends >= ROUTE_SECTION.fewest) spans.push([at - ends, at + 1]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** Places in role order, and within a role as regions are ranked (weight, then first mention). */
function rankPlaces(places: Place[], mentions: Mention[]): Place[] {
  const order = rank(mentions.map((m) => ({ key: m.province, index: m.index, weight: m.weight })));
  const roles = ['subject', 'venue', 'dateline', 'mention'];
  return [...places].sort((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role) || order.indexOf(a.province) - order.indexOf(b.province));
}

function rank(items: { key: string; index: number; weight: number }[]): string[] {
  const score = new Map<string, { weight: number; first: number }>();
  for (const it of items) {
    const s = score.get(it.key);
    if (s) {
      s.weight += it.weight;
      s.first = Math.min(s.first, it.index);
    } else score.set(it.key, { weight: it.weight, first: it.index });
  }
  return [...score.entries()].sort((a, b) => b[1].weight - a[1].weight || a[1].first - b[1].first).map(([k]) => k);
}
