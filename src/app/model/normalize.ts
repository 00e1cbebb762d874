// Text as the search compares it: Traditional characters folded to Simplified,
// full-width letters and digits to ASCII, Latin letters lower-cased. Folding maps one
// character to one character, so offsets in the folded text are offsets in the original.
import * as OpenCC from 'opencc-js/t2cn';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

export function normalizeForSearch(text: string): string {
  const simplified = toSimplified(text);
  // The converter is character-for-character for 't'; fall back if a phrase changed length.
  const folded = simplified.length === text.length ? simplified : text;
  return folded.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).toLowerCase();
}
