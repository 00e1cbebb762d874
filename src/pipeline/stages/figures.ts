// Extracts key figures — numbers with a unit and magnitude — normalised to a value, with
// the qualifier (超/近/约/余/多/以上), what they measure (indicator and its cross-article
// key), their kind (level, change, share, target), a baseline (从A增至B) and the sentence
// they come from. Years, dates, ordinals, versions and phone numbers carry no unit and are
// never figures; a number inside quotes (“3公里”服务圈) is a name.
import { foldChinese } from '../../shared/fold';
import type { Figure, FigureKind } from '../../shared/schema';
import {
  BASELINE_BRIDGE, BASELINE_OPENER, FIGURE_PATTERN, LIST_ITEM_SPLIT, LIST_JOINER, MAGNITUDES, SHARE_WORD, FORECAST_CUE, PAST_MARKER, TARGET_CUE, UNIT_FAMILIES, UNIT_NAMES,
} from '../knowledge/figure-words';
import { readIndicator, sound, type IndicatorReading } from './figure-indicator';
import { indicatorKey } from './indicator-key';

interface Match {
  start: number;
  end: number;
  text: string;
  value: number;
  unit: string;
  qualifier: string | null;
}

export function extractFigures(paragraphs: string[]): Figure[] {
  return paragraphs.flatMap((paragraph, index) => figuresOf(paragraph, index));
}

/**
 * Read on the folded text (同比增長 is 同比增长 to the rules), which has the same offsets;
 * a figure's text and evidence are the original's characters, its indicator the folded words.
 */
function figuresOf(original: string, index: number): Figure[] {
  // Every figure has a digit (full-width ones fold to ASCII): most paragraphs of prose have none.
  if (!ANY_DIGIT.test(original)) return [];
  const paragraph = foldChinese(original);
  const matches = findMatches(paragraph);
  const baselines = pairBaselines(paragraph, matches);
  const listed = readLists(paragraph, matches);
  const figures: Figure[] = [];
  let previous: string | null = null;
  for (const [k, m] of matches.entries()) {
    if (baselines.isBaseline.has(k)) continue;
    const baseline = baselines.of.get(k) ?? null;
    const headEnd = baseline ? baseline.start - 1 : m.start;
    const reading: IndicatorReading = listed.get(k) ?? readIndicator(contextOf(paragraph, matches, k, headEnd, m, previous));
    if (reading.indicator) previous = reading.indicator;
    figures.push({
      text: original.slice(m.start, m.end), value: m.value, unit: m.unit, unitFamily: UNIT_FAMILIES[m.unit] ?? 'physical', qualifier: m.qualifier,
      kind: kindOf(paragraph, m, reading, baseline !== null),
      indicator: reading.indicator, indicatorKey: indicatorKey(reading.indicator),
      baseline: baseline ? { text: baseline.text, value: baseline.value, qualifier: baseline.qualifier } : null,
      evidence: evidenceOf(original, m), paragraph: index,
    });
  }
  return figures;
}

const ANY_DIGIT = /[0-9０-９]/u;

function findMatches(paragraph: string): Match[] {
  const out: Match[] = [];
  for (const m of paragraph.matchAll(FIGURE_PATTERN)) {
    const g = m.groups!;
    const start = m.index!;
    const end = start + m[0].length;
    if (/第$/u.test(paragraph.slice(Math.max(0, start - 1), start))) continue;
    // “3公里”企业服务圈: a quoted number is part of a name.
    if (/[“"]/u.test(paragraph[start - 1] ?? '') && /[”"]/u.test(paragraph[end] ?? '')) continue;
    // 1个月, 3个小时: a span of time, not a count.
    if (g.unit === '个' && NOT_A_COUNT_AFTER.test(paragraph.slice(end, end + 3))) continue;
    const digits = g.num!.replace(/,/g, '');
    if (!g.mag && !digits.includes('.') && digits.length >= 7 && g.unit !== '元') continue;
    // Twelve significant digits drop a magnitude's float noise (1.2亿 → 120000000); a number of at
    // most twelve characters already reads back as itself, so it skips the round trip through text.
    const value = !g.mag && digits.length <= 12 ? Number(digits) : Number((Number(digits) * (g.mag ? MAGNITUDES[g.mag]! : 1)).toPrecision(12));
    if (!Number.isFinite(value)) continue;
    out.push({ start, end, text: m[0], value, unit: UNIT_NAMES[g.unit!] ?? g.unit!, qualifier: g.pre ?? g.mid ?? g.post ?? null });
  }
  return out;
}

const NOT_A_COUNT_AFTER = /^(?:月|小时|工作日|季度|星期|钟头)/u;

/** 从不足4万家增至14万家以上: one figure (14万) whose baseline is 4万. */
function pairBaselines(paragraph: string, matches: Match[]): { isBaseline: Set<number>; of: Map<number, Match> } {
  const isBaseline = new Set<number>();
  const of = new Map<number, Match>();
  for (let k = 0; k + 1 < matches.length; k++) {
    const a = matches[k]!;
    const b = matches[k + 1]!;
    if (a.unit !== b.unit || !BASELINE_OPENER.test(paragraph.slice(Math.max(0, a.start - 1), a.start))) continue;
    if (!BASELINE_BRIDGE.test(paragraph.slice(a.end, b.start))) continue;
    isBaseline.add(k);
    of.set(k + 1, a);
  }
  return { isBaseline, of };
}

/**
 * 单位数、从业人员、资产总计分别占全部企业的99.9%、84.3%和78%: each figure of the run gets
 * the item in the same place of the list before 分别. When the counts differ, none is named.
 */
