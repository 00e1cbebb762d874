import { describe, expect, it } from 'vitest';
import { matchRanges, occurrences, parseQuery } from '../../../src/shared/search/query';
import { buildSearchIndex } from '../../../src/shared/search/search';
import { searchScores } from '../../helpers/reference-search';
import { keywordInContext } from '../../../src/app/model/snippet';
import { formatDate, overlapsRange } from '../../../src/app/model/dates';
import { seedCorpus } from '../../helpers/seed-corpus';

const articles = seedCorpus().articles;
const index = buildSearchIndex(articles);
const hits = (q: string) => [...(searchScores(index, parseQuery(q))?.keys() ?? [])].sort();
const titlesOf = (q: string) => articles.filter((a) => hits(q).includes(a.id)).map((a) => a.title);

describe('search with the query language, on the seeds', () => {
  it('ignores the marks between Chinese characters: 专精特新小巨人 finds 专精特新“小巨人”', () => {
    expect(hits('专精特新小巨人')).toEqual(hits('小巨人'));
    expect(hits('专精特新小巨人')).toHaveLength(5);
    expect(hits('专精特新“小巨人”')).toEqual(hits('专精特新小巨人'));
  });

  it('finds English and pinyin names as their Chinese ones', () => {
    expect(hits('chips')).toEqual(hits('芯片与半导体'));
    expect(hits('chips').length).toBeGreaterThan(0);
    expect(hits('Hubei')).toEqual(hits('湖北'));
    expect(hits('Hubei')).toEqual(['002_af67aaf0ae712473-04', '004_a8627c3d4e095617-08']);
    expect(hits('low-altitude economy')).toEqual(hits('低空经济'));
  });

  it('excludes with NOT and -, and adds with OR', () => {
    // Every 小巨人 of the seeds is a 专精特新“小巨人”.
    expect(hits('小巨人 -专精特新')).toEqual([]);
    expect(hits('小巨人 NOT 低空经济')).toEqual(hits('小巨人').filter((id) => !hits('低空经济').includes(id)));
    expect(hits('芯片 OR 低空经济')).toEqual([...new Set([...hits('芯片'), ...hits('低空经济')])].sort());
    expect(hits('(芯片 OR 低空经济) 湖北')).toEqual(['002_af67aaf0ae712473-04']);
  });

  it('scopes a term to the title, the outlet or the cited documents', () => {
    expect(titlesOf('title:芯片')).toEqual(articles.filter((a) => a.title?.includes('芯片')).map((a) => a.title));
    expect(hits('outlet:中国网')).toEqual(articles.filter((a) => a.outlet === '中国网').map((a) => a.id).sort());
    expect(hits('doc:若干措施')).toEqual(['002_af67aaf0ae712473-01']);
    expect(hits('doc:集成电路')).toEqual(['002_af67aaf0ae712473-03']);
  });

  it('keeps a list that names 智能机器人 out of a search for 人形机器人', () => {
    expect(hits('智能机器人')).toContain('002_af67aaf0ae712473-01');
    expect(hits('人形机器人')).not.toContain('002_af67aaf0ae712473-01');
  });
});

describe('search', () => {
  it('finds Chinese without spaces', () => {
    expect(hits('"人形机器人"')).toEqual(['000_c0c77dfeae12ef6b-04', '001_c10a0d2ffacd80db-01']);
    expect(hits('海淀区')).toEqual(['001_c10a0d2ffacd80db-01']);
    expect(hits('小巨人')).toHaveLength(5);
  });

  it('combines terms with AND', () => {
    expect(titlesOf('人形机器人 海淀区')).toEqual(['让专精特新企业成为高质量发展生力军']);
  });

  it('matches quoted phrases exactly and Latin words whole', () => {
    expect(titlesOf('"Unitree R1 AIR"')).toEqual(['中国人形机器人 加速迈向“消费级”']);
    expect(hits('"Unitree AIR"')).toEqual([]);
    // "AI" is a word of its own, not part of AIR.
    expect(occurrences('unitree r1 air', 'ai')).toEqual([]);
    expect(occurrences('凭ai种蔗', 'ai')).toEqual([[1, 3]]);
    expect(titlesOf('"AI"')).toContain('从“靠天吃饭”到“凭AI种蔗”:广西来宾用“数智”为甘蔗产业“榨出”160亿');
  });

  it('finds numbers', () => {
    expect(titlesOf('1.76万家')).toHaveLength(2);
  });

  it('expands a taxonomy term to its lexicon', () => {
    const q = parseQuery('低空经济');
    expect(q.terms[0]!.expandedFrom[0]?.id).toBe('low-altitude-economy');
    expect(q.terms[0]!.alternatives).toEqual(expect.arrayContaining(['无人机', 'evtol']));
    expect(parseQuery('Humanoid robots').terms.map((t) => t.expandedFrom[0]?.id)).toEqual(['humanoid-robots']);
    expect(hits('Humanoid robots')).toEqual(hits('人形机器人'));
    // Quoting turns expansion off.
    expect(parseQuery('"低空经济"').terms[0]!.expandedFrom).toEqual([]);
    expect(hits('低空经济')).toEqual(expect.arrayContaining(hits('"低空经济"')));
    expect(hits('人形机器人').length).toBeGreaterThan(hits('"人形机器人"').length);
  });

  it('matches Traditional characters to Simplified', () => {
    expect(hits('人形機器人')).toEqual(hits('人形机器人'));
    expect(hits('專精特新')).toEqual(hits('专精特新'));
  });

  it('ranks title matches first', () => {
    const scores = searchScores(index, parseQuery('低空'))!;
    const best = [...scores.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    expect(articles.find((a) => a.id === best)!.title).toBe('湖北召开 低空经济发展推进会');
  });

  it('locates matches for highlighting and builds a snippet around the first one', () => {
    const text = '近八成“小巨人”企业分布在重点产业链环节，“小巨人”企业手握关键技术。';
    const ranges = matchRanges(text, parseQuery('小巨人'));
    expect(ranges).toEqual([[4, 7], [22, 25]]);
    const s = keywordInContext(`${'前'.repeat(50)}${text}`, matchRanges(`${'前'.repeat(50)}${text}`, parseQuery('小巨人')), 10, 10);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.slice(s.ranges[0]![0], s.ranges[0]![1])).toBe('小巨人');
  });
});

describe('dates', () => {
  it('shows a date at its true precision', () => {
    expect(formatDate('2025-11', 'en')).toBe('Nov 2025');
    expect(formatDate('2025-11-18', 'en')).toBe('18 Nov 2025');
    expect(formatDate('2025', 'en')).toBe('2025');
    expect(formatDate('2025-11', 'zh')).toBe('2025年11月');
    expect(formatDate(null, 'en')).toBe('Undated');
  });

  it('overlaps ranges by the span a date covers', () => {
    expect(overlapsRange({ date: '2025' }, '2025-06', '2025-06')).toBe(true);
    expect(overlapsRange({ date: '2025-11' }, '2025-12', null)).toBe(false);
    expect(overlapsRange({ date: null }, '2025-01', null)).toBe(false);
    expect(overlapsRange({ date: null }, null, null)).toBe(true);
  });
});
