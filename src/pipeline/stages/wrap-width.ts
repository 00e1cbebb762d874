// Hard-wrapped pages (text cut into lines of one width, as PDF copies and some CMSs print
// it) are recognised by their line lengths: most long lines share one width and many of
// them stop mid-sentence. On such a page a line of that width is never a headline, and it
// continues into the next line unless it ends a sentence.
import type { Line } from '../classify-line';
import { endsSentence, visibleLength } from '../text-shape';

/** Thresholds: how many lines must share a width, how close they must be, and how many must stop mid-sentence. */
export const WRAP = { minLines: 4, tolerance: 2, minShare: 0.5, minOpenShare: 0.5, minWidth: 16 } as const;

/** The page's wrap width, or null when its lines are not hard-wrapped. */
export function wrapWidth(lines: readonly Line[]): number | null {
  const lengths = lines.map((l) => ({ n: visibleLength(l.text), open: !endsSentence(l.text) })).filter((x) => x.n >= WRAP.minWidth && x.n <= 200);
  if (lengths.length < WRAP.minLines) return null;
  let best: { width: number; count: number; open: number } | null = null;
  for (const { n: w } of lengths) {
    const near = lengths.filter((x) => Math.abs(x.n - w) <= WRAP.tolerance);
    if (!best || near.length > best.count) best = { width: w, count: near.length, open: near.filter((x) => x.open).length };
  }
  if (!best || best.count < WRAP.minLines || best.count / lengths.length < WRAP.minShare || best.open / best.count < WRAP.minOpenShare) return null;
  return best.width;
}

/** A line as long as the wrap (or longer) that stops mid-sentence: the text goes on in the next line. */
export function isWrappedLine(text: string, width: number | null): boolean {
  return width !== null && visibleLength(text) >= width - WRAP.tolerance && !endsSentence(text);
}
