// Splits one decoded page into news items. A page holds one article, several
// stories (newspaper layout), or a lead article followed by a teaser list; the
// rules below key on the structure of Chinese news pages, never on any site's words.
import { classifyLine, type ClassifiedLine, type Line } from '../classify-line';
import { foldChinese } from '../../shared/fold';
import { isWrappedLine, wrapWidth } from './wrap-width';
import { DIGEST_BULLET, DIGEST_HEADING, DIGEST_HEADING_MARKS, OUTLINE_HEADING } from '../knowledge/chrome-patterns';
import { parseDateline } from '../dateline';
import type { Logger } from '../logger';
import { endsSentence, isHeadingShaped, longerThan, startsMidSentence, HEADING_MAX } from '../text-shape';

export interface RawItem {
  kind: 'article' | 'brief';
  title: Line | null;
  byline: string | null;
  meta: { line: number; outlet: string | null; timestamp: string | null } | null;
  /** A date standing alone after the story's text began: a notice's signature date, a closing stamp. */
  closingStamp: string | null;
  body: Line[];
  signoff: string | null;
  /** Publisher named by a 来源 line after the story (the original, not the reposting site). */
  sourceOutlet: string | null;
  /** 'markdown' items have explicit headings, so any unpunctuated line end is a broken line. */
  layout: 'markdown' | 'page';
  /** Set on hard-wrapped pages: the width at which a line continues into the next. */
  wrapWidth: number | null;
  lineStart: number;
  lineEnd: number;
}

export interface SegmentedPage {
  items: RawItem[];
  /** Lines dropped as chrome, with why; kept for diagnostics and tests. */
  dropped: { line: number; text: string; reason: string }[];
}

export function splitLines(text: string): Line[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ line: i + 1, text: normaliseSpaces(raw) }))
    .filter((l) => l.text !== '');
}