function readLists(paragraph: string, matches: Match[]): Map<number, IndicatorReading> {
  const out = new Map<number, IndicatorReading>();
  for (let k = 0; k < matches.length; ) {
    let last = k;
    while (last + 1 < matches.length && LIST_JOINER.test(paragraph.slice(matches[last]!.end, matches[last + 1]!.start))) last++;
    const clause = lastSentencePart(paragraph.slice(Math.max(0, matches[k]!.start - CLAUSE_REACH), matches[k]!.start));
    const split = clause.lastIndexOf('分别');
    if (last > k && split >= 0) {
      const items = clause.slice(0, split).split(LIST_ITEM_SPLIT).map((s) => s.trim());
      const verbPhrase = clause.slice(split + 2).replace(/的$/u, '');
      const share = verbPhrase.startsWith('占');
      for (let j = k; j <= last; j++) {
        const item = items.length === last - k + 1 ? items[j - k]! : null;
        const indicator = item === null ? null : sound(share ? `${item}${verbPhrase}的比重` : `${item}${verbPhrase}`);
        out.set(j, { indicator, growth: /增长|下降|增加|减少/u.test(verbPhrase), share });
      }
    }
    k = last + 1;
  }
  return out;
}

const CLAUSE_BREAK = /[，。；！？：,;:!?、\n]/u;
const SENTENCE_BREAK = /[。；！？!?;\n]/u;
/** How far back a figure's clause is looked for: far beyond any indicator, and a bound per figure. */
const CLAUSE_REACH = 160;

function lastSentencePart(text: string): string {
  return text.split(/[，。；！？：,;:!?\n]/u).pop() ?? '';
}

function contextOf(paragraph: string, matches: Match[], k: number, headEnd: number, m: Match, previous: string | null) {
  const from = Math.max(0, headEnd - CLAUSE_REACH);
  const window = paragraph.slice(from, headEnd);
  const parts = window.split(CLAUSE_BREAK);
  let head = parts.pop() ?? '';
  const clauseStart = headEnd - head.length;
  // 包括6个方面20条具体措施: a figure after another in the same clause shares its head.
  let first = k;
  while (first > 0 && matches[first - 1]!.start >= clauseStart) first--;
  const earlier = first < k && matches[first]!.end <= headEnd ? matches[first] : undefined;
  // 总投资968.6亿元的85个重点项目: the figure before modifies what this one counts.
  if (earlier && paragraph.slice(matches[k - 1]!.end, headEnd) === '的') head = '';
  else if (earlier) head = paragraph.slice(clauseStart, earlier.start);
  // 涉及石化、电子信息、生物医药等7个重点行业: the list belongs to the head.
  else if (head.includes('等') && window.slice(0, window.length - head.length).endsWith('、')) head = lastSentencePart(window);
  return { head, earlierClause: parts.join('，'), rest: paragraph.slice(m.end, m.end + 24), unit: m.unit, subject: sentenceSubject(paragraph, m.start), previous };
}

/** The noun a sentence opens with (“小巨人”企业以…，贡献了…): the subject of clauses that lack one. */
function sentenceSubject(paragraph: string, at: number): string | null {
  const before = paragraph.slice(Math.max(0, at - CLAUSE_REACH), at);
  const sentence = before.split(SENTENCE_BREAK).pop() ?? '';
  const first = sentence.split(/[，,：:]/u)[0] ?? '';
  const m = /^([\p{Script=Han}“”"]{2,14}?)(?=以|占|贡献|达|有|实现|拥有|是|为|在|将|已|均|共|累计)/u.exec(first.trim());
  return m ? sound(m[1]!) : null;
}

function kindOf(paragraph: string, m: Match, reading: IndicatorReading, hasBaseline: boolean): FigureKind {
  const sentence = paragraph.slice(Math.max(0, m.start - CLAUSE_REACH), m.start).split(SENTENCE_BREAK).pop() ?? '';
  if (isTarget(sentence)) return 'target';
  if (!hasBaseline && (reading.growth || m.unit === 'percentage points' || /同比$/u.test(sentence))) return 'change';
  if (m.unit === 'percent' && (reading.share || SHARE_WORD.test(sentence.split(CLAUSE_BREAK).pop() ?? ''))) return 'share';
  return 'level';
}

/**
 * A goal or forecast: a goal word earlier in the sentence (力争…,到2027年…), a future word in
 * the figure's own clause (资金将超过), or in an earlier clause when this one does not report
 * what has already happened (我省将…,行业研发投入强度达到5%; not …,已谋划的109个项目).
 */
function isTarget(sentence: string): boolean {
  if (TARGET_CUE.test(sentence)) return true;
  const clauses = sentence.split(/[，,]/u);
  const own = clauses[clauses.length - 1] ?? '';
  return FORECAST_CUE.test(own) || (FORECAST_CUE.test(clauses.slice(0, -1).join('，')) && !PAST_MARKER.test(own));
}

/** Evidence reads no further than this either side: a bound per figure on pages without full stops. */
const EVIDENCE_REACH = 300;

/** The sentence a figure comes from, cut around it when a sentence runs long. */
function evidenceOf(paragraph: string, m: Match): string {
  const before = paragraph.slice(Math.max(0, m.start - EVIDENCE_REACH), m.start).split(SENTENCE_BREAK).pop() ?? '';
  const after = paragraph.slice(m.start, m.start + EVIDENCE_REACH).split(SENTENCE_BREAK)[0] ?? '';
  const sentence = `${before}${after}`.trim();
  if (sentence.length <= 300) return sentence;
  const at = before.length;
  return `…${sentence.slice(Math.max(0, at - 140), at + 140)}…`;
}
