import { describe, expect, it } from 'vitest';
import type { CleanItem } from '../../../src/pipeline/stages/clean';
import { dateItems, leadEventDate, yearFromCues } from '../../../src/pipeline/stages/date';
import { silentLogger } from '../../../src/pipeline/logger';

const item = (paragraphs: string[], extra: Partial<CleanItem> = {}): CleanItem => ({
  kind: 'article', title: null, byline: null, meta: null, closingStamp: null, signoff: null, sourceOutlet: null, layout: 'page', wrapWidth: null,
  lineStart: 1, lineEnd: 1,
  paragraphs: paragraphs.map((text, i) => ({ text, lineStart: i + 1, lineEnd: i + 1 })), ...extra,
});
const dateOf = (...items: CleanItem[]) => dateItems(items, silentLogger).map((d) => [d.date, d.datePrecision]);

describe('yearFromCues', () => {
  it.each([
    ['2025年前三季度，中国工业机器人产量达59.5万台', 2025],
    ['最新数据显示，2024年规上工业中小企业增加值同比增长6.9%', 2025],
    ['2025专精特新中小企业发展大会11月12日在重庆举行', 2025],
    ['随着2026年全国两会的召开', 2026],
    ['2026年是“十五五”规划的开局之年', 2026],
    ['为“十五五”良好开局蓄势赋能', 2026],
    ['《全省电子信息产业2025年重点工作清单》', 2025],
  ])('%s → %i', (text, year) => {
    expect(yearFromCues(text)?.value).toBe(year);
  });

  it('ignores plan targets and bare years', () => {
    expect(yearFromCues('计划到2027年推动4万家中小企业完成数字化改造')).toBeNull();
  });
});

describe('leadEventDate', () => {
  it('takes the date an event verb attaches to', () => {
    expect(leadEventDate('2月25日，上海市住房城乡建设管理委等五部门联合印发通知')).toMatchObject({ month: 2, day: 25 });
    expect(leadEventDate('美国国际教育协会17日发布的一份报告说')).toMatchObject({ month: null, day: 17 });
  });
  it('skips period boundaries', () => {
    expect(leadEventDate('截至9月30日，贷款余额超6.57万亿元')).toBeNull();
  });
});

describe('dateItems', () => {
  it('uses a full dateline as is', () => {
    expect(dateOf(item(['人民网2025年1月2日电 近日，某地召开会议。']))).toEqual([['2025-01-02', 'day']]);
  });

  it('keeps a month-day dateline undated when no year can be found', () => {
    const [d] = dateItems([item(['新华社北京3月5日电 记者从有关部门获悉。'])], silentLogger);
    expect([d!.date, d!.datePrecision]).toEqual([null, null]);
    expect(d!.dateEvidence).toBe('3月5日 found but no year');
  });

  it("borrows a missing year from the page's other items", () => {
    expect(dateOf(item(['中新网11月18日电 某地发布新政。']), item(['2025年前三季度，产量达59.5万台。']))).toEqual([
      ['2025-11-18', 'day'],
      ['2025-11', 'month'],
    ]);
  });

  it('borrows a month only when the neighbours agree on it', () => {
    const a = item(['中新网11月18日电 甲。']);
    const b = item(['中新网10月3日电 乙。']);
    const c = item(['2025年前三季度，产量增长。']);
    expect(dateOf(a, b, c).at(-1)).toEqual(['2025', 'year']);
  });

  it('prefers a lead event over a much later page time stamp', () => {
    const repost = item(['2025专精特新中小企业发展大会11月12日在重庆举行。'], { meta: { line: 2, outlet: null, timestamp: '2026-01-29 18:20:40' } });
    const fresh = item(['4月9日，某部门召开会议。'], { meta: { line: 2, outlet: null, timestamp: '2025-04-10 08:00' } });
    expect(dateOf(repost)).toEqual([['2025-11-12', 'day']]);
    expect(dateOf(fresh)).toEqual([['2025-04-10', 'day']]);
  });

  it('ignores a recurring event named as past', () => {
    expect(dateOf(item(['去年全国两会期间，代表们提出建议。2025年上半年，企业营收增长。']))).toEqual([['2025', 'year']]);
  });

  it('never produces an impossible day', () => {
    expect(dateOf(item(['中新网2月30日电 某地发布。']), item(['2025年上半年，某地发布。']))[0]).toEqual(['2025-02', 'month']);
  });
});
