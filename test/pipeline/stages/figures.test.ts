import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/pipeline/stages/figures';

const fig = (text: string) => extractFigures([text]).map(({ text: t, value, unit, qualifier, indicator }) => ({ t, value, unit, qualifier, indicator }));

describe('extractFigures', () => {
  it('normalises magnitudes, units and qualifiers', () => {
    expect(fig('我国已累计培育专精特新“小巨人”企业超1.76万家')).toEqual([
      { t: '超1.76万家', value: 17600, unit: '家', qualifier: '超', indicator: '专精特新小巨人企业数量' },
    ]);
    expect(fig('“专精特新”企业贷款余额超6.57万亿元、同比增长13%')).toEqual([
      { t: '超6.57万亿元', value: 6.57e12, unit: '元', qualifier: '超', indicator: '专精特新企业贷款余额' },
      { t: '13%', value: 13, unit: 'percent', qualifier: null, indicator: '专精特新企业贷款余额同比增长' },
    ]);
    expect(fig('售价更是低至9998元')).toMatchObject([{ value: 9998, unit: '元', indicator: '售价' }]);
    expect(fig('中国工业机器人产量达59.5万台，服务机器人产量更是突破1350万套')).toMatchObject([
      { value: 595000, unit: '台', indicator: '中国工业机器人产量' },
      { value: 13500000, unit: '套', indicator: '服务机器人产量' },
    ]);
    expect(fig('推动商业银行设立总规模超4000亿元的“专精特新贷”')).toMatchObject([{ value: 4e11, unit: '元', qualifier: '超', indicator: '专精特新贷' }]);
    expect(fig('产品已取得210余张全球注册认证')).toMatchObject([{ value: 210, unit: '张', qualifier: '余', indicator: '全球注册认证' }]);
    expect(fig('中央财政直接支持4200多家企业')).toMatchObject([{ value: 4200, qualifier: '多' }]);
    expect(fig('入库企业约30家左右')).toMatchObject([{ value: 30, qualifier: '约' }]);
    expect(fig('高出大型企业2.8个百分点')).toMatchObject([{ value: 2.8, unit: 'percentage points' }]);
  });

  it('takes the counted thing after the number when the clause ends on a verb', () => {
    expect(fig('三年内集聚1000家专业服务机构')).toMatchObject([{ value: 1000, indicator: '专业服务机构数量' }]);
  });

  it('ignores years, dates, ordinals, versions, model names and phone numbers', () => {
    expect(fig('2025年11月18日，第九次会议发布技术体系2.0和Emu3.5模型，电话18810506859，“十五五”时期')).toEqual([]);
  });

  it('records the paragraph a figure comes from', () => {
    expect(extractFigures(['无数字。', '新增100家。']).map((f) => f.paragraph)).toEqual([1]);
  });
});
