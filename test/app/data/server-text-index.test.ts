// Texts on a team server: asked for together, they go in one request (an export asks for
// every result's text at once); an answer that is not the article asked for is refused by
// name; searches come back by article number with the server's scores; a big set's
// concordance is asked in parts and merged.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { numberBy } from '../../../src/app/data/server-fetch';
import { EXPORT_LINES } from '../../../src/app/data/terms-query';
import { SAMPLE_SIZE } from '../../../src/app/model/sample';
import { MAX_TREND_TERMS } from '../../../src/app/model/term-trends';
import { MAX_KWIC_ARTICLES, MAX_KWIC_LINES, MAX_SAMPLE, MAX_TREND_QUERIES } from '../../../src/shared/api';
import { createServerTextIndex } from '../../../src/app/data/server-text-index';

const calls: number[][] = [];
const corpora: (string | null)[] = [];
const server = setupServer(
  http.post('*/api/texts', async ({ request }) => {
    const { positions } = (await request.json()) as { positions: number[] };
    calls.push(positions);
    corpora.push(request.headers.get('x-srdi-corpus'));
    // Article 2 was renumbered on the server since the page loaded.
    return HttpResponse.json({ texts: positions.map((p) => ({ id: p === 2 ? 'someone-else' : `a${p}`, paragraphs: [`text of a${p}`] })) });
  }),
  http.post('*/api/search', () => HttpResponse.json({ positions: [0, 2], scores: [2, 1] })),
  // Each part's one line per article, its context the article's rank (so the parts' lines interleave under 'left').
  http.post('*/api/concordance', async ({ request }) => {
    const { positions, firstRank, limit } = (await request.json()) as { positions: number[]; firstRank: number; limit: number };
    parts.push([firstRank, positions.length]);
    const lines = positions.map((number, k) => ({ paragraph: 0, start: 0, end: 1, left: String((firstRank + k) % 7), match: '企', right: '', number, id: `a${number}`, rank: firstRank + k }));
    return HttpResponse.json({ total: lines.length, articles: lines.length, lines: lines.sort((a, b) => a.left.localeCompare(b.left) || a.rank - b.rank).slice(0, limit) });
  }),
);
const parts: [number, number][] = [];
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  calls.length = 0;
});
afterAll(() => server.close());

const index = () => createServerTextIndex('http://team.example/api', ['a0', 'a1', 'a2']);

it('asks for texts wanted together in one request, in order', async () => {
  const ix = index();
  expect(await Promise.all([ix.text('a1'), ix.text('a0')])).toEqual([['text of a1'], ['text of a0']]);
  expect(calls).toEqual([[1, 0]]);
  expect(await ix.text('unknown')).toBeNull();
});

it('says which corpus it numbers by, so a server whose corpus changed can refuse', async () => {
  numberBy('facets-checksum-1');
  await index().text('a0');
  numberBy(null);
  await index().text('a1');
  expect(corpora.slice(-2)).toEqual(['facets-checksum-1', null]);
});

it('refuses a text that is not the article asked for, naming both', async () => {
  await expect(index().text('a2')).rejects.toThrow("the team server's article 2 is someone-else, not a2");
});

it('answers a search by article number with the server’s scores', async () => {
  const hits = await index().search('专精特新');
  expect(hits && [Array.from(hits.docs), Array.from(hits.scores)]).toEqual([[0, 2], [2, 1]]);
  expect(await index().search('   ')).toBeNull();
});

it('asks for a big result set’s concordance in parts, in result order, and merges them as one', async () => {
  const numbers = Uint32Array.from({ length: 2 * MAX_KWIC_ARTICLES + 1000 }, (_, k) => 50_000 - k);
  const kwic = await index().concordance(numbers, '企业', 'left', 10);
  expect(parts.sort((a, b) => a[0] - b[0])).toEqual([[0, MAX_KWIC_ARTICLES], [MAX_KWIC_ARTICLES, MAX_KWIC_ARTICLES], [2 * MAX_KWIC_ARTICLES, 1000]]);
  expect([kwic.total, kwic.articles]).toEqual([numbers.length, numbers.length]);
  // Left context "0" first, by rank across the parts: ranks 0, 7, 14…
  expect(kwic.lines.map((l) => l.rank)).toEqual([0, 7, 14, 21, 28, 35, 42, 49, 56, 63]);
  expect(await index().concordance(numbers, '  ', 'left', 10)).toEqual({ total: 0, articles: 0, lines: [] });
});

it('asks the server for no more than it answers: a sample, an exported concordance, the trend terms', () => {
  expect(SAMPLE_SIZE).toBeLessThanOrEqual(MAX_SAMPLE);
  expect(EXPORT_LINES).toBeLessThanOrEqual(MAX_KWIC_LINES);
  expect(MAX_TREND_TERMS).toBeLessThanOrEqual(MAX_TREND_QUERIES);
});
