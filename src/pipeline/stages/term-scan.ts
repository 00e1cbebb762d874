// Finding taxonomy terms in text: every registered term's occurrences from one pass over a
// text, filed under the term lists they belong to, then each list's occurrences longest
// first and without overlap (人形机器人 is not also 机器人), each read as a list item or not.
import { nextPairAt, PAIR_SLOTS, pairSlot } from '../unit-pairs';

/** A list of terms as the scanner uses it: longest first. */
export interface TermList {
  terms: { term: string; lower: string; latin: boolean }[];
  /** Lower-cased term → its first place in `terms`. */
  rank: Map<string, number>;
}

interface TextScan {
  /** Each registered term found (lower-cased) → its positions, ascending, overlaps included (as indexOf finds them). */
  positions: Map<string, number[]>;
  /**
   * Each registered list with a term found → the places in it of its terms found, ascending
   * (longest first); filed when a list first asks (a body's lines are asked by a few lists).
   */
  ranks: Map<TermList, number[]> | null;
  /** Whether every list is filed at the first ask (a title or body: all the taxonomy asks), or each list when it asks (a line: a few do). */
  fileAll: boolean;
}

/** A text and what the scanner found in it. */
export interface ScannedText {
  text: string;
  scan: TextScan;
  /** Whether lower-casing kept the text's length (all but a few letters, such as İ, do): offsets then carry over to its lines. */
  sameLength: boolean;
}

const NOTHING_FOUND: TextScan = { positions: new Map(), ranks: new Map(), fileAll: true };


/**
 * The terms of every registered list, filed by their first two UTF-16 units (pairSlot): most
 * positions of a text start no term of two units or more, and one typed-array read says so.
 * A text is scored against every taxonomy entry (about thirty lists); a pass per term was
 * the pipeline's largest cost.
 */
class TermScanner {
  // 1 where some term's first pair has its slot: nextPairAt's filter.
  private readonly pairSlots = new Uint8Array(PAIR_SLOTS);
  // Where the slot's terms are: k = `byPair[k - 1]`.
  private readonly pairIndex = new Uint32Array(PAIR_SLOTS);
  private readonly byPair: string[][] = [];
  // One-unit terms, by their unit (none in the taxonomies: their texts take the fast loop).
  private readonly singles = new Uint8Array(65536);
  private hasSingles = false;
  private readonly owners = new Map<string, { list: TermList; rank: number }[]>();
  private readonly lists = new WeakMap<readonly string[], TermList>();

  /** The list of these terms, registered: texts scanned from now on find them. */
  list(terms: readonly string[]): TermList {
    let list = this.lists.get(terms);
    if (list) return list;
    list = sortTerms(terms);
    this.lists.set(terms, list);
    for (const [t, rank] of list.rank) this.add(t, list, rank);
    return list;
  }

  private add(t: string, list: TermList, rank: number): void {
    if (t.length === 0) return;
    const owners = this.owners.get(t);
    if (owners) {
      owners.push({ list, rank });
      return;
    }
    this.owners.set(t, [{ list, rank }]);
    if (t.length === 1) {
      this.singles[t.charCodeAt(0)] = 1;
      this.hasSingles = true;
      return;
    }
    const slot = pairSlot(t, 0);
    if (this.pairIndex[slot] === 0) this.pairIndex[slot] = this.byPair.push([]);
    this.pairSlots[slot] = 1;
    this.byPair[this.pairIndex[slot]! - 1]!.push(t);
  }

  scan(text: string): ScannedText {
    const lower = text.toLowerCase();
    const positions = new Map<string, number[]>();
    if (this.hasSingles) {
      for (let at = 0; at < lower.length; at++) {
        if (this.singles[lower.charCodeAt(at)] === 1) addPosition(positions, lower[at]!, at);
        if (at + 1 < lower.length && this.pairSlots[pairSlot(lower, at)] === 1) this.termsAt(lower, at, positions);
      }
    } else {
      for (let at = nextPairAt(lower, 0, this.pairSlots); at >= 0; at = nextPairAt(lower, at + 1, this.pairSlots)) this.termsAt(lower, at, positions);
    }
    return { text, scan: positions.size === 0 ? NOTHING_FOUND : { positions, ranks: null, fileAll: true }, sameLength: lower.length === text.length };
  }

  private termsAt(lower: string, at: number, positions: Map<string, number[]>): void {
    for (const t of this.byPair[this.pairIndex[pairSlot(lower, at)]! - 1]!) if (lower.startsWith(t, at)) addPosition(positions, t, at);
  }

  /** Terms found in a text's lines from the text's own scan: no term spans a line break. */
  lines(scanned: ScannedText): ScannedText[] {
    const texts = scanned.text.split('\n');
    if (!scanned.sameLength) return texts.map((t) => this.scan(t));
    const starts: number[] = [];
    let start = 0;
    for (const t of texts) {
      starts.push(start);
      start += t.length + 1;
    }
    const positions = texts.map(() => new Map<string, number[]>());
    for (const [t, list] of scanned.scan.positions) {
      let line = 0;
      for (const at of list) {
        while (line + 1 < starts.length && starts[line + 1]! <= at) line++;
        addPosition(positions[line]!, t, at - starts[line]!);
      }
    }
    return texts.map((text, k) => ({ text, scan: positions[k]!.size === 0 ? NOTHING_FOUND : { positions: positions[k]!, ranks: null, fileAll: false }, sameLength: true }));
  }

