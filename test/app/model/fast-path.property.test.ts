// The fast path (bitsets, bigram index) must give exactly the answers of the
// straightforward reference (a pass over every article), on any corpus and filters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleMeta } from '../../../src/shared/compact';
import type { ArticleMeta } from '../../../src/shared/schema';
import { dateSortKey } from '../../../src/app/model/dates';
import { engineOfArticles } from '../../../src/app/model/engine';
import { computeView } from '../../../src/app/model/view';
import { effectiveSort } from '../../../src/shared/result-set';
import { fastFacetCounts, fastGroupCounts, buildFacetIndex, facetIndexFromColumns, fastResultNumbers } from '../../../src/app/model/facet-index';
import { buildFacetColumns, OUTLET_UNKNOWN } from '../../../src/shared/facet-columns';
import { valuesOf } from '../../../src/app/model/facets';
import { countBy, industryTopicMatrix } from '../../../src/app/model/aggregate';
import { buildTimeline, GRANULARITIES } from '../../../src/app/model/timeline';
import { countColumn, matrixOfColumns, timelineOfColumns } from '../../../src/app/model/column-charts';
import { decodeFacetFile, encodeFacetFile } from '../../../src/shared/facet-file';
import { EMPTY_SET, type ResultSet, type SortOrder } from '../../../src/app/model/filters';
import { parseQuery } from '../../../src/shared/search/query';
import { buildSearchIndex, occurrenceCounter } from '../../../src/shared/search/search';
import { termOccurrences } from '../../../src/shared/search/fast-search';
import { stringScanner } from '../../../src/shared/search/text-scanner';
import { kernelScanner } from '../../../src/app/model/kernel-scanner';
import { buildNgramIndex } from '../../../src/shared/search/ngram-index';
import { facetCounts, fastResults, matches, regionGroupCounts } from '../../helpers/reference-facets';
import { fastSearchScores, scoresToHits, searchScores } from '../../helpers/reference-search';
import { corpus, filters } from '../../helpers/arbitrary-corpus';

/** The plain definition of the result order: newest first (ties by id), oldest the reverse, relevance by score then newest. */
function referenceOrder(metas: ArticleMeta[], f: ResultSet & { sort: SortOrder }, hits: Map<string, number> | null): string[] {
  const byDate = (a: ArticleMeta, b: ArticleMeta) => (dateSortKey(a.date) < dateSortKey(b.date) ? 1 : dateSortKey(a.date) > dateSortKey(b.date) ? -1 : a.id < b.id ? -1 : 1);
  const sort = effectiveSort(f.sort, parseQuery(f.q).terms.length > 0);
  const cmp =
    sort === 'oldest' ? (a: ArticleMeta, b: ArticleMeta) => -byDate(a, b)
    : sort === 'relevance' ? (a: ArticleMeta, b: ArticleMeta) => hits!.get(b.id)! - hits!.get(a.id)! || byDate(a, b)
    : byDate;
  return metas.filter((a) => matches(a, f, hits)).sort(cmp).map((a) => a.id);
}

