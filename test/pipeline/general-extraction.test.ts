// The general rules behind the development-page scores, each on synthetic lines written
// for the test (no page's text): line classes, digests, signatures, wraps, dates.
import { describe, expect, it } from 'vitest';
import { classifyLine, isNavigationBar } from '../../src/pipeline/classify-line';
import { silentLogger } from '../../src/pipeline/logger';
import { processPage } from '../../src/pipeline/process-page';
import { findRegions } from '../../src/pipeline/stages/regions';
import { wrapWidth } from '../../src/pipeline/stages/wrap-width';

const line = (text: string) => classifyLine({ line: 1, text });
const page = (text: string) => processPage('t.txt', new TextEncoder().encode(text), silentLogger).articles;

describe('line classes', () => {
  it.each([
    ['主页 | 要闻 | 地方 | 产业 | 视频', true],
    ['2024-01-03,101| 2024-01-02,99| 2024-01-01,97|', true],
    ['首页 新闻 图片 视频 直播 专题 理论', true],
    ['湖南发布专精特新企业培育方案', false],
    ['据介绍，该市新增企业120家，同比增长12%。', false],
  ])('navigation bar by shape: %s', (text, bar) => {
    expect(isNavigationBar(text)).toBe(bar);
  });

  it.each([
    ['2023年05月06日', 'date-only'],
    ['某某日报2024-02-03', 'date-only'],
    ['2022年3月4日 09:12 [大 中 小] [打印]', 'labelled'],
    ['来源:某报 | 发布时间: 2021-06-01 | 12 次浏览 | 分享到:', 'labelled'],
    ['發佈時間:2020-01-02 08:00', 'labelled'],
  ])('a stamp line: %s', (text, shape) => {
    const l = line(text);
    expect(l.kind).toBe('meta');
    if (l.kind === 'meta') expect(l.dateOnly).toBe(shape === 'date-only');
  });

  it('reads Traditional lines folded but returns their own characters', () => {
    const l = line('新聞來源:某某電視台');
    expect(l).toMatchObject({ kind: 'source', outlet: '某某電視台' });
  });
});

describe('places', () => {
  it.each([
    ['a short county name inside an ordinary word', '该县入选全国电子商务进农村综合示范县名单，成效明显。', []],
    ['an institution named after a city', '西安电子科技大学的研究团队发布了新成果。', []],
    ['a route named by its ends', '沪苏段高速公路今天正式通车。', []],
    ['a county with its province', '河南范县今年新增企业一百家。', ['河南']],
    ['a company named after a city, beside the story\'s own city', '无锡经开区与深圳市某某科技股份有限公司签约，无锡经开区将建设新的产业园。', ['江苏']],
    ['a policy region that is not the story\'s own', '苏州工业园区发布新政，苏州将与粤港澳大湾区开展合作。', ['江苏']],
    ['a policy region that includes the story\'s own province', '河北印发新政，河北将推动京津冀协同发展。', ['河北', '北京', '天津']],
  ])('%s', (_what, text, regions) => {
    expect(findRegions(null, text, null).regions.sort()).toEqual([...regions].sort());
  });
});

describe('pages', () => {
  it('splits a digest of bracketed headlines into one brief each', () => {
    const items = page('【第一条消息的标题】\n某市今天发布了一项新的产业政策，涉及多个方面的内容。\n【第二条消息的标题】\n另一座城市的企业获得了新的订单，产量继续增长。\n【第三条消息的标题】\n第三条消息讲述了天气的变化，明天将有降温。\n');
    expect(items.map((a) => [a.kind, a.title])).toEqual([['brief', '第一条消息的标题'], ['brief', '第二条消息的标题'], ['brief', '第三条消息的标题']]);
  });

  it('makes a run of bulleted paragraphs briefs, dated by the page\'s own "today"', () => {
    const items = page('大家早上好，今天是2024年6月3日，星期一。\n■ 某研究院的最新数据显示，截至今年五月，某类企业的创新指数继续上升。\n■ 某集团昨晚发布消息，其水电站累计发电量已突破一个新的里程碑。\n');
    const briefs = items.filter((a) => a.kind === 'brief');
    expect(briefs.map((a) => [a.paragraphs.length, a.date])).toEqual([[1, '2024-06-03'], [1, '2024-06-03']]);
  });

  it("dates a notice by its signature and keeps its attachment in the same item", () => {
    const items = page('关于印发某市产业发展实施方案的通知\n各区人民政府，市政府各部门：\n现将《某市产业发展实施方案》印发给你们，请认真贯彻落实。\n某市人民政府办公室\n2023年7月18日\n某市产业发展实施方案\n为加快产业发展，制定本方案。\n一、总体要求\n坚持创新驱动，推动高质量发展。\n');
    expect(items).toHaveLength(1);
    expect(items[0]!).toMatchObject({ date: '2023-07-18', datePrecision: 'day' });
    expect(items[0]!.body).toContain('坚持创新驱动');
  });

  it('takes a wire dateline\'s year from the page stamp, and the stamp itself when published within days', () => {
    const soon = page('某地举办产业大会\n2025-06-07 10:00 来源：某网\n某通讯社某地6月6日电 某地今天举办产业大会，吸引了众多企业参加。\n');
    expect(soon[0]!.date).toBe('2025-06-07');
    const repost = page('某地举办产业大会\n2025-11-17 04:36 来源：某网\n某通讯社北京7月5日电 某部门今天发布数据，企业数量继续增长。\n');
    expect(repost[0]!.date).toBe('2025-07-05');
  });

  it('places a story in a Taiwanese city in Taiwan', () => {
    const items = page('某市夜间发生多起火警\n高雄市昨晚一个晚上发生五起火警意外，消防人员连夜出动，所幸无人受伤。\n');
    expect(items[0]!.regions).toEqual(['台湾']);
  });

  it('joins hard-wrapped lines of one width and never takes them for headlines', () => {
    const wrapped = ['首个某类机器人运动会今天晚上在某地开幕，在开幕式的节目中，模特', '领着多位机器人现场走秀，机器人的服装上还绣着传统的纹样，引人注', '目。本次运动会设二十六个赛项，除了体育场景之外，还有工厂和医院', '等场景，吸引来自十六个国家和地区的队伍参加比赛，竞争十分激烈。'];
    expect(Math.abs(wrapWidth(wrapped.map((text, i) => ({ line: i + 1, text })))! - 32)).toBeLessThanOrEqual(2);
    expect(wrapWidth(['短行', '另一个完整的句子。'].map((text, i) => ({ line: i + 1, text })))).toBeNull();
    const items = page(wrapped.join('\n\n'));
    expect(items).toHaveLength(1);
    expect(items[0]!.title).toBeNull();
    expect(items[0]!.paragraphs).toHaveLength(1);
    expect(items[0]!.body).toContain('模特领着多位机器人');
  });
});
