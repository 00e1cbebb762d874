// Site chrome never survives, broken sentences are joined, OCR spaces removed, sign-offs become outlets.
import { describe, expect, it } from 'vitest';
import { byTitle, seedArticles, seedCorpus } from '../helpers/seed-corpus';

const everything = (): string => seedCorpus().articles.map((a) => [a.title, a.byline, a.body].join('\n')).join('\n');

describe('cleaning the seed pages', () => {
  it.each([
    '游客您好', '免费注册', '您的位置', '更多老铁还关注', '钢铁要闻一周速览', 'CMISI一周头条', '信息标准院党委',
    '内容来源', '版权说明', '18810506859', '分享到', '抢沙发', '关于我们', '友情链接', '本网站所有内容', '灯市口大街',
    'ICP备', 'Copyright', '3D视窗网', '加入收藏', '您当前的位置', '声明:以上内容', '推荐资讯', '汇聚千万热爱',
    '最新资讯', '热门阅读', '甬金股份', '苹果,再次豪赌芯片', '网站地图', '责任编辑', '崔岳莺', '返回', '顶部',
    '安全生产 人人有责', '应急管理宣传教育中心', '提高全民安全意识', '(来源', '(津 文)', '(冀 讯)', '(鄂 文)',
  ])('drops chrome %s', (chrome) => {
    expect(everything()).not.toContain(chrome);
  });

  it('joins lines broken mid-sentence', () => {
    const lead = byTitle('力挺专精特新');
    expect(lead.body).toContain('创新创业和产业配套能力持续增强。');
    expect(lead.body).toContain('同时加快人工智能技术赋能，沿着光学产品的核心路线');
    expect(lead.body).toContain('在强化企业创新主体地位，提升优质企业产业链支撑作用方面');
    const robots = byTitle('人形机器人');
    expect(robots.body).toContain('如今，已具备更强的功能拓展性。');
    expect(robots.body).toContain('该大模型能够让人形机器人从“预设场景”走向“泛化适应”');
    expect(byTitle('美高校').body).toContain('国际学生难以及时获得签证。');
    expect(byTitle('河北印发').body).toContain('要推动电子信息产业集群化发展,建设国家先进制造业集群。');
    const feature = seedArticles('002')[0]!;
    expect(feature.paragraphs).toContain('加强绿色发展,支持专精特新中小企业加强绿色技术应用,打造绿色工厂。');
    expect(feature.body).toContain('加强专精特新专板建设');
    expect(feature.body).not.toMatch(/\n专板建设/);
  });

  it('removes spaces an OCR put between Chinese characters', () => {
    const feature = seedArticles('002')[0]!;
    expect(feature.body).toContain('专精特新中小企业是中小企业的中坚力量,是推进新型工业化、发展新质生产力、完善现代化产业体系建设的重要支撑。');
    expect(feature.body).toContain('遴选500家企业进入上市后备企业库');
    expect(byTitle('河北印发').paragraphs[0]).toBe(
      '本报讯 近日,河北省工信厅印发《全省电子信息产业2025年重点工作清单》(以下简称《工作清单》),聚焦半导体、新型显示等重点产业,打造电子信息产业发展新优势,力争全年投资增长15%以上,营业收入增长10%以上。',
    );
  });

  it('keeps spaces inside Latin text, product names and deliberate captions', () => {
    const robots = byTitle('人形机器人');
    expect(robots.body).toContain('Booster K1，限时售价2.99万元起');
    expect(robots.body).toContain('Unitree R1 AIR，售价同样降至2.99万元');
    const tv = seedArticles('001')[0]!;
    expect(tv.body).toContain('中关村科学城管委会副主任 唐超:');
    expect(seedArticles('004')[0]!.paragraphs[0]).toMatch(/^中经联播4月10日北京讯 \(褚新兵 张宇晖 雨蝶\)4月9日/);
  });

  it('takes the outlet from sign-offs, datelines and time lines, preferring the original publisher', () => {
    expect(seedArticles('000').map((a) => a.outlet)).toEqual(['经济参考报', '中新网', '中新网', '中国新闻网', '新华网']);
    // The page says 信息来源:世界金属导报 but the story is credited 内容来源:央视新闻.
    expect(seedArticles('001')[0]!.outlet).toBe('央视新闻');
    expect(seedArticles('003')[0]!.outlet).toBe('中国网');
    expect(seedArticles('004')[0]!.outlet).toBe('中经联播');
    expect(byTitle('龙海').outlet).toBe('中经联播');
    expect(seedArticles('002').map((a) => a.outlet)).toEqual([null, null, null, null]);
  });

  it('leaves no item empty and no paragraph with stray whitespace', () => {
    for (const a of seedCorpus().articles) {
      expect(a.paragraphs.length, a.id).toBeGreaterThan(0);
      for (const p of a.paragraphs) expect(p, a.id).toBe(p.trim());
      expect(a.body).not.toMatch(/ {2,}|\u3000|\u00a0/);
    }
  });
});
