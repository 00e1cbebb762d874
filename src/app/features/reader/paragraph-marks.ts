// What the reader marks in a paragraph: search hits, and key figures where no hit covers
// them. Linear in the paragraph and its marks (a 240 KB paragraph with thousands of hits
// once took 15 s and 120,000 marks), and capped: past MAX_MARKS the rest is counted, not drawn.
import type { ArticleMeta } from '../../../shared/schema';
import type { Range } from '../../../shared/search/query';
import type { Mark } from '../../ui/Highlighted';

export const MAX_MARKS = 1000;

export interface ParagraphMarks {
  marks: Mark[];
  /** All marks the paragraph has, drawn or not. */
  total: number;
}

/** Where each of the paragraph's figures occurs (each distinct figure text searched once). */
export function figureRanges(figures: ArticleMeta['figures'], index: number, text: string): Mark[] {
  const seen = new Set<string>();
  const out: Mark[] = [];
  for (const f of figures) {
    if (f.paragraph !== index || f.text === '' || seen.has(f.text)) continue;
    seen.add(f.text);
    for (let at = text.indexOf(f.text); at >= 0; at = text.indexOf(f.text, at + f.text.length)) {
      out.push({ range: [at, at + f.text.length], className: 'figure', title: f.indicator ?? undefined });
    }
  }
  return out.sort((a, b) => a.range[0] - b.range[0]);
}

/** Hits (sorted, not overlapping) win where they overlap a figure; one sweep over both lists. */
export function combineMarks(hits: Range[], figures: Mark[], cap = MAX_MARKS): ParagraphMarks {
  const marks: Mark[] = hits.map((range) => ({ range, className: 'hit' }));
  let j = 0;
  let lastEnd = -1;
  for (const m of figures) {
    while (j < hits.length && hits[j]![1] <= m.range[0]) j++;
    const coveredByHit = j < hits.length && hits[j]![0] < m.range[1];
    // Figures overlapping each other (超1.76万家 and 1.76万家) keep the first.
    if (!coveredByHit && m.range[0] >= lastEnd) {
      marks.push(m);
      lastEnd = m.range[1];
    }
  }
  marks.sort((a, b) => a.range[0] - b.range[0]);
  return { marks: marks.length > cap ? marks.slice(0, cap) : marks, total: marks.length };
}
