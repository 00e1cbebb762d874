// Text as the search compares it: Traditional characters folded to Simplified,
// full-width letters and digits to ASCII, Latin letters lower-cased. Folding maps one
// UTF-16 unit to one unit, so offsets in the folded text are offsets in the original.
import * as OpenCC from 'opencc-js/t2cn';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

// One table entry per code unit, filled on first sight: 100k articles are tens of
// millions of units, and a typed-array lookup is what keeps indexing them fast.
// 0 means "not looked up yet"; a unit that folds to itself stores itself.
const table = new Uint16Array(65536);

function foldUnit(code: number): number {
  let f = table[code]!;
  if (f === 0) {
    if (code >= 0xff01 && code <= 0xff5e) f = String.fromCharCode(code - 0xfee0).toLowerCase().charCodeAt(0);
    else if (code < 0x3400) {
      const lower = String.fromCharCode(code).toLowerCase();
      f = lower.length === 1 ? lower.charCodeAt(0) : code;
    } else {
      const s = toSimplified(String.fromCharCode(code));
      f = s.length === 1 ? s.charCodeAt(0) : code;
    }
    table[code] = f || code;
  }
  return f || code;
}

export function normalizeForSearch(text: string): string {
  // Most units fold to themselves: copy untouched runs in one slice.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const f = foldUnit(code);
    if (f !== code) {
      out += text.slice(from, i) + String.fromCharCode(f);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
