// Words and units of Chinese economic figures, as data for the figures stage: what a
// number counts, whether it is a level, a change, a share or a target, and which words
// around it are not part of what it measures.
import type { UnitFamily } from '../../shared/schema';

export const MAGNITUDES: Readonly<Record<string, number>> = {
  万亿: 1e12, 千亿: 1e11, 百亿: 1e10, 亿: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4, 千: 1e3,
};

/** Normalised unit names; units not listed keep their Chinese name (家, 台, 套…). */
export const UNIT_NAMES: Readonly<Record<string, string>> = {
  '%': 'percent', '％': 'percent', 个百分点: 'percentage points', 百分点: 'percentage points',
};

/** Every unit by family: a table sorts within a unit and a chart compares one unit only. */
export const UNIT_FAMILIES: Readonly<Record<string, UnitFamily>> = {
  percent: 'percent', 'percentage points': 'points', 倍: 'multiple', 元: 'money', 美元: 'money',
  ...Object.fromEntries(['家', '个', '项', '人', '名', '所', '户', '座', '场', '款', '批', '种', '条', '次', '人次', '台', '套', '辆', '架', '件', '张', '艘', '颗'].map((u) => [u, 'count'])),
  ...Object.fromEntries(['亩', '兆瓦', '千瓦', '吉瓦', '立方米', '平方米', '平方公里', '公里', '吨'].map((u) => [u, 'physical'])),
};

/** Units that count things: their indicator reads as a quantity (企业数量, 人才数量, 活动次数). */
export const COUNT_UNITS: ReadonlySet<string> = new Set(['张', '家', '个', '项', '人', '名', '所', '户', '座', '场', '款', '批', '种', '条', '次', '人次']);

/** The word that turns a counted noun into a measure: 企业 → 企业数量, 服务 → 服务次数. */
export const COUNT_SUFFIX: Readonly<Record<string, string>> = { 次: '次数', 人次: '人次' };

const UNITS = [
  '个百分点', '百分点', '%', '％', '美元', '元', '家', '台', '套', '项', '个', '人次', '人', '名', '次', '倍', '亩', '兆瓦', '千瓦', '吉瓦',
  '立方米', '平方米', '平方公里', '公里', '吨', '辆', '架', '件', '张', '所', '场', '条', '座', '款', '户', '种', '批', '艘', '颗',
];

/**
 * qualifier? number magnitude? (余|多)? unit (以上|左右|多|余)?
 * Not preceded by a Latin letter, digit or dot, so versions (2.0), model names (Emu3.5)
 * and parts of longer numbers never match.
 */
export const FIGURE_PATTERN = new RegExp(
  `(?<![A-Za-z0-9.\\-])(?<pre>超过|不少于|不低于|不超过|超|近|约|逾|不足|不到|至少|最高|最多)?(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)` +
    `(?<mag>万亿|千亿|百亿|亿|千万|百万|万|千)?(?<mid>余|多)?(?<unit>${UNITS.join('|')})(?<post>以上|左右)?`,
  'gu',
);

/** Time, linking and framing words that open a clause but are not part of what is measured. */
export const INDICATOR_LEADING_NOISE =
  /^(?:(?:截至目前|截至[^，,]{0,8}?[末底]|截至\d{4}年\d{1,2}月|目前|当前|今年以来|今年|去年|近年来|近一个月|此前|此外|其中|同时|另外|据统计|数据显示|得益于|加之|而且|并且|包括|计划|预计|力争|目标|争取|确保|到\d{4}年(?:年?[底末])?|\d{4}年(?:前三季度|上半年|全年|年?底|年?末)?|[“"]?十[四五六]五[”"]?(?:期间|时期|末)|[“"]?十[四五六]五[”"]?(?=[，,]))[，,]?)+/u;

