// The split form's rows files: each row is at the byte the index lists, whatever the text
// (CJK, emoji, lone surrogates), because the app fetches single rows by byte range.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowsFileText, utf8Length } from '../../src/shared/compact';

describe('rows files', () => {
  it('counts UTF-8 bytes as TextEncoder writes them', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
    }), { numRuns: 500 });
    expect(utf8Length('专精特新😀a\ud800')).toBe(12 + 4 + 1 + 3);
  });

  it('lists the byte where each row starts, so any row can be cut out of the file alone', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.string({ minLength: 1 }), title: fc.string({ unit: 'binary' }) }), { maxLength: 12 }), (rows) => {
        const { text, rowStarts } = rowsFileText(3, 7, rows.map((r) => JSON.stringify(r)));
        const bytes = new TextEncoder().encode(text);
        expect(JSON.parse(text)).toEqual({ schemaVersion: 3, chunk: 7, articles: rows.map((r) => JSON.parse(JSON.stringify(r)) as unknown) });
        expect(rowStarts).toHaveLength(rows.length + 1);
        rows.forEach((r, k) => expect(JSON.parse(new TextDecoder().decode(bytes.subarray(rowStarts[k], rowStarts[k + 1]! - 1)))).toEqual(JSON.parse(JSON.stringify(r))));
      }),
      { numRuns: 200 },
    );
  });
});
