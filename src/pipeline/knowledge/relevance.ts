// How tags and relevance are scored, kept as data so the thresholds are reviewable.

/** A headline mention decides on its own; a term in a list of examples counts little. */
/**
 * When an industry is what an article is about, not an anecdote in it: named in the
 * headline or the lead, or covered again and again — in at least two separate stretches
 * of paragraphs and in a good share of them. One firm's story in an article about SME
 * policy is one stretch, however many paragraphs it takes.
 */
export const INDUSTRY_SUBJECT = {
  /** The lead: paragraphs from the start until this many characters. */
  leadChars: 150,
  /** Non-adjacent runs of paragraphs that name the industry … */
  stretches: 2,
  /** … and the share of the article's paragraphs that name it. */
  shareOfParagraphs: 0.3,
} as const;

export const TAG_WEIGHTS = {
  title: 3,
  mention: 1,
  inList: 0.75,
  industryThreshold: 2.5,
  /** A topic needs this score, and at least topicShareOfBest of the article's strongest topic. */
  topicThreshold: 3,
  topicShareOfBest: 0.1,
} as const;

/**
 * Words of industrial and technology policy. An article with no industry is on topic
 * when these add up to the threshold: a social-work notice, a visa story or a housing
 * rule does not, however often it says 企业 or 政策.
 */
export const RELEVANCE_TERMS: readonly { term: string; weight: number }[] = [
  { term: '专精特新', weight: 3 }, { term: '小巨人', weight: 3 }, { term: '中小企业', weight: 2 }, { term: '新质生产力', weight: 2 },
  { term: '新型工业化', weight: 2 }, { term: '工业和信息化', weight: 2 }, { term: '工信', weight: 2 }, { term: '制造业', weight: 2 },
  { term: '产业链', weight: 2 }, { term: '产业', weight: 1 }, { term: '工业', weight: 1 }, { term: '制造', weight: 1 },
  { term: '科技', weight: 1 }, { term: '创新', weight: 1 }, { term: '企业', weight: 0.5 }, { term: '投资', weight: 0.5 },
  { term: '项目', weight: 0.5 }, { term: '经济', weight: 0.5 }, { term: '招商', weight: 1 }, { term: '营商环境', weight: 1 },
  { term: '高质量发展', weight: 1 }, { term: '工业经济', weight: 2 }, { term: '央企', weight: 1 }, { term: '开工', weight: 0.5 },
  { term: '十五五', weight: 1 }, { term: '规划', weight: 0.5 }, { term: '示范区', weight: 0.5 }, { term: '自贸', weight: 1 },
];

/** On topic when the policy words add up to this much, or this much per 100 characters (briefs are short). */
export const RELEVANCE_THRESHOLD = { total: 5, per100Chars: 1 } as const;
