// Hostile and broken pages never crash or hang the pipeline: each bad page gets a
// warning naming it, and every good page in the same run is still processed.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpusFromPages } from '../../src/pipeline/build-corpus';
import { memoryLogger } from '../../src/pipeline/logger';
import { processPage } from '../../src/pipeline/process-page';
import { Article } from '../../src/shared/schema';

const enc = new TextEncoder();
const seedLines = readFileSync(join(__dirname, '../../seeds/002_af67aaf0ae712473.txt'), 'utf8').split('\n');
const good = { file: 'good.txt', bytes: new Uint8Array(readFileSync(join(__dirname, '../../seeds/001_c10a0d2ffacd80db.txt'))) };

describe('pipeline under fuzzing', () => {
  it('never throws on random text and always yields schema-valid articles', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constantFrom(...seedLines),
      fc.constantFrom('# ', '## ', '本报讯 ', '(津 文)', '（来源：新华社）', '【责任编辑:张三】', '相关阅读', '\r\n', '\n\n', '\u200f', '\u202e', '😀🚀', '\u0000', '\t', '　', '2025-02-25 15:54:05'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const r = processPage('fuzz.txt', enc.encode(parts.join('')), memoryLogger());
        for (const a of r.articles) Article.parse(a);
        expect(r.source.items).toBe(r.articles.length);
      }),
      { numRuns: 400 },
    );
  });

  it('handles a folder of nasty pages: warns for each bad one by name, processes the good one', () => {
    const line = '专精特新中小企业'.repeat(60_000); // one 1.4 MB line
    const pages = [
      good,
      { file: 'binary.bin', bytes: Uint8Array.from({ length: 4096 }, (_, i) => (i * 37) % 256) },
      { file: 'huge-line.txt', bytes: enc.encode(line) },
      { file: 'fifty-mb.txt', bytes: new Uint8Array(50 * 2 ** 20).fill(0x41) },
      { file: 'mixed-encoding.txt', bytes: Uint8Array.from([...enc.encode('湖南发布方案。'), 0xd6, 0xd0, 0xce, 0xc4, 0xff, 0xfe]) },
      { file: 'stray-bytes.txt', bytes: Uint8Array.from([...enc.encode(`# 湖南发布专精特新方案\n\n本报讯 近日，湖南省发布专精特新中小企业培育方案。${'企业'.repeat(200)}`), 0xff, ...enc.encode('新增企业100家。\n')]) },
      { file: 'only-chrome.txt', bytes: enc.encode('登录 | 注册\n您的位置：首页 > 新闻\n版权所有 © 某网\n京ICP备12345678号\n') },
      { file: 'only-whitespace.txt', bytes: enc.encode(' \n\t\r\n　\n') },
      { file: 'headings.txt', bytes: enc.encode(Array.from({ length: 2000 }, (_, i) => `${'#'.repeat((i % 6) + 1)} 标题${i}`).join('\n')) },
      { file: 'control.txt', bytes: enc.encode('\u0001\u0002\u0003\u0004\u0005\u0006'.repeat(100)) },
      { file: 'rtl-emoji.txt', bytes: enc.encode('# 湖南发布专精特新方案 \u202e😀\n\n本报讯 近日，湖南省发布方案，新增企业100家。\u200f🚀\n') },
    ];
    const logger = memoryLogger();
    const started = Date.now();
    const corpus = buildCorpusFromPages(pages, logger);
    expect(Date.now() - started).toBeLessThan(45_000);
    const warned = (file: string) => corpus.sources.find((s) => s.file === file)!.warnings;
    expect(warned('binary.bin')[0]).toMatch(/^binary\.bin: binary content/);
    expect(warned('fifty-mb.txt')[0]).toMatch(/^fifty-mb\.txt: page too large \(50\.0 MB/);
    expect(warned('only-chrome.txt')[0]).toMatch(/^only-chrome\.txt: no news items found/);
    expect(warned('only-whitespace.txt')[0]).toMatch(/^only-whitespace\.txt: empty file/);
    expect(warned('control.txt')[0]).toMatch(/^control\.txt: binary content/);
    expect(corpus.articles.filter((a) => a.source.file === 'good.txt')).toHaveLength(1);
    expect(corpus.articles.find((a) => a.source.file === 'rtl-emoji.txt')?.regions).toEqual(['湖南']);
    expect(corpus.articles.filter((a) => a.source.file === 'huge-line.txt')).toHaveLength(1);
    expect(warned('mixed-encoding.txt')[0]).toMatch(/^mixed-encoding\.txt: undecodable/);
    expect(warned('stray-bytes.txt')).toEqual(['stray-bytes.txt: 1 invalid byte sequence(s) dropped (mixed encodings)']);
    expect(corpus.articles.find((a) => a.source.file === 'stray-bytes.txt')?.body).toMatch(/新增企业100家。$/);
    expect(corpus.articles.filter((a) => a.source.file === 'headings.txt')).toHaveLength(2000);
    for (const a of corpus.articles) Article.parse(a);
  }, 120_000);
});
