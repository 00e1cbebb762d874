// segmentPage and the PageLines view on synthetic pages written for the test.
import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../../src/pipeline/classify-line';
import { memoryLogger } from '../../../src/pipeline/logger';
import { PageLines } from '../../../src/pipeline/stages/page-lines';
import { segmentPage, splitLines } from '../../../src/pipeline/stages/segment';

const seg = (text: string) => segmentPage(text, memoryLogger()).items.map((it) => ({ kind: it.kind, title: it.title?.text ?? null, lines: [it.lineStart, it.lineEnd], body: it.body.length }));
const view = (text: string) => new PageLines(splitLines(text).map(classifyLine), null);

describe('PageLines', () => {
  const page = view('标题一\n首页 | 新闻 | 图片 | 视频\n这是一段很长的正文，讲述了某地企业的发展情况，内容充实而且完整。\n标题二\n另一段正文，同样讲述了另一地的企业在今年取得的新进展和新成绩。\n新华社北京3月5日电 一条电讯。');
  it('skips chrome to find the next line, and knows headlines, prose and datelines', () => {
    expect(page.nextIndex(0)).toBe(2);
    expect(page.isHeading(0)).toBe(true);
    expect(page.isProse(2)).toBe(true);
    expect(page.dateline(5)).toMatchObject({ month: 3, day: 5 });
    expect(page.isHeading(5)).toBe(false);
  });
  it('sees teasers and runs of them', () => {
    expect(page.teaserAt(0)).toEqual({ paragraph: 2 });
    // The second headline is followed by more text than one paragraph: not a run of teasers.
    expect(page.teaserRun(0)).toBe(false);
    const list = view('标题一\n这是一段很长的正文，讲述了某地企业的发展情况，内容充实而且完整。\n标题二\n另一段正文，同样讲述了另一地的企业在今年取得的新进展和新成绩。\n');
    expect(list.teaserRun(0)).toBe(true);
  });
});

describe('segmentPage', () => {
  it('starts a story at a headline over a stamp line, and drops the chrome around it', () => {
    expect(seg('网站首页 | 新闻 | 关于我们 | 联系我们\n某市发布产业新政\n2025-03-01 10:00 来源：某报\n某市今天发布了新的产业政策，支持企业发展。\n版权所有 某报社\n')).toEqual([
      { kind: 'article', title: '某市发布产业新政', lines: [2, 4], body: 1 },
    ]);
  });

  it('says which lines it dropped as chrome, and why', () => {
    const { dropped } = segmentPage('网站首页 | 新闻 | 关于我们 | 联系我们\n某市发布产业新政\n2025-03-01 10:00 来源：某报\n某市今天发布了新的产业政策，支持企业发展。\n责任编辑：张三\n版权所有 某报社\n', memoryLogger());
    expect(dropped.map((d) => [d.line, d.reason])).toEqual([[1, expect.any(String)], [5, 'editor'], [6, expect.any(String)]]);
    expect(dropped.map((d) => d.text)).toEqual(['网站首页 | 新闻 | 关于我们 | 联系我们', '责任编辑：张三', '版权所有 某报社']);
  });

  it('keeps an untitled story that opens with a dateline, and ends a story at its sign-off', () => {
    expect(seg('本报讯 某市今天举行了产业发展大会，多家企业参会。\n会议还发布了新的政策措施。\n(某 文)\n')).toEqual([
      { kind: 'article', title: null, lines: [1, 3], body: 2 },
    ]);
  });

  it('keeps subheadings inside an article, and drops a related list after it', () => {
    const items = seg('某地产业发展报告\n2025-05-01 08:00 来源：某报\n开头一段正文，介绍了某地产业发展的总体情况和主要成绩。\n一、主要成绩\n第二段正文，详细介绍了某地产业发展取得的主要成绩和经验。\n相关阅读\n另一条新闻的标题\n另一条新闻的摘要，讲述另一地的情况……\n');
    expect(items).toEqual([{ kind: 'article', title: '某地产业发展报告', lines: [1, 5], body: 3 }]);
  });

  it('drops an echoed headline that holds no text of its own', () => {
    expect(seg('某地产业新闻\n某地产业新闻\n2025-05-01 08:00 来源：某报\n正文讲述了某地产业发展的新情况，内容完整而且具体。\n').map((i) => i.title)).toEqual(['某地产业新闻']);
  });
});
