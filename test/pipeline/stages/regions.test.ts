import { describe, expect, it } from 'vitest';
import { findRegions } from '../../../src/pipeline/stages/regions';

const regions = (text: string, title: string | null = null, signoff: string | null = null) => {
  const { regions: r, cities } = findRegions(title, text, signoff);
  return { regions: r, cities };
};
const roles = (text: string, title: string | null = null, dateline: string | null = null) =>
  findRegions(title, text, null, dateline).places.map((p) => `${p.province}${p.city && p.city !== p.province ? `/${p.city}` : ''}:${p.role}`);

describe('findRegions', () => {
  it('maps districts, counties and development zones to their city and province', () => {
    expect(regions('来自北京海淀区的一家专精特新中小企业')).toEqual({ regions: ['北京'], cities: ['北京'] });
    expect(regions('在湘潭经开区，一家医疗器械公司')).toEqual({ regions: ['湖南'], cities: ['湘潭'] });
    expect(regions('福建省连城县召开动员部署会议')).toEqual({ regions: ['福建'], cities: ['龙岩'] });
    expect(regions('央企在雄安新区设立各类机构')).toEqual({ regions: ['河北'], cities: ['保定'] });
    expect(regions('苏州这家生产新型纤维材料的中小企业')).toEqual({ regions: ['江苏'], cities: ['苏州'] });
  });

  it('uses full and short names of provinces and autonomous regions', () => {
    expect(regions('广西壮族自治区和内蒙古、香港特别行政区').regions).toEqual(['广西', '内蒙古', '香港']);
  });

  it('reads abbreviations in fixed compounds and locative phrases', () => {
    expect(regions('引领京津冀共建应用场景').regions).toEqual(['北京', '天津', '河北']);
    expect(regions('成果交流推进会在京召开').regions).toEqual(['北京']);
    expect(regions('推动科研成果在冀孵化、转化').regions).toEqual(['河北']);
    expect(regions('中经联播4月10日北京讯 近日召开会议').regions).toEqual(['北京']);
  });

  it('ignores names that merely contain a place', () => {
    expect(regions('近一个月，仅在京东，就有超百款智能机器人产品上新').regions).toEqual([]);
    expect(regions('发挥沪深北交易所培育基地作用，支持企业在北交所上市').regions).toEqual([]);
    expect(regions('九成企业为国内外知名大企业配套，全国中小企业超6000万家').regions).toEqual([]);
    expect(regions('浙江大学—龙海食品产业联合研究中心').regions).toEqual([]);
    expect(regions('北京时间今晨发布').regions).toEqual([]);
  });

  it('counts a company address when it says where the company is', () => {
    expect(regions('在华为湖南代表处，他详细了解企业研发投入').regions).toEqual(['湖南']);
  });

  it('reads a short city name that is also a word only next to its province or a zone suffix', () => {
    expect(regions('在“中国糖都”广西来宾，一场全产业链革新')).toEqual({ regions: ['广西'], cities: ['来宾'] });
    expect(regions('各位来宾，大家好')).toEqual({ regions: [], cities: [] });
    expect(regions('来宾高新区新增企业').cities).toEqual(['来宾']);
    expect(regions('安康市发布方案').cities).toEqual(['安康']);
    expect(regions('祝大家平安安康').cities).toEqual([]);
  });

  it('resolves a district name shared by several cities only from context', () => {
    expect(regions('朝阳区发布新政').regions).toEqual([]);
    expect(regions('北京市朝阳区发布新政').cities).toEqual(['北京']);
  });

  it('ignores generic district names', () => {
    expect(regions('项目位于新田岭矿区，利用城区闲置空间').regions).toEqual([]);
  });

  it('ranks the place a sign-off names first when the story is about it', () => {
    expect(regions('天津市发布场景，河北、北京参与', null, '津 文').regions[0]).toBe('天津');
    expect(regions('湖北召开推进会', null, '津 文').regions).toEqual(['湖北']);
  });

  it('ranks places in the headline first', () => {
    expect(regions('上海、江苏都在推进。', '湖北召开低空经济推进会').regions[0]).toBe('湖北');
  });

  it('gives every place its role: subject, venue of a national event, dateline, or mention', () => {
    expect(roles('工业和信息化部在京召开中小企业圆桌会议，研究部署专精特新工作')).toEqual(['北京:venue']);
    expect(roles('国务院新闻办公室在北京举行新闻发布会，介绍乡村振兴进展')).toEqual(['北京:venue']);
    // A province's own meeting in its capital: the place is what the story is about.
    expect(roles('全省低空经济发展推进会在武汉召开，部署全年工作')).toEqual(['湖北/武汉:subject']);
    expect(roles('新华社北京3月5日电 全国两会期间，代表们围绕新质生产力建言', null, '新华社北京3月5日电')).toEqual(['北京:dateline']);
    // Filed from Beijing and about Beijing: the subject wins.
    expect(roles('新华社北京3月5日电 北京市发布中小企业服务清单，北京将支持企业上市', null, '新华社北京3月5日电')).toEqual(['北京:subject']);
  });

  it('makes a roundup of many provinces in passing mentions, unless each has its own paragraph', () => {
    const roundup = '开年以来，河南、广东、山东、湖北、安徽、湖南等地纷纷召开新春第一会，聚焦高质量发展。';
    expect(findRegions('各地新春第一会观察', roundup, null).regions).toEqual([]);
    expect(roles(roundup, '各地新春第一会观察').every((r) => r.endsWith(':mention'))).toBe(true);
    const ownParagraphs = ['上海推动专精特新企业上市。', '江苏设立专项基金。', '浙江建设服务平台。', '安徽培育小巨人企业。', '四川举办对接活动。'].join('\n');
    expect(findRegions(null, ownParagraphs, null).regions.sort()).toEqual(['上海', '江苏', '浙江', '安徽', '四川'].sort());
  });
});

