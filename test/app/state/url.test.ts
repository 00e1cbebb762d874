import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, EMPTY_SET, noValues, type Filters } from '../../../src/app/model/filters';
import { filtersToSearch, searchToFilters, searchToSet, setToSearch } from '../../../src/app/state/url';

describe('filters in the URL', () => {
  it('round-trips every field', () => {
    const f: Filters = {
      set: {
        region: ['湖南', '广西'], city: ['长沙'], industry: ['chips'], topic: ['listing'], outlet: ['中新网'], kind: ['brief'], document: ['中小企业促进法'],
        from: '2025-01', to: '2025-12-31', exactDates: true, q: '人形机器人 "小巨人"', onTopicOnly: false, places: 'wide',
        exclude: { ...noValues(), industry: ['energy'], region: ['北京'] },
      },
      view: {
        sort: 'oldest', article: '000_x-01', paragraph: 3, tab: 'table', unit: 'quarter', stack: 'topic', tracker: '专精特新小巨人企业|家|level',
        columns: ['date', 'title', 'topics'], tableSort: { column: 'date', descending: true },
        terms: 'trends', kwicSort: 'right', trendTerms: ['小巨人', 'title:芯片 OR 集成电路'], trendMetric: 'occurrences',
        pinA: { ...EMPTY_SET, region: ['上海'] }, pinB: { ...EMPTY_SET, region: ['江苏'], q: '芯片' },
      },
    };
    const search = filtersToSearch(f);
    expect(search).toContain('region=%E6%B9%96%E5%8D%97&region=%E5%B9%BF%E8%A5%BF');
    expect(search).toContain('-industry=energy');
    expect(searchToFilters(search)).toEqual({ filters: f, lang: null, rejected: [] });
    expect(searchToFilters(filtersToSearch(f, 'zh'))).toEqual({ filters: f, lang: 'zh', rejected: [] });
  });

  it('writes nothing for the defaults', () => {
    expect(filtersToSearch(DEFAULT_FILTERS)).toBe('');
    expect(searchToFilters('')).toEqual({ filters: DEFAULT_FILTERS, lang: null, rejected: [] });
  });

  it('drops unknown and malformed parameters and says which', () => {
    const { filters, rejected } = searchToFilters('?region=湖南&region=Atlantis&industry=warp-drives&from=2025-13&sort=random&all=yes&utm_source=mail&q=ok');
    expect(filters).toEqual({ ...DEFAULT_FILTERS, set: { ...EMPTY_SET, region: ['湖南'], q: 'ok' } });
    expect(rejected).toEqual(['region=Atlantis', 'industry=warp-drives', 'from=2025-13', 'sort=random', 'all=yes', 'utm_source=mail']);
  });

  it('keeps the Terms view in the link, and drops what it cannot use', () => {
    const { filters, rejected } = searchToFilters('?view=terms&terms=distinctive&ksort=left&tt=a&tt=(b&tt=a&tt=c&tt=d&tt=e&tt=f&tt=g&p=2&tm=share');
    expect(filters.view).toMatchObject({ tab: 'terms', terms: 'distinctive', kwicSort: 'left', trendTerms: ['a', 'c', 'd', 'e', 'f'], trendMetric: 'share', paragraph: null });
    // A query that does not parse, a repeat, a sixth term; a paragraph with no article open.
    expect(rejected).toEqual(['tt=(b', 'tt=a', 'tt=g', 'p=2']);
    expect(searchToFilters('?a=x&p=0').rejected).toEqual(['p=0']);
  });

  it('rejects an inverted date range', () => {
    const { filters, rejected } = searchToFilters('?from=2026-01&to=2025-01');
    expect([filters.set.from, filters.set.to]).toEqual([null, null]);
    expect(rejected).toEqual(['from=2026-01 is after to=2025-01']);
  });

  it('parses pins and saved views with the one result-set parser, which refuses view parameters', () => {
    expect(searchToSet('region=%E4%B8%8A%E6%B5%B7&q=%E8%8A%AF%E7%89%87')).toEqual({ set: { ...EMPTY_SET, region: ['上海'], q: '芯片' }, rejected: [] });
    expect(searchToSet('region=上海&view=charts&A=q%3Dx').rejected).toEqual(['view=charts', 'A=q=x']);
    expect(setToSearch({ ...EMPTY_SET, industry: ['chips'], onTopicOnly: false })).toBe('industry=chips&all=1');
    // A pin that is not a clean result set is dropped whole, and said so.
    const { filters, rejected } = searchToFilters('?A=region%3DAtlantis&B=industry%3Dchips');
    expect([filters.view.pinA, filters.view.pinB]).toEqual([null, { ...EMPTY_SET, industry: ['chips'] }]);
    expect(rejected).toEqual(['A=region=Atlantis']);
  });

  it('survives garbage', () => {
    expect(() => searchToFilters('?%E0%A4%A=1&&&=&region')).not.toThrow();
    expect(searchToFilters(`?q=${'x'.repeat(500)}`).rejected).toHaveLength(1);
  });
});
