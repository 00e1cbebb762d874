// The Traditional → Simplified fold as a table of single-character pairs, derived from
// OpenCC (opencc-js, t → cn): the fold maps one UTF-16 unit to one unit, so only OpenCC's
// character mappings matter, and a 15 KB table replaces a 59 KB (gzip) converter and its
// phrase dictionaries in the app's first load.
import * as OpenCC from 'opencc-js/t2cn';

/** Code units from U+3400 up (below it nothing is Han) whose OpenCC conversion is one other unit; full-width forms are folded apart. */
export function buildFoldPairs(): string {
  const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
  let pairs = '';
  for (let code = 0x3400; code <= 0xffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (code >= 0xff01 && code <= 0xff5e) continue;
    const ch = String.fromCharCode(code);
    const s = toSimplified(ch);
    if (s.length === 1 && s !== ch) pairs += ch + s;
  }
  return pairs;
}