  /** The places in the list of its terms found in the scan, ascending; undefined if none. */
  present(scan: TextScan, list: TermList): readonly number[] | undefined {
    if (scan.fileAll) {
      scan.ranks ??= this.filed(scan.positions);
      return scan.ranks.get(list);
    }
    scan.ranks ??= new Map();
    let ranks = scan.ranks.get(list);
    if (!ranks) {
      ranks = [];
      for (const t of scan.positions.keys()) {
        const rank = list.rank.get(t);
        if (rank !== undefined) ranks.push(rank);
      }
      scan.ranks.set(list, ranks.sort((a, b) => a - b));
    }
    return ranks.length > 0 ? ranks : undefined;
  }

  /** Each term found filed under the lists it belongs to, in each list's order. */
  private filed(positions: Map<string, number[]>): Map<TermList, number[]> {
    const ranks = new Map<TermList, number[]>();
    for (const t of positions.keys()) {
      for (const { list, rank } of this.owners.get(t)!) {
        const of = ranks.get(list);
        if (of) of.push(rank);
        else ranks.set(list, [rank]);
      }
    }
    for (const of of ranks.values()) if (of.length > 1) of.sort((a, b) => a - b);
    return ranks;
  }
}

function addPosition(positions: Map<string, number[]>, t: string, at: number): void {
  const list = positions.get(t);
  if (list) list.push(at);
  else positions.set(t, [at]);
}

function sortTerms(terms: readonly string[]): TermList {
  const sorted = [...terms].sort((a, b) => b.length - a.length).map((term) => ({ term, lower: term.toLowerCase(), latin: /^[a-z0-9]/i.test(term) }));
  const rank = new Map<string, number>();
  sorted.forEach((t, k) => { if (!rank.has(t.lower)) rank.set(t.lower, k); });
  return { terms: sorted, rank };
}

const scanner = new TermScanner();

/** The list of these terms (the same array gives the same list); texts scanned after it is first asked for find its terms. */
export const termList = (terms: readonly string[]): TermList => scanner.list(terms);
/** A text scanned for every term of every list asked for so far. */
export const scanText = (text: string): ScannedText => scanner.scan(text);
/** A scanned text's lines (split at line breaks), with their terms, without scanning them again. */
export const scannedLines = (scanned: ScannedText): ScannedText[] => scanner.lines(scanned);

/** Each of the list's terms found in the text (lower-cased), with its positions, ascending; overlaps included. */
export function* occurrencesIn(scanned: ScannedText, list: TermList): Generator<[string, number[]]> {
  for (const k of scanner.present(scanned.scan, list) ?? []) {
    const t = list.terms[k]!.lower;
    yield [t, scanned.scan.positions.get(t)!];
  }
}

/**
 * Occurrences of any of the list's terms, longest first and without overlap. Each
 * occurrence reports whether it sits in an enumeration (X、Y、Z等).
 */
export function termsIn(scanned: ScannedText, list: TermList): boolean[] {
  const { text, scan } = scanned;
  const present = scanner.present(scan, list);
  if (!present) return [];
  const taken = new TakenSpans();
  const out: boolean[] = [];
  for (const k of present) {
    const { lower: t, latin } = list.terms[k]!;
    for (const at of scan.positions.get(t)!) {
      if (taken.overlaps(at, at + t.length)) continue;
      // Latin terms (AI, EDA) must stand alone, not inside a longer word.
      if (latin && (/[a-z]/i.test(text[at - 1] ?? '') || /[a-z]/i.test(text[at + t.length] ?? ''))) continue;
      taken.add(at, at + t.length);
      out.push(inEnumeration(text, at, at + t.length));
    }
  }
  return out;
}

/** termsIn for one text and list: the text scanned for them on its own. */
export function findTerms(text: string, terms: readonly string[]): boolean[] {
  const list = termList(terms);
  return termsIn(scanText(text), list);
}

/**
 * The spans already taken by longer terms. Most lists find a handful of occurrences in a
 * text, so a short list of spans is cheaper than a byte per character of the text.
 */
class TakenSpans {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  overlaps(start: number, end: number): boolean {
    for (let k = 0; k < this.starts.length; k++) if (this.starts[k]! < end && start < this.ends[k]!) return true;
    return false;
  }

  add(start: number, end: number): void {
    this.starts.push(start);
    this.ends.push(end);
  }
}

/** Whether the occurrence at [start, end) is one item of a list (X、Y、Z等). */
export function inEnumeration(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) === ENUMERATION_COMMA || (start > 0 && text.charCodeAt(start - 1) === ENUMERATION_COMMA)) return true;
  const before = text.slice(Math.max(0, start - 8), start);
  const after = text.slice(end, end + 8);
  // Most occurrences have no list mark nearby: no pattern can match then.
  if (!after.includes('等') && !before.includes('、') && !after.includes('、')) return false;
  return /^(?:等|和|及)/.test(after) && /[、]/.test(before + after) || /^[^，。；]{0,6}等(?:重点|未来|新兴|领域|产业|行业)/.test(after) && /[、]/.test(text.slice(Math.max(0, start - 30), start));
}

const ENUMERATION_COMMA = 0x3001; // 、
