// Repairs the text of a segmented item: joins lines a page broke mid-sentence and
// removes spaces an OCR pass put between Chinese characters, keeping spaces that
// belong to Latin text and product names.
import type { Line } from '../classify-line';
import { parseDateline } from '../dateline';
import type { Logger } from '../logger';
import { endsSentence, isHeadingShaped, isSentenceTail, longerThan, startsMidSentence, HEADING_MAX } from '../text-shape';
import type { RawItem } from './segment';
import { isWrappedLine } from './wrap-width';

export interface CleanParagraph {
  text: string;
  lineStart: number;
  lineEnd: number;
}

export interface CleanItem extends Omit<RawItem, 'body' | 'title'> {
  title: string | null;
  paragraphs: CleanParagraph[];
}

export function cleanItem(item: RawItem, logger: Logger): CleanItem {
  const joined = joinBrokenLines(item.body, item.layout, item.wrapWidth);
  const gaps = joined.reduce((n, p) => n + countOcrGaps(p.text), 0);
  // A few spaces between Chinese characters are deliberate (a speaker's title and name,
  // reporters' names); many are the mark of an OCR'd print page.
  const ocr = gaps >= 3;
  const paragraphs = joined
    .map((p) => ({ ...p, text: (ocr ? repairOcrParagraph(p.text) : p.text).trim() }))
    .filter((p) => p.text !== '');
  if (ocr) logger.info(`line ${item.lineStart}: removed OCR spaces (${gaps} gaps)`);
  const { body: _body, title, ...rest } = item;
  // A space between two clauses of a headline is a convention, so titles only lose the spaces around numbers.
  const cleanTitle = title ? (ocr ? removeNumberGaps(title.text) : title.text).trim() || null : null;
  return { ...rest, title: cleanTitle, paragraphs };
}

/** A dateline keeps the space that separates it from the story ("本报讯 近日…"). */
function repairOcrParagraph(text: string): string {
  const dl = parseDateline(text);
  if (!dl) return removeOcrGaps(text);
  const rest = text.slice(dl.matched.length);
  return `${dl.matched}${/^\s/.test(rest) ? ' ' : ''}${removeOcrGaps(rest.trim())}`;
}

export function joinBrokenLines(lines: Line[], layout: RawItem['layout'], wrap: number | null = null): CleanParagraph[] {
  const out: CleanParagraph[] = [];
  // A paragraph grows line by line; its pieces are joined once at the end, and the tests
  // below look only at its last line and its length, so a page of many broken lines stays linear.
  let open: { parts: string[]; units: number; lineStart: number; lineEnd: number } | null = null;
  const close = (): void => {
    if (open) out.push({ text: open.parts.join(''), lineStart: open.lineStart, lineEnd: open.lineEnd });
    open = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const last = open?.parts[open.parts.length - 1];
    const shape = open ? paragraphShape(open.parts, open.units) : null;
    const wrapped = last !== undefined && isWrappedLine(last, wrap);
    if (open && last !== undefined && shape && !endsSentence(last) && (wrapped || continues(shape, l.text, lines[i + 1]?.text, layout))) {
      const piece = /[A-Za-z0-9]$/.test(last) && /^[A-Za-z0-9]/.test(l.text) ? ` ${l.text}` : l.text;
      open.parts.push(piece);
      open.units += piece.length;
      open.lineEnd = l.line;
    } else {
      close();
      open = { parts: [l.text], units: l.text.length, lineStart: l.line, lineEnd: l.line };
    }
  }
  close();
  return out;
}

interface ParagraphShape {
  headingShaped: boolean;
  long: boolean;
  /** A bracket or quote opened and not closed (《…, 〈…): the title or sentence goes on. */
  unclosed: boolean;
}

