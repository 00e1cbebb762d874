// Parses the search box: terms separated by spaces combine with AND, "quoted phrases"
// match exactly, and a term that names a taxonomy entry (低空经济, Humanoid robots)
// also matches that entry's lexicon (无人机, eVTOL…).
import { INDUSTRIES, type TaxonomyEntry } from '../../shared/taxonomy/industries';
import { TOPICS } from '../../shared/taxonomy/topics';
import { normalizeForSearch } from './normalize';

export interface QueryTerm {
  /** As typed. */
  text: string;
  phrase: boolean;
  /** Normalised strings, any of which satisfies the term. */
  alternatives: string[];
  /** The taxonomy entry whose lexicon widened this term, if any. */
  expandedFrom: TaxonomyEntry | null;
}

export interface ParsedQuery {
  raw: string;
  terms: QueryTerm[];
}

const TOKEN = /"([^"]+)"|“([^”]+)”|「([^」]+)」|(\S+)/g;
const TAXONOMY = [...INDUSTRIES, ...TOPICS];

export function parseQuery(raw: string): ParsedQuery {
  // A whole query that is a taxonomy name ("Humanoid robots") is one term, not two words.
  const whole = normalizeForSearch(raw.trim());
  const named = whole ? TAXONOMY.find((e) => normalizeForSearch(e.label.en) === whole || normalizeForSearch(e.label.zh) === whole) : undefined;
  if (named) return { raw, terms: [{ text: raw.trim(), phrase: false, alternatives: [...new Set([whole, ...named.terms.map(normalizeForSearch)])], expandedFrom: named }] };
  const terms: QueryTerm[] = [];
  for (const m of raw.matchAll(TOKEN)) {
    const quoted = m[1] ?? m[2] ?? m[3];
    const text = (quoted ?? m[4] ?? '').trim();
    if (!text) continue;
    const norm = normalizeForSearch(text);
    const entry = quoted ? null : TAXONOMY.find((e) => normalizeForSearch(e.label.zh) === norm || normalizeForSearch(e.label.en) === norm) ?? null;
    const alternatives = entry ? [...new Set([norm, ...entry.terms.map(normalizeForSearch)])] : [norm];
    terms.push({ text, phrase: !!quoted, alternatives, expandedFrom: entry });
  }
  return { raw, terms };
}

export type Range = [start: number, end: number];

/** Where a needle occurs in normalised text. Latin needles must stand as whole words. */
export function occurrences(haystack: string, needle: string): Range[] {
  const out: Range[] = [];
  if (!needle) return out;
  const latin = /^[a-z0-9]/.test(needle) || /[a-z0-9]$/.test(needle);
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (latin && (/[a-z0-9]/.test(needle[0]!) && /[a-z0-9]/.test(haystack[at - 1] ?? '') || /[a-z0-9]/.test(needle.at(-1)!) && /[a-z0-9]/.test(haystack[end] ?? ''))) continue;
    out.push([at, end]);
  }
  return out;
}

/** All matches of the query's terms in a text, merged and sorted, for highlighting. */
export function matchRanges(text: string, query: ParsedQuery): Range[] {
  if (query.terms.length === 0) return [];
  const norm = normalizeForSearch(text);
  const ranges = query.terms.flatMap((t) => t.alternatives.flatMap((a) => occurrences(norm, a)));
  return mergeRanges(ranges);
}

export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
