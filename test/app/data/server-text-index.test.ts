// Texts on a team server: asked for together, they go in one request (an export asks for
// every result's text at once); an answer that is not the article asked for is refused by
// name; searches come back by article number with the server's scores.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { numberBy } from '../../../src/app/data/server-fetch';
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
);
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
