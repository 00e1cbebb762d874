// A hang detector, not a benchmark (as test/pipeline/linear-time.test.ts): the Charts tab
// groups and tracks every key figure of the filtered articles, 200,000 of them at 100k
// articles. Copying a growing group per row, or scanning a measure's points per row, took
// 86 s and 10 s there; linear code takes well under a second. The timeout is generous.
import { describe, expect, it } from 'vitest';
import { figureTrackers, figuresByUnit, type FigureRow } from '../../../src/app/model/figures';

const N = 100_000;
const rows: FigureRow[] = Array.from({ length: N }, (_, i) => ({
  articleId: `a${i % (N / 2)}`, title: `第${i}篇`, date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-01`, indicator: '专精特新企业数量', indicatorKey: '专精特新企业数量',
  kind: 'level', value: i, unit: '家', unitFamily: 'count', text: `${i}家`, display: `${i}家`, baseline: null, evidence: '',
}));

describe('key figures at scale', () => {
  it('groups and tracks 100,000 figures of one measure and unit', { timeout: 30_000 }, () => {
    const groups = figuresByUnit(rows, 'value', true);
    expect(groups.map((g) => [g.unit, g.rows.length])).toEqual([['家', N]]);
    expect(groups[0]!.rows[0]!.value).toBe(N - 1);
    const trackers = figureTrackers(rows);
    // One point per article: each article reported the measure twice.
    expect(trackers.map((t) => [t.label, t.points.length])).toEqual([['专精特新企业数量', N / 2]]);
  });
});