/** A paragraph longer than any heading is neither heading-shaped nor short: no need to join it to look. */
function paragraphShape(parts: string[], units: number): ParagraphShape {
  if (units > 2 * HEADING_MAX + 64) return { headingShaped: false, long: true, unclosed: false };
  const text = parts.length === 1 ? parts[0]! : parts.join('');
  return { headingShaped: isHeadingShaped(text), long: longerThan(text, HEADING_MAX), unclosed: hasUnclosedBracket(text) };
}

const BRACKET_PAIRS: readonly [string, string][] = [['《', '》'], ['〈', '〉'], ['（', '）'], ['(', ')'], ['“', '”']];

function hasUnclosedBracket(text: string): boolean {
  return BRACKET_PAIRS.some(([open, close]) => text.split(open).length > text.split(close).length);
}

/** Does line b continue the sentence that a left unfinished? */
function continues(a: ParagraphShape, b: string, afterB: string | undefined, layout: RawItem['layout']): boolean {
  // Headings in Markdown are explicit, so every other unfinished line is a broken one.
  if (layout === 'markdown') return true;
  // A paragraph longer than any heading that stops mid-clause was cut by the page.
  if (!a.headingShaped && a.long) return true;
  // A title broken inside its 《…》 goes on in the next line.
  if (a.unclosed) return true;
  const bIsFragment = startsMidSentence(b) || isSentenceTail(b);
  // A short unpunctuated line followed by a normal paragraph is a subheading, not a break.
  if (a.headingShaped && !bIsFragment) return false;
  if (bIsFragment) return true;
  const bIsHeading =
    isHeadingShaped(b) && afterB !== undefined && !startsMidSentence(afterB) &&
    (endsSentence(afterB) || longerThan(afterB, HEADING_MAX));
  return !bIsHeading;
}


// Chinese text and full-width punctuation on one side, Chinese text or digits on the other.
const CJK = '\\p{Script=Han}\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20“”‘’《》';
const OCR_GAP = new RegExp(
  `(?<=[${CJK}])[ ]+(?=[${CJK}\\d"“])|(?<=[${CJK},;:])[ ]+(?=[${CJK}])|(?<=[\\d%％"”])[ ]+(?=[${CJK}])|(?<=[${CJK}])[ ]+(?=\\d)`,
  'gu',
);
/** "职务 姓名：" — a speaker caption's space is deliberate. */
const SPEAKER_CAPTION = /^(\p{Script=Han}{2,30}) (\p{Script=Han}{2,4}[:：])/u;

/** Bracketed runs ("(褚新兵 张宇晖)") separate names with spaces on purpose. */
const BRACKETED = /[(（][^()（）]{0,40}[)）]/gu;
const NUMBER_GAP = /(?<=[\d%％])[ ]+(?=[\p{Script=Han}"“])|(?<=\p{Script=Han})[ ]+(?=[\d"“])/gu;

export function countOcrGaps(text: string): number {
  // Every gap is a run of plain spaces, and most Chinese paragraphs hold none: the pattern's
  // lookbehinds would otherwise be tried at every character.
  if (!text.includes(' ')) return 0;
  return (text.replace(SPEAKER_CAPTION, '$1$2').replace(BRACKETED, '').match(OCR_GAP) ?? []).length;
}

export function removeOcrGaps(text: string): string {
  const caption = SPEAKER_CAPTION.exec(text);
  const fixed = mapOutsideBrackets(text, (s) => s.replace(OCR_GAP, ''));
  // Restore a speaker caption's space that the sweep removed.
  return caption ? fixed.replace(`${caption[1]}${caption[2]}`, `${caption[1]} ${caption[2]}`) : fixed;
}

export function removeNumberGaps(text: string): string {
  return mapOutsideBrackets(text, (s) => s.replace(NUMBER_GAP, ''));
}

function mapOutsideBrackets(text: string, f: (s: string) => string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(BRACKETED)) {
    out += f(text.slice(last, m.index)) + m[0];
    last = m.index! + m[0].length;
  }
  return out + f(text.slice(last));
}
