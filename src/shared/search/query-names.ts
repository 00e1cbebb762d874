// Names a query term may be: an industry or topic (by its Chinese or English name or id),
// a province or city (by its Chinese, full or English/pinyin name). A term that is one
// matches as that entity's Chinese names and, for a taxonomy entry, its lexicon — without
// the lexicon's broader words: 机器人 never stands for 人形机器人.
import { INDUSTRIES, type TaxonomyEntry } from '../taxonomy/industries';
import type { Label } from '../taxonomy/labels';
import { CITIES, PROVINCES } from '../taxonomy/regions';
import { TOPICS } from '../taxonomy/topics';
import { searchForm } from './squeeze';

export type NameKind = 'industry' | 'topic' | 'province' | 'city';

export interface Expansion {
  kind: NameKind;
  /** The taxonomy id, or the place's short name. */
  id: string;
  label: Label;
  /** What the term matches, in search form: the names, and a taxonomy entry's specific lexicon. */
  terms: string[];
  /** The same, as written, for saying what the term matched. */
  shown: string[];
}

/** How a name is looked up: search form without spaces, hyphens or punctuation (low-altitude economy = lowaltitudeeconomy). */
export const nameKey = (text: string): string => searchForm(text).replace(/[\s\p{P}]+/gu, '');

/** A lexicon without its broader words: a term inside the entry's own name or inside another of its terms says less than the entry. */
export function specificTerms(entry: TaxonomyEntry): string[] {
  const all = [...new Set([entry.label.zh, ...entry.terms])];
  const forms = all.map(searchForm);
  return all.filter((_, k) => !forms.some((other, j) => j !== k && other !== forms[k] && other.includes(forms[k]!)));
}

let table: Map<string, Expansion[]> | null = null;

function add(map: Map<string, Expansion[]>, names: readonly string[], e: Expansion): void {
  for (const name of names) {
    const key = nameKey(name);
    if (!key) continue;
    const list = map.get(key) ?? [];
    // One expansion per entity; a pinyin shared by two cities (Taizhou: 台州, 泰州) keeps both.
    if (!list.some((x) => x.kind === e.kind && x.id === e.id)) list.push(e);
    map.set(key, list);
  }
}

function names(): Map<string, Expansion[]> {
  if (table) return table;
  const map = new Map<string, Expansion[]>();
  for (const [kind, entries] of [['industry', INDUSTRIES], ['topic', TOPICS]] as const) {
    for (const e of entries) {
      const shown = specificTerms(e);
      add(map, [e.label.zh, e.label.en, e.id], { kind, id: e.id, label: e.label, terms: shown.map(searchForm), shown });
    }
  }
  for (const p of PROVINCES) add(map, [p.short, p.name, p.en], { kind: 'province', id: p.short, label: { zh: p.short, en: p.en }, terms: [searchForm(p.short)], shown: [p.short] });
  for (const c of CITIES) {
    // A municipality is its province: its city entry adds nothing.
    if (PROVINCES.some((p) => p.short === c.short)) continue;
    add(map, [c.short, c.name, c.en], { kind: 'city', id: c.short, label: { zh: c.short, en: c.en }, terms: [searchForm(c.short)], shown: [c.short] });
  }
  table = map;
  return map;
}

/**
 * The entities a term names, or none. A Chinese term names an entity only when it adds
 * something to the plain match (a lexicon); a Latin term that is an English or pinyin name
 * always does (Hubei → 湖北).
 */
export function namedBy(text: string): Expansion[] {
  const key = nameKey(text);
  if (!key) return [];
  const found = names().get(key) ?? [];
  const latin = /[a-z]/.test(key);
  return found.filter((e) => latin || e.terms.some((t) => t !== searchForm(text)));
}

/** The longest English name of consecutive words, up to this many words. */
export const MAX_NAME_WORDS = 5;
