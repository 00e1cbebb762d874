// Shape tests on single lines of Chinese news text, shared by segmentation and cleaning.
// Each looks only at the ends of a line or stops counting at its limit, so a stage that
// calls them on every line of a huge page stays linear in the page's size.
const HAN = /\p{Script=Han}/u;

/** Closing quotes, brackets and spaces that may follow a sentence's final punctuation. */
const CLOSER_CHARS = new Set([...'”’」』）)】]"\'', ' ', '\t', '\u3000', '\u00A0']);
const TERMINAL_CHARS = new Set([...'。！？!?；;…：:']);

/** Where the line ends once closing quotes, brackets and spaces are looked through. */
function lastBeforeClosers(line: string): number {
  let i = line.length - 1;
  while (i >= 0 && (CLOSER_CHARS.has(line[i]!) || line.charCodeAt(i) === 10)) i--;
  return i;
}

/** Ends with sentence-final punctuation, looking through closing quotes and brackets. */
export function endsSentence(line: string): boolean {
  const i = lastBeforeClosers(line);
  return i >= 0 && TERMINAL_CHARS.has(line[i]!);
}

/** The line without its trailing closing quotes, brackets and spaces. */
export function withoutClosers(line: string): string {
  return line.slice(0, lastBeforeClosers(line) + 1);
}

export function hasHan(line: string): boolean {
  return HAN.test(line);
}

/** Visible length: characters, not UTF-16 units. */
export function visibleLength(line: string): number {
  return countCodePoints(line.trim(), Infinity);
}

/** Whether the visible length is over max, counting no further than max + 1 characters. */
export function longerThan(line: string, max: number): boolean {
  // Every character is one or two UTF-16 units, so short strings need no counting.
  if (line.length <= max) return false;
  if (line.length > 2 * max + 64) return line.trim().length > 2 * max;
  return countCodePoints(line.trim(), max + 1) > max;
}

function countCodePoints(s: string, stopAt: number): number {
  let n = 0;
  for (let i = 0; i < s.length && n < stopAt; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) i++;
  }
  return n;
}

export const HEADING_MAX = 60;

/** A line that could be a headline or subheading: short, unpunctuated at the end, with some Chinese. */
export function isHeadingShaped(line: string): boolean {
  if (longerThan(line, HEADING_MAX)) return false;
  const t = line.trim();
  return !endsSentence(t) && hasHan(t) && !/^[(（].*[)）]$/.test(t);
}

/** A line that starts mid-sentence: one character, then punctuation ("展，建设…", "位，提升…"). */
export function startsMidSentence(line: string): boolean {
  return /^\s*\p{Script=Han}[，,、；;。：:]/u.test(line);
}

/** A short line that only finishes a sentence ("绿色工厂。"). */
export function isSentenceTail(line: string): boolean {
  return !longerThan(line, 12) && endsSentence(line);
}
