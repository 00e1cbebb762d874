// What a key figure measures, read from the words around it: a complete noun phrase with
// its scope (中央财政支持的“小巨人”企业数量), or null when the words do not give a sound one.
// A wrong label on a slide is worse than none, so every reading ends in a soundness check.
import {
  COUNT_SUFFIX, COUNT_UNITS, GROWTH_VERB, INDICATOR_ADVERBS, INDICATOR_LEADING_NOISE, INDICATOR_LENGTH, INDICATOR_TRAILING_WORDS,
  INDICATOR_VERBS, UNSOUND_END, UNSOUND_START,
} from '../knowledge/figure-words';

export interface IndicatorContext {
  /** The clause before the figure (for a figure in a run, the head the run shares). */
  head: string;
  /** The clause before that, for figures whose own clause names no noun (数量翻一番,达到2万家). */
  earlierClause: string;
  /** Up to 24 characters after the figure. */
  rest: string;
  /** The normalised unit (家, 元, percent…). */
  unit: string;
  /** The noun the sentence opens with, for clauses without their own (…，贡献了9.6%的营业收入). */
  subject: string | null;
  /** The indicator of the figure before in the same paragraph (…，同比增长2.43倍). */
  previous: string | null;
}

export interface IndicatorReading {
  indicator: string | null;
  /** A change: the words say it grew or fell by the figure. */
  growth: boolean;
  /** A share of a whole: 占…%, …%的营业收入. */
  share: boolean;
}

