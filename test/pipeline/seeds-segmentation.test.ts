// The five seed pages, end to end: how many items each yields, their titles, kinds and provenance.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR, byTitle, seedArticles, seedCorpus } from '../helpers/seed-corpus';

describe('seed pages split into items', () => {
  it('gives 29 items: 5, 1, 4, 1 and 1 article + 17 briefs', () => {
    const counts = ['000', '001', '002', '003', '004'].map((p) => seedArticles(p).length);
    expect(counts).toEqual([5, 1, 4, 1, 18]);
    expect(seedCorpus().articles).toHaveLength(29);
    const kinds = seedArticles('004').map((a) => a.kind);
    expect(kinds.filter((k) => k === 'brief')).toHaveLength(17);
    expect(kinds[0]).toBe('article');
    expect(seedCorpus().articles.filter((a) => a.kind === 'brief')).toHaveLength(17);
  });

  it('titles each Markdown heading item, whatever its level', () => {
    expect(seedArticles('000').map((a) => a.title)).toEqual([
      '力挺专精特新中小企业 更多政策举措加快制定',
      '国产汽车芯片认证 审查技术体系实现突破',
      '两部门发文加强社会工作专业 实习实践基地建设',
      '中国人形机器人 加速迈向“消费级”',
      '报告显示美高校国际学生 今年秋季入学人数减少17%',
    ]);
  });

  it('finds the title of a web article above its time/source line', () => {
    expect(seedArticles('001').map((a) => a.title)).toEqual(['让专精特新企业成为高质量发展生力军']);
    expect(seedArticles('003').map((a) => a.title)).toEqual(['我国专精特新中小企业展现“硬实力”“小体量”迸发科创“大能量”']);
  });

  it('keeps an untitled feature with its regional sections as one item, then the 本报讯 stories', () => {
    const items = seedArticles('002');
    expect(items.map((a) => a.title)).toEqual([
      null,
      '天津发布37个"人工智能+制造"典型应用场景',
      '河北印发2025年 电子信息产业重点工作清单',
      '湖北召开 低空经济发展推进会',
    ]);
    const feature = items[0]!;
    expect(feature.byline).toBe('本报记者 路轶晨');
    for (const section of ['上海支持企业小升规、规转强、强转股、股上市', '江苏推动专精特新企业在资本市场高质量发展', '陕西助力一批高质量企业挂牌上市']) {
      expect(feature.paragraphs).toContain(section);
    }
    expect(items.slice(1).map((a) => a.signoff)).toEqual(['津 文', '冀 讯', '鄂 文']);
  });

  it('keeps subheadings inside the article they belong to', () => {
    const a = seedArticles('004')[0]!;
    expect(a.paragraphs).toContain('政策风向:专精特新成“新质生产力”核心引擎');
    expect(a.paragraphs).toContain('展望:专精特新“星辰大海”启航');
    const b = seedArticles('003')[0]!;
    expect(b.paragraphs).toContain('2025中小企业人工智能典型应用场景发布');
    expect(b.paragraphs).toContain('各地持续加大专精特新中小企业培育力度');
  });

  it('makes each teaser a brief with its headline and one paragraph', () => {
    const briefs = seedArticles('004').slice(1);
    expect(briefs.every((b) => b.kind === 'brief' && b.paragraphs.length === 1)).toBe(true);
    expect(briefs[0]!.title).toBe('央企各类机构超400家聚雄安!创新驱动成为“未来之城”发展主引擎');
    expect(briefs.at(-1)!.title).toBe('中共中央 国务院关于锚定农业农村现代化 扎实推进乡村全面振兴的意见');
    expect(briefs.map((b) => b.title)).toContain('龙海“四链”融合结硕果:12个项目签约 总投资37.83亿助力食品产业腾飞');
  });

  it("keeps each item's last paragraph", () => {
    expect(byTitle('力挺专精特新').paragraphs.at(-1)).toBe('记者获悉，目前国家中小企业发展基金二期的设立方案已获国务院批复。下一步相关部门将强化金融精准支持，引导更多社会资本支持初期中小企业成长。');
    expect(byTitle('湖北召开').paragraphs.at(-1)).toMatch(/努力营造低空经济发展的良好生态。$/);
    expect(seedArticles('001')[0]!.paragraphs.at(-1)).toMatch(/^小企业有大事业/);
    expect(seedArticles('003')[0]!.paragraphs.at(-1)).toMatch(/1500余家中小企业参与“揭榜”。$/);
    expect(seedArticles('004')[0]!.paragraphs.at(-1)).toBe('(注:文中数据与政策内容均援引自工信部官网及权威媒体报道)');
  });

  it('records provenance: file and the line range of each item', () => {
    const lines = (file: string) => readFileSync(join(SEEDS_DIR, file), 'utf8').split('\n');
    const chip = byTitle('汽车芯片');
    expect(chip.source).toEqual({ file: '000_c0c77dfeae12ef6b.txt', lineStart: 37, lineEnd: 41 });
    expect(lines(chip.source.file)[chip.source.lineStart - 1]).toContain('国产汽车芯片认证');
    expect(seedArticles('001')[0]!.source).toMatchObject({ lineStart: 3, lineEnd: 42 });
    expect(byTitle('湖北召开').source).toEqual({ file: '002_af67aaf0ae712473.txt', lineStart: 133, lineEnd: 153 });
    // Every item's first paragraph really sits inside its line range.
    for (const a of seedCorpus().articles) {
      const range = lines(a.source.file).slice(a.source.lineStart - 1, a.source.lineEnd).join('');
      const probe = a.paragraphs[0]!.replace(/\s/g, '').slice(0, 8);
      expect(range.replace(/\s/g, ''), a.id).toContain(probe);
    }
  });

  it('gives stable ids: file stem and ordinal', () => {
    expect(seedArticles('000').map((a) => a.id)).toEqual([1, 2, 3, 4, 5].map((n) => `000_c0c77dfeae12ef6b-0${n}`));
  });

  it('records each source with its hash, size, encoding and item count', () => {
    const src = seedCorpus().sources;
    expect(src.map((s) => [s.file.slice(0, 3), s.items, s.encoding, s.warnings.length])).toEqual([
      ['000', 5, 'utf-8', 0], ['001', 1, 'utf-8', 0], ['002', 4, 'utf-8', 0], ['003', 1, 'utf-8', 0], ['004', 18, 'utf-8', 0],
    ]);
    expect(src[0]!.bytes).toBe(13010);
    expect(src[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
