import { describe, expect, it } from 'vitest';
import { facetCounts, regionGroupCounts } from '../../helpers/reference-facets';
import { describeFilters } from '../../../src/app/model/describe';
import { EMPTY_SET, noValues } from '../../../src/app/model/filters';
import { referenceView } from '../../helpers/reference-view';
import { seedCorpus, seedMeta } from '../../helpers/seed-corpus';

const articles = seedMeta();
const view = referenceView(seedCorpus().articles);
const count = (buckets: { value: string; count: number }[], value: string) => buckets.find((b) => b.value === value)?.count;

describe('facet counts on the seed corpus', () => {
  it('counts on-topic articles by default', () => {
    expect(view({}).results).toHaveLength(25);
    expect(view({ onTopicOnly: false }).results).toHaveLength(29);
  });

  it('counts each value given the other filters', () => {
    const v = view({});
    expect(count(v.facets.region, '北京')).toBe(5);
    expect(count(v.facets.region, '湖南')).toBe(3);
    expect(count(v.facets.industry, 'agriculture-food')).toBe(5);
    expect(count(v.facets.kind, 'brief')).toBe(15);
    expect(count(v.facets.outlet, '中新网')).toBe(1);
  });

  it('combines values within a facet with OR and across facets with AND', () => {
    expect(view({ region: ['湖南'] }).results).toHaveLength(3);
    expect(view({ region: ['湖南', '湖北'] }).results).toHaveLength(4);
    const both = view({ region: ['湖南', '湖北'], industry: ['energy'] });
    expect(both.results.map((a) => a.title)).toEqual(['湖南首个“光伏+绿色矿山”项目在郴州投产']);
    // The region facet still counts as if no region were selected: selecting one never zeroes the others.
    expect(count(both.facets.region, '湖南')).toBe(1);
    expect(count(both.facets.industry, 'energy')).toBe(1);
    expect(count(both.facets.industry, 'low-altitude-economy')).toBe(1);
  });

  it('treats a province and a city selection in one place facet with OR', () => {
    expect(view({ city: ['长沙'] }).results).toHaveLength(2);
    expect(view({ city: ['长沙'], region: ['广西'] }).results).toHaveLength(3);
  });

  it('keeps values with zero matches listed, and selected values even when absent', () => {
    const v = view({ industry: ['chips'], region: ['西藏'] });
    const tibet = v.facets.region.find((b) => b.value === '西藏')!;
    expect(tibet).toEqual({ value: '西藏', label: { zh: '西藏', en: 'Tibet' }, count: 0, selected: true, excluded: false });
    expect(v.facets.industry.find((b) => b.value === 'quantum')).toBeUndefined();
    expect(count(v.facets.industry, 'humanoid-robots')).toBe(0);
  });

  it('filters a value out: results lose it, its own count stays what letting it back in would add', () => {
    const all = view({});
    const out = view({ exclude: { ...noValues(), industry: ['chips'] } });
    const chips = all.results.filter((a) => a.industries.includes('chips')).length;
    expect(chips).toBeGreaterThan(0);
    expect(out.results).toHaveLength(all.results.length - chips);
    expect(out.results.some((a) => a.industries.includes('chips'))).toBe(false);
    expect(out.facets.industry.find((b) => b.value === 'chips')).toMatchObject({ count: chips, selected: false, excluded: true });
    // Other facets count within what is left.
    expect(out.facets.region.reduce((n, b) => n + b.count, 0)).toBeLessThanOrEqual(all.facets.region.reduce((n, b) => n + b.count, 0));
    expect(describeFilters({ ...EMPTY_SET, exclude: { ...noValues(), industry: ['chips'] } }, 'en')).toBe('not 芯片与半导体 Chips & semiconductors (on-topic articles)');
  });

  it('counts cited documents as a facet, labelled with their short names', () => {
    const docs = view({}).facets.document;
    expect(docs.find((b) => b.value === '上海市促进专精特新中小企业发展壮大的若干措施')).toMatchObject({ count: 1, label: { zh: '《上海市促进专精特新中小企业发展壮大的若干措施》（若干措施）' } });
    expect(view({ document: ['保障中小企业款项支付条例'] }).results.map((a) => a.id)).toEqual(['004_a8627c3d4e095617-01']);
  });

  it('gives every bucket the same shape', () => {
    for (const buckets of Object.values(facetCounts(articles, EMPTY_SET, null))) {
      for (const b of buckets) expect(Object.keys(b).sort()).toEqual(['count', 'excluded', 'label', 'selected', 'value']);
    }
  });

  it('counts subject places by default, and venues and datelines too when asked', () => {
    expect(count(view({}).facets.region, '北京')).toBe(5);
    expect(count(view({ onTopicOnly: false }).facets.region, '北京')).toBe(5);
    // + 在京召开 (chips meeting), 北京讯 (round table), 国务院新闻办公室在北京举行 (三农 brief).
    expect(count(view({ places: 'wide', onTopicOnly: false }).facets.region, '北京')).toBe(8);
    expect(view({ region: ['北京'], places: 'wide', onTopicOnly: false }).results).toHaveLength(8);
    expect(describeFilters({ ...EMPTY_SET, places: 'wide' }, 'en')).toBe('all on-topic articles, places incl. venues and datelines');
  });

  it('counts policy region groups over their provinces', () => {
    const groups = regionGroupCounts(articles, EMPTY_SET, null);
    expect(groups.find((g) => g.value === 'jingjinji')).toMatchObject({ count: 5, selected: false });
  });

  it('says how many matches of a date range are coarser than it, and leaves them out on request', () => {
    const nov = view({ from: '2025-11', to: '2025-11', onTopicOnly: false });
    expect(nov.results).toHaveLength(10);
    expect(nov.coarse).toEqual({ year: 4, month: 0 });
    const exact = view({ from: '2025-11', to: '2025-11', onTopicOnly: false, exactDates: true });
    expect(exact.results.map((a) => a.date).sort()).toEqual(['2025-11', '2025-11', '2025-11-12', '2025-11-17', '2025-11-18', '2025-11-18']);
    expect(exact.coarse).toEqual({ year: 0, month: 0 });
    // A month-precise article is coarser than a one-day range, and inside a two-month one.
    expect(view({ from: '2025-11-18', to: '2025-11-18', onTopicOnly: false }).coarse).toEqual({ year: 4, month: 2 });
    expect(view({ from: '2025-10', to: '2025-11', onTopicOnly: false, exactDates: true }).results.some((a) => a.date === '2025-11')).toBe(true);
  });

  it('filters by date range with honest precision: a year-only article overlaps any month of its year', () => {
    const nov = view({ from: '2025-11', to: '2025-11', onTopicOnly: false });
    expect(nov.results.map((a) => a.date).sort()).toEqual(['2025', '2025', '2025', '2025', '2025-11', '2025-11', '2025-11-12', '2025-11-17', '2025-11-18', '2025-11-18']);
  });

  it('sorts by date, newest first, unless a query asks for relevance', () => {
    expect(view({}).results[0]!.date).toBe('2026-03-05');
    expect(view({ sort: 'oldest' }).results[0]!.date).toBe('2025');
    const q = view({ q: '低空' });
    expect(q.sort).toBe('relevance');
    expect(q.results[0]!.title).toBe('湖北召开 低空经济发展推进会');
  });
});