/** Verbs and adverbs between an indicator and its number (产量达, 更是突破, 同比增长, 会超过). */
export const INDICATOR_TRAILING_WORDS =
  /(?:已经|已|更是|(?<![平户人])均|共|累计|预计|将会|将|会|有望|力争|分别|正式|同样|首次|再次|总规模|规模)?(?:提高到|提高至|提升到|提升至|增长到|增长至|增加到|增加至|上升到|上升至|下降到|下降至|降低到|降低至|减少到|减少至|同比增长|同比下降|同比增加|同比减少|将会|将|会|已经|已|分别|预计|仅为|仅|只有|可达|可|便|就|增长|下降|增加|减少|提高|提升|降低|激增|飙升至|攀升至|跃升至|突破至|达到|达|超过了|超过|突破|增至|升至|降至|低至|高达|多达|不少于|不低于|不超过|包括|提出|为|是|有|拥有|占|实现|完成|贡献了|贡献|翻一番|翻番|至|到|约|近|超|逾)了?$/u;

export const GROWTH_VERB = /(增长|下降|增加|减少|提高|提升|降低|激增)$/u;

/** Verbs of doing: a count's clause "S V O" reads as "S V 的 O 数量" (在雄安设立的机构数量). */
export const INDICATOR_VERBS = /(培育|培训|支持|设立|形成|新增|集聚|聚集|打造|建成|推动|吸引|组成|转化|孵化|发布|征集|举办|开展|认定|遴选|入选|取得|研制出|研制|引进|签约|落地|覆盖|涵盖|涉及|整合|占据|构建|举行了|举行|成立|给予|提供|带动|包括|提出|取得|考察了|考察|拥有)/gu;

/** Adverbs dropped from an indicator: they colour the verb, not what is counted. */
export const INDICATOR_ADVERBS = /(?:已经|已|再|又|还|直接|正式|首次|再次|进一步|持续|稳步|(?<![平户人])均|共)(?=累计|培育|培训|支持|设立|形成|新增|集聚|打造|建成|推动|举行|举办|开展|认定|遴选|发布|提供|包括|取得|实现|达到|达|超过|突破|$)/gu;

/** Between the two figures of "从 A 增至 B": B is the figure, A its baseline. */
export const BASELINE_BRIDGE = /^(?:增至|增长至|增长到|增加至|增加到|提升至|提升到|提高至|提高到|上升至|上升到|突破至|突破|跃升至|跃升到|扩大至|扩大到|发展到|发展至|达到|升至|降至|下降至|下降到|减少至|减少到|减至|到)$/u;
export const BASELINE_OPENER = /(?:从|由)$/u;

/** What joins the figures of one list (99.9%、84.3%和78%). */
export const LIST_JOINER = /^(?:、|和|及|以及|与|，|,)$/u;
/** What separates the items of the list the figures are matched to (单位数、从业人员、资产总计). */
export const LIST_ITEM_SPLIT = /、|和|及|与/u;

/** Words that make a goal or forecast of every figure after them in the sentence (力争全年投资增长15%,营收增长10%). */
export const TARGET_CUE = /到\d{4}年|到[“"]?十[四五六]五[”"]?末|力争|目标(?=是|为|到|[，,：:])|预计|计划|争取|确保|规划到/u;
/** Future words that make a forecast of their own clause only (资金将超过10亿元, 会超过). */
export const FORECAST_CUE = /将|会$|会超过|会达到|有望/u;
/** A clause that reports what has happened is no forecast, whatever the sentence said before. */
export const PAST_MARKER = /已经|已|累计|了/u;

/** Words that make a percent a share of a whole. */
export const SHARE_WORD = /占比|比重|份额|比例|占全|占$/u;

/** Kinds in the order their cues are tested: a goal stays a goal whatever it counts. */

/** An indicator never begins or ends with these: a cut phrase or a verb fragment. */
export const UNSOUND_START = /^(?:的|了|和|及|与|等|并|且|而|从(?!业|事)|由|向|为|对|在|将|已|会|被|把|于|以|或|占|高出|低于|高于|快于|慢于|围绕|通过|依托|按照|根据|针对|面向|涉及|这其中|其中|紧盯|聚焦|便|就|可以|可|仅|另有|另(?!外)|这些)/u;
export const UNSOUND_END = /(?:的|了|和|及|与|等|从|由|将|已|会|作|在|被|把|向|为|对|于|以|或|并|中|其|这|该|其中|显示|表示|指出|称|设|来自|等[\p{Script=Han}]?)$/u;

/** Indicators are noun phrases of a sensible length; longer ones are clauses. */
export const INDICATOR_LENGTH = { min: 2, max: 40, verbPhrase: 16 } as const;
