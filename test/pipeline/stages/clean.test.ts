import { describe, expect, it } from 'vitest';
import { countOcrGaps, joinBrokenLines, removeOcrGaps } from '../../../src/pipeline/stages/clean';

const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));

describe('removeOcrGaps', () => {
  it('removes spaces between Chinese characters and around numbers', () => {
    expect(removeOcrGaps('中小企业 的中坚力量')).toBe('中小企业的中坚力量');
    expect(removeOcrGaps('力争全年投资增长 15% 以上, 营业收入增长 10%以上')).toBe('力争全年投资增长15%以上,营业收入增长10%以上');
    expect(removeOcrGaps('《全省电子信息产业 2025 年 重点工作清单》')).toBe('《全省电子信息产业2025年重点工作清单》');
  });

  it('keeps spaces in Latin text, product names and prices', () => {
    expect(removeOcrGaps('具身开发入门级平台Booster K1，限时售价2.99万元起')).toBe('具身开发入门级平台Booster K1，限时售价2.99万元起');
    expect(removeOcrGaps('宇树科技的Unitree R1 AIR，售价同样降至2.99万元')).toBe('宇树科技的Unitree R1 AIR，售价同样降至2.99万元');
  });

  it("keeps a speaker caption's space and names in brackets", () => {
    expect(removeOcrGaps('江苏省工业和信息化厅中小企业局局长 史文剑:通过 我们大企业出题')).toBe('江苏省工业和信息化厅中小企业局局长 史文剑:通过我们大企业出题');
    expect(removeOcrGaps('北京讯 (张三 李四)近日 举行')).toBe('北京讯 (张三 李四)近日举行');
  });

  it('counts gaps without counting deliberate ones', () => {
    expect(countOcrGaps('副部长 柯吉欣:中央财政支持')).toBe(0);
    expect(countOcrGaps('是推进新型工业化、发 展新质生产力、完善现代化产业体 系建设')).toBe(2);
  });
});

describe('joinBrokenLines', () => {
  it('joins a line that stops mid-word with its continuation', () => {
    const out = joinBrokenLines(lines('要推动电子信息产业集群化发', '展，建设国家先进制造业集群。'), 'page');
    expect(out).toEqual([{ text: '要推动电子信息产业集群化发展，建设国家先进制造业集群。', lineStart: 1, lineEnd: 2 }]);
  });

  it('joins a short tail that finishes the sentence', () => {
    expect(joinBrokenLines(lines('支持企业加强绿色技术应用,打造', '绿色工厂。'), 'page').map((p) => p.text)).toEqual(['支持企业加强绿色技术应用,打造绿色工厂。']);
  });

  it('joins a long paragraph cut anywhere', () => {
    const long = '发挥区域性股权市场服务功能与专业优势，组织专业服务机构为重点企业提供一对一咨询服务，针对企业上市核心指标存在差距、上市进展迟缓等实际问题给予指';
    expect(joinBrokenLines(lines(long, '导，促进企业完善治理。'), 'page')).toHaveLength(1);
  });

  it('does not glue a subheading to the paragraph under it', () => {
    const out = joinBrokenLines(lines('各地持续加大专精特新中小企业培育力度', '中小企业是社会经济发展的生力军，专精特新企业则是中小企业的“领头羊”。'), 'page');
    expect(out).toHaveLength(2);
  });

  it('in Markdown, joins every unfinished line since headings are marked', () => {
    expect(joinBrokenLines(lines('此外，在强化企业创新主体地', '位，提升优质企业产业链支撑作用。'), 'markdown').map((p) => p.text)).toEqual([
      '此外，在强化企业创新主体地位，提升优质企业产业链支撑作用。',
    ]);
  });

  it('keeps a space when the break falls between Latin words', () => {
    expect(joinBrokenLines(lines('Booster', 'K1 面向教育。'), 'markdown')[0]!.text).toBe('Booster K1 面向教育。');
  });
});
