// What segmentation asks of a page's classified lines: the next line that is not chrome,
// whether a line reads as prose or as a headline, and the shapes lines make together
// (teasers, runs of teasers, digest bullets and marked headlines). Each line's facts (its
// dateline, its folded text) are computed once and kept.
import type { ClassifiedLine } from '../classify-line';
import { parseDateline, type Dateline } from '../dateline';
import { DIGEST_BULLET, DIGEST_HEADING } from '../knowledge/chrome-patterns';
import { endsSentence, isHeadingShaped, longerThan, startsMidSentence, HEADING_MAX } from '../text-shape';
import { isWrappedLine } from './wrap-width';

interface Chain {
  count: number;
  truncated: number;
}

export class PageLines {
  private readonly datelines: (Dateline | null | undefined)[];
  // A chain of teasers is walked once: every heading in it shares the tail's tallies
  // (capped at 2, all the test needs), so a page of thousands of headings stays linear.
  private readonly chains = new Map<number, Chain>();

  constructor(
    readonly lines: readonly ClassifiedLine[],
    readonly wrap: number | null,
  ) {
    this.datelines = new Array(lines.length);
  }

  at(i: number): ClassifiedLine | undefined {
    return this.lines[i];
  }

  /** The line's dateline (新华社…电, 本报讯), parsed once. */
  dateline(i: number): Dateline | null {
    const known = this.datelines[i];
    if (known !== undefined) return known;
    const l = this.lines[i];
    const parsed = l && l.kind === 'text' ? parseDateline(l.text) : null;
    this.datelines[i] = parsed;
    return parsed;
  }

  nextIndex(i: number): number {
    for (let j = i + 1; j < this.lines.length; j++) if (this.lines[j]!.kind !== 'chrome') return j;
    return this.lines.length;
  }

  previousIndex(i: number): number {
    for (let j = i - 1; j >= 0; j--) if (this.lines[j]!.kind !== 'chrome') return j;
    return -1;
  }

  next(i: number): ClassifiedLine | undefined {
    return this.lines[this.nextIndex(i)];
  }

  /** A paragraph of running text: a long line, or a sentence of some length. */
  isProse(i: number): boolean {
    const l = this.lines[i];
    return !!l && l.kind === 'text' && !startsMidSentence(l.text) &&
      (endsSentence(l.text) ? longerThan(l.text, 15) : longerThan(l.text, HEADING_MAX) || isWrappedLine(l.text, this.wrap));
  }

  isHeading(i: number): boolean {
    const l = this.lines[i];
    return !!l && l.kind === 'text' && isHeadingShaped(l.text) && !this.dateline(i) && !isWrappedLine(l.text, this.wrap);
  }

  /** Heading at i followed by exactly one paragraph: the shape of a teaser. */
  teaserAt(i: number): { paragraph: number } | null {
    if (!this.isHeading(i)) return null;
    const p = this.nextIndex(i);
    if (!this.isProse(p)) return null;
    const after = this.lines[this.nextIndex(p)];
    const single = !after || after.kind !== 'text' || this.isHeading(this.nextIndex(p));
    return single ? { paragraph: p } : null;
  }

  teaserRun(i: number): boolean {
    const first = this.teaserAt(i);
    return !!first && !!this.teaserAt(this.nextIndex(first.paragraph));
  }

  /** Inside an article, only a run of teasers whose paragraphs are cut off is a list, not subsections. */
  truncatedTeaserRun(i: number): boolean {
    const run = this.teaserChain(i);
    return run.count >= 2 && run.truncated >= 2;
  }

  private teaserChain(i: number): Chain {
    const walked: { at: number; truncated: boolean }[] = [];
    let tail: Chain = { count: 0, truncated: 0 };
    for (let at = i, t = this.teaserAt(at); t; at = this.nextIndex(t.paragraph), t = this.teaserAt(at)) {
      const known = this.chains.get(at);
      if (known) {
        tail = known;
        break;
      }
      walked.push({ at, truncated: !endsSentence(this.lines[t.paragraph]!.text) });
    }
    for (let k = walked.length - 1; k >= 0; k--) {
      tail = { count: Math.min(2, tail.count + 1), truncated: Math.min(2, tail.truncated + (walked[k]!.truncated ? 1 : 0)) };
      this.chains.set(walked[k]!.at, tail);
    }
    return tail;
  }

  private bullet(i: number): boolean {
    const l = this.lines[i];
    return !!l && l.kind === 'text' && DIGEST_BULLET.test(l.text) && longerThan(l.text, 30);
  }

  /** A bulleted paragraph (■ …) with another next to it: a digest entry. */
  bulletItemAt(i: number): boolean {
    return this.bullet(i) && (this.bullet(this.nextIndex(i)) || this.bullet(this.previousIndex(i)));
  }

  private marked(i: number): boolean {
    const l = this.lines[i];
    return !!l && l.kind === 'text' && DIGEST_HEADING.test(l.text) && this.isHeading(i) && this.isProse(this.nextIndex(i));
  }

  /** A marked headline (①…, 【…】) over one paragraph, with another such headline before or after it. */
  markedHeadingAt(i: number): boolean {
    if (!this.marked(i)) return false;
    const before = this.previousIndex(this.previousIndex(i));
    return this.marked(this.nextIndex(this.nextIndex(i))) || (before >= 0 && this.marked(before));
  }
}
