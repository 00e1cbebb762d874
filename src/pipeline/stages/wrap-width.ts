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
  // A histogram of lengths (all and mid-sentence), then the best window of ±tolerance: linear in the lines.
  const all = new Map<number, number>();
  const open = new Map<number, number>();
  let total = 0;
  for (const l of lines) {
    const n = visibleLength(l.text);
    if (n < WRAP.minWidth || n > 200) continue;
    total++;
    all.set(n, (all.get(n) ?? 0) + 1);
    if (!endsSentence(l.text)) open.set(n, (open.get(n) ?? 0) + 1);
  }
  if (total < WRAP.minLines) return null;
  const near = (m: Map<number, number>, w: number): number => {
    let c = 0;
    for (let d = -WRAP.tolerance; d <= WRAP.tolerance; d++) c += m.get(w + d) ?? 0;
    return c;
  };
  let best: { width: number; count: number; open: number } | null = null;
  for (const w of [...all.keys()].sort((a, b) => a - b)) {
    const count = near(all, w);
    if (!best || count > best.count) best = { width: w, count, open: near(open, w) };
  }
  if (!best || best.count < WRAP.minLines || best.count / total < WRAP.minShare || best.open / best.count < WRAP.minOpenShare) return null;
  return best.width;
}

/** A line as long as the wrap (or longer) that stops mid-sentence: the text goes on in the next line. */
export function isWrappedLine(text: string, width: number | null): boolean {
  return width !== null && visibleLength(text) >= width - WRAP.tolerance && !endsSentence(text);
}
