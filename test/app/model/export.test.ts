import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../../src/app/data/parse-corpus';
import { figureRows, figureTrackers } from '../../../src/app/model/figures';
import { EMPTY_SET } from '../../../src/app/model/filters';
import { articlesCsv, corpusJson, csv, csvCell, exportFileName, figuresCsv, markdownBrief, trackerCsv, type Provenance } from '../../../src/app/model/export';
import { articleMeta } from '../../../src/shared/compact';
import { seedCorpus } from '../../helpers/seed-corpus';

const corpus = seedCorpus();
// Articles naming Hubei in any role: the Hubei meeting, and a roundup that lists it in passing.
const hubeiFull = corpus.articles.filter((a) => a.places.some((pl) => pl.province === '湖北') && a.onTopic);
const hubei = hubeiFull.map((a) => articleMeta(a, 0));
const p: Provenance = { description: '湖北 Hubei (on-topic articles)', count: hubei.length, total: 29, corpusDate: '2026-03-05', link: 'http://x/?region=%E6%B9%96%E5%8D%97', exportedAt: '2026-11-21 10:00:00' };

/** A minimal RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && s[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  return rows;
}

/** Whether a cell, as a spreadsheet reads it, would start a formula: checked character by character, independently of the code under test. */
function runsAsFormula(cell: string, controlsCount = true): boolean {
  const triggers = new Set(['=', '+', '-', '@', '|', '%', '＝', '＋', '－', '＠', '｜', '％']);
  const skipped = (ch: string) => ch.trim() === '' || ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\uFEFF', '\u00AD', '\u2060'].includes(ch);
  if (/^-?\d+(\.\d+)?$/.test(cell)) return false;
  if (controlsCount && (cell[0] === '\t' || cell[0] === '\r' || cell[0] === '\n')) return true;
  for (const ch of cell) {
    if (skipped(ch)) continue;
    return triggers.has(ch);
  }
  return false;
}

/** The cells a spreadsheet sees when it splits a line on another separator (; in many locales). */
function cellsWhenSplitOn(cell: string, sep: string): string[] {
  return cell.split(sep);
}

describe('CSV', () => {
  it('starts with a BOM and quotes every field', () => {
    const out = csv([['a,b', 'say "hi"', 'line1\nline2', '专精特新']]);
    expect(out.startsWith('\uFEFF')).toBe(true);
    expect(out).toBe('\uFEFF"a,b","say ""hi""","line1\nline2","专精特新"\r\n');
    expect(parseCsv(out)).toEqual([['a,b', 'say "hi"', 'line1\nline2', '专精特新']]);
  });

  it('neutralises formula injection, also behind whitespace, invisible characters and full-width forms', () => {
    expect(['=1+1', '+cmd', '-2x', '@SUM(A1)', '|calc', '%0A'].map(csvCell)).toEqual([`"'=1+1"`, `"'+cmd"`, `"'-2x"`, `"'@SUM(A1)"`, `"'|calc"`, `"'%0A"`]);
    for (const lead of ['\n', ' ', '\u00A0', '\u3000', '\u200B', '\uFEFF', '\t', '\r']) expect(csvCell(`${lead}=1+1`).startsWith(`"'`)).toBe(true);
    for (const full of ['＝1+1', '＋1', '－1', '＠A1']) expect(csvCell(full)).toBe(`"'${full}"`);
    expect(csvCell('a;=1+1')).toBe(`"a;'=1+1"`);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    // Plain numbers stay numbers.
    expect(csvCell(-3.2)).toBe('"-3.2"');
  });

  it('neutralises a formula sign followed by a combining mark (=\u0338 looks like ≠ but starts with =)', () => {
    expect(parseCsv(csv([['=\u0338', '\u226020']]))[0]).toEqual(["'=\u0338", '\u226020']);
  });

  it('produces a valid file for any cell content, with no cell a spreadsheet would run', () => {
    const risky = fc.constantFrom('=', '+', '-', '@', '|', '%', '＝', ';', ',', ' ', '\u3000', '\u200B', '\uFEFF', '\n', '\t', '"', '1', '中');
    const cell = fc.oneof(fc.string({ unit: 'grapheme' }), fc.array(risky, { maxLength: 6 }).map((a) => a.join('')));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0]!.length;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
        const parsed = parseCsv(csv(table));
        expect(parsed.length).toBe(table.length);
        parsed.forEach((r, i) => r.forEach((c, j) => {
          // Only neutralising apostrophes were added.
          expect(c.replace(/'/g, '')).toBe(table[i]![j]!.replace(/'/g, ''));
          expect(runsAsFormula(c), JSON.stringify(c)).toBe(false);
          for (const part of [...cellsWhenSplitOn(c, ';'), ...cellsWhenSplitOn(c, '|'), ...c.split(/\r\n|\r|\n/)]) expect(runsAsFormula(part, false), JSON.stringify(part)).toBe(false);
        }));
      }),
      { numRuns: 500 },
    );
  });

  it('exports one row per filtered article after a provenance row and the header', () => {
    const rows = parseCsv(articlesCsv(hubei, p));
    expect(rows[0]![0]).toMatch(/^# SRDI Explorer export: 湖北 Hubei \(on-topic articles\); 2 of 29 articles; corpus of 2026-03-05;/);
    expect(rows[1]).toEqual(['id', 'title', 'date', 'date_precision', 'outlet', 'regions', 'cities', 'industries', 'topics', 'source_file', 'line_start', 'line_end']);
    expect(rows.slice(2).map((r) => r[0])).toEqual(hubei.map((a) => a.id));
    const hb = rows.find((r) => r[1] === '湖北召开 低空经济发展推进会')!;
    expect(hb.slice(2)).toEqual(['2025', 'year', '', '湖北', '武汉', 'low-altitude-economy', 'regional-plans', '002_af67aaf0ae712473.txt', '133', '153']);
  });

  it('exports key figures with readable values, kind, key, baseline and sentence', () => {
    const rows = parseCsv(figuresCsv(figureRows(corpus.articles.filter((a) => a.id === '000_c0c77dfeae12ef6b-01').map((a) => articleMeta(a, 0))), p));
    expect(rows[1]).toEqual(['article_id', 'article_title', 'date', 'indicator', 'indicator_key', 'kind', 'text', 'value', 'unit', 'unit_family', 'readable', 'baseline', 'evidence']);
    expect(rows[2]).toEqual([
      '000_c0c77dfeae12ef6b-01', '力挺专精特新中小企业 更多政策举措加快制定', '2025-11', '我国累计培育的专精特新“小巨人”企业数量', '专精特新小巨人企业', 'level',
      '超1.76万家', '17600', '家', 'count', '超1.76万家', '',
      '最新数据显示，截至目前，我国已累计培育专精特新“小巨人”企业超1.76万家，专精特新中小企业超14万家，科技和创新型中小企业超60万家',
    ]);
  });

  it('exports a tracker: one measure, each article’s report with its baseline', () => {
    const tracker = figureTrackers(figureRows(corpus.articles.map((a) => articleMeta(a, 0)))).find((x) => x.indicatorKey === '专精特新中小企业')!;
    const rows = parseCsv(trackerCsv(tracker, p));
    expect(rows[1]).toEqual(['tracker', '专精特新中小企业数量', '专精特新中小企业', '家', 'level']);
    expect(rows.slice(3).map((r) => [r[0], r[2], r[10], r[11]])).toEqual([
      ['001_c10a0d2ffacd80db-01', '2025-02-25', '14万家', ''],
      ['000_c0c77dfeae12ef6b-01', '2025-11', '超14万家', ''],
      ['003_9eb4cfaf7c434b3c-01', '2025-11-12', '超14万家', ''],
    ]);
  });
});

