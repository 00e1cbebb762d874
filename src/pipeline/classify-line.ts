// Labels one line of a page by what it is (site chrome, a story's metadata, or text),
// from its shape alone. Segmentation decides what the text lines belong to.
import { CHROME_PATTERNS, EDITOR_LINE, RELATED_LIST_HEADER } from './knowledge/chrome-patterns';
import { foldChinese } from '../shared/fold';
import { endsSentence, longerThan, withoutClosers } from './text-shape';

export interface Line {
  /** 1-based line number in the source file. */
  line: number;
  text: string;
}

export type LineKind =
  | { kind: 'markdown-heading'; title: string }
  | { kind: 'meta'; outlet: string | null; timestamp: string | null; dateOnly: boolean }
  | { kind: 'editor' }
  | { kind: 'source'; outlet: string }
  | { kind: 'signoff' }
  | { kind: 'byline' }
  | { kind: 'related-header' }
  | { kind: 'chrome'; reason: string; endsStory: boolean }
  | { kind: 'text' };

export type ClassifiedLine = Line & LineKind;

const DATE_TIME = /(?<y>(?:19|20)\d{2})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})日?(?:\s*(?<t>\d{1,2}:\d{2}(?::\d{2})?))?/;
const META_WORDS = /(来源|时间|发布|作者|阅读|点击|编辑|字号|浏览)/;
const SOURCE_IN_META = /(?:信息|新闻|文章|稿件)?来源\s*[:：]\s*(?<name>[^\s|｜]{2,20})/;
const SOURCE_LINE =
  /^[(（【[]?\s*(?:本文|内容|文章|信息|稿件|新闻)?(?:来源|稿源|出处|转自|来自)(?:于)?\s*[:：]\s*(?<name>[^()（）【】[\]。，,]{2,30}?)\s*[)）】\]]?$/;
// (津 文), (冀 讯), （记者 张三 李四）: a short parenthesised credit that closes a story.
const SIGNOFF = /^[(（]\s*(?:完|\p{Script=Han}{1,6}(?:\s+[\p{Script=Han}·]{1,6}){1,4})\s*[)）]$/u;
const BYLINE = /^[□■●◆◇•·\s]*(?:本报记者|本报通讯员|本报特约记者|新华社记者|特约记者|记者|通讯员|文\s*[/|｜:：]|作者\s*[:：])\s*[\p{Script=Han}·\s]{2,24}$/u;
const MARKDOWN_HEADING = /^#{1,6}\s+(?<title>\S.*?)\s*#*$/;
/** Chrome that only appears once a story is over (footers, disclaimers), so it also ends the story. */
const STORY_ENDING_CHROME = new Set(['copyright', 'disclaimer', 'licence', 'contact', 'footer-nav', 'comment', 'share']);

/**
 * Rules read the line folded (Traditional to Simplified, full-width to ASCII, one unit for
 * one), so 來源 is 来源 to them; what they extract is taken from the original at the same offsets.
 */
export function classifyLine(l: Line): ClassifiedLine {
  const text = foldChinese(l.text);
  const original = (part: string): string => {
    const at = text.indexOf(part);
    return at < 0 ? part : l.text.slice(at, at + part.length);
  };
  const md = MARKDOWN_HEADING.exec(text);
  if (md?.groups?.title) return { ...l, kind: 'markdown-heading', title: original(md.groups.title) };

  const dt = DATE_TIME.exec(text);
  const stamp = dt?.groups && !longerThan(text, 100) ? stampShape(text, dt[0], !!dt.groups.t) : null;
  if (dt?.groups && stamp) {
    const { y, m, d, t } = dt.groups;
    const timestamp = `${y}-${pad(m)}-${pad(d)}${t ? ` ${t}` : ''}`;
    const outlet = metaOutlet(text, dt[0]);
    return { ...l, kind: 'meta', timestamp, outlet: outlet && original(outlet), dateOnly: stamp === 'date-only' };
  }
  if (EDITOR_LINE.test(text)) return { ...l, kind: 'editor' };
  const src = SOURCE_LINE.exec(text);
  if (src?.groups?.name) return { ...l, kind: 'source', outlet: original(src.groups.name.trim()) };
  if (SIGNOFF.test(text) && !longerThan(text, 24)) return { ...l, kind: 'signoff' };
  if (BYLINE.test(text)) return { ...l, kind: 'byline' };
  if (!longerThan(text, 20) && RELATED_LIST_HEADER.test(text)) return { ...l, kind: 'related-header' };
  if (isNavigationBar(text)) return { ...l, kind: 'chrome', reason: 'navigation', endsStory: false };
  for (const c of CHROME_PATTERNS) {
    if (c.maxLength !== undefined && longerThan(text, c.maxLength)) continue;
    if (c.pattern.test(text)) return { ...l, kind: 'chrome', reason: c.kind, endsStory: STORY_ENDING_CHROME.has(c.kind) };
  }
  return { ...l, kind: 'text' };
}

/**
 * A bar of links or menu words, by shape: several short segments between separators
 * (首页 | 国内 | 国际 …, a calendar of issue dates), or a run of short space-separated words,
 * with no sentence in it.
 */
export function isNavigationBar(text: string): boolean {
  if (/[。！？；，]/.test(text)) return false;
  const bars = text.split(/\s*[|｜]\s*/).filter((t) => t !== '');
  if (bars.length >= NAV.minSegments && bars.reduce((n, t) => n + [...t].length, 0) / bars.length <= NAV.maxMeanSegment) return true;
  const words = text.split(/\s+/).filter((t) => t !== '');
  return words.length >= NAV.minWords && words.every((w) => [...w].length <= NAV.maxWord);
}

/** Thresholds of a navigation bar's shape. */
const NAV = { minSegments: 3, maxMeanSegment: 16, minWords: 6, maxWord: 4 } as const;

/**
 * A time/source line: a date with a time or a label (来源, 发布, 时间…), possibly among
 * widgets (| 分享到:), or a date standing almost alone (an outlet name, a weekday, widgets).
 * Prose that merely holds a date ends its sentences; a stamp line does not.
 */
function stampShape(text: string, date: string, hasTime: boolean): 'labelled' | 'date-only' | null {
  if (/[。！？!?；]/.test(withoutClosers(text))) return null;
  const widgets = /[|｜]/.test(text);
  if ((hasTime || META_WORDS.test(text)) && (!endsSentence(text) || widgets)) return 'labelled';
  const rest = text.replace(date, '').replace(STAMP_FURNITURE, '');
  return !/[，,。；]/.test(rest) && [...rest].length <= 12 ? 'date-only' : null;
}

/** What may stand beside a date on a stamp line: weekday, time, brackets, separators, font-size widgets. */
const STAMP_FURNITURE = /星期[一二三四五六日天]|周[一二三四五六日]|\d{1,2}:\d{2}(?::\d{2})?|\[[大中小\s]+\]|\[?打印\]?|字号|[[\]【】|｜()（）\s·•:：\-—]/gu;

/** The publisher named on a time/source line: after 来源:, or the bare name that follows the timestamp. */
function metaOutlet(text: string, stamp: string): string | null {
  const named = SOURCE_IN_META.exec(text);
  if (named?.groups?.name) return named.groups.name;
  const after = text.slice(text.indexOf(stamp) + stamp.length).trim();
  const first = after.split(/\s+/)[0] ?? '';
  if (first && !/[:：]/.test(first) && /\p{Script=Han}/u.test(first) && [...first].length <= 16) return first;
  return null;
}

function pad(n: string | undefined): string {
  return String(n ?? '').padStart(2, '0');
}
