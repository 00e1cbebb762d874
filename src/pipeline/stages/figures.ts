// Extracts key figures — numbers with a unit and magnitude — normalised to a value,
// with the qualifier (超/近/约/余/多/以上) and the indicator they measure. Years,
// dates, ordinals, versions and phone numbers carry no unit and are never figures.
import type { Figure } from '../../shared/schema';
import {
  COUNT_UNITS, FIGURE_PATTERN, GROWTH_VERB, INDICATOR_LEADING_NOISE, INDICATOR_TRAILING_WORDS, INDICATOR_VERBS, MAGNITUDES,
  UNIT_NAMES,
} from '../knowledge/figure-words';

export function extractFigures(paragraphs: string[]): Figure[] {
  const figures: Figure[] = [];
  paragraphs.forEach((paragraph, index) => {
    let previous: string | null = null;
    for (const m of paragraph.matchAll(FIGURE_PATTERN)) {
      const g = m.groups!;
      const start = m.index!;
      if (/第$/.test(paragraph.slice(Math.max(0, start - 1), start))) continue;
      const digits = g.num!.replace(/,/g, '');
      if (!g.mag && !digits.includes('.') && digits.length >= 7 && g.unit !== '元') continue;
      const magnitude = g.mag ? MAGNITUDES[g.mag]! : 1;
      const value = Number((Number(digits) * magnitude).toPrecision(12));
      if (!Number.isFinite(value)) continue;
      const unit = UNIT_NAMES[g.unit!] ?? g.unit!;
      const qualifier = g.pre ?? g.mid ?? g.post ?? null;
      const indicator = indicatorFor(paragraph, start, start + m[0].length, unit, previous);
      if (indicator) previous = indicator;
      figures.push({ text: m[0], value, unit, qualifier, indicator, paragraph: index });
    }
  });
  return figures;
}

/** The noun phrase a figure measures: what follows 的 ("4000亿元的“专精特新贷”"), else the clause before it. */
export function indicatorFor(paragraph: string, start: number, end: number, unit: string, previous: string | null): string | null {
  const rest = paragraph.slice(end, end + 24);
  // A quoted name that is the whole noun ("4000亿元的“专精特新贷”", but not "4200家“小巨人”企业").
  const quotedAfter = /^的?[“"]([^”"]{2,12})[”"](?![\p{Script=Han}])/u.exec(rest);
  if (quotedAfter) return quotedAfter[1]!;

  const clauses = clausesBefore(paragraph, start);
  const clause = (clauses.pop() ?? '').trim();
  const { phrase, growth, endedOnVerb } = nounBefore(clause);
  const nounAfter = NOUN_AFTER.exec(rest)?.[1]?.replace(/[“”"]/g, '') ?? null;

  let indicator: string | null = phrase;
  // "遴选500家企业", "集聚1000家专业服务机构": the counted thing follows the number.
  if (endedOnVerb || (!phrase && !growth && nounAfter && COUNT_UNITS.has(unit))) indicator = nounAfter;
  else if (unit === 'percent' && nounAfter && /^[\p{Script=Han}]/u.test(rest)) indicator = `${phrase ?? ''}${nounAfter}`;
  else if (!phrase && growth && previous) indicator = `${previous}${growth}`;
  // "数量翻一番,达到2万家": the noun is in the clause before.
  else if (!phrase) indicator = nounBefore(clauses.pop()?.trim() ?? '').phrase;
  else if (growth && unit === 'percent') indicator = `${phrase}${growth}`;
  if (!indicator) return null;
  if (COUNT_UNITS.has(unit) && !/(数|数量|总数|规模|人次)$/.test(indicator) && COUNTED_NOUN.test(indicator)) indicator = `${indicator}数量`;
  return [...indicator].length > 24 ? [...indicator].slice(-24).join('') : indicator;
}

const CLAUSE_BREAK = /[，。；！？：,;:!?、\n]/;
/** How far back a figure's clause is looked for: far beyond any indicator, and a bound per figure. */
const CLAUSE_REACH = 160;

/** The clauses before a figure, nearest last, reading no further back than CLAUSE_REACH. */
function clausesBefore(paragraph: string, start: number): string[] {
  const from = Math.max(0, start - CLAUSE_REACH);
  return paragraph.slice(from, start).split(CLAUSE_BREAK);
}

const NOUN_AFTER = /^(?:的)?([“"]?[\p{Script=Han}A-Za-z”"]{2,14}?)(?=进入|实施|参与|提供|完成|开展|享受|加大|加快|提升|承担|直接|为|在|和|与|及|等|[，。；、（(：:,;.\d]|$)/u;
const COUNTED_NOUN = /(企业|公司|机构|城市|平台|项目|园区|站点|集群|工厂|人才|学生|院校|车间)$/u;

function nounBefore(clause: string): { phrase: string | null; growth: string | null; endedOnVerb: boolean } {
  let phrase = clause.replace(INDICATOR_LEADING_NOISE, '');
  let growth: string | null = null;
  for (let guard = 0; guard < 4; guard++) {
    const trailing = INDICATOR_TRAILING_WORDS.exec(phrase);
    if (!trailing || trailing[0] === '') break;
    if (GROWTH_VERB.test(trailing[0])) growth = trailing[0].replace(/^(已经|已|更是|均|共|分别)/, '');
    phrase = phrase.slice(0, trailing.index);
  }
  // "全省已累计培育某类企业": what follows the last verb is the thing counted.
  const verb = [...phrase.matchAll(INDICATOR_VERBS)].pop();
  const endedOnVerb = !!verb && verb.index! + verb[0].length === phrase.length;
  if (verb && !endedOnVerb) phrase = phrase.slice(verb.index! + verb[0].length);
  phrase = phrase.replace(/[“”"'‘’「」]/g, '').replace(/^(的|了|和|及|与)/, '').trim();
  if (endedOnVerb) phrase = '';
  return { phrase: phrase || null, growth, endedOnVerb };
}
