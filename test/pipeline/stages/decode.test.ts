import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processPage } from '../../../src/pipeline/process-page';
import { memoryLogger } from '../../../src/pipeline/logger';
import { decodePage } from '../../../src/pipeline/stages/decode';

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../fixtures/encodings', name)));

describe('decodePage', () => {
  it.each([
    ['gbk-crlf.txt', 'gb18030'],
    ['utf8-bom.txt', 'utf-8-bom'],
    ['utf16le-bom.txt', 'utf-16le'],
  ])('decodes %s as %s', (file, encoding) => {
    const d = decodePage(fixture(file));
    expect(d.ok && d.encoding).toBe(encoding);
    expect(d.ok && d.text).toContain('湖南发布专精特新企业培育方案');
    expect(d.ok && d.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it.each([
    ['empty.txt', /empty file \(0 bytes\)/],
    ['whitespace.txt', /whitespace only/],
    ['binary.bin', /binary content/],
    ['undecodable.txt', /undecodable/],
  ])('rejects %s with a reason', (file, reason) => {
    const d = decodePage(fixture(file));
    expect(d.ok).toBe(false);
    expect(!d.ok && d.reason).toMatch(reason);
  });

  it('processes a GBK page with CRLF line endings like any other', () => {
    const r = processPage('gbk-crlf.txt', fixture('gbk-crlf.txt'), memoryLogger());
    expect(r.source.encoding).toBe('gb18030');
    expect(r.articles).toHaveLength(1);
    const a = r.articles[0]!;
    expect(a.title).toBe('湖南发布专精特新企业培育方案');
    expect(a.date).toBe('2025-07-08');
    expect(a.outlet).toBe('湖南日报');
    expect(a.paragraphs).toHaveLength(2);
    expect(a.body).not.toMatch(/\r/);
    expect(a.source).toEqual({ file: 'gbk-crlf.txt', lineStart: 1, lineEnd: 8 });
  });

  it('warns with the file name and reason for a bad file, and yields no items', () => {
    const logger = memoryLogger();
    const r = processPage('pages/binary.bin', fixture('binary.bin'), logger);
    expect(r.articles).toEqual([]);
    expect(r.source.warnings).toEqual([expect.stringMatching(/^pages\/binary\.bin: binary content/)]);
    expect(logger.warnings).toEqual(r.source.warnings);
    expect(r.source.encoding).toBeNull();
  });
});
