// Words and units of Chinese economic figures, as data for the figures stage.

export const MAGNITUDES: Readonly<Record<string, number>> = {
  万亿: 1e12, 千亿: 1e11, 百亿: 1e10, 亿: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4, 千: 1e3,
};

/** Normalised unit names; units not listed keep their Chinese name (家, 台, 套…). */
export const UNIT_NAMES: Readonly<Record<string, string>> = {
  '%': 'percent', '％': 'percent', 个百分点: 'percentage points', 百分点: 'percentage points',
};

/** Units that count things: their indicator reads as a quantity (企业数量). */
export const COUNT_UNITS: ReadonlySet<string> = new Set(['家', '个', '项', '人', '名', '所', '户', '座', '场', '款', '批', '种', '条']);

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
  `(?<![A-Za-z0-9.\\-])(?<pre>超过|超|近|约|逾|不足|不到|至少|最高|最多)?(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)` +
    `(?<mag>万亿|千亿|百亿|亿|千万|百万|万|千)?(?<mid>余|多)?(?<unit>${UNITS.join('|')})(?<post>以上|左右)?`,
  'gu',
);

/** Time and linking words that open a clause but are not part of what is measured. */
export const INDICATOR_LEADING_NOISE =
  /^(截至目前|截至[^，]{0,8}?[末底]|目前|今年以来|今年|去年|近年来|近一个月|此前|此外|其中|同时|另外|\d{4}年(?:前三季度|上半年|全年|底|末)?|[“"]?十[四五六]五[”"]?(?:期间|时期)?)/u;

/** Verbs and adverbs between an indicator and its number (产量达, 更是突破, 同比增长). */
export const INDICATOR_TRAILING_WORDS =
  /(?:已经|已|更是|均|共|累计|预计|将|有望|力争|分别|总规模|规模)?(?:同比增长|同比下降|增长|下降|增加|减少|提高|提升|降低|达到|达|超过|突破|增至|降至|低至|高达|多达|为|是|有|拥有|占|实现|完成|贡献了|贡献|翻一番|翻番|至|到|约|近|超|逾)了?$/u;

export const GROWTH_VERB = /(增长|下降|增加|减少|提高|提升|降低)$/u;

/** Verbs of doing: what follows the last one in a clause is the thing counted. */
export const INDICATOR_VERBS = /(培育|支持|设立|形成|新增|集聚|聚集|打造|建成|推动|吸引|组成|转化|孵化|发布|征集|举办|开展|认定|遴选|入选|取得|研制出|研制|引进|签约|落地|覆盖|涵盖|涉及|整合|包括|占据|构建|举行了|举行|成立|给予|提供|遴选)/gu;
