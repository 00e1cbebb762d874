// The pipeline's search parts (search-part.ts, search-file.ts) are a fast path too: an
// index merged from parts — in any chunking, in any order, through the file format —
// answers exactly what the reference answers over every document.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/shared/search/query';
import { buildSearchIndex, type SearchIndex } from '../../../src/shared/search/search';
import { buildNgramIndex } from '../../../src/shared/search/ngram-index';
import { buildSearchPart, mergeSearchParts, type NumberedPart } from '../../../src/shared/search/search-part';
import { decodeSearchFile, encodeSearchFile } from '../../../src/shared/search/search-file';
import { fastSearchScores, searchScores } from '../../helpers/reference-search';
import { corpus, filters } from '../../helpers/arbitrary-corpus';

const slice = (ix: SearchIndex, from: number, to: number): SearchIndex => ({
  ids: ix.ids.slice(from, to), titles: ix.titles.slice(from, to), bodies: ix.bodies.slice(from, to), outlets: ix.outlets.slice(from, to), documents: ix.documents.slice(from, to),
});

/** The documents cut at `cuts`, each piece a part numbered by its positions, through the file format when `viaFile`. */
function partsOf(base: SearchIndex, cuts: number[], viaFile: boolean): NumberedPart[] {
  const edges = [0, ...[...new Set(cuts.map((c) => c % (base.ids.length + 1)))].sort((a, b) => a - b), base.ids.length];
  return edges.slice(1).map((to, k) => {
    const from = edges[k]!;
    let part = buildSearchPart(slice(base, from, to));
    if (viaFile) {
      const decoded = decodeSearchFile(encodeSearchFile(part).slice().buffer, 'part.bin');
      if (!decoded.ok) throw new Error(decoded.error);
      part = decoded.part;
    }
    return { numbers: Uint32Array.from({ length: to - from }, (_, i) => from + i), part };
  });
}

describe('search parts', () => {
  it('merged in any chunking and order, through the file or not, answer as the reference', () => {
    fc.assert(
      fc.property(corpus, filters, fc.array(fc.nat(), { maxLength: 5 }), fc.boolean(), fc.boolean(), (articles, f, cuts, viaFile, reversed) => {
        const base = buildSearchIndex(articles);
        const parts = partsOf(base, cuts, viaFile);
        const { index, numbers } = mergeSearchParts(reversed ? parts.reverse() : parts);
        expect(Array.from(numbers)).toEqual(base.ids.map((_, i) => i));
        expect(index.base).toEqual(base);
        const q = parseQuery(f.q);
        const fast = fastSearchScores(index, q);
        const ref = searchScores(base, q);
        expect(fast === null ? null : [...fast].sort()).toEqual(ref === null ? null : [...ref].sort());
      }),
      { numRuns: 200 },
    );
  });

  it('merges interleaved parts (articles of one part between those of another) into sorted postings', () => {
    fc.assert(
      fc.property(corpus.filter((xs) => xs.length >= 2), filters, (articles, f) => {
        const base = buildSearchIndex(articles);
        // Even positions in one part, odd in the other: every list must be re-sorted.
        const pick = (odd: number) => base.ids.map((_, i) => i).filter((i) => i % 2 === odd);
        const parts = [0, 1].map((odd) => {
          const at = pick(odd);
          const sub: SearchIndex = { ids: at.map((i) => base.ids[i]!), titles: at.map((i) => base.titles[i]!), bodies: at.map((i) => base.bodies[i]!), outlets: at.map((i) => base.outlets[i]!), documents: at.map((i) => base.documents[i]!) };
          return { numbers: Uint32Array.from(at), part: buildSearchPart(sub) };
        });
        const { index } = mergeSearchParts(parts);
        const whole = buildNgramIndex(base);
        expect(index.base).toEqual(base);
        const q = parseQuery(f.q);
        const fast = fastSearchScores(index, q);
        expect(fast === null ? null : [...fast].sort()).toEqual((() => { const r = fastSearchScores(whole, q); return r === null ? null : [...r].sort(); })());
      }),
      { numRuns: 100 },
    );
  });

  it('keeps text with lone surrogates exactly (TextDecoder would replace them)', () => {
    const base = buildSearchIndex([{ id: 'a', title: '芯片\ud800', body: '专精\udc00特新 小巨人' }, { id: 'b', title: null, body: '𠀀𠀁 低空' }]);
    const decoded = decodeSearchFile(encodeSearchFile(buildSearchPart(base)).slice().buffer, 'x.bin');
    expect(decoded.ok && decoded.part.base).toEqual(base);
  });

  it('names what is wrong with a damaged file', () => {
    const bytes = encodeSearchFile(buildSearchPart(buildSearchIndex([{ id: 'a', title: '芯片', body: '专精特新' }])));
    const decode = (b: Uint8Array) => {
      const d = decodeSearchFile(b.slice().buffer, 'search-0007.bin');
      return d.ok ? 'ok' : d.error;
    };
    expect(decode(bytes)).toBe('ok');
    expect(decode(bytes.subarray(0, 12))).toBe('search-0007.bin is 12 bytes, not a search index (truncated?)');
    expect(decode(bytes.subarray(0, bytes.length - 4))).toMatch(/^search-0007\.bin is \d+ bytes, its header says \d+ \(truncated\?\)$/);
    expect(decode(new TextEncoder().encode('not a binary index: a page of text'.padEnd(40, '.')))).toBe('search-0007.bin is not a search index (wrong magic number)');
    const flipped = bytes.slice();
    flipped[40]! ^= 1;
    expect(decode(flipped)).toBe('search-0007.bin fails its checksum (corrupt?)');
    const version = bytes.slice();
    version[4] = 9;
    expect(decode(version)).toBe('search-0007.bin is version 9, not 3');
    // A well-formed file whose counts say a bigram it lists occurs nowhere.
    const part = buildSearchPart(buildSearchIndex([{ id: 'a', title: '芯片', body: '专精特新' }]));
    part.counts[0] = 0;
    expect(decode(encodeSearchFile(part))).toBe('search-0007.bin has a posting that counts no occurrence');
  });

  it("keeps each posting's title and body counts through the file", () => {
    const part = buildSearchPart(buildSearchIndex([{ id: 'a', title: '发展发展', body: '发展' }, { id: 'b', title: null, body: '发展'.repeat(20) }]));
    const decoded = decodeSearchFile(encodeSearchFile(part).slice().buffer, 'x.bin');
    expect(decoded.ok && [...decoded.part.counts]).toEqual([...part.counts]);
    const g = [...part.keys].indexOf(((0x53d1 << 16) | 0x5c55) >>> 0);
    const list = part.postings.subarray(part.offsets[g]!, part.offsets[g + 1]!);
    // 发展 twice in a's title and once in its body; twenty times in b's body, held at 15.
    expect([...list]).toEqual([0, 1]);
    expect([...part.counts.subarray(part.offsets[g]!, part.offsets[g + 1]!)]).toEqual([(2 << 4) | 1, 15]);
  });
});
