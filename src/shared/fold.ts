// Traditional Chinese folded to Simplified and full-width ASCII to ASCII, one UTF-16 unit
// for one unit, so an offset in the folded text is the same offset in the original. The
// pipeline's rules read folded text (新華社…電 is 新华社…电 to them) while articles keep
// their own characters; the app's search folds the same way (and lower-cases).
// The Traditional → Simplified pairs are OpenCC's character mappings, generated into a
// table (scripts/generate-fold-table.ts; a test keeps it equal to OpenCC).
import { FOLD_PAIRS } from './fold-pairs';

// One entry per code unit: what it folds to, or 0 where it folds to itself.
const table = new Uint16Array(65536);
for (let k = 0; k + 1 < FOLD_PAIRS.length; k += 2) table[FOLD_PAIRS.charCodeAt(k)] = FOLD_PAIRS.charCodeAt(k + 1);
for (let code = 0xff01; code <= 0xff5e; code++) table[code] = code - 0xfee0;

export function foldUnit(code: number): number {
  return table[code] || code;
}

export function foldChinese(text: string): string {
  return foldEachUnit(text, foldUnit);
}

/** Maps every code unit of a text through a fold; runs that fold to themselves are copied in one slice. */
export function foldEachUnit(text: string, unit: (code: number) => number): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const f = unit(code);
    if (f !== code) {
      out += text.slice(from, i) + String.fromCharCode(f);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
