import { describe, expect, it } from 'vitest';
import { countBy, formatFigure, industryTopicMatrix } from '../../../src/app/model/aggregate';
import { buildTimeline, periodOf } from '../../../src/app/model/timeline';
import { seedMeta } from '../../helpers/seed-corpus';

const onTopic = seedMeta().filter((a) => a.onTopic);
const nonEmpty = (t: ReturnType<typeof buildTimeline>) => t.buckets.filter((b) => b.total > 0).map((b) => [b.key, b.total]);

describe('timeline', () => {
  it('places articles by month and keeps year-only articles apart', () => {
    const t = buildTimeline(onTopic, 'month', 'industry');
    expect(nonEmpty(t)).toEqual([['2025-02', 1], ['2025-04', 1], ['2025-11', 4], ['2026-02', 7], ['2026-03', 2]]);
    expect(t.buckets).toHaveLength(14); // Feb 2025 … Mar 2026, empty months included
    expect(t.coarse).toEqual([{ key: '2025', precision: 'year', count: 4 }, { key: '2026', precision: 'year', count: 6 }]);
    expect(t.buckets.reduce((n, b) => n + b.total, 0) + t.coarse.reduce((n, c) => n + c.count, 0)).toBe(25);
  });

  it('stacks general SRDI articles as their own cross-industry band, not as one anecdote’s industry', () => {
    const t = buildTimeline(onTopic, 'month', 'industry');
    expect(t.stackKeys.slice(-1)).toEqual(['cross-industry']);
    const feb = t.buckets.find((b) => b.key === '2025-02')!;
    expect([...feb.stacks.entries()]).toEqual([['cross-industry', 1]]);
    expect(t.stackKeys).not.toContain('none');
  });

  it('by week, only day-precise articles are placed; month-only ones are counted apart', () => {
    const t = buildTimeline(onTopic, 'week', 'industry');
    expect(nonEmpty(t)).toEqual([
      ['2025-W09', 1], ['2025-W15', 1], ['2025-W46', 1], ['2025-W47', 1], ['2026-W06', 1], ['2026-W07', 1], ['2026-W09', 3], ['2026-W10', 1],
    ]);
    expect(t.coarse.filter((c) => c.precision === 'month')).toEqual([
      { key: '2025-11', precision: 'month', count: 2 }, { key: '2026-02', precision: 'month', count: 2 }, { key: '2026-03', precision: 'month', count: 1 },
    ]);
  });

  it('by quarter and year', () => {
    expect(nonEmpty(buildTimeline(onTopic, 'quarter', 'topic'))).toEqual([['2025-Q1', 1], ['2025-Q2', 1], ['2025-Q3', 0], ['2025-Q4', 4], ['2026-Q1', 9]].filter(([, n]) => n));
    const years = buildTimeline(onTopic, 'year', 'topic');
    expect(nonEmpty(years)).toEqual([['2025', 10], ['2026', 15]]);
    expect(years.coarse).toEqual([]);
  });

  it('stacks each article once, under its main industry', () => {
    const nov = buildTimeline(onTopic, 'month', 'industry').buckets.find((b) => b.key === '2025-11')!;
    // Two general SRDI articles (no single industry) and two about one industry each.
    expect(Object.fromEntries(nov.stacks)).toEqual({ 'cross-industry': 2, chips: 1, 'humanoid-robots': 1 });
    const feb = buildTimeline(onTopic, 'month', 'industry').buckets.find((b) => b.key === '2026-02')!;
    expect([...feb.stacks.values()].reduce((a, b) => a + b, 0)).toBe(feb.total);
    expect(feb.stacks.get('cross-industry')).toBe(4);
  });

  it('computes period bounds', () => {
    expect(periodOf('2025-11-18', 'week')).toEqual({ key: '2025-W47', from: '2025-11-17', to: '2025-11-23' });
    expect(periodOf('2026-01-01', 'week')).toEqual({ key: '2026-W01', from: '2025-12-29', to: '2026-01-04' });
    expect(periodOf('2025-11', 'quarter')).toEqual({ key: '2025-Q4', from: '2025-10-01', to: '2025-12-31' });
    expect(periodOf('2024-02', 'month')).toEqual({ key: '2024-02', from: '2024-02-01', to: '2024-02-29' });
  });
});

describe('chart counts', () => {
  it('counts provinces, once per article', () => {
    expect(countBy(onTopic, (a) => a.regions).slice(0, 4)).toEqual([
      { key: '北京', count: 5 }, { key: '天津', count: 3 }, { key: '河北', count: 3 }, { key: '湖南', count: 3 },
    ]);
  });

  it('builds the industry × topic matrix', () => {
    const m = industryTopicMatrix(onTopic);
    expect(m.rows).toHaveLength(8);
    expect(m.cols).toHaveLength(15);
    const cell = (i: string, t: string) => m.cells[m.rows.indexOf(i)]![m.cols.indexOf(t)];
    expect(cell('agriculture-food', 'rural-revitalisation')).toBe(2);
    expect(cell('ai', 'ai-applications')).toBe(2);
    expect(cell('low-altitude-economy', 'regional-plans')).toBe(1);
    expect(m.max).toBe(2);
  });

  it('formats figures as a Chinese reader writes them', () => {
    expect(formatFigure(17600, '家', '超')).toBe('超1.76万家');
    expect(formatFigure(6.57e12, '元')).toBe('6.57万亿元');
    expect(formatFigure(4e11, '元')).toBe('4000亿元');
    expect(formatFigure(4200, '家', '多')).toBe('4200多家');
    expect(formatFigure(13, 'percent')).toBe('13%');
    expect(formatFigure(2.8, 'percentage points')).toBe('2.8个百分点');
  });
});
