// Loading the corpus index off the page: the index worker's messages (head, slices, end or
// one error) assemble the same corpus the page would parse itself, and a worker that cannot
// start leaves the page to load the index on its own.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CorpusLoadError } from '../../../src/app/data/corpus-error';
import { loadCorpusIndex, type IndexPort } from '../../../src/app/data/index-host';
import { ARTICLES_PER_MESSAGE, loadIndex } from '../../../src/app/data/index-loader';
import type { IndexMessage, IndexRequest } from '../../../src/app/data/index-protocol';
import { parseCorpus } from '../../../src/app/data/parse-corpus';
import { splitCorpus } from '../../../src/shared/compact';
import { seedCorpus } from '../../helpers/seed-corpus';

const { index } = splitCorpus(seedCorpus(), 7);
const BASE = 'https://team.example/corpus/index.json';
const big = { ...index, articles: Array.from({ length: 60 }, (_, k) => index.articles.map((a) => ({ ...a, id: `${a.id}-${k}` }))).flat() };
big.articles[700] = { ...big.articles[700]!, date: 'soon' };
// The same id again in a later slice than its first appearance.
big.articles[1500] = { ...big.articles[3]! };

/** A worker stand-in: the loader runs in this thread and its messages arrive as tasks, as a worker's do. */
function fakeWorker(serve: (href: string) => unknown, seen: IndexMessage[] = []): IndexPort {
  const port: IndexPort = {
    onmessage: null,
    onerror: null,
    terminate: () => undefined,
    postMessage: (req: IndexRequest) =>
      void loadIndex(req, async (href) => serve(href), (m) => {
        seen.push(structuredClone(m));
        setTimeout(() => port.onmessage?.({ data: structuredClone(m) } as MessageEvent<IndexMessage>), 0);
      }),
  };
  return port;
}

afterEach(() => vi.unstubAllGlobals());

describe('loading the index in a worker', () => {
  it('hands over head, slices and end, and assembles what the page would parse', async () => {
    const seen: IndexMessage[] = [];
    const fetched: string[] = [];
    const loaded = await loadCorpusIndex('corpus/index.json', BASE, () => fakeWorker((href) => (fetched.push(href), JSON.parse(JSON.stringify(big))), seen));
    expect(fetched).toEqual([BASE]);
    expect(loaded).toEqual(parseCorpus(JSON.parse(JSON.stringify(big)), 'corpus/index.json', (f) => new URL(f, BASE).href));
    expect(seen.map((m) => m.kind)).toEqual(['head', ...Array(Math.ceil(big.articles.length / ARTICLES_PER_MESSAGE)).fill('slice'), 'done']);
    expect(loaded.skipped.map((s) => [s.index, s.reason])).toEqual([[700, expect.stringMatching(/^date/)], [1500, 'duplicate id']]);
    expect(loaded.articles).toHaveLength(big.articles.length - 2);
    expect(loaded.text).toEqual({ kind: 'chunks', files: index.chunks.map((c) => `https://team.example/corpus/${c.file}`) });
  });

  it('passes an index that is not a corpus to the page as a load error naming the field', async () => {
    const broken = { ...index, generatedAt: 42 };
    const failure = loadCorpusIndex('corpus/index.json', BASE, () => fakeWorker(() => broken));
    await expect(failure).rejects.toBeInstanceOf(CorpusLoadError);
    await expect(failure).rejects.toMatchObject({ kind: 'schema', message: expect.stringContaining('generatedAt'), problem: { key: 'loadNotCorpus', vars: { where: 'generatedAt' } } });
  });

  it('passes an unreachable index on as such', async () => {
    const failure = loadCorpusIndex('corpus/index.json', BASE, () => fakeWorker(() => { throw new CorpusLoadError('corpus/index.json answered 404 Not Found', 'http', { key: 'loadHttp', vars: { url: 'corpus/index.json', status: '404 Not Found' } }); }));
    await expect(failure).rejects.toMatchObject({ kind: 'http', problem: { key: 'loadHttp' } });
  });

  it('loads the index on the page when the worker cannot start', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json' } }));
    const dead: IndexPort = { onmessage: null, onerror: null, terminate: () => undefined, postMessage: () => setTimeout(() => dead.onerror?.({ message: 'blocked' } as ErrorEvent), 0) };
    const loaded = await loadCorpusIndex('corpus/index.json', BASE, () => dead);
    expect(loaded.articles.map((a) => a.id)).toEqual(index.articles.map((a) => a.id));
  });
});
