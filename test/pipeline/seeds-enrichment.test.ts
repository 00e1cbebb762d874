// Regions, industries, topics, figures, documents and relevance of the seed articles.
import { describe, expect, it } from 'vitest';
import { byTitle, seedArticles, seedCorpus } from '../helpers/seed-corpus';

const feature = () => seedArticles('002')[0]!;
const seedFigures = () => seedCorpus().articles.flatMap((a) => a.figures.map((f) => ({ id: a.id, ...f })));

describe('enriching the seed articles', () => {
  it('finds regions and cities, mapping districts and zones upward', () => {
    expect(byTitle('力挺专精特新')).toMatchObject({ regions: ['湖南'], cities: ['长沙', '湘潭', '株洲'] });
    expect(seedArticles('001')[0]!.regions).toEqual(['上海', '北京', '江苏', '天津', '四川']);
    expect(seedArticles('001')[0]!.cities).toContain('北京');
    expect(byTitle('汽车芯片').regions).toEqual([]); // 在京召开: the venue of a national meeting
    expect(byTitle('河北印发')).toMatchObject({ regions: ['河北', '北京', '天津'], cities: ['保定', '廊坊', '石家庄', '唐山'] });
    expect(byTitle('天津发布').regions).toEqual(['天津', '北京', '河北']);
    expect(byTitle('甘蔗')).toMatchObject({ regions: ['广西'], cities: ['来宾'] });
    expect(byTitle('连城县')).toMatchObject({ regions: ['福建'], cities: ['龙岩'] });
    expect(byTitle('长沙市长').regions).toEqual(['湖南']);
  });

  it('avoids false positives from exchanges and brands', () => {
    expect(feature().regions).toEqual(['上海', '江苏', '陕西']);
    expect(byTitle('人形机器人').regions).toEqual([]);
  });

  it('tags industries the article is about, not those it lists in passing', () => {
    expect(byTitle('汽车芯片').industries).toEqual(['chips', 'vehicles']);
    expect(byTitle('人形机器人').industries).toEqual(['humanoid-robots']);
    expect(byTitle('湖北召开').industries).toEqual(['low-altitude-economy']);
    expect(byTitle('天津发布').industries).toEqual(['ai']);
  });

  it('gives general SRDI articles no industry: one firm’s story or a list of sectors is not their subject', () => {
    // A robot maker's story in one paragraph of an article about SME policy.
    expect(seedArticles('001')[0]!.industries).toEqual([]);
    // An optics firm and a medical-device firm as examples; 量子科技、人工智能、低空经济等未来产业 listed once.
    expect(byTitle('力挺专精特新').industries).toEqual([]);
    expect(seedArticles('003')[0]!.industries).toEqual([]);
    // They keep their topics.
    expect(seedArticles('001')[0]!.topics).toContain('srdi-cultivation');
  });

  it('tags policy topics', () => {
    expect(feature().topics).toEqual(expect.arrayContaining(['listing', 'srdi-cultivation', 'financing', 'regional-plans']));
    expect(byTitle('力挺专精特新').topics).toEqual(expect.arrayContaining(['srdi-cultivation', 'financing', 'statistics']));
    expect(byTitle('天津发布').topics[0]).toBe('ai-applications');
    expect(byTitle('湖北召开').topics).toEqual(['regional-plans']);
    for (const a of seedCorpus().articles.filter((x) => x.onTopic)) expect(a.topics.length, a.id).toBeGreaterThan(0);
  });

  it('marks the unrelated items off topic', () => {
    expect(byTitle('社会工作').onTopic).toBe(false);
    expect(byTitle('美高校').onTopic).toBe(false);
    expect(byTitle('限购再松绑').onTopic).toBe(false);
    expect(seedCorpus().articles.filter((a) => a.onTopic)).toHaveLength(25);
  });

  it('extracts key figures with value, unit, qualifier and indicator', () => {
    const all = seedFigures();
    const find = (text: string, indicator: string) => all.find((f) => f.text === text && f.indicator === indicator);
    expect(find('超6.57万亿元', '“专精特新”企业贷款余额')).toMatchObject({ value: 6.57e12, unit: '元', unitFamily: 'money', qualifier: '超', kind: 'level' });
    expect(find('13%', '“专精特新”企业贷款余额同比增长')).toMatchObject({ value: 13, unit: 'percent', kind: 'change' });
    expect(find('9998元', '售价')).toMatchObject({ value: 9998, unit: '元' });
    expect(find('59.5万台', '中国工业机器人产量')).toMatchObject({ value: 595000, unit: '台', unitFamily: 'count' });
    expect(find('超4000亿元', '专精特新贷')).toMatchObject({ value: 4e11, unit: '元', qualifier: '超' });
    expect(find('1.46万家', '专精特新“小巨人”企业数量')).toMatchObject({ value: 14600, indicatorKey: '专精特新小巨人企业' });
    expect(find('约18%', '国内工业镜头市场份额')).toMatchObject({ value: 18, qualifier: '约', kind: 'share' });
    expect(find('757%', '具身智能机器人成交金额同比增长')).toMatchObject({ value: 757, kind: 'change' });
    expect(find('6.9%', '规上工业中小企业增加值同比增长')).toMatchObject({ value: 6.9, kind: 'change' });
    expect(find('2万家左右', '上海专精特新中小企业数量')).toMatchObject({ value: 20000, qualifier: '左右', kind: 'target' });
    expect(find('40亿立方米', '产能')).toMatchObject({ unitFamily: 'physical' });
    expect(all.some((f) => /年|月|日/.test(f.unit))).toBe(false);
  });

  it('labels subsets of the 小巨人 firms with their scope, never as the total', () => {
    const littleGiants = seedFigures().filter((f) => f.indicatorKey === '专精特新小巨人企业');
    expect([...new Set(littleGiants.map((f) => f.value))].sort((a, b) => a - b)).toEqual([14600, 17600]);
    const byText = (text: string) => seedFigures().filter((f) => f.text === text).map((f) => f.indicator);
    expect(byText('4200多家')).toEqual(['中央财政支持的“小巨人”企业数量']);
    expect(byText('超4200家')).toEqual(['中央财政支持的“小巨人”企业数量']);
    expect(byText('超1000家')).toEqual(['超长期特别国债支持的“小巨人”企业数量']);
    expect(byText('3000多家')).toEqual(['承担过国家重大科技项目的“小巨人”企业数量']);
    expect(byText('超过400家')).toEqual(['央企在雄安新区设立的各类机构数量']);
  });

  it('keeps a baseline on the figure it belongs to: 从不足4万家增至14万家以上 is one figure', () => {
    const growth = seedFigures().filter((f) => f.baseline !== null);
    expect(growth.map((f) => [f.text, f.indicatorKey, f.baseline?.text, f.baseline?.value, f.kind])).toEqual([
      ['14万家以上', '专精特新中小企业', '不足4万家', 40000, 'level'],
      ['1.76万家', '专精特新小巨人企业', '5000余家', 5000, 'level'],
    ]);
    expect(seedFigures().some((f) => f.text === '不足4万家')).toBe(false);
  });

  it('splits 分别 lists into one figure per indicator, in order', () => {
    const shares = seedFigures().filter((f) => /占全部企业的比重$/.test(f.indicator ?? ''));
    expect(shares.map((f) => [f.text, f.indicator, f.kind])).toEqual([
      ['99.9%', '中小企业单位数占全部企业的比重', 'share'],
      ['84.3%', '从业人员占全部企业的比重', 'share'],
      ['78%', '资产总计占全部企业的比重', 'share'],
    ]);
    const shareOf = (text: string) => seedFigures().find((f) => f.text === text)?.indicator;
    expect(shareOf('9.6%')).toBe('“小巨人”企业营业收入占比');
    expect(shareOf('13.7%')).toBe('“小巨人”企业利润占比');
    expect(shareOf('3.5%')).toBe('“小巨人”企业数量占全国规模以上工业中小企业的比重');
  });

  it('says so (null) rather than guess where the words give no sound indicator', () => {
    const of = (text: string) => seedFigures().filter((f) => f.text === text).map((f) => f.indicator);
    expect(of('超4000家')).toEqual([null]);
    expect(of('2.8个百分点')).toEqual([null]);
    expect(of('超过5万亿元')).toEqual(['政府投资资金']);
    expect(seedFigures().find((f) => f.text === '超过5万亿元')?.kind).toBe('target');
  });

  it('keeps every figure its evidence sentence', () => {
    const f = seedFigures().find((x) => x.text === '4200多家')!;
    expect(f.evidence).toBe('数据显示，中央财政直接支持4200多家“小巨人”企业加大创新投入');
    expect(seedFigures().every((x) => x.evidence.includes(x.text))).toBe(true);
  });

  it('gives the Beijing mentions of national stories their role: venue or dateline, not subject', () => {
    const beijing = (fragment: string) => byTitle(fragment).places.filter((p) => p.province === '北京').map((p) => [p.role, p.evidence]);
    expect(beijing('国产汽车芯片认证')).toEqual([['venue', expect.stringContaining('在京召开')]]);
    expect(beijing('巩固提升“三农”')).toEqual([['venue', expect.stringContaining('国务院新闻办公室在北京举行新闻发布会')]]);
    expect(beijing('第九次中小企业圆桌会议')).toEqual([['dateline', expect.stringContaining('北京讯')]]);
    // This one also reports Beijing's own policy (北京日前发布…): a subject.
    expect(beijing('硬实力')).toEqual([['subject', expect.stringContaining('北京日前发布')]]);
    for (const fragment of ['国产汽车芯片认证', '巩固提升“三农”', '第九次中小企业圆桌会议']) expect(byTitle(fragment).regions).not.toContain('北京');
  });

  it('counts regions by subject: Beijing is no longer the most covered province of the seeds', () => {
    const count = (p: string) => seedCorpus().articles.filter((a) => a.regions.includes(p)).length;
    expect(count('北京')).toBe(5);
    expect(seedCorpus().articles.filter((a) => a.places.some((p) => p.province === '北京' && p.role !== 'mention')).length).toBe(8);
    expect(byTitle('新春第一会').regions).toEqual([]);
    expect(byTitle('新春第一会').places.filter((p) => p.role !== 'mention')).toEqual([]);
  });

  it('lists the documents the 上海·江苏·陕西 feature cites', () => {
    expect(feature().documents).toEqual([
      { title: '上海市促进专精特新中小企业发展壮大的若干措施', shortName: '若干措施', period: null },
      { title: '江苏省专精特新企业上市培育三年行动方案(2025—2027)', shortName: '方案', period: '2025-2027' },
    ]);
  });
});