describe('JSON', () => {
  it('round-trips through the corpus schema and records its provenance', () => {
    const text = corpusJson(corpus, hubeiFull, p);
    const loaded = parseCorpus(JSON.parse(text), 'export.json');
    expect(loaded.articles).toEqual(hubei);
    expect(loaded.text.kind === 'inline' && [...loaded.text.texts.values()]).toEqual(hubeiFull.map((a) => a.paragraphs));
    expect(loaded.skipped).toEqual([]);
    expect(loaded.sources.map((s) => s.file)).toEqual(['002_af67aaf0ae712473.txt', '004_a8627c3d4e095617.txt']);
    expect(JSON.parse(text).export).toEqual(p);
  });
});

describe('Markdown brief', () => {
  it('has the filters, counts, link and one line per article', () => {
    const md = markdownBrief(hubei, p);
    expect(md.split('\n').slice(0, 4)).toEqual([
      '# SRDI brief: 湖北 Hubei \\(on-topic articles\\)',
      '',
      '> 2 of 29 articles · corpus of 2026-03-05 · exported 2026-11-21 10:00:00',
      '> View: <http://x/?region=%E6%B9%96%E5%8D%97>',
    ]);
    expect(md).toContain('- **湖北召开 低空经济发展推进会** — 2025\n  近日,湖北低空经济发展推进会召开。');
    expect(md).toContain('- **马年开工,地方主政者都在想什么?- 2026各地“新春第一会”全景观察** — Feb 2026');
  });
});

describe('file names', () => {
  it('say what is in the file', () => {
    expect(exportFileName({ ...EMPTY_SET, region: ['湖北'], industry: ['low-altitude-economy'], from: '2025-01', to: '2025-12' }, '', 'csv')).toBe('srdi-hubei-low-altitude-economy-2025.csv');
    expect(exportFileName({ ...EMPTY_SET, q: '人形机器人 "消费级"' }, 'brief', 'md')).toBe('srdi-人形机器人-消费级-brief.md');
    expect(exportFileName(EMPTY_SET, 'timeline', 'png')).toBe('srdi-timeline.png');
    expect(exportFileName({ ...EMPTY_SET, region: ['内蒙古'], from: '2025-03', to: '2026-02' }, '', 'json')).toBe('srdi-inner-mongolia-2025-2026.json');
  });
});
