import { describe, expect, it } from 'vitest';
import { buildCorpusFromStream } from '../../src/pipeline/build-corpus';
import { silentLogger } from '../../src/pipeline/logger';

const page = (n: number) => new TextEncoder().encode(`# 第${n}篇：湖南发布专精特新培育方案\n\n本报讯 近日，湖南省发布专精特新中小企业培育方案，提出新增企业${n}00家。\n`);

describe('buildCorpusFromStream', () => {
  it('reads each page only when its turn comes and reports progress', () => {
    const events: string[] = [];
    const corpus = buildCorpusFromStream(
      [1, 2, 3].map((n) => () => {
        events.push(`read ${n}`);
        return { file: `p${n}.txt`, bytes: page(n) };
      }),
      silentLogger,
      '2026-01-01T00:00:00.000Z',
      (done, total) => events.push(`progress ${done}/${total}`),
    );
    expect(events).toEqual(['read 1', 'progress 1/3', 'read 2', 'progress 2/3', 'read 3', 'progress 3/3']);
    expect(corpus.articles.map((a) => a.id)).toEqual(['p1-01', 'p2-01', 'p3-01']);
    expect(corpus.articles[2]!.regions).toEqual(['湖南']);
  });
});
