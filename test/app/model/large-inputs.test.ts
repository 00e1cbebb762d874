// Valid but large or odd inputs stay linear, capped and correct: a hundred industries and
// topics, a 240 KB paragraph full of hits, ids that are also object keys, extreme years.
import { describe, expect, it } from 'vitest';
import { combineMarks, figureRanges, MAX_MARKS } from '../../../src/app/features/reader/paragraph-marks';
import { industryTopicMatrix, MATRIX_MAX } from '../../../src/app/model/aggregate';
import { matchRanges, parseQuery } from '../../../src/shared/search/query';
import { buildTimeline, MAX_PERIODS, seriesValues } from '../../../src/app/model/timeline';
import type { ArticleMeta } from '../../../src/shared/schema';

const meta = (i: number, over: Partial<ArticleMeta>): ArticleMeta => ({
  id: `a-${i}`, kind: 'article', title: `t${i}`, byline: null, signoff: null, date: '2025-03-01', datePrecision: 'day', dateEvidence: '', outlet: null,
  source: { file: 'x.txt', lineStart: 1, lineEnd: 1 }, regions: [], cities: [], places: [], industries: [], topics: [], figures: [], documents: [], onTopic: true, lead: '', chunk: 0, ...over,
});

describe('large and odd inputs', () => {
  it('counts a hundred industries × a hundred topics in one pass and draws only the most frequent', () => {
    const ids = (p: string) => Array.from({ length: 100 }, (_, k) => `${p}${k}`);
    const articles = Array.from({ length: 60 }, (_, i) => meta(i, { industries: ids('i'), topics: ids('t') }));
    const m = industryTopicMatrix(articles);
    expect(m.rows).toHaveLength(MATRIX_MAX);
    expect(m.cols).toHaveLength(MATRIX_MAX);
    expect([m.allRows, m.allCols]).toEqual([100, 100]);
    expect(m.pairs).toHaveLength(10_000);
    expect(m.cells.flat().every((n) => n === 60)).toBe(true);
  });

  it('marks a 240 KB paragraph with thousands of hits in linear time, capped, counting the rest', () => {
    const paragraph = '专精特新企业1.2万家，'.repeat(20_000);
    const hits = matchRanges(paragraph, parseQuery('专精特新'));
    const figures = figureRanges([{ text: '1.2万家', value: 12000, unit: '家', unitFamily: 'count', qualifier: null, kind: 'level', indicator: '企业数量', indicatorKey: '企业', baseline: null, evidence: '', paragraph: 0 }], 0, paragraph);
    expect(hits).toHaveLength(20_000);
    expect(figures).toHaveLength(20_000);
    const { marks, total } = combineMarks(hits, figures);
    expect(total).toBe(40_000);
    expect(marks).toHaveLength(MAX_MARKS);
    expect(marks[0]).toMatchObject({ range: [0, 4], className: 'hit' });
    expect(marks[1]).toMatchObject({ range: [6, 11], className: 'figure' });
  });

  it('stacks by ids that are also object keys (__proto__, key, total, constructor)', () => {
    const odd = ['__proto__', 'key', 'total', 'constructor'];
    const articles = odd.map((id, i) => meta(i, { industries: [id] }));
    const t = buildTimeline(articles, 'month', 'industry');
    expect(t.buckets).toHaveLength(1);
    const b = t.buckets[0]!;
    expect(b.total).toBe(4);
    for (const id of odd) expect(b.stacks.get(id)).toBe(1);
    expect(Object.values(seriesValues(b.stacks, t.stackKeys))).toEqual([1, 1, 1, 1]);
    expect(Object.keys(seriesValues(b.stacks, t.stackKeys))).toEqual(['s0', 's1', 's2', 's3']);
  });

  it('keeps a date in 9999 and years below 100 on the axis, without drawing thousands of empty periods', () => {
    const t = buildTimeline([meta(1, { date: '2025-03-01' }), meta(2, { date: '9999-12-31' }), meta(3, { date: '0050-06-15' })], 'month', 'industry');
    expect(t.gapsOmitted).toBe(true);
    expect(t.buckets.map((b) => b.key)).toEqual(['0050-06', '2025-03', '9999-12']);
    const near = buildTimeline([meta(1, { date: '2025-01-05' }), meta(2, { date: '2025-04-05' })], 'month', 'industry');
    expect(near.buckets.map((b) => b.key)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
    expect(near.gapsOmitted).toBe(false);
    const week = buildTimeline([meta(1, { date: '0050-06-15' })], 'week', 'industry');
    expect(week.buckets[0]!.key.startsWith('0050-W')).toBe(true);
    expect(MAX_PERIODS).toBeGreaterThan(100);
  });
});
