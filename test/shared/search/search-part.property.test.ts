// The pipeline's search parts (search-part.ts, search-file.ts) are a fast path too: parts
// searched one by one as segments (segments.ts) — in any chunking, in any order, their
// articles interleaved or not, through the file format — answer exactly what the reference
// answers over every document, in ascending number.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/shared/search/query';
import { buildSearchIndex, type SearchIndex } from '../../../src/shared/search/search';
import { buildNgramIndex } from '../../../src/shared/search/ngram-index';
import { buildSearchPart, partIndex, type NumberedPart } from '../../../src/shared/search/search-part';
import { bySegmentStart, disjointSegments, searchSegments, segmentOccurrences, type Segment } from '../../../src/shared/search/segments';
import { stringScanner } from '../../../src/shared/search/text-scanner';
import { termOccurrences } from '../../../src/shared/search/fast-search';
import { decodeSearchFile, encodeSearchFile } from '../../../src/shared/search/search-file';
import { fastSearchScores, hitsToScores, searchScores } from '../../helpers/reference-search';
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

/** The parts as a shard holds them: each its own index, by first number. */
const segmentsOf = (parts: NumberedPart[]): Segment[] => parts.map(({ numbers, part }) => ({ index: partIndex(part), numbers, scanner: stringScanner(part.base) })).sort(bySegmentStart);

const isAscending = (docs: Uint32Array): boolean => docs.every((d, k) => k === 0 || docs[k - 1]! < d);

describe('search parts', () => {
  it('searched part by part in any chunking and order, through the file or not, answer as the reference', () => {
    fc.assert(
      fc.property(corpus, filters, fc.array(fc.nat(), { maxLength: 5 }), fc.boolean(), fc.boolean(), (articles, f, cuts, viaFile, reversed) => {
        const base = buildSearchIndex(articles);
        const parts = partsOf(base, cuts, viaFile);
        const segments = segmentsOf(reversed ? parts.reverse() : parts);
        expect(disjointSegments(segments)).toBe(true);
        const q = parseQuery(f.q);
        const hits = searchSegments(segments, q, true);
        const ref = searchScores(base, q);
        expect(hits === null ? null : [...hitsToScores(hits, base.ids)].sort()).toEqual(ref === null ? null : [...ref].sort());
        if (hits) expect(isAscending(hits.docs)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('searches interleaved parts (articles of one part between those of another) as one index, answers in number order', () => {
    fc.assert(
      fc.property(corpus.filter((xs) => xs.length >= 3), filters, (articles, f) => {
        const base = buildSearchIndex(articles);
        // Even positions in one part, odd in the other (three articles or more: interleaved): the answers must be put in order.
        const pick = (odd: number) => base.ids.map((_, i) => i).filter((i) => i % 2 === odd);
        const parts = [0, 1].map((odd) => {
          const at = pick(odd);
          const sub: SearchIndex = { ids: at.map((i) => base.ids[i]!), titles: at.map((i) => base.titles[i]!), bodies: at.map((i) => base.bodies[i]!), outlets: at.map((i) => base.outlets[i]!), documents: at.map((i) => base.documents[i]!) };
          return { numbers: Uint32Array.from(at), part: buildSearchPart(sub) };
        });
        const segments = segmentsOf(parts);
        expect(disjointSegments(segments)).toBe(false);
        const whole = buildNgramIndex(base);
        const q = parseQuery(f.q);
        const hits = searchSegments(segments, q, false);
        const one = fastSearchScores(whole, q);
        expect(hits === null ? null : [...hitsToScores(hits, base.ids)].sort()).toEqual(one === null ? null : [...one].sort());
        if (hits) expect(isAscending(hits.docs)).toBe(true);
        // Term trends count the same occurrences, each with its article.
        const occ = segmentOccurrences(segments, q, false);
        const ref = termOccurrences(whole, q);
        expect(Array.from(occ.docs)).toEqual(Array.from(ref?.docs ?? []));
        expect(Array.from(occ.counts)).toEqual(Array.from(ref?.counts ?? []));
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
