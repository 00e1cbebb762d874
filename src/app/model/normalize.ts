// Text as the search compares it: Traditional characters folded to Simplified,
// full-width letters and digits to ASCII, Latin letters lower-cased. Folding maps one
// character to one character, so offsets in the folded text are offsets in the original.
import * as OpenCC from 'opencc-js/t2cn';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

// Folding character by character (cached) keeps offsets aligned and is fast enough for
// 100k articles; queries and documents are folded the same way, so they always agree.
const folded = new Map<string, string>();

function foldChar(c: string): string {
  let f = folded.get(c);
  if (f === undefined) {
    const code = c.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) f = String.fromCharCode(code - 0xfee0).toLowerCase();
    else if (code < 0x3400) f = c.toLowerCase();
    else {
      const s = toSimplified(c);
      f = s.length === 1 ? s : c;
    }
    folded.set(c, f);
  }
  return f;
}

export function normalizeForSearch(text: string): string {
  // Most characters fold to themselves: copy untouched runs in one slice.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const f = foldChar(c);
    if (f !== c) {
      out += text.slice(from, i) + f;
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
