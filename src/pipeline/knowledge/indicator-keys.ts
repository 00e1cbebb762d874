// How indicators reported by different articles line up under one key: the same measure
// in other words (a quoted short name with 数量, the full name with 国家级) gets one key; the
// article's own wording is kept for display. Scope words that change what is counted
// (中央财政支持的, 上海, 新增) stay in the key, so a subset never lines up with a total.

/** Marks and spaces that never change what is counted. */
export const KEY_NOISE = /[\s“”"'‘’「」『』《》〈〉()（）·・]/gu;

/** The national scope is the default: 全国 and 我国 add nothing to a count's key. */
export const KEY_NATIONAL_PREFIX = /^(?:全国范围内|全国|我国|国家级)/u;

/** How a national total came about (累计培育的, 认定的): the same count in other words. */
export const KEY_GENERIC_VERB = /^(?:已经|已)?(?:累计)?(?:培育|认定|拥有|有)(?:出)?/u;

/** Words that only say "the number of" (企业数量 is 企业). */
export const KEY_MEASURE_SUFFIX = /(?:的数量|数量|总数|数目|的)$/u;

/** Names with one official form: the key uses it. */
export const KEY_ALIASES: readonly { pattern: RegExp; key: string }[] = [
  { pattern: /^(?:专精特新)?小巨人企业$/u, key: '专精特新小巨人企业' },
  { pattern: /^专精特新中小企业$/u, key: '专精特新中小企业' },
  { pattern: /^(?:创新型中小企业|科技型中小企业和创新型中小企业|科技和创新型中小企业)$/u, key: '科技型和创新型中小企业' },
];
