import { describe, expect, it } from 'vitest';
import { buildCorpusFromPages, processPages } from '../../src/pipeline/build-corpus';
import { memoryLogger, silentLogger } from '../../src/pipeline/logger';
import { uniqueStems } from '../../src/pipeline/stages/build';

const page = (n: number) => new TextEncoder().encode(`# 第${n}篇：湖南发布专精特新培育方案\n\n本报讯 近日，湖南省发布专精特新中小企业培育方案，提出新增企业${n}00家。\n`);

describe('processPages', () => {
  it('processes pages in name order and reports progress', () => {
    const events: string[] = [];
    const results = processPages([3, 1, 2].map((n) => ({ file: `p${n}.txt`, bytes: page(n) })), silentLogger, (done, total) => events.push(`${done}/${total}`));
    expect(events).toEqual(['1/3', '2/3', '3/3']);
    expect(results.flatMap((r) => r.articles.map((a) => a.id))).toEqual(['p1-01', 'p2-01', 'p3-01']);
    expect(results[2]!.articles[0]!.regions).toEqual(['湖南']);
  });

  it('gives pages that share a stem ids of their own (report.txt and report.md)', () => {
    const corpus = buildCorpusFromPages([{ file: 'report.txt', bytes: page(1) }, { file: 'report.md', bytes: page(2) }], silentLogger);
    expect(corpus.articles.map((a) => a.id)).toEqual(['report-md-01', 'report-txt-01']);
    expect(new Set(corpus.articles.map((a) => a.id)).size).toBe(2);
  });

  it('cuts an over-long file name into a short unique stem, and an over-long title instead of failing', () => {
    const long = `${'长'.repeat(250)}.txt`;
    const heading = new TextEncoder().encode(`# ${'标题'.repeat(700)}\n\n本报讯 近日，湖南省发布专精特新中小企业培育方案。\n`);
    const logger = memoryLogger();
    const corpus = buildCorpusFromPages([{ file: long, bytes: heading }, { file: 'ok.txt', bytes: page(1) }], logger);
    expect(corpus.articles).toHaveLength(2);
    const cut = corpus.articles.find((a) => a.source.file === long)!;
    expect([...cut.id].length).toBeLessThanOrEqual(83);
    expect([...cut.title!].length).toBe(300);
    expect(cut.title!.endsWith('…')).toBe(true);
    expect(logger.warnings.some((w) => /title of 1400 characters was cut to 300/.test(w))).toBe(true);
  });
});

describe('uniqueStems', () => {
  it('keeps plain stems and makes shared ones unique by extension, then by number', () => {
    expect(uniqueStems(['a.txt', 'b.txt'])).toEqual(['a', 'b']);
    expect(uniqueStems(['x.md', 'x.txt', 'x'])).toEqual(['x-md', 'x-txt', 'x-noext']);
    expect(new Set(uniqueStems(['x.TXT', 'x.txt'])).size).toBe(2);
  });
});
