// Splits one decoded page into news items. A page holds one article, several
// stories (newspaper layout), or a lead article followed by a teaser list; the
// rules below key on the structure of Chinese news pages, never on any site's words.
import { foldChinese } from '../../shared/fold';
import { classifyLine, type ClassifiedLine, type Line } from '../classify-line';
import { DIGEST_HEADING_MARKS, OUTLINE_HEADING } from '../knowledge/chrome-patterns';
import type { Logger } from '../logger';
import { longerThan } from '../text-shape';
import { PageLines } from './page-lines';
import { wrapWidth } from './wrap-width';

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
  /** Lines dropped as chrome, with why: what to read when a story lost a line it should have kept. */
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

/** A snippet the page cut off. */
const CUT_OFF = /(…|\.{3})$/;
/** A line that opens with a date stamp before its text ("date 2025-08-15 …"). */
const LEADING_STAMP = /^\s*(?:date|日期|时间)?\s*[:：]?\s*((?:19|20)\d{2})-(\d{2})-(\d{2})(?:\s+\d{1,2}:\d{2})?\s+\S/i;
/** A page stating its own date (a morning digest's greeting). */
const TODAY_IS = /(?:今天|今日)是?\s*((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/;

type Stamp = NonNullable<RawItem['meta']>;

/**
 * Splits a page into items, line by line: structural lines (chrome, stamps, bylines,
 * sign-offs, credits) by their kind, text lines by where they stand (inside a story, in a
 * digest or a related list, outside any story).
 */
export function segmentPage(text: string, logger: Logger): SegmentedPage {
  const lines = splitLines(text).map(classifyLine);
  const markdown = lines.some((l) => l.kind === 'markdown-heading');
  const seg = new Segmenter(new PageLines(lines, markdown ? null : wrapWidth(lines.filter((l) => l.kind === 'text'))), markdown);
  lines.forEach((_, i) => seg.line(i));
  return seg.finish(logger);
}

class Segmenter {
  private state: State = 'header';
  private cur: RawItem | null = null;
  private briefMode = false;
  private readonly items: RawItem[] = [];
  private readonly dropped: SegmentedPage['dropped'] = [];
  /** Stamp lines that belonged to no story's head (page furniture above or below it). */
  private readonly strayStamps: Stamp[] = [];
  private pageToday: Stamp | null = null;

  constructor(
    private readonly page: PageLines,
    private readonly markdown: boolean,
  ) {}

  line(i: number): void {
    const l = this.page.at(i)!;
    if (l.kind === 'text') this.text(i, l);
    else this.structural(l);
  }

  finish(logger: Logger): SegmentedPage {
    this.end('ended');
    const kept = this.items.filter((it) => it.body.length > 0 || it.title !== null);
    const unechoed = dropEchoes(kept);
    adoptPageStamp(unechoed, this.strayStamps, this.pageToday);
    for (const it of this.items) if (it.body.length === 0 && it.title === null) logger.warn(`empty item at line ${it.lineStart} dropped`);
    return { items: unechoed, dropped: this.dropped };
  }

  private end(to: State): void {
    if (this.cur) this.items.push(this.cur);
    this.cur = null;
    this.state = to;
  }

  private start(first: Line, title: Line | null, kind: RawItem['kind']): RawItem {
    this.end('item');
    this.cur = {
      kind, title, byline: null, meta: null, closingStamp: null, body: [], signoff: null, sourceOutlet: null,
      layout: this.markdown ? 'markdown' : 'page', wrapWidth: this.page.wrap, lineStart: first.line, lineEnd: first.line,
    };
    return this.cur;
  }

  private extend(l: Line): void {
    if (this.cur) this.cur.lineEnd = Math.max(this.cur.lineEnd, l.line);
  }

  private append(l: Line): void {
    this.cur!.body.push(l);
    this.extend(l);
  }

  private drop(l: Line, reason: string): void {
    this.dropped.push({ line: l.line, text: l.text, reason });
  }

  private get inStory(): RawItem | null {
    return this.state === 'item' ? this.cur : null;
  }

  private structural(l: ClassifiedLine): void {
    switch (l.kind) {
      case 'chrome':
        this.drop(l, l.reason);
        if (l.endsStory && this.state === 'item') this.end('ended');
        return;
      case 'related-header':
        this.drop(l, 'related-list');
        this.end('list');
        return;
      case 'editor':
        this.drop(l, 'editor');
        this.extend(l);
        if (this.state === 'item') this.end('ended');
        return;
      case 'source':
        return this.source(l, l.outlet);
      case 'signoff':
        return this.signoff(l);
      case 'meta':
        return this.stamp(l, { line: l.line, outlet: l.outlet, timestamp: l.timestamp }, l.dateOnly);
      case 'byline':
        return this.byline(l);
      case 'markdown-heading':
        this.start(l, { line: l.line, text: l.title }, 'article');
        this.briefMode = false;
        return;
      case 'text':
        return;
    }
  }

  private source(l: Line, outlet: string): void {
    const target = this.cur ?? this.items[this.items.length - 1];
    if (target) {
      target.sourceOutlet = outlet;
      if (this.state === 'item') this.extend(l);
    } else this.drop(l, 'source-without-story');
    if (this.state === 'item') this.end('ended');
  }

  private signoff(l: Line): void {
    const story = this.inStory;
    if (!story) return this.drop(l, 'stray-signoff');
    story.signoff = l.text.replace(/^[(（]\s*|\s*[)）]$/g, '');
    this.extend(l);
    this.end('ended');
  }

  /** A stamp heads its story, closes it (a notice's signature date), or is page furniture kept for dating. */
  private stamp(l: Line, stamp: Stamp, dateOnly: boolean): void {
    const story = this.inStory;
    if (story && story.body.length === 0 && !story.meta) {
      story.meta = stamp;
      this.extend(l);
    } else if (story && dateOnly && !story.closingStamp) {
      story.closingStamp = stamp.timestamp;
      this.extend(l);
    } else {
      this.drop(l, 'meta');
      this.strayStamps.push(stamp);
    }
  }

  private byline(l: Line): void {
    const story = this.inStory;
    if (story && story.body.length === 0 && !story.byline) {
      story.byline = l.text;
      this.extend(l);
    } else if (this.state === 'list') {
      this.drop(l, 'related-list');
    } else {
      this.start(l, null, 'article').byline = l.text;
      this.briefMode = false;
    }
  }

  private text(i: number, l: ClassifiedLine): void {
    if (this.markdown) {
      // Explicit headings delimit stories; text outside one (page header, ads after a sign-off) is chrome.
      if (this.inStory) this.append(l);
      else this.drop(l, this.state === 'header' ? 'page-header' : 'outside-story');
      return;
    }
    this.notePageDates(l);
    if (this.digest(i, l) || this.headline(i, l) || this.datelined(i, l)) return;
    if (this.inStory) this.insideStory(i, l);
    else this.outsideStory(i, l);
  }

  /** "今天是…" or a line opening with a stamp: the page's own date, for stories that have none. */
  private notePageDates(l: Line): void {
    const folded = foldChinese(l.text);
    const today = TODAY_IS.exec(folded);
    if (today) this.pageToday ??= { line: l.line, outlet: null, timestamp: `${today[1]}-${today[2]!.padStart(2, '0')}-${today[3]!.padStart(2, '0')}` };
    const leading = LEADING_STAMP.exec(folded);
    if (leading) this.strayStamps.push({ line: l.line, outlet: null, timestamp: `${leading[1]}-${leading[2]}-${leading[3]}` });
  }

  /** Digests: a run of bulleted paragraphs is one brief each; a run of marked headlines over one paragraph, one per headline. */
  private digest(i: number, l: Line): boolean {
    if (this.state === 'list') return false;
    if (this.page.bulletItemAt(i)) {
      this.start(l, null, 'brief').body.push(l);
      this.end('ended');
      this.briefMode = true;
      return true;
    }
    if (!this.page.markedHeadingAt(i)) return false;
    this.start(l, { line: l.line, text: l.text.replace(DIGEST_HEADING_MARKS, '').trim() || l.text }, 'brief');
    this.briefMode = true;
    return true;
  }

  /** A headline directly followed by a time/source line, a byline or a dateline starts a story anywhere. */
  private headline(i: number, l: Line): boolean {
    const f = this.page.nextIndex(i);
    const following = this.page.at(f);
    if (this.state === 'list' && following && CUT_OFF.test(following.text)) {
      this.drop(l, 'related-list');
      return true;
    }
    if (!this.page.isHeading(i) || !following) return false;
    // Inside a story, a short line over a date alone is its signature (issuer and date), not a new headline.
    const story = this.inStory;
    if (story && story.body.length > 0 && following.kind === 'meta' && following.dateOnly) return false;
    if (!(following.kind === 'meta' || following.kind === 'byline' || (following.kind === 'text' && this.page.dateline(f)))) return false;
    // Within a teaser list a datelined teaser is still a teaser.
    this.briefMode = this.state === 'ended' && this.briefMode && !!this.page.teaserAt(i);
    this.start(l, l, this.briefMode ? 'brief' : 'article');
    return true;
  }

  /** A dateline (新华社…电, 本报讯) opens a story; in a related list, a cut-off one is still the list's. */
  private datelined(i: number, l: Line): boolean {
    if (this.state === 'list' && CUT_OFF.test(l.text)) {
      this.drop(l, 'related-list');
      return true;
    }
    if (!this.page.dateline(i)) return false;
    const story = this.inStory;
    if (!story || story.body.length > 0) {
      this.start(l, null, 'article');
      this.briefMode = false;
    }
    this.append(l);
    if (this.briefMode && this.cur!.kind === 'brief') this.end('ended');
    return true;
  }

  private insideStory(i: number, l: Line): void {
    const heading = this.page.isHeading(i);
    if ((this.briefMode || (heading && this.page.truncatedTeaserRun(i))) && heading && this.page.isProse(this.page.nextIndex(i))) {
      this.start(l, l, 'brief');
      this.briefMode = true;
      return;
    }
    this.append(l);
    if (this.briefMode && this.cur!.kind === 'brief' && this.cur!.body.length === 1) this.end('ended');
  }

  /** Outside a story: the page header, after a sign-off, or in a related list. */
  private outsideStory(i: number, l: Line): void {
    const f = this.page.nextIndex(i);
    const following = this.page.at(f);
    if (this.page.isHeading(i) && this.page.isProse(f)) {
      // In a related list, a headline over a short or cut-off snippet is another teaser of the list.
      if (this.state === 'list' && !(following && longerThan(following.text, 39) && !CUT_OFF.test(following.text))) return this.drop(l, 'related-list');
      const teaser = this.state === 'ended' && (this.briefMode ? !!this.page.teaserAt(i) : this.page.teaserRun(i));
      this.briefMode = teaser;
      this.start(l, l, teaser ? 'brief' : 'article');
      return;
    }
    if (this.state !== 'list' && (this.page.isProse(i) || (OUTLINE_HEADING.test(l.text) && following?.kind === 'text'))) {
      // Text with no headline still is a story: never drop content just because its title was lost.
      this.start(l, null, 'article').body.push(l);
      this.briefMode = false;
      return;
    }
    this.drop(l, this.state === 'header' ? 'page-header' : this.state === 'list' ? 'related-list' : 'outside-story');
  }
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
