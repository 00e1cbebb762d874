// Keyword in context (a concordance): every occurrence of the query's terms in a text, one
// line each — left context | match | right context — as Voyant's Contexts shows them.
// Matching is the search's own (search form, names, lexicons), so a line is never shown
// for an article the search would not find, nor missed for one it does.
import { matchRanges, type ParsedQuery } from './query';

export interface ConcordanceLine {
  paragraph: number;
  /** Where the match is in the paragraph's original text. */
  start: number;
  end: number;
  left: string;
  match: string;
  right: string;
}

/** The lines of one article's paragraphs, in reading order; `width` characters of context each side. */
export function concordanceLines(paragraphs: readonly string[], query: ParsedQuery, width = 24): ConcordanceLine[] {
  const out: ConcordanceLine[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const [start, end] of matchRanges(text, query)) {
      out.push({ paragraph, start, end, left: text.slice(Math.max(0, start - width), start), match: text.slice(start, end), right: text.slice(end, end + width) });
    }
  });
  return out;
}

const collator = new Intl.Collator('zh-Hans-CN');
const reversed = (s: string) => [...s].reverse().join('');

/**
 * Lines sorted by what stands next to the match: by the left context read from the match
 * outwards (so 培育专精特新 and 累计专精特新 group by their last characters), or by the right
 * context. Ties keep their order.
 */
export function sortConcordance<L extends Pick<ConcordanceLine, 'left' | 'right'>>(lines: readonly L[], by: 'left' | 'right'): L[] {
  const key = (l: L) => (by === 'left' ? reversed(l.left) : l.right);
  return lines.map((l, k) => ({ l, k, key: key(l) })).sort((a, b) => collator.compare(a.key, b.key) || a.k - b.k).map((x) => x.l);
}
