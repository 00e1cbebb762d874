// The pipeline writes each date's evidence in English prose from a fixed set of phrases
// (stages/date.ts, knowledge/date-cues.ts). In 中文 they are shown in Chinese: the quoted
// words «…» stay as the page wrote them, the phrases around them are translated here.
// A phrase this table does not know stays in English rather than being guessed.
import type { Lang } from './lang';

/** Longest phrases first, so a phrase is never translated in pieces. */
const PHRASES: readonly (readonly [RegExp, string])[] = [
  [/date line («[^»]*») after the text \(a signature or closing stamp\)/gu, '正文后的日期行$1（落款或结尾日期）'],
  [/(page time line «[^»]*») \(a later repost; the year of ([^)]*)\)/gu, '$1（较晚的转载；年份取自$2）'],
  [/(page time line «[^»]*»), (\d+) day\(s\) after /gu, '$1，晚于$2天：'],
  [/ is at least (\d+) days later, a repost/gu, '晚了至少$1天，是转载'],
  [/ is (\d+) days after the event its lead reports, so it is a repost date/gu, '比导语所报道的事件晚$1天，是转载日期'],
  [/page time line/gu, '页面时间行'],
  [/dateline/gu, '电头'],
  [/lead /gu, '导语'],
  [/year (\d{4}) inferred from other items on the same page/gu, '年份 $1：由同页其他条目推断'],
  [/month (\d{1,2}) inferred from other items on the same page/gu, '月份 $1：由同页其他条目推断'],
  [/year (\d{4}) inferred from the text /gu, '年份 $1：由正文推断'],
  [/year (\d{4}) from /gu, '年份 $1：来自'],
  [/month (\d{1,2}) from /gu, '月份 $1：来自'],
  [/day (\d{1,2}) from /gu, '日 $1：来自'],
  [/ found but no year/gu, '已知，但无年份'],
  [/no date in the text or on the page/gu, '正文和页面中均无日期'],
  [/first year of the (\S+) plan/gu, '$1规划的第一年'],
  [/a part-year figure for the current year/gu, '本年度的阶段性数据'],
  [/an event named with its year, as its title/gu, '标题中带年份的活动'],
  [/an event named with its year/gu, '带年份的活动名称'],
  [/the Two Sessions of that year/gu, '当年的两会'],
  [/the latest data are for the year just past/gu, '最新数据为上一年'],
  [/a full-year figure for the year just past/gu, '上一年的全年数据'],
  [/this year's work plan/gu, '本年度工作计划'],
  [/this year's plan/gu, '本年度计划'],
  [/a plan period starting this year/gu, '自本年开始的规划期'],
  [/a full date in the text/gu, '正文中的完整日期'],
  [/the National Two Sessions open in March/gu, '全国两会于三月召开'],
  [/the State Council's work report is delivered in March/gu, '政府工作报告于三月发布'],
  [/the No\. 1 Central Document is issued in February/gu, '中央一号文件于二月发布'],
  [/'first meeting of the new spring' follows the Spring Festival holiday/gu, '“新春第一会”在春节假期之后'],
  [/the Central Economic Work Conference is held in December/gu, '中央经济工作会议于十二月召开'],
  [/the World AI Conference is held in July/gu, '世界人工智能大会于七月举办'],
  [/the World Internet Conference summit is held in November/gu, '世界互联网大会于十一月举办'],
  [/the China International Import Expo is held in November/gu, '进博会于十一月举办'],
  [/the services trade fair is held in September/gu, '服贸会于九月举办'],
];

/** The evidence in the UI's language; English as the pipeline wrote it otherwise. */
export function dateEvidenceText(evidence: string, lang: Lang): string {
  if (lang !== 'zh') return evidence;
  // Quoted page text is set aside first, so no phrase is ever matched inside it.
  const quotes: string[] = [];
  let out = evidence.replace(/«[^»]*»/gu, (q) => `«${quotes.push(q) - 1}»`);
  for (const [pattern, zh] of PHRASES) out = out.replace(pattern, zh);
  out = out.replace(/(\p{Script=Han}) «/gu, '$1«').replace(/; /gu, '；').replace(/: /gu, '：');
  return out.replace(/«(\d+)»/gu, (_, k: string) => quotes[Number(k)]!);
}