describe('fast path equals the reference', () => {
  it('search scores', () => {
    fc.assert(
      fc.property(corpus, filters, (articles, f) => {
        const base = buildSearchIndex(articles);
        const q = parseQuery(f.q);
        const ref = searchScores(base, q);
        const ix = buildNgramIndex(base);
        const sorted = (m: Map<string, number> | null) => (m === null ? null : [...m].sort());
        expect(sorted(fastSearchScores(ix, q))).toEqual(sorted(ref));
        expect(sorted(fastSearchScores(ix, q, kernelScanner(base)))).toEqual(sorted(ref));
      }),
      { numRuns: 300 },
    );
  });

  it('search scores with a large alphabet (the bigram table grows many times)', () => {
    // Deterministic pseudo-random CJK text: ~100k distinct bigrams, far past the table's first size.
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const docs = Array.from({ length: 400 }, (_, i) => ({
      id: `d${i}`, title: null, body: Array.from({ length: 300 }, () => String.fromCharCode(0x4e00 + (next() % 3000))).join(''),
    }));
    const base = buildSearchIndex(docs);
    const ix = buildNgramIndex(base);
    for (const d of docs.slice(0, 40)) {
      const at = next() % 290;
      const q = parseQuery(`${d.body.slice(at, at + 3)} ${d.body.slice(at + 5, at + 7)}`);
      const fast = fastSearchScores(ix, q)!;
      expect(fast.has(d.id)).toBe(true);
      expect([...fast].sort()).toEqual([...searchScores(base, q)!].sort());
    }
  });

  it('search scores and term occurrences where terms repeat past what a posting counts (bounded scans)', () => {
    // Four characters: every bigram recurs, titles hold terms too, and counts pass the cap of 15.
    const run = fc.array(fc.constantFrom('发', '展', '发展', '发展发展发展', '芯片', '片'), { maxLength: 30 }).map((a) => a.join(''));
    const docs = fc.array(fc.record({ title: fc.option(run, { nil: null }), body: run }), { minLength: 1, maxLength: 12 });
    const words = fc.constantFrom('发展', '发展发展', '展发', '发', '芯片', '片芯片', '发展芯片', '"发展"', 'title:发展', 'title:片');
    const q = fc.oneof(words, fc.tuple(words, words).map(([a, b]) => `${a} ${b}`), fc.tuple(words, words).map(([a, b]) => `${a} OR -${b}`), fc.tuple(words, words).map(([a, b]) => `${a} | ${b}`));
    fc.assert(
      fc.property(docs, q, (raw, text) => {
        const base = buildSearchIndex(raw.map((d, i) => ({ id: `d${i}`, ...d })));
        const query = parseQuery(text);
        const ix = buildNgramIndex(base);
        const ref = searchScores(base, query);
        const sorted = (m: Map<string, number> | null) => (m === null ? null : [...m].sort());
        const plain = occurrenceCounter(query, base);
        for (const scanner of [stringScanner(base), kernelScanner(base)]) {
          expect(sorted(fastSearchScores(ix, query, scanner))).toEqual(sorted(ref));
          const hits = termOccurrences(ix, query, scanner);
          expect(hits && [...hits.counts]).toEqual(hits && [...hits.docs].map(plain));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('results and every facet count', () => {
    fc.assert(
      fc.property(corpus, filters, (articles, f) => {
        const hits = searchScores(buildSearchIndex(articles), parseQuery(f.q));
        const metas = articles.map((a) => articleMeta(a, 0));
        const ix = buildFacetIndex(metas, f.places);
        const numbered = hits && scoresToHits(hits, metas.map((a) => a.id));
        expect(fastResults(ix, metas, f, numbered).map((a) => a.id)).toEqual(metas.filter((a) => matches(a, f, hits)).map((a) => a.id));
        expect(fastFacetCounts(ix, f, numbered)).toEqual(facetCounts(metas, f, hits));
        expect(fastGroupCounts(ix, f, numbered)).toEqual(regionGroupCounts(metas, f, hits));
        // The binary facet file: written, read back, the same answers.
        const file = encodeFacetFile(buildFacetColumns(metas), metas.map((a) => a.id));
        const decoded = decodeFacetFile(JSON.parse(JSON.stringify(file.manifest)), file.bytes.slice().buffer);
        if (!decoded.ok) throw new Error(decoded.error);
        const fromFile = facetIndexFromColumns(decoded.columns, f.places);
        expect(fastFacetCounts(fromFile, f, numbered)).toEqual(facetCounts(metas, f, hits));
        expect(fastResultNumbers(fromFile, f, numbered)).toEqual(fastResultNumbers(ix, f, numbered));
        // Counted in JavaScript (no WebAssembly): the same answers.
        const plainJs = facetIndexFromColumns(decoded.columns, f.places, false);
        expect(plainJs.arena.kernel).toBe('js');
        expect(fastFacetCounts(plainJs, f, numbered)).toEqual(facetCounts(metas, f, hits));
        expect(fastGroupCounts(plainJs, f, numbered)).toEqual(regionGroupCounts(metas, f, hits));
        expect(Array.from(computeView(engineOfArticles(metas), f, f.sort, numbered).numbers, (n) => metas[n]!.id)).toEqual(referenceOrder(metas, f, hits));
      }),
      { numRuns: 300 },
    );
  });

  it('facet counts on corpora large enough for both counting paths (members walked, values intersected)', () => {
    // A small random corpus repeated, among thousands of articles that carry no facet
    // value: a filter leaves a sparse pool (walked article by article) and the
    // values without a filter a dense one (intersected value by value).
    fc.assert(
      fc.property(corpus.filter((xs) => xs.length >= 10), filters, fc.integer({ min: 2, max: 40 }), fc.integer({ min: 500, max: 4000 }), (articles, f, times, blanks) => {
        const blank = (i: number) => articleMeta({ ...articles[0]!, id: `blank-${i}`, regions: [], cities: [], places: [], industries: [], topics: [], documents: [], outlet: null }, 0);
        const copies = Array.from({ length: times }, (_, k) => articles.map((a) => articleMeta({ ...a, id: `${a.id}-${k}` }, 0))).flat();
        // Spread through the blanks, so a pool spans many words however few its members.
        const step = Math.max(1, Math.floor(blanks / copies.length));
        const metas = copies.flatMap((a, k) => [a, ...Array.from({ length: step }, (_, j) => blank(k * step + j))]);
        const columns = buildFacetColumns(metas);
        // One or two facets at most, so most pools are not empty.
        const plain: ResultSet = { ...EMPTY_SET, places: f.places, onTopicOnly: f.onTopicOnly, region: f.region.slice(0, 1), industry: f.industry.slice(0, 1), exclude: { ...EMPTY_SET.exclude, topic: f.exclude.topic.slice(0, 1) } };
        // Both kernels: WebAssembly (what Node and browsers run) and the JavaScript loop.
        for (const ix of [facetIndexFromColumns(columns, f.places), facetIndexFromColumns(columns, f.places, false)]) {
          expect(fastFacetCounts(ix, plain, null)).toEqual(facetCounts(metas, plain, null));
          expect(fastGroupCounts(ix, plain, null)).toEqual(regionGroupCounts(metas, plain, null));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('chart aggregates from the facet columns: the row-shaped counts, matrix and timelines', () => {
    fc.assert(
      fc.property(corpus, fc.constantFrom('subject' as const, 'wide' as const), fc.constantFrom(...GRANULARITIES), fc.integer({ min: 0, max: 2 ** 31 }), (articles, scope, unit, pickSeed) => {
        const metas = articles.map((a) => articleMeta(a, 0));
        const columns = buildFacetColumns(metas);
        const numbers = Uint32Array.from(metas.map((_, i) => i).filter((i) => (i * 2654435761 + pickSeed) % 3 !== 0));
        const rows = Array.from(numbers, (n) => metas[n]!);
        expect(countColumn(columns, scope === 'wide' ? 'wideRegion' : 'region', numbers)).toEqual(countBy(rows, (a) => valuesOf(a, 'region', scope)));
        expect(countColumn(columns, 'outlet', numbers)).toEqual(countBy(rows, (a) => [a.outlet ?? OUTLET_UNKNOWN]));
        expect(matrixOfColumns(columns, numbers)).toEqual(industryTopicMatrix(rows));
        for (const stack of ['industry', 'topic'] as const) expect(timelineOfColumns(columns, numbers, unit, stack)).toEqual(buildTimeline(rows, unit, stack));
      }),
      { numRuns: 200 },
    );
  });
});
