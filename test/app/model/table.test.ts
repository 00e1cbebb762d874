// The Table view's model: cells, sorting by any column, the link form of its columns and
// sort, and the CSV that follows the chosen columns and order.
import { describe, expect, it } from 'vitest';
import { parseColumns, parseTableSort, tableSortText } from '../../../src/app/model/columns';
import { tableCsv, type Provenance } from '../../../src/app/model/export';
import { cell, sortRows } from '../../../src/app/model/table';
import { seedMeta } from '../../helpers/seed-corpus';

const articles = seedMeta().filter((a) => a.onTopic);
const p: Provenance = { description: 'all on-topic articles', count: articles.length, total: 29, corpusDate: '2026-03-05', link: 'http://x/?view=table', exportedAt: '2026-12-01 10:00:00' };

describe('table', () => {
  it('shows each column as the analyst reads it', () => {
    const hubei = articles.find((a) => a.title === '湖北召开 低空经济发展推进会')!;
    expect(cell(hubei, 'date', 'en')).toBe('2025');
    expect(cell(hubei, 'precision', 'en')).toBe('year');
    expect(cell(hubei, 'regions', 'en')).toBe('湖北 Hubei');
    expect(cell(hubei, 'industries', 'zh')).toBe('低空经济');
    expect(cell(hubei, 'source', 'en')).toBe('002_af67aaf0ae712473.txt:133-153');
    expect(typeof cell(hubei, 'figures', 'en')).toBe('number');
  });

  it('sorts by dates as days, counts as numbers, and puts empty values last both ways', () => {
    const byDate = sortRows(articles, { column: 'date', descending: false }, 'en');
    const keys = byDate.map((a) => a.date).filter((d): d is string => d !== null);
    expect(keys[0]! <= keys[keys.length - 1]!).toBe(true);
    const byFigures = sortRows(articles, { column: 'figures', descending: true }, 'en').map((a) => a.figures.length);
    expect(byFigures).toEqual([...byFigures].sort((x, y) => y - x));
    for (const descending of [false, true]) {
      const outlets = sortRows(articles, { column: 'outlet', descending }, 'en').map((a) => a.outlet);
      expect(outlets.indexOf(null)).toBe(outlets.some((o) => o === null) ? outlets.findIndex((o) => o === null) : -1);
      expect(outlets.slice(outlets.indexOf(null)).every((o) => o === null)).toBe(true);
    }
    // No sort: the view's own order.
    expect(sortRows(articles, null, 'en')).toEqual(articles);
  });

  it('reads and writes its columns and sort in the link, refusing what it does not know', () => {
    expect(parseColumns('title,date,topics')).toEqual(['title', 'date', 'topics']);
    expect(parseColumns('title,colour')).toBeNull();
    expect(parseColumns('')).toBeNull();
    expect(parseTableSort('-date')).toEqual({ column: 'date', descending: true });
    expect(parseTableSort('weight')).toBeNull();
    expect(tableSortText({ column: 'figures', descending: false })).toBe('figures');
  });

  it('exports the chosen columns in the chosen order', () => {
    const hubei = articles.find((a) => a.title === '湖北召开 低空经济发展推进会')!;
    const text = tableCsv([hubei], ['date', 'regions', 'title'], ['Date', 'Regions', 'Title'], 'en', p);
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/^"# SRDI Explorer export: all on-topic articles; 25 of 29 articles/);
    expect(lines.slice(1)).toEqual(['"id","Date","Regions","Title"', '"002_af67aaf0ae712473-04","2025","湖北 Hubei","湖北召开 低空经济发展推进会"', '']);
  });
});
