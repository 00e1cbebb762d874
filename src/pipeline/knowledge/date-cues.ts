// Calendar knowledge and phrasing cues for dating news, kept as data so they can be
// reviewed and extended without touching the dating logic.

/** Recurring events held in a fixed month. A mention of the event as current dates a story to that month. */
export interface RecurringEvent {
  pattern: RegExp;
  month: number;
  note: string;
}

export const RECURRING_EVENTS: readonly RecurringEvent[] = [
  { pattern: /全国两会|十[二三四五六七八九]?届全国人大[一二三四五六七八九十]+次会议/, month: 3, note: 'the National Two Sessions open in March' },
  { pattern: /(?:今年的?|国务院)政府工作报告/, month: 3, note: "the State Council's work report is delivered in March" },
  { pattern: /中央一号文件/, month: 2, note: 'the No. 1 Central Document is issued in February' },
  { pattern: /新春第一会|节后第一会/, month: 2, note: "'first meeting of the new spring' follows the Spring Festival holiday" },
  { pattern: /中央经济工作会议/, month: 12, note: 'the Central Economic Work Conference is held in December' },
  { pattern: /世界人工智能大会/, month: 7, note: 'the World AI Conference is held in July' },
  { pattern: /世界互联网大会/, month: 11, note: 'the World Internet Conference summit is held in November' },
  { pattern: /中国国际进口博览会|进博会/, month: 11, note: 'the China International Import Expo is held in November' },
  { pattern: /中国国际服务贸易交易会|服贸会/, month: 9, note: 'the services trade fair is held in September' },
];

/** Words that put a recurring event in the past, so it does not date the story. */
export const PAST_EVENT_PREFIX = /(去年|上届|前年|此前|往届|历届)[的]?$/;

/** China's five-year plans: 开局 (first year) of a plan names the current year. */
export const FIVE_YEAR_PLANS: Readonly<Record<string, number>> = {
  十一五: 2006, 十二五: 2011, 十三五: 2016, 十四五: 2021, 十五五: 2026, 十六五: 2031,
};

/**
 * Phrases that reveal which year a story treats as current. `offset` turns the
 * year named into the current year (a full-year statistic for 2024 is reported in 2025).
 * `weight` ranks cues when they disagree.
 */
export interface YearCue {
  pattern: RegExp;
  offset: number;
  weight: number;
  note: string;
}

export const YEAR_CUES: readonly YearCue[] = [
  { pattern: /((?:19|20)\d{2})年(?:前三季度|上半年|前\S{1,2}个?季度|[一二三]季度|前[一二两三四五六七八九十]{1,2}个月|1[-—至~]\d{1,2}月)/g, offset: 0, weight: 3, note: 'a part-year figure for the current year' },
  { pattern: /((?:19|20)\d{2})年?(?:中国|全国|第\S{1,3}届)?[\p{Script=Han}“”"]{2,24}?(?:大会|论坛|峰会|博览会|年会|展览会|交易会|发布会|推进会)\S{0,16}?(?:召开|举行|举办|开幕|启幕|在)/gu, offset: 0, weight: 3, note: 'an event named with its year' },
  { pattern: /(?<![\d年])((?:19|20)\d{2})(?!年)(?:中国|全国|第\S{1,3}届)?[\p{Script=Han}()（）]{2,20}?(?:大会|论坛年会|论坛|峰会|博览会|年会|展览会|交易会|运动会)/gu, offset: 0, weight: 2, note: 'an event named with its year, as its title' },
  { pattern: /((?:19|20)\d{2})年(?:全国|地方|省|市)?两会/g, offset: 0, weight: 3, note: 'the Two Sessions of that year' },
  { pattern: /(?:最新|有关|相关)?数据显示[，,]?\s*((?:19|20)\d{2})年/g, offset: 1, weight: 2, note: 'the latest data are for the year just past' },
  { pattern: /((?:19|20)\d{2})年全年/g, offset: 1, weight: 1, note: 'a full-year figure for the year just past' },
  { pattern: /((?:19|20)\d{2})年(?:我省|我市|我区|全省|全市|我国)?(?:将|新增|要|计划|力争)/g, offset: 0, weight: 2, note: "this year's plan" },
  { pattern: /《[^》]{0,30}?((?:19|20)\d{2})年[^》]{0,20}?(?:工作|要点|清单|计划)[^》]*》/g, offset: 0, weight: 2, note: "this year's work plan" },
  { pattern: /((?:19|20)\d{2})年至(?:19|20)\d{2}年/g, offset: 0, weight: 1, note: 'a plan period starting this year' },
  { pattern: /[（(]((?:19|20)\d{2})\s*[—–\-－~至]\s*(?:19|20)\d{2}[)）]/g, offset: 0, weight: 1, note: 'a plan period starting this year' },
  { pattern: /((?:19|20)\d{2})年\d{1,2}月\d{1,2}日/g, offset: 0, weight: 1, note: 'a full date in the text' },
];

/** Verbs of the event a lead reports: the date next to them is when the news happened. */
export const EVENT_VERBS = /(召开|举行|举办|发布|印发|出台|公布|开幕|闭幕|揭牌|投产|上线|签约|启动|开工|落幕|宣布|表示|获悉|走访|调研|出手|投下|施行|开展)/;

/** A page stamp this many days after its wire dateline is the page's own publication date, not a repost. */
export const PUBLICATION_LAG_DAYS = 3;

/** How far apart (days) a page's time stamp and its lead's event may be before the stamp counts as a later repost. */
export const REPOST_GAP_DAYS = 30;
