// A hang detector, not a benchmark: 1 MB pages of the shapes that once took minutes
// (each stage re-scanning a growing paragraph, every figure slicing its paragraph, every
// item compared with every other) must finish. The timeout is generous on purpose; a
// quadratic stage on these pages takes tens of minutes, a linear one about a second.
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/pipeline/logger';
import { processPage } from '../../src/pipeline/process-page';

const MB = 1_000_000;
const fill = (unit: string, size = MB): string => unit.repeat(Math.ceil(size / unit.length));
const lines = (make: (i: number) => string, size = MB): string => {
  const out: string[] = [];
  for (let i = 0, n = 0; n < size; i++) {
    const l = make(i);
    out.push(l);
    n += l.length;
  }
  return out.join('\n');
};

const SHAPES: Record<string, () => string> = {
  'one line of straight quotes': () => `${fill('"')}x`,
  'one line of curly quotes and brackets': () => `${fill('“（《')}。`,
  'twenty thousand headings': () => lines((i) => `# 第${i}个标题：专精特新企业发展报道\n`, MB / 2),
  'one line of prose with figures': () => fill('专精特新企业数量达到1.2万家，同比增长15%，其中小巨人企业超过300家，'),
  'two hundred thousand short lines': () => lines((i) => `短行${i % 10}`),
  'a paragraph broken on every line': () => lines(() => '专精特新企业发展迅速，'),
  'thousands of dated items': () => lines((i) => `湖南发布第${i}项新政策\n时间：2025-0${1 + (i % 9)}-1${i % 9} 来源：某报\n湖南省今天发布了一项支持专精特新企业发展的政策，共有${i}家企业受益。\n`),
  'a list of thousands of teasers': () => lines((i) => `第${i}条新闻标题\n这是一条新闻的摘要，讲述专精特新企业的发展情况，内容被截断`),
};

describe('every stage is linear in the page size', () => {
  for (const [shape, make] of Object.entries(SHAPES)) {
    it(`finishes a 1 MB page: ${shape}`, { timeout: 120_000 }, () => {
      const text = make();
      expect(text.length).toBeGreaterThanOrEqual(MB / 2);
      const r = processPage('big.txt', new TextEncoder().encode(text), silentLogger);
      expect(r.source.file).toBe('big.txt');
    });
  }
});
