// Term trends and the samples distinctive terms read: the app's side of the Terms tab.
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../src/app/model/fingerprint';
import { countTerms } from '../../../src/shared/terms/keyness';
import { parseQuery } from '../../../src/shared/search/query';
import { sampleOrder, takeSample } from '../../../src/app/model/sample';
import { buildSearchIndex } from '../../../src/shared/search/search';
import { buildNgramIndex } from '../../../src/shared/search/ngram-index';
import { termOccurrences } from '../../../src/shared/search/fast-search';
import { mergeTermCounts, TermBags } from '../../../src/shared/terms/term-bags';
import { buildTermTrends, shareOf } from '../../../src/app/model/term-trends';
import type { ArticleMeta } from '../../../src/shared/schema';

describe('term occurrences', () => {
  it('counts a term in title and text alike, for the articles the search finds', () => {
    const ix = buildNgramIndex(buildSearchIndex([
      { id: 'x', title: '小巨人名单', body: '“小巨人”企业，小 巨人' },
      { id: 'y', title: null, body: '芯片' },
    ]));
    const hits = termOccurrences(ix, parseQuery('小巨人'))!;
    expect([...hits.docs]).toEqual([0]);
    expect([...hits.counts]).toEqual([3]);
    expect(termOccurrences(ix, parseQuery(' '))).toBeNull();
  });
});

const meta = (date: string | null, datePrecision: 'day' | 'month' | 'year' | null) => ({ date, datePrecision, industries: [], topics: [], onTopic: true }) as unknown as ArticleMeta;

describe('term trends', () => {
  const articles = [meta('2025-03-05', 'day'), meta('2025-03-20', 'day'), meta('2025-04-02', 'day'), meta('2025', 'year'), meta(null, null), meta('2025-03-09', 'day')];
  const series = [{ term: '小巨人', docs: Uint32Array.of(0, 2, 3, 4, 5), counts: Uint32Array.of(2, 1, 4, 1, 9) }];

  it('gives each period its articles, occurrences and share of the base set; coarse and undated apart', () => {
    // Article 5 is outside the base set (the filters without the query): it counts nowhere.
    const trends = buildTermTrends([0, 1, 2, 3, 4], articles.slice(0, 5), series, 'month');
    expect(trends.periods.map((p) => [p.key, p.base, p.terms[0]!.articles, p.terms[0]!.occurrences])).toEqual([['2025-03', 2, 1, 2], ['2025-04', 1, 1, 1]]);
    expect(shareOf(trends.periods[0]!, 0)).toBe(0.5);
    expect(trends.coarse).toEqual([{ key: '2025', precision: 'year', base: 1, terms: [{ articles: 1, occurrences: 4 }] }]);
    expect(trends.undated).toEqual({ key: 'undated', base: 1, terms: [{ articles: 1, occurrences: 1 }] });
    expect(trends.totals).toEqual([{ articles: 4, occurrences: 8 }]);
    // By year the year-only article is on the axis.
    expect(buildTermTrends([0, 1, 2, 3, 4], articles.slice(0, 5), series, 'year').periods.map((p) => [p.key, p.base, p.terms[0]!.articles])).toEqual([['2025', 4, 3]]);
  });
});

describe('distinctive terms from samples', () => {
  it('samples the same articles each time: the first members of a fixed order', () => {
    const order = sampleOrder(100);
    expect([...order].sort((a, b) => a - b)).toEqual([...Array(100).keys()]);
    expect(sampleOrder(100)).toEqual(order);
    const inSet = new Uint8Array(100).fill(1, 0, 30);
    const sample = takeSample(order, inSet, 10);
    expect([sample.setSize, sample.restSize, sample.set.length, sample.rest.length]).toEqual([30, 70, 10, 10]);
    expect([...sample.set].every((i) => i < 30) && [...sample.rest].every((i) => i >= 30)).toBe(true);
    expect([...sample.set]).toEqual([...order].filter((i) => i < 30).slice(0, 10));
  });

  it('counts words per article once, and shards add up to the counts of all texts', () => {
    const texts = ['芯片产业发展，芯片设计', '低空经济发展', '集成电路与芯片企业', '无人机企业发展迅速'];
    const [a, b] = [new TermBags(), new TermBags()];
    let read = 0;
    const textOf = (i: number) => (read++, texts[i]!);
    const parts = [a.count([0], [1], textOf), b.count([2], [3], textOf), a.count([0], [1], textOf)];
    expect(read).toBe(4);
    const merged = mergeTermCounts(parts.slice(0, 2));
    expect(merged.set).toEqual(countTerms([texts[0]!, texts[2]!]));
    expect(merged.rest).toEqual(countTerms([texts[1]!, texts[3]!]));
  });

  it('fingerprints a list of numbers by its content and order', () => {
    expect(fingerprint(Uint32Array.of(1, 2, 3))).toBe(fingerprint([1, 2, 3]));
    expect(fingerprint([1, 2, 3])).not.toBe(fingerprint([1, 3, 2]));
    expect(fingerprint([])).not.toBe(fingerprint([0]));
  });
});
