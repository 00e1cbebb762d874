// Keyword-in-context: the text around the first match, with the match ranges shifted
// into the snippet so they can be highlighted.
import type { Range } from '../../shared/search/query';

export interface Snippet {
  text: string;
  ranges: Range[];
}

export function keywordInContext(text: string, ranges: Range[], before = 30, after = 70): Snippet {
  const first = ranges[0];
  if (!first) {
    const cut = text.slice(0, before + after);
    return { text: cut.length < text.length ? `${cut}…` : cut, ranges: [] };
  }
  const start = Math.max(0, first[0] - before);
  const end = Math.min(text.length, first[1] + after);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shifted = ranges
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): Range => [s - start + prefix.length, e - start + prefix.length]);
  return { text: prefix + text.slice(start, end).replace(/\n/g, ' ') + suffix, ranges: shifted };
}