function normaliseSpaces(raw: string): string {
  return raw
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u00A0\u3000\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

type State = 'header' | 'item' | 'ended' | 'list';

/** A page stating its own date (a morning digest's greeting). */
/** A snippet the page cut off. */
const CUT_OFF = /(…|\.{3})$/;
const LEADING_STAMP = /^\s*(?:date|日期|时间)?\s*[:：]?\s*((?:19|20)\d{2})-(\d{2})-(\d{2})(?:\s+\d{1,2}:\d{2})?\s+\S/i;
const TODAY_IS = /(?:今天|今日)是?\s*((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/;

export function segmentPage(text: string, logger: Logger): SegmentedPage {
  const lines = splitLines(text).map(classifyLine);
  const markdown = lines.some((l) => l.kind === 'markdown-heading');
  const wrap = markdown ? null : wrapWidth(lines.filter((l) => l.kind === 'text'));
  const items: RawItem[] = [];
  const dropped: SegmentedPage['dropped'] = [];
  /** Stamp lines that belonged to no story's head (page furniture above or below it). */
  const strayStamps: NonNullable<RawItem['meta']>[] = [];
  let pageToday: NonNullable<RawItem['meta']> | null = null;
  let state = 'header' as State;
  let cur = null as RawItem | null;
  let briefMode = false;

  const next = (i: number): ClassifiedLine | undefined => {
    for (let j = i + 1; j < lines.length; j++) if (lines[j]!.kind !== 'chrome') return lines[j];
    return undefined;
  };
  const nextIndex = (i: number): number => {
    for (let j = i + 1; j < lines.length; j++) if (lines[j]!.kind !== 'chrome') return j;
    return lines.length;
  };
  const isProse = (l: ClassifiedLine | undefined): boolean =>
    !!l && l.kind === 'text' && !startsMidSentence(l.text) &&
    (endsSentence(l.text) ? longerThan(l.text, 15) : longerThan(l.text, HEADING_MAX) || isWrappedLine(l.text, wrap));
  const isHeading = (i: number): boolean => {
    const l = lines[i];
    return !!l && l.kind === 'text' && isHeadingShaped(l.text) && !parseDateline(l.text) && !isWrappedLine(l.text, wrap);
  };
  /** Heading at i followed by exactly one paragraph: the shape of a teaser. */
  const teaserAt = (i: number): { paragraph: number } | null => {
    if (!isHeading(i)) return null;
    const p = nextIndex(i);
    if (!isProse(lines[p])) return null;
    const after = lines[nextIndex(p)];
    const single = !after || after.kind !== 'text' || isHeading(nextIndex(p));
    return single ? { paragraph: p } : null;
  };
  const teaserRun = (i: number): boolean => {
    const first = teaserAt(i);
    return !!first && !!teaserAt(nextIndex(first.paragraph));
  };
  /** Inside an article, only a run of teasers whose paragraphs are cut off is a list, not subsections. */
  const truncatedTeaserRun = (i: number): boolean => {
    const run = teaserChain(i);
    return run.count >= 2 && run.truncated >= 2;
  };
  // A chain of teasers is walked once: every heading in it shares the tail's tallies
  // (capped at 2, all the test above needs), so a page of thousands of headings stays linear.
  const chains = new Map<number, { count: number; truncated: number }>();
  const teaserChain = (i: number): { count: number; truncated: number } => {
    const walked: { at: number; truncated: boolean }[] = [];
    let tail = { count: 0, truncated: 0 };
    for (let at = i, t = teaserAt(at); t; at = nextIndex(t.paragraph), t = teaserAt(at)) {
      const known = chains.get(at);
      if (known) {
        tail = known;
        break;
      }
      walked.push({ at, truncated: !endsSentence(lines[t.paragraph]!.text) });
    }
    for (let k = walked.length - 1; k >= 0; k--) {
      tail = { count: Math.min(2, tail.count + 1), truncated: Math.min(2, tail.truncated + (walked[k]!.truncated ? 1 : 0)) };
      chains.set(walked[k]!.at, tail);
    }
    return tail;
  };

  const bullet = (k: number): boolean => {
    const t = lines[k];
    return !!t && t.kind === 'text' && DIGEST_BULLET.test(t.text) && longerThan(t.text, 30);
  };
  /** A bulleted paragraph with another next to it. */
  const bulletItemAt = (k: number): boolean => bullet(k) && (bullet(nextIndex(k)) || bullet(previousIndex(k)));
  const marked = (k: number): boolean => {
    const t = lines[k];
    return !!t && t.kind === 'text' && DIGEST_HEADING.test(t.text) && isHeading(k) && isProse(lines[nextIndex(k)]);
  };
  /** A marked heading over one paragraph, with another such heading before or after it. */
  const markedHeadingAt = (k: number): boolean => marked(k) && (marked(nextIndex(nextIndex(k))) || markedBefore(k));
  const markedBefore = (k: number): boolean => {
    const p = previousIndex(previousIndex(k));
    return p >= 0 && marked(p);
  };
  const previousIndex = (k: number): number => {
    for (let j = k - 1; j >= 0; j--) if (lines[j]!.kind !== 'chrome') return j;
    return -1;
  };

  const end = (to: State): void => {
    if (cur) items.push(cur);
    cur = null;
    state = to;
  };
  const start = (first: Line, title: Line | null, kind: RawItem['kind']): RawItem => {
    end('item');
    cur = {
      kind, title, byline: null, meta: null, closingStamp: null, body: [], signoff: null, sourceOutlet: null,
      layout: markdown ? 'markdown' : 'page', wrapWidth: wrap, lineStart: first.line, lineEnd: first.line,
    };
    return cur;
  };
  const extend = (l: Line): void => {
    if (cur) cur.lineEnd = Math.max(cur.lineEnd, l.line);
  };
  const drop = (l: Line, reason: string): void => {
    dropped.push({ line: l.line, text: l.text, reason });
  };
  const lastItem = (): RawItem | undefined => cur ?? items[items.length - 1];

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    switch (l.kind) {
      case 'chrome':
        drop(l, l.reason);
        if (l.endsStory && state === 'item') end('ended');
        continue;
      case 'related-header':
        drop(l, 'related-list');
        end('list');
        continue;
      case 'editor':
        drop(l, 'editor');
        extend(l);
        if (state === 'item') end('ended');
        continue;
      case 'source': {
        const target = lastItem();
        if (target) {
          target.sourceOutlet = l.outlet;
          if (state === 'item') extend(l);
        } else drop(l, 'source-without-story');
        if (state === 'item') end('ended');
        continue;
      }
      case 'signoff':
        if (state === 'item' && cur) {
          cur.signoff = l.text.replace(/^[(（]\s*|\s*[)）]$/g, '');
          extend(l);
          end('ended');
        } else drop(l, 'stray-signoff');
        continue;
      case 'meta':
        if (state === 'item' && cur && cur.body.length === 0 && !cur.meta) {
          cur.meta = { line: l.line, outlet: l.outlet, timestamp: l.timestamp };
          extend(l);
        } else if (state === 'item' && cur && l.dateOnly && !cur.closingStamp) {
          cur.closingStamp = l.timestamp;
          extend(l);
        } else {
          drop(l, 'meta');
          strayStamps.push({ line: l.line, outlet: l.outlet, timestamp: l.timestamp });
        }
        continue;
      case 'byline':
        if (state === 'item' && cur && cur.body.length === 0 && !cur.byline) {
          cur.byline = l.text;
          extend(l);
        } else if (state === 'list') {
          drop(l, 'related-list');
        } else {
          start(l, null, 'article').byline = l.text;
          briefMode = false;
        }
        continue;
      case 'markdown-heading':
        start(l, { line: l.line, text: l.title }, 'article');
        briefMode = false;
        continue;
      case 'text':
        break;
    }

    if (markdown) {
      // Explicit headings delimit stories; text outside one (page header, ads after a sign-off) is chrome.
      if (state === 'item' && cur) {
        cur.body.push(l);
        extend(l);
      } else drop(l, state === 'header' ? 'page-header' : 'outside-story');
      continue;
    }

    const following = next(i);
    const dateline = parseDateline(l.text);
    const heading = isHeading(i);

    // "今天是某年某月某日": the page says its own date; every story on it without a stamp of its own takes it.
    const folded = foldChinese(l.text);
    const today = TODAY_IS.exec(folded);
    if (today) pageToday ??= { line: l.line, outlet: null, timestamp: `${today[1]}-${today[2]!.padStart(2, '0')}-${today[3]!.padStart(2, '0')}` };
    // A line that opens with a date stamp before its text ("date 2025-08-15 …") carries the page's stamp.
    const leading = LEADING_STAMP.exec(folded);
    if (leading) strayStamps.push({ line: l.line, outlet: null, timestamp: `${leading[1]}-${leading[2]}-${leading[3]}` });

    // Digests: a run of bulleted paragraphs (■ …) is one brief each; a run of marked
    // headings (①…, 【…】) over one paragraph each is one brief per heading.
    if (state !== 'list' && bulletItemAt(i)) {
      start(l, null, 'brief').body.push(l);
      end('ended');
      briefMode = true;
      continue;
    }
    if (state !== 'list' && markedHeadingAt(i)) {
      start(l, { line: l.line, text: l.text.replace(DIGEST_HEADING_MARKS, '').trim() || l.text }, 'brief');
      briefMode = true;
      continue;
    }

    // A headline directly followed by a time/source line, a byline or a dateline starts a story anywhere.
    // Inside a story, a short line over a date alone is its signature (issuer and date), not a new headline.
    const signature = state === 'item' && !!cur && cur.body.length > 0 && following?.kind === 'meta' && following.dateOnly;
    const listTeaser = state === 'list' && !!following && CUT_OFF.test(following.text);
    if (listTeaser) {
      drop(l, 'related-list');
      continue;
    }
    if (heading && following && !signature && (following.kind === 'meta' || following.kind === 'byline' || (following.kind === 'text' && parseDateline(following.text)))) {
      // Within a teaser list a datelined teaser is still a teaser.
      briefMode = state === 'ended' && briefMode && !!teaserAt(i);
      start(l, l, briefMode ? 'brief' : 'article');
      continue;
    }
    // A related list's teaser may open with a dateline; cut off (…), it is still the list's.
    if (state === 'list' && CUT_OFF.test(l.text)) {
      drop(l, 'related-list');
      continue;
    }
    if (dateline) {
      if (state !== 'item' || !cur || cur.body.length > 0) {
        start(l, null, 'article');
        briefMode = false;
      }
      cur!.body.push(l);
      extend(l);
      if (briefMode && cur!.kind === 'brief') end('ended');
      continue;
    }

    if (state === 'item' && cur) {
      if (briefMode || (heading && truncatedTeaserRun(i))) {
        if (heading && isProse(following)) {
          start(l, l, 'brief');
          briefMode = true;
          continue;
        }
      }
      cur.body.push(l);
      extend(l);
      if (briefMode && cur.kind === 'brief' && cur.body.length === 1) end('ended');
      continue;
    }

    // Outside a story (page header, after a sign-off, in a related list).
    if (heading && isProse(following)) {
      // In a related list, a headline over a cut-off snippet (…) is another teaser of the list.
      if (state === 'list' && !(following && longerThan(following.text, 39) && !CUT_OFF.test(following.text))) {
        drop(l, 'related-list');
        continue;
      }
      const teaser: boolean = state === 'ended' && (briefMode ? !!teaserAt(i) : teaserRun(i));
      briefMode = teaser;
      start(l, l, teaser ? 'brief' : 'article');
      continue;
    }
    if (state !== 'list' && (isProse(l) || (OUTLINE_HEADING.test(l.text) && following?.kind === 'text'))) {
      // Text with no headline still is a story: never drop content just because its title was lost.
      start(l, null, 'article').body.push(l);
      briefMode = false;
      continue;
    }
    drop(l, state === 'header' ? 'page-header' : state === 'list' ? 'related-list' : 'outside-story');
  }
  end('ended');

  const kept = items.filter((it) => it.body.length > 0 || it.title !== null);
  const unechoed = dropEchoes(kept);
  adoptPageStamp(unechoed, strayStamps, pageToday);
  for (const it of items) if (it.body.length === 0 && it.title === null) logger.warn(`empty item at line ${it.lineStart} dropped`);
  return { items: unechoed, dropped };
}

/**
 * A page holding one story dates it with the page's own stamp when the story's head has
 * none: the nearest stamp line above the story, else the first below it.
 */
function adoptPageStamp(items: RawItem[], stamps: NonNullable<RawItem['meta']>[], today: NonNullable<RawItem['meta']> | null): void {
  if (today) for (const it of items) if (!it.meta && !it.closingStamp) it.meta = today;
  const only = items.length === 1 ? items[0]! : null;
  if (!only || only.meta || only.closingStamp || stamps.length === 0) return;
  const above = stamps.filter((s) => s.line < only.lineStart).pop();
  only.meta = above ?? stamps[0]!;
}

/**
 * Pages often print a headline twice (a header copy, then the story): an item that is only
 * its title (or whose text repeats it) is dropped when another item carries the same title.
 */
function dropEchoes(items: RawItem[]): RawItem[] {
  const titles = new Map<string, number>();
  for (const it of items) if (it.title) titles.set(it.title.text, (titles.get(it.title.text) ?? 0) + 1);
  const echo = (it: RawItem): boolean =>
    !!it.title && titles.get(it.title.text)! > 1 && it.body.every((l) => l.text === it.title!.text || l.text.length <= 2);
  const kept = items.filter((it) => !echo(it));
  // All copies echo each other: keep the first.
  return kept.length === 0 && items.length > 0 ? [items[0]!] : kept;
}
