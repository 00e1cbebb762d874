// The exports opened the way analysts open them: the brief rendered by a real Markdown
// renderer, the CSV opened by LibreOffice Calc with "," and with ";" as separator.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { articlesCsv, markdownBrief, type Provenance } from '../../../src/app/model/export';
import type { ArticleMeta } from '../../../src/shared/schema';

const p: Provenance = { description: '湖北 Hubei', count: 3, total: 3, corpusDate: '2026-03-05', link: 'http://localhost:4173/?region=%E6%B9%96%E5%8C%97', exportedAt: '2026-11-21 10:00' };

const HOSTILE = [
  '\\[x\\](javascript:alert(1))', '[x](javascript:alert(1))', '![i](http://evil.example/x.png)', '<script>alert(1)</script>',
  '新华社\n# Injected heading\n<script>alert(2)</script>', '<img src=x onerror=alert(3)>', 'see http://evil.example and www.evil.example or evil.example, mail a@evil.example',
  '`code` *em* _em_ | a | b |', '&lt;b&gt;entity&lt;/b&gt;', '[ref]: javascript:alert(4)', '<http://evil.example>', '\\', '- list\n1. item\n> quote',
];

function article(i: number, s: string): ArticleMeta {
  return {
    id: `x-${i}`, kind: 'article', title: s, byline: null, signoff: null, date: '2025-03', datePrecision: 'month', dateEvidence: s, outlet: s,
    source: { file: 'x.txt', lineStart: 1, lineEnd: 2 }, regions: [], cities: [], places: [], industries: [], topics: [], figures: [], documents: [], onTopic: true,
    lead: s, chunk: 0,
  };
}

describe('the Markdown brief, rendered', () => {
  const brief = markdownBrief(HOSTILE.map((s, i) => article(i, s)), p);

  it.each([
    ['HTML off', new MarkdownIt({ html: false, linkify: true })],
    ['HTML on', new MarkdownIt({ html: true, linkify: true })],
  ])('has no link, image, HTML or heading from corpus text (%s)', (_mode, md) => {
    const tokens = md.parse(brief, {}).flatMap((t) => [t, ...(t.children ?? [])]);
    expect(tokens.filter((t) => t.type === 'image')).toEqual([]);
    expect(tokens.filter((t) => t.type === 'html_inline' || t.type === 'html_block')).toEqual([]);
    expect(tokens.filter((t) => t.type === 'link_open').map((t) => t.attrGet('href'))).toEqual([p.link]);
    expect(tokens.filter((t) => t.type === 'heading_open')).toHaveLength(1);
    expect(tokens.filter((t) => t.type === 'list_item_open')).toHaveLength(HOSTILE.length);
    const html = md.render(brief);
    expect(html).not.toMatch(/<script|<img|<code>|<em>|<table|href="javascript/);
    // The text itself survives, shown literally.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&amp;lt;b&amp;gt;entity');
  });
});

const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();

/** Opens a CSV in LibreOffice Calc (formulas evaluated on import) and counts the cells it made formulas. */
function formulaCells(csvText: string, separator: ',' | ';'): number {
  const dir = mkdtempSync(join(tmpdir(), 'srdi-lo-'));
  writeFileSync(join(dir, 'export.csv'), csvText);
  // Field separator, text delimiter ", UTF-8, from line 1, …, evaluate formulas = true.
  const filter = `CSV:${separator.charCodeAt(0)},34,76,1,,0,false,true,false,false,false,-1,true`;
  execFileSync(soffice, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--infilter=' + filter, '--convert-to', 'fods', '--outdir', dir, join(dir, 'export.csv')], { stdio: 'ignore', timeout: 120_000 });
  return (readFileSync(join(dir, 'export.fods'), 'utf8').match(/table:formula=/g) ?? []).length;
}

describe.runIf(soffice !== '' || process.env.CI)('the articles CSV, opened in LibreOffice Calc', () => {
  const attacks = [
    '=1+1', '+1+1', '-1+1', '@SUM(1+1)', '|calc', '%1', 'a;=1+1', 'a,=1+1', '\n=1+1', ' =1+1', '\u00A0=1+1', '\u3000=1+1', '\u200B=1+1',
    '\uFEFF=1+1', '＝1+1', '＋1+1', '－1+1', '＠SUM(1)', '\t=1+1', '\r=1+1', 'x;\u3000=1+1', '=HYPERLINK("http://evil.example","x")',
  ];
  const exported = articlesCsv(attacks.map((s, i) => ({ ...article(i, s), outlet: `${s}`, regions: [s] })), p);

  it('is a fair test: LibreOffice does make a formula of a raw =1+1', { timeout: 180_000 }, () => {
    expect(formulaCells('a,=1+1\r\n', ',')).toBe(1);
  });

  it.each([',', ';'] as const)('has no formula cell with "%s" as separator', { timeout: 180_000 }, (sep) => {
    expect(formulaCells(exported, sep)).toBe(0);
  });
});
