// Pages written for these tests, never seen by the rules: other sites' chrome, a wire
// story with a teaser list, a page of nothing but chrome.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpusFromPages } from '../../src/pipeline/build-corpus';
import { memoryLogger } from '../../src/pipeline/logger';
import { readPages } from '../helpers/seed-corpus';

const dir = join(__dirname, '../fixtures/unseen');

describe('pages the rules have never seen', () => {
  const logger = memoryLogger();
  const corpus = buildCorpusFromPages(readPages(dir), logger);
  const byFile = (f: string) => corpus.articles.filter((a) => a.source.file === f);

  it('reads a CMS article page: title, time/source line, body, reporter sign-off', () => {
    const [a, ...rest] = byFile('web-article.txt');
    expect(rest).toEqual([]);
    expect(a).toMatchObject({
      title: '浙江出台低空经济高质量发展实施意见', date: '2025-06-03', datePrecision: 'day', outlet: '浙江日报', signoff: '记者 王明',
      source: { file: 'web-article.txt', lineStart: 4, lineEnd: 14 },
    });
    expect(a!.paragraphs).toHaveLength(3);
    expect(a!.paragraphs[2]).toBe('支持企业开展eVTOL整机研发，对首次取得型号合格证的企业给予最高2000万元奖励。');
    expect(a!.body).not.toMatch(/相关阅读|杭州发布无人机|打印本页|ICP|Copyright|当前位置/);
  });

  it('splits a wire story from the teasers after it and dates them together', () => {
    const items = byFile('wire-and-teasers.txt');
    expect(items.map((a) => [a.kind, a.title, a.date])).toEqual([
      ['article', '深圳发布人形机器人产业行动计划', '2026-03-05'],
      ['brief', '江苏新增国家级专精特新“小巨人”企业', '2026'],
      ['brief', '成都打造低空经济产业集群', '2026'],
    ]);
    expect(items[0]!.outlet).toBe('新华社');
    expect(items[0]!.paragraphs).toHaveLength(2);
  });

  it('enriches unseen pages from the gazetteer and taxonomies', () => {
    const [a] = byFile('web-article.txt');
    expect(a).toMatchObject({ regions: ['浙江'], cities: ['杭州', '宁波'], industries: ['low-altitude-economy'], onTopic: true });
    expect(a!.topics).toContain('regional-plans');
    expect(a!.documents).toEqual([{ title: '关于推动低空经济高质量发展的实施意见', shortName: null, period: null }]);
    expect(a!.figures).toEqual(expect.arrayContaining([
      expect.objectContaining({ text: '1000亿元', value: 1e11, unit: '元' }),
      expect.objectContaining({ text: '20家以上', value: 20, qualifier: '以上' }),
      expect.objectContaining({ text: '最高2000万元', value: 2e7, unit: '元', qualifier: '最高' }),
    ]));
    const [wire, jiangsu, chengdu] = byFile('wire-and-teasers.txt');
    expect(wire).toMatchObject({ regions: ['广东'], cities: ['深圳'], industries: expect.arrayContaining(['humanoid-robots']) });
    expect(jiangsu!.regions).toEqual(['江苏']);
    expect(chengdu).toMatchObject({ regions: ['四川'], cities: ['成都'], industries: ['low-altitude-economy'] });
  });

  it('warns about a page of nothing but chrome and still processes the rest', () => {
    const src = corpus.sources.find((s) => s.file === 'only-chrome.txt')!;
    expect(src.items).toBe(0);
    expect(src.warnings).toEqual([expect.stringContaining('only-chrome.txt: no news items found')]);
    expect(corpus.articles).toHaveLength(4);
  });
});