const HAN = '\\p{Script=Han}';
const QUOTED_NAME_AFTER = new RegExp(`^的?[“"]([^”"]{2,12})[”"](?![${HAN}])`, 'u');
const NOUN_AFTER = /^(?:的)?([“"]?[\p{Script=Han}A-Za-z”"]{2,18}?)(?=进入|实施|参与|提供|完成|开展|享受|加大|加快|提升|承担|申请|直接|落地|集聚|分别|均|各|为|在|和|与|及|等|的|[，。；、（(：:,;.\d]|$)/u;
const COUNTED_NOUN = /(企业|公司|机构|城市|平台|项目|园区|站点|集群|工厂|人才|学生|院校|车间|联合体|总部|活动|场景|措施|方面|成果)/gu;
const SHARE_OF_NOUN_AFTER = new RegExp(`^的([${HAN}]{2,8}?)(?=[，。；、和及与,;]|$)`, 'u');
const SHARE_NOUN_AFTER = /^的?(市场份额|市场占有率|份额|占有率)/u;
/** 提升了20%工业质检合格率: the rate changed follows the number. */
const RATE_AFTER = /^([\p{Script=Han}]{2,10}?(?:率|效率|效能))(?=[，。；、,;]|$)/u;
/** A measure word alone (数量已经超过了…) names nothing. */
const BARE_MEASURE = /^(?:数量|规模|总数|总量|总额|金额)$/u;
const MEASURE_END = /(?:总规模|规模|总投资|总额)$/u;
const CONTRIBUTION_VERB = /(贡献了|贡献|创造了|创造|实现了|带动了|带动)/u;
const EXISTENTIAL = /^(?:有|共有|拥有|还有)$/u;
/** 全市共有41家企业: what the place has is the count (全市企业数量). */
const HAS_END = /(?:共有|现有|拥有|还有|有)$/u;
const PREPOSITION_END = /(?:为|对|向|给|与|同|和|在|从|把)$/u;

export function readIndicator(ctx: IndicatorContext): IndicatorReading {
  const quoted = QUOTED_NAME_AFTER.exec(ctx.rest);
  if (quoted) return { indicator: sound(quoted[1]!), growth: false, share: false };
  const head = stripNoise(ctx.head);
  const reading = ctx.unit === 'percent' ? readShare(head, ctx) : null;
  if (reading) return { ...reading, indicator: sound(reading.indicator) };
  const counted = COUNT_UNITS.has(ctx.unit) ? readCountedAfter(head, ctx) : undefined;
  if (counted !== undefined) return { indicator: sound(counted), growth: false, share: false };
  const before = readNounBefore(head, ctx);
  return { ...before, indicator: sound(before.indicator) };
}

/** 占…的N%: a share of a whole; N%的营业收入: the share of something a subject contributed. */
function readShare(head: string, ctx: IndicatorContext): IndicatorReading | null {
  const shareNoun = SHARE_NOUN_AFTER.exec(ctx.rest);
  if (shareNoun) {
    const holder = head.replace(/^.*?(?:占据|占有|拥有|获得|达到|达)/u, '');
    return { indicator: `${holder}${shareNoun[1]}`, growth: false, share: true };
  }
  const share = head.lastIndexOf('占');
  if (share >= 0 && !/^[比据有]/u.test(head.slice(share + 1))) {
    const whole = head.slice(share + 1).trim().replace(/(比重|比例|份额).*$/u, '');
    if (whole) {
      const owner = head.slice(0, share).replace(/(?:以|的|所|分别|均|共)+$/u, '').trim() || ctx.subject || '';
      const counted = SHARE_OF_NOUN_AFTER.exec(ctx.rest)?.[1] ?? '';
      return { indicator: `${owner}${counted}占${whole.replace(/的$/u, '')}的比重`, growth: false, share: true };
    }
  }
  const of = SHARE_OF_NOUN_AFTER.exec(ctx.rest);
  const verb = CONTRIBUTION_VERB.exec(head);
  if (of && (verb || head === '')) {
    const owner = (verb ? head.slice(0, verb.index) : '').trim() || ctx.subject || '';
    const scope = verb ? head.slice(verb.index + verb[0].length).trim() : '';
    return { indicator: `${owner}${of[1]}${scope ? `占${scope}比重` : '占比'}`, growth: false, share: true };
  }
  return null;
}

/**
 * "中央财政支持4200多家“小巨人”企业", "有3000多家企业承担过国家重大科技项目": the thing
 * counted follows the number; the verb before it (or the verb phrase after it) is its scope.
 * Returns undefined when this reading does not apply, null when it applies but is unsound.
 */
function readCountedAfter(head: string, ctx: IndicatorContext): string | null | undefined {
  const core = head.replace(INDICATOR_ADVERBS, '').replace(/(?:超过|超|近|约|逾)$/u, '').replace(/了$/u, '');
  const holder = HAS_END.test(core) && !EXISTENTIAL.test(core) ? core.replace(HAS_END, '') : null;
  if (holder) {
    const noun = NOUN_AFTER.exec(ctx.rest)?.[1];
    return noun ? `${holder}${countedNoun(noun, ctx.unit)}${COUNT_SUFFIX[ctx.unit] ?? '数量'}` : undefined;
  }
  const endsOnVerb = endsWithVerb(core);
  if (!(core === '' || endsOnVerb || core.endsWith('的') || EXISTENTIAL.test(core) || PREPOSITION_END.test(core))) return undefined;
  const match = NOUN_AFTER.exec(ctx.rest);
  if (!match) return undefined;
  if (PREPOSITION_END.test(core)) return null;
  const noun = countedNoun(match[1]!, ctx.unit);
  const suffix = COUNT_SUFFIX[ctx.unit] ?? '数量';
  const after = ctx.rest.slice(match[0].length);
  const verbPhrase = /^[\p{Script=Han}“”"A-Za-z]+/u.exec(after)?.[0] ?? '';
  const phraseFits = verbPhrase.length >= 2 && verbPhrase.length <= INDICATOR_LENGTH.verbPhrase && !/[，。；,;]/u.test(verbPhrase);
  const restOfClause = /^[^，。；,;、]*/u.exec(after)?.[0] ?? '';
  if (core.endsWith('的')) return `${core}${noun}${suffix}`;
  const verbOnly = EXISTENTIAL.test(core) || (endsOnVerb && verbAt(core)?.index === 0);
  if (core === '' || verbOnly) {
    if (verbPhrase && restOfClause.length > verbPhrase.length) return null;
    if (phraseFits) return `${verbPhrase}的${noun}${suffix}`;
    if (verbPhrase.length > INDICATOR_LENGTH.verbPhrase) return null;
    return EXISTENTIAL.test(core) || core === '' ? `${noun}${suffix}` : `${core}的${noun}${suffix}`;
  }
  return `${core}的${noun}${suffix}`;
}

/** "企业负责人" counted in 家 are firms, "快递员齐聚" in 名 are people: the noun ends at the last such word. */
function countedNoun(noun: string, unit: string): string {
  const ends = unit === '家' || unit === '户' ? COUNTED_NOUN : unit === '名' || unit === '人' ? PERSON_NOUN : null;
  const last = ends ? [...noun.matchAll(ends)].pop() : undefined;
  return last ? noun.slice(0, last.index! + last[0].length) : noun;
}

const PERSON_NOUN = /(人才|人员|员|者|师|手|生|工|干部|专家)/gu;

/** "产量达", "已超过了", "同比增长": the noun phrase before the number. */
function readNounBefore(head: string, ctx: IndicatorContext): IndicatorReading {
  const trimmed = trimTrailing(head);
  const { growth } = trimmed;
  let { phrase } = trimmed;
  if (!phrase && growth && ctx.previous) return { indicator: `${ctx.previous}${growth}`, growth: true, share: false };
  // 数量翻一番,达到2万家: the noun is in the clause before; not for a number that opens its clause.
  if (!phrase && !growth && head !== '') phrase = trimTrailing(stripNoise(lastClause(ctx.earlierClause))).phrase;
  if (!phrase || BARE_MEASURE.test(phrase)) return { indicator: null, growth: growth !== null, share: false };
  phrase = phrase.replace(INDICATOR_ADVERBS, '').replace(/^(?:实现了|实现|完成了|完成)/u, '');
  if (COUNT_UNITS.has(ctx.unit)) phrase = verbObjectAsCount(phrase, ctx.unit);
  const measured = MEASURE_END.exec(phrase);
  const owner = measured ? SHARE_OF_NOUN_AFTER.exec(ctx.rest)?.[1] : undefined;
  // 形成规模1000亿元的基金群: the measure belongs to what follows.
  if (measured && owner) phrase = `${owner}${measured[0]}`;
  const rate = growth && ctx.unit === 'percent' ? RATE_AFTER.exec(ctx.rest)?.[1] : undefined;
  if (rate) phrase = `${phrase}${rate}`;
  if (growth) phrase = `${phrase}${growth}`;
  return { indicator: phrase, growth: growth !== null, share: /占比|比重|份额|比例/u.test(phrase) };
}

/** "央企在雄安新区设立各类机构" counted → "央企在雄安新区设立的各类机构数量". */
function verbObjectAsCount(phrase: string, unit: string): string {
  const verb = [...phrase.matchAll(INDICATOR_VERBS)].pop();
  let out = phrase;
  if (verb && verb.index! > 0 && verb.index! + verb[0].length < phrase.length && !phrase.includes('的', verb.index!)) {
    const at = verb.index! + verb[0].length;
    out = `${phrase.slice(0, at)}的${phrase.slice(at)}`;
  } else if (verb && verb.index === 0 && verb[0].length < phrase.length && !phrase.startsWith('的', verb[0].length)) {
    out = `${verb[0]}的${phrase.slice(verb[0].length)}`;
  }
  if (/(数|数量|总数|规模|人次|次数)$/u.test(out)) return out;
  return [...out.matchAll(COUNTED_NOUN)].some((m) => m.index! + m[0].length === out.length) ? `${out}${COUNT_SUFFIX[unit] ?? '数量'}` : out;
}

function trimTrailing(clause: string): { phrase: string; growth: string | null } {
  let phrase = clause;
  let growth: string | null = null;
  for (let guard = 0; guard < 4; guard++) {
    const trailing = INDICATOR_TRAILING_WORDS.exec(phrase);
    if (!trailing || trailing[0] === '') break;
    const word = trailing[0].replace(/了$/u, '');
    if (GROWTH_VERB.test(word)) growth ??= word.replace(/^(已经|已|更是|均|共|分别|预计|将|会|有望|力争)/u, '');
    phrase = phrase.slice(0, trailing.index);
  }
  return { phrase: phrase.replace(/^(?:的|了|和|及|与)/u, '').trim(), growth };
}

function stripNoise(clause: string): string {
  let out = clause.trim();
  for (let guard = 0; guard < 4; guard++) {
    const next = out.replace(INDICATOR_LEADING_NOISE, '').trim();
    if (next === out) break;
    out = next;
  }
  return out;
}

function lastClause(text: string): string {
  return text.split(/[，。；！？：,;:!?、\n]/u).pop() ?? '';
}

function verbAt(text: string): RegExpMatchArray | undefined {
  return [...text.matchAll(INDICATOR_VERBS)].pop();
}

function endsWithVerb(text: string): boolean {
  const verb = verbAt(text);
  return !!verb && verb.index! + verb[0].length === text.length;
}

/** A complete noun phrase or nothing: no digits, no cut ends, balanced quotes, a sane length. */
export function sound(indicator: string | null): string | null {
  if (indicator === null) return null;
  let text = indicator.trim().replace(/^”+|“+$/gu, '');
  if ((text.match(/"/gu) ?? []).length % 2 !== 0) text = text.replace(/^"|"$/gu, '');
  text = text.replace(/[（(【[]+$/u, '');
  if ((text.match(/[（(]/gu) ?? []).length !== (text.match(/[）)]/gu) ?? []).length) return null;
  const length = [...text].length;
  if (length < INDICATOR_LENGTH.min || length > INDICATOR_LENGTH.max) return null;
  if (/[0-9０-９%％]/u.test(text) || !/\p{Script=Han}/u.test(text)) return null;
  if (UNSOUND_START.test(text) || UNSOUND_END.test(text)) return null;
  if (endsWithVerb(text)) return null;
  const opens = (text.match(/“/gu) ?? []).length;
  const closes = (text.match(/”/gu) ?? []).length;
  const straight = (text.match(/"/gu) ?? []).length;
  if (opens !== closes || straight % 2 !== 0) return null;
  return text;
}
