import { describe, expect, it } from 'vitest';
import { figureRows, figureTrackers, figuresByUnit, finish, keyFigureSteps, placeOnTimeAxis } from '../../../src/app/model/figures';
import { seedMeta } from '../../helpers/seed-corpus';

const rows = figureRows(seedMeta());

describe('key figures', () => {
  it('counted in steps are exactly the rows and trackers counted at once', () => {
    const articles = Array.from({ length: 120 }, () => seedMeta()).flat();
    const steps = keyFigureSteps(articles);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(yields).toBeGreaterThan(2);
    const all = figureRows(articles);
    expect(step.value.rows).toEqual(all);
    expect(step.value.trackers).toEqual(figureTrackers(all));
    expect(finish(keyFigureSteps(seedMeta())).rows).toEqual(rows);
  });

  it('groups by unit and sorts only within a unit: 元 never sits between 家', () => {
    const groups = figuresByUnit(rows, 'value', true);
    expect(groups.slice(0, 3).map((g) => g.unit)).toEqual(['家', '个', '项']);
    for (const g of groups) {
      expect(new Set(g.rows.map((r) => r.unit))).toEqual(new Set([g.unit]));
      expect(g.rows.map((r) => r.value)).toEqual([...g.rows.map((r) => r.value)].sort((a, b) => b - a));
    }
    expect(groups.find((g) => g.unit === '家')!.rows[0]).toMatchObject({ display: '超6000万家', indicator: '我国中小企业数量' });
  });

  it('lists a figure an article repeats word for word once', () => {
    const shanghai = rows.filter((r) => r.indicator === '上海专精特新中小企业数量');
    expect(shanghai.map((r) => [r.display, r.kind])).toEqual([['2万家左右', 'target']]);
  });

  it('keeps the baseline with its figure, in reader form', () => {
    expect(rows.find((r) => r.text === '14万家以上')).toMatchObject({ baseline: '不足4万家', kind: 'level', indicatorKey: '专精特新中小企业' });
  });

  it('tracks the national 小巨人 count as each seed article reported it, and never mixes in subsets', () => {
    const trackers = figureTrackers(rows);
    const giants = trackers.find((x) => x.indicatorKey === '专精特新小巨人企业' && x.kind === 'level')!;
    expect(giants.unit).toBe('家');
    expect(giants.points.map((p) => [p.articleId.slice(0, 3), p.date, p.display])).toEqual([
      ['001', '2025-02-25', '1.46万家'], ['000', '2025-11', '超1.76万家'], ['003', '2025-11-12', '超1.76万家'],
    ]);
    const smes = trackers.find((x) => x.indicatorKey === '专精特新中小企业')!;
    expect(smes.points.map((p) => p.display)).toEqual(['14万家', '超14万家', '超14万家']);
    // 中央财政支持的 firms (4200) are a subset: their own measure, never on the total's line.
    expect(trackers.find((x) => x.indicatorKey === '中央财政支持小巨人企业')?.points.map((p) => p.value)).toEqual([4200, 4200]);
    expect(giants.points.every((p) => p.value > 10000)).toBe(true);
  });

  it('tracks one unit and one kind per measure: a target never joins the reported levels', () => {
    for (const x of figureTrackers(rows)) {
      expect(new Set(x.points.map((p) => `${p.unit}|${p.kind}|${p.indicatorKey}`)).size).toBe(1);
      expect(new Set(x.points.map((p) => p.articleId)).size).toBe(x.points.length);
    }
  });

  it('places tracker points on a real time axis: a month at its middle, a year-only report listed but not drawn', () => {
    const row = rows[0]!;
    const { placed, unplaced } = placeOnTimeAxis([{ ...row, date: '2025-02-25' }, { ...row, date: '2025-11' }, { ...row, date: '2026' }, { ...row, date: null }]);
    expect(placed.map((p) => new Date(p.time).toISOString())).toEqual(['2025-02-25T12:00:00.000Z', '2025-11-16T00:00:00.000Z']);
    expect(unplaced.map((p) => p.date)).toEqual(['2026', null]);
  });
});

