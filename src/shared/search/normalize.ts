// Text as the search compares it: Traditional characters folded to Simplified,
// full-width letters and digits to ASCII, Latin letters lower-cased. Folding maps one
// UTF-16 unit to one unit, so offsets in the folded text are offsets in the original.
import { foldEachUnit, foldUnit as foldChineseUnit } from '../fold';

// One table entry per code unit, filled on first sight: 100k articles are tens of
// millions of units, and a typed-array lookup is what keeps indexing them fast.
// 0 means "not looked up yet"; a unit that folds to itself stores itself.
const table = new Uint16Array(65536);

/** The pipeline's fold (Traditional to Simplified, full-width to ASCII), then Latin lower-cased. */
function foldUnit(code: number): number {
  let f = table[code]!;
  if (f === 0) {
    f = foldChineseUnit(code);
    if (f < 0x3400) {
      const lower = String.fromCharCode(f).toLowerCase();
      f = lower.length === 1 ? lower.charCodeAt(0) : f;
    }
    table[code] = f || code;
  }
  return f || code;
}

export function normalizeForSearch(text: string): string {
  return foldEachUnit(text, foldUnit);
}
