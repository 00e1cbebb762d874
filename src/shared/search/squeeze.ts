// The form search matches in: folded (normalize.ts), then with the marks between Chinese
// characters taken out — spaces, punctuation, quote marks, book-title marks, middle dots
// (专精特新“小巨人” is 专精特新小巨人, 《中小企业促进法》 is 中小企业促进法 beside Chinese).
// Marks next to Latin letters or digits stay: "ai, chips" must not become one word.
// `squeezeWithMap` also says where each squeezed unit came from, to highlight the original.
import { normalizeForSearch } from './normalize';

// Per UTF-16 unit: 1 Han, 2 ignorable mark, 3 other; 0 = not looked up yet.
const kinds = new Uint8Array(65536);
const HAN = 1;
const MARK = 2;

function kindOf(code: number): number {
  let k = kinds[code]!;
  if (k === 0) {
    const ch = String.fromCharCode(code);
    // Surrogates (rare Han outside the BMP) count as Han: they are never marks.
    k = /\p{Script=Han}/u.test(ch) || (code >= 0xd800 && code <= 0xdfff) ? HAN : /[\s\p{P}\p{Sk}]/u.test(ch) ? MARK : 3;
    kinds[code] = k;
  }
  return k;
}

/** Visits the units that stay (their index in `text`); a run of marks stays unless Han stands on both sides. */
function eachKept(text: string, keep: (i: number) => void): void {
  let lastKept = -1;
  for (let i = 0; i < text.length; i++) {
    if (kindOf(text.charCodeAt(i)) !== MARK) {
      keep(i);
      lastKept = i;
      continue;
    }
    let end = i;
    while (end < text.length && kindOf(text.charCodeAt(end)) === MARK) end++;
    const between = lastKept >= 0 && kindOf(text.charCodeAt(lastKept)) === HAN && end < text.length && kindOf(text.charCodeAt(end)) === HAN;
    if (!between) for (let k = i; k < end; k++) keep(k);
    i = end - 1;
  }
}

/** Already-folded text with the marks between Han characters removed. */
export function squeezeFolded(folded: string): string {
  let out = '';
  let from = -1;
  let prev = -2;
  // Copies runs of kept units in slices: most of a text is kept.
  eachKept(folded, (i) => {
    if (i !== prev + 1) {
      if (from >= 0) out += folded.slice(from, prev + 1);
      from = i;
    }
    prev = i;
  });
  if (from >= 0) out += folded.slice(from, prev + 1);
  return out;
}

/** The search form of a text: folded, lower-cased, and squeezed. */
export const searchForm = (text: string): string => squeezeFolded(normalizeForSearch(text));

/**
 * The search form and, for each of its units, the index of the unit of `text` it came from.
 * The same rule as `eachKept`, written as one loop: the concordance runs it on every
 * paragraph of every matching article.
 */
export function squeezeWithMap(text: string): { text: string; from: Int32Array } {
  const folded = normalizeForSearch(text);
  const from = new Int32Array(folded.length);
  let n = 0;
  let lastKind = 0;
  for (let i = 0; i < folded.length; i++) {
    const k = kindOf(folded.charCodeAt(i));
    if (k !== MARK) {
      from[n++] = i;
      lastKind = k;
      continue;
    }
    let end = i + 1;
    while (end < folded.length && kindOf(folded.charCodeAt(end)) === MARK) end++;
    if (!(lastKind === HAN && end < folded.length && kindOf(folded.charCodeAt(end)) === HAN)) for (let j = i; j < end; j++) from[n++] = j;
    i = end - 1;
  }
  // Most paragraphs keep every unit: then the folded text is the search form as it is.
  return { text: n === folded.length ? folded : squeezeFolded(folded), from: from.subarray(0, n) };
}
