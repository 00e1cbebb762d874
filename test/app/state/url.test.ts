import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, type Filters } from '../../../src/app/model/filters';
import { filtersToSearch, searchToFilters } from '../../../src/app/state/url';

describe('filters in the URL', () => {
  it('round-trips every field', () => {
    const f: Filters = {
      region: ['湖南', '广西'], city: ['长沙'], industry: ['chips'], topic: ['listing'], outlet: ['中新网'], kind: ['brief'],
      from: '2025-01', to: '2025-12-31', exactDates: true, q: '人形机器人 "小巨人"', onTopicOnly: false, places: 'wide', sort: 'oldest', article: '000_x-01', tab: 'charts', unit: 'quarter', stack: 'topic', tracker: '专精特新小巨人企业|家|level', pinA: 'region=%E4%B8%8A%E6%B5%B7', pinB: 'region=%E6%B1%9F%E8%8B%8F',
    };
    const search = filtersToSearch(f);
    expect(search).toContain('region=%E6%B9%96%E5%8D%97&region=%E5%B9%BF%E8%A5%BF');
    expect(searchToFilters(search)).toEqual({ filters: f, lang: null, rejected: [] });
    expect(searchToFilters(filtersToSearch(f, 'zh'))).toEqual({ filters: f, lang: 'zh', rejected: [] });
  });

  it('writes nothing for the defaults', () => {
    expect(filtersToSearch(DEFAULT_FILTERS)).toBe('');
    expect(searchToFilters('')).toEqual({ filters: DEFAULT_FILTERS, lang: null, rejected: [] });
  });

  it('drops unknown and malformed parameters and says which', () => {
    const { filters, rejected } = searchToFilters('?region=湖南&region=Atlantis&industry=warp-drives&from=2025-13&sort=random&all=yes&utm_source=mail&q=ok');
    expect(filters).toEqual({ ...DEFAULT_FILTERS, region: ['湖南'], q: 'ok' });
    expect(rejected).toEqual(['region=Atlantis', 'industry=warp-drives', 'from=2025-13', 'sort=random', 'all=yes', 'utm_source=mail']);
  });

  it('rejects an inverted date range', () => {
    const { filters, rejected } = searchToFilters('?from=2026-01&to=2025-01');
    expect([filters.from, filters.to]).toEqual([null, null]);
    expect(rejected).toEqual(['from=2026-01 is after to=2025-01']);
  });

  it('survives garbage', () => {
    expect(() => searchToFilters('?%E0%A4%A=1&&&=&region')).not.toThrow();
    expect(searchToFilters(`?q=${'x'.repeat(500)}`).rejected).toHaveLength(1);
  });
});
