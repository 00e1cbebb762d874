// Filling a string's template: counts pick the plural form (Intl.PluralRules) and numbers
// are written the reader's way (Intl.NumberFormat: 24,204). A value given as a string is
// used as it is, so years and ids are never grouped (2025, not 2,025).
import type { Lang } from './lang';
import { STRINGS, type StringKey } from './catalog';

export type { StringKey };
export type Vars = Record<string, string | number>;
type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
interface Entry {
  en: string | Plural;
  zh: string | Plural;
  /** Which value chooses the plural form (default `n`). */
  count?: string;
}

const LOCALE: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };
const numbers = { en: new Intl.NumberFormat(LOCALE.en), zh: new Intl.NumberFormat(LOCALE.zh) };
const plurals = { en: new Intl.PluralRules(LOCALE.en), zh: new Intl.PluralRules(LOCALE.zh) };

export const formatNumber = (n: number, lang: Lang): string => numbers[lang].format(n);

export function translate(lang: Lang, key: StringKey, vars: Vars = {}): string {
  const entry: Entry = STRINGS[key];
  const form = entry[lang];
  const count = vars[entry.count ?? 'n'];
  const template = typeof form === 'string' ? form : (form[plurals[lang].select(typeof count === 'number' ? count : Number(count ?? 0))] ?? form.other);
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = vars[k];
    return v === undefined ? '' : typeof v === 'number' ? formatNumber(v, lang) : v;
  });
}

/** The placeholders of a template, for checking both languages ask for the same values. */
export function placeholders(key: StringKey, lang: Lang): string[] {
  const form: string | Plural = (STRINGS[key] as Entry)[lang];
  const text = typeof form === 'string' ? form : Object.values(form).join(' ');
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

/**
 * What the app tells the user, as a key and its values, translated when shown (so a
 * language switch translates what is already on screen). Text from outside the app's
 * strings (a parser's message naming a field) is kept as `text`.
 */
export type Message = { key: StringKey; vars?: Vars } | { text: string };

export const say = (lang: Lang, m: Message): string => ('text' in m ? m.text : translate(lang, m.key, m.vars));

/** A string in both languages, for labels that always show the Chinese beside the English. */
export const inBoth = (key: StringKey, vars: Vars = {}): { zh: string; en: string } => ({ zh: translate('zh', key, vars), en: translate('en', key, vars) });
