import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/pipeline/stages/figures';

const fig = (text: string) =>
  extractFigures([text]).map(({ text: t, value, unit, qualifier, indicator, kind }) => ({ t, value, unit, qualifier, indicator, kind }));

describe('extractFigures', () => {
  it('normalises magnitudes, units and qualifiers', () => {
    expect(fig('我国已累计培育专精特新“小巨人”企业超1.76万家')).toEqual([
      { t: '超1.76万家', value: 17600, unit: '家', qualifier: '超', indicator: '我国累计培育的专精特新“小巨人”企业数量', kind: 'level' },
    ]);
    expect(fig('“专精特新”企业贷款余额超6.57万亿元、同比增长13%')).toEqual([
      { t: '超6.57万亿元', value: 6.57e12, unit: '元', qualifier: '超', indicator: '“专精特新”企业贷款余额', kind: 'level' },
      { t: '13%', value: 13, unit: 'percent', qualifier: null, indicator: '“专精特新”企业贷款余额同比增长', kind: 'change' },
    ]);
    expect(fig('售价更是低至9998元')).toMatchObject([{ value: 9998, unit: '元', indicator: '售价' }]);
    expect(fig('中国工业机器人产量达59.5万台，服务机器人产量更是突破1350万套')).toMatchObject([
      { value: 595000, unit: '台', indicator: '中国工业机器人产量' },
      { value: 13500000, unit: '套', indicator: '服务机器人产量' },
    ]);
    expect(fig('推动商业银行设立总规模超4000亿元的“专精特新贷”')).toMatchObject([{ value: 4e11, unit: '元', qualifier: '超', indicator: '专精特新贷' }]);
    expect(fig('入库企业约30家左右')).toMatchObject([{ value: 30, qualifier: '约' }]);
    expect(fig('高出大型企业2.8个百分点')).toMatchObject([{ value: 2.8, unit: 'percentage points', kind: 'change', indicator: null }]);
  });

  it('reads the scope of a count from the verb before it or the verb phrase after it', () => {
    expect(fig('三年内集聚1000家专业服务机构')).toMatchObject([{ value: 1000, indicator: '三年内集聚的专业服务机构数量' }]);
    expect(fig('中央财政直接支持4200多家“小巨人”企业加大创新投入')).toMatchObject([{ indicator: '中央财政支持的“小巨人”企业数量' }]);
    expect(fig('有300多家企业承担过国家重大科技项目')).toMatchObject([{ indicator: '承担过国家重大科技项目的企业数量' }]);
    expect(fig('某地设立各类机构已超过50家')).toMatchObject([{ indicator: '某地设立的各类机构数量' }]);
  });

  it('tells levels, changes, shares and targets apart', () => {
    expect(fig('到2027年，全市专精特新企业达到500家').map((f) => f.kind)).toEqual(['target']);
    expect(fig('力争全年投资增长15%以上，营业收入增长10%以上').map((f) => f.kind)).toEqual(['target', 'target']);
    expect(fig('出口额同比增长12%').map((f) => f.kind)).toEqual(['change']);
    expect(fig('占据国内市场约20%份额').map((f) => f.kind)).toEqual(['share']);
    expect(fig('识别准确度提高到95%以上')).toMatchObject([{ kind: 'level', indicator: '识别准确度' }]);
    expect(fig('规划中已谋划的100个项目').map((f) => f.kind)).toEqual(['level']);
  });

  it('pairs 从A增至B into one figure with a baseline', () => {
    const [only, ...rest] = extractFigures(['全省专精特新企业从300家增至1200家']);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ text: '1200家', value: 1200, baseline: { text: '300家', value: 300, qualifier: null }, indicator: '全省专精特新企业数量' });
  });

  it('splits a 分别 list in order, and names none when the counts differ', () => {
    expect(fig('出口、进口分别增长5%和3%').map((f) => f.indicator)).toEqual(['出口增长', '进口增长']);
    expect(fig('出口、进口、转口分别增长5%和3%').map((f) => f.indicator)).toEqual([null, null]);
  });

  it('never labels a figure with a cut phrase or a verb fragment', () => {
    expect(fig('活动等活200家左右主营业务')).toMatchObject([{ indicator: null }]);
    expect(fig('围绕50个细分行业编制了指南')).toMatchObject([{ indicator: null }]);
    expect(fig('构建“3公里”企业服务圈')).toEqual([]);
  });

  it('ignores years, dates, ordinals, versions, model names and phone numbers', () => {
    expect(fig('2025年11月18日，第九次会议发布技术体系2.0和Emu3.5模型，电话18810506859，“十五五”时期')).toEqual([]);
  });

  it('records the paragraph and sentence a figure comes from', () => {
    const [f] = extractFigures(['无数字。', '开头一句。新增100家企业。结尾。']);
    expect(f).toMatchObject({ paragraph: 1, evidence: '新增100家企业' });
  });
});
