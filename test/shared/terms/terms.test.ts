// Concordance lines and distinctive terms: the text analysis behind the Terms tab, which the app and the team server both run.
import { describe, expect, it } from 'vitest';
import { collectConcordance, concordanceLines, mergeConcordances, sortConcordance } from '../../../src/shared/terms/concordance';
import { countTerms, distinctiveTerms, logLikelihood, termsOf } from '../../../src/shared/terms/keyness';
import { parseQuery } from '../../../src/shared/search/query';

describe('concordance', () => {
  const paragraphs = ['我国已累计培育专精特新“小巨人”企业超1.76万家。', '各地培育专精特新中小企业，支持小巨人做强。'];

  it('gives one line per occurrence, with the context on each side and the match as written', () => {
    const lines = concordanceLines(paragraphs, parseQuery('小巨人'), 6);
    expect(lines.map((l) => [l.paragraph, l.left, l.match, l.right])).toEqual([
      [0, '育专精特新“', '小巨人', '”企业超1.'],
      [1, '小企业，支持', '小巨人', '做强。'],
    ]);
    // The search form's matching: marks between Chinese characters do not count, the match keeps them.
    expect(concordanceLines(paragraphs, parseQuery('专精特新小巨人'), 4).map((l) => l.match)).toEqual(['专精特新“小巨人']);
  });

  it('sorts by the left context read outwards from the match, or by the right context', () => {
    const lines = [{ left: '支持', right: '做强' }, { left: '培育', right: '企业' }, { left: '认定', right: '企业超' }];
    expect(sortConcordance(lines, 'right').map((l) => l.right)).toEqual(['企业', '企业超', '做强']);
    // Read outwards: 定 (U+5B9A) of 认定, 持 (U+6301) of 支持, 育 (U+80B2) of 培育, in code-point order.
    expect(sortConcordance(lines, 'left').map((l) => l.left)).toEqual(['认定', '支持', '培育']);
  });
});

describe('distinctive terms', () => {
  it('scores by log-likelihood (G²)', () => {
    // Worked by hand: E1 = 100·20/1100, E2 = 1000·20/1100, G² = 2(10 ln(10/E1) + 10 ln(10/E2)).
    expect(logLikelihood(10, 10, 100, 1000)).toBeCloseTo(22.138, 3);
    expect(logLikelihood(5, 50, 100, 1000)).toBeCloseTo(0, 10);
  });

  it('counts lexicon terms whole, and leaves out stopwords, digits and lone characters', () => {
    expect(termsOf('低空经济发展迅速，记者表示无人机产业超1.76万家')).toEqual(['低空经济', '无人机', '发展', '迅速', '产业']);
  });

  it('finds what a set says more than the rest of the corpus', () => {
    const set = countTerms(['芯片产业发展，芯片设计与芯片制造', '集成电路与芯片企业发展']);
    const rest = countTerms(['低空经济发展', '无人机企业发展迅速', '乡村振兴发展']);
    const top = distinctiveTerms(set, rest, 5, 2);
    expect(top[0]).toMatchObject({ term: '芯片', inSet: 4, inRest: 0 });
    expect(top.map((t) => t.term)).not.toContain('发展');
  });
});

describe('concordance over many articles', () => {
  const docs = [
    { number: 7, id: 'b', rank: 1, paragraphs: ['支持小巨人做强', '小巨人企业'] },
    { number: 3, id: 'a', rank: 0, paragraphs: ['培育小巨人'] },
    { number: 9, id: 'c', rank: 2, paragraphs: ['没有'] },
  ];
  const q = parseQuery('小巨人');

  it('counts every line and article, and keeps the first lines in the order asked', () => {
    const all = collectConcordance(docs, q, 'order', 2);
    expect([all.total, all.articles]).toEqual([3, 2]);
    expect(all.lines.map((l) => [l.id, l.paragraph])).toEqual([['a', 0], ['b', 0]]);
    expect(collectConcordance(docs, q, 'right', 3).lines.map((l) => l.right)).toEqual(['', '企业', '做强']);
  });

  it('merges shards into the answer one shard gives', () => {
    for (const sort of ['order', 'left', 'right'] as const) {
      const parts = [collectConcordance(docs.slice(0, 1), q, sort, 2), collectConcordance(docs.slice(1), q, sort, 2)];
      expect(mergeConcordances(parts, sort, 2)).toEqual(collectConcordance(docs, q, sort, 2));
    }
  });
});
