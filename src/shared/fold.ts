// Traditional Chinese folded to Simplified and full-width ASCII to ASCII, one UTF-16 unit
// for one unit, so an offset in the folded text is the same offset in the original. The
// pipeline's rules read folded text (新華社…電 is 新华社…电 to them) while articles keep
// their own characters; the app's search folds the same way (and lower-cases).
import * as OpenCC from 'opencc-js/t2cn';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

// One entry per code unit, filled on first sight; 0 means "not looked up yet".
const table = new Uint16Array(65536);

export function foldUnit(code: number): number {
  let f = table[code]!;
  if (f === 0) {
    if (code >= 0xff01 && code <= 0xff5e) f = code - 0xfee0;
    else if (code < 0x3400) f = code;
    else {
      const s = toSimplified(String.fromCharCode(code));
      f = s.length === 1 ? s.charCodeAt(0) : code;
    }
    table[code] = f || code;
  }
  return f || code;
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
