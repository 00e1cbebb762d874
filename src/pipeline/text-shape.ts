// Shape tests on single lines of Chinese news text, shared by segmentation and cleaning.
const HAN = /\p{Script=Han}/u;

const CLOSERS = /[”’」』）)】\]"'\s]+$/u;
const TERMINAL = /[。！？!?；;…：:]$/u;

/** Ends with sentence-final punctuation, looking through closing quotes and brackets. */
export function endsSentence(line: string): boolean {
  return TERMINAL.test(line.replace(CLOSERS, ''));
}

export function hasHan(line: string): boolean {
  return HAN.test(line);
}

/** Visible length: characters, not UTF-16 units. */
export function visibleLength(line: string): number {
  return [...line.trim()].length;
}

export const HEADING_MAX = 60;

/** A line that could be a headline or subheading: short, unpunctuated at the end, with some Chinese. */
export function isHeadingShaped(line: string): boolean {
  const t = line.trim();
  return hasHan(t) && visibleLength(t) <= HEADING_MAX && !endsSentence(t) && !/^[(（].*[)）]$/.test(t);
}

/** A line that starts mid-sentence: one character, then punctuation ("展，建设…", "位，提升…"). */
export function startsMidSentence(line: string): boolean {
  return /^\p{Script=Han}[，,、；;。：:]/u.test(line.trim());
}

/** A short line that only finishes a sentence ("绿色工厂。"). */
export function isSentenceTail(line: string): boolean {
  const t = line.trim();
  return visibleLength(t) <= 12 && endsSentence(t);
}
