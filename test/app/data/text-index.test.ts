// The text store behind search and the reader: shards built from chunks answer exactly
// what the reference search answers, failed chunks are named, and the rest keeps working.
import { describe, expect, it } from 'vitest';
import { ARTICLES_PER_SLICE, parseCorpus, parseCorpusInSlices } from '../../../src/app/data/parse-corpus';
import { createLocalHost, type FetchBytes, type FetchJson } from '../../../src/app/data/text-host';
import { createTextIndex } from '../../../src/app/data/text-index';
import { corpusOfParsed } from '../../../src/app/data/loaded-corpus';
import { collectConcordance } from '../../../src/shared/terms/concordance';
import { countTerms } from '../../../src/shared/terms/keyness';
import { parseQuery } from '../../../src/shared/search/query';
import { buildSearchIndex } from '../../../src/shared/search/search';
import { hitsToScores, searchScores } from '../../helpers/reference-search';
import { chunkFileName, searchFileName, searchFileOf, splitCorpus } from '../../../src/shared/compact';
import { SCHEMA_VERSION } from '../../../src/shared/schema';
import { seedCorpus } from '../../helpers/seed-corpus';

const corpus = seedCorpus();
const { index, chunks } = splitCorpus(corpus, 7);
const files = new Map(chunks.map((c) => [`https://x/corpus/${chunkFileName(c.chunk)}`, c as unknown]));
const reference = buildSearchIndex(corpus.articles);
const ids = corpus.articles.map((a) => a.id);

/** The index as the pipeline writes it: each chunk names its search part too. */
const withParts = { ...index, chunks: index.chunks.map((c, k) => ({ ...c, search: searchFileName(k) })) };
const parts = new Map(chunks.map((c) => [`https://x/corpus/${searchFileName(c.chunk)}`, searchFileOf(c.texts)]));
const servedBytes: FetchBytes = async (url) => {
  const bytes = parts.get(url);
  if (!bytes) throw new Error(`${url} answered 404`);
  return bytes.slice().buffer;
};

function load(fetchJson: FetchJson, shards: number, { from = index as object, fetchBytes = servedBytes } = {}) {
  const loaded = parseCorpus(JSON.parse(JSON.stringify(from)), 'index.json', (f) => `https://x/corpus/${f}`);
  const text = createTextIndex(corpusOfParsed(loaded), () => createLocalHost(fetchJson, fetchBytes), shards);
  const when = (test: () => boolean) => new Promise<void>((resolve) => {
    const check = () => test() && resolve();
    text.subscribe(check);
    check();
  });
  return { loaded, text, ready: when(() => text.status().ready), searchReady: when(() => text.status().searchReady) };
}
const served: FetchJson = async (url) => {
  if (!files.has(url)) throw new Error(`${url} answered 404`);
  return files.get(url);
};

describe('text index over chunks', () => {
  it.each([1, 2, 3])('answers every query exactly as the reference, with %i shards', async (shards) => {
    const { text, ready } = load(served, shards);
    await ready;
    expect(text.status()).toEqual({ chunksLoaded: 5, chunks: 5, partsLoaded: 5, failures: [], fallbacks: [], searchReady: true, ready: true });
    for (const q of ['小巨人', '人形机器人 海淀区', '"Unitree R1 AIR"', '低空经济', '專精特新', '不存在的词语']) {
      const ours = hitsToScores((await text.search(q))!, ids);
      expect([...ours].sort(), q).toEqual([...searchScores(reference, parseQuery(q))!].sort());
    }
    expect(await text.search('  ')).toBeNull();
  });

  it('serves an article text before the whole corpus is indexed, batching requests', async () => {
    const asked: string[] = [];
    const { text } = load(async (url) => {
      asked.push(url);
      return served(url);
    }, 1);
    const first = corpus.articles[0]!;
    const [a, b] = await Promise.all([text.text(first.id), text.text(corpus.articles[1]!.id)]);
    expect(a).toEqual(first.paragraphs);
    expect(b).toEqual(corpus.articles[1]!.paragraphs);
    expect(await text.text('no-such-id')).toBeNull();
    expect(asked[0]).toBe('https://x/corpus/text-0000.json');
  });

  it('keeps the texts unloaded beyond the size a tab can hold, and every answer says why', async () => {
    const loaded = corpusOfParsed(parseCorpus(JSON.parse(JSON.stringify(index)), 'index.json', (f) => `https://x/corpus/${f}`));
    let hosts = 0;
    const text = createTextIndex(loaded, () => (hosts++, createLocalHost(served)), 2, ids.length - 1);
    expect(hosts).toBe(0);
    expect(text.status()).toEqual({ chunksLoaded: 0, chunks: 0, partsLoaded: 0, failures: [], fallbacks: [], searchReady: true, ready: true, tooLarge: { articles: ids.length, limit: ids.length - 1 } });
    await expect(text.search('专精特新')).rejects.toThrow(`full-text search is off for corpora over ${ids.length - 1} articles in the browser`);
    expect(await text.text(ids[0]!)).toBeNull();
    expect(text.whyMissing(ids[0]!)).toBe(`the corpus has more than ${ids.length - 1} articles, too many texts for a browser tab`);
  });

  it('names a chunk that fails or is not a chunk, and searches and reads the rest', async () => {
    const broken: FetchJson = async (url) => {
      if (url.endsWith(chunkFileName(1))) throw new Error(`${url} answered 404`);
      if (url.endsWith(chunkFileName(2))) return { schemaVersion: SCHEMA_VERSION, chunk: 2, texts: 'nope' };
      return served(url);
    };
    const { text, ready } = load(broken, 2);
    await ready;
    const failures = [...text.status().failures].sort();
    expect(failures).toHaveLength(2);
    expect(failures[0]).toBe('https://x/corpus/text-0001.json answered 404');
    expect(failures[1]).toMatch(/text-0002\.json is not a text chunk: texts/);
    const lost = new Set(index.articles.filter((a) => a.chunk === 1 || a.chunk === 2).map((a) => a.id));
    const expected = [...searchScores(reference, parseQuery('小巨人'))!.keys()].filter((id) => !lost.has(id)).sort();
    expect([...hitsToScores((await text.search('小巨人'))!, ids).keys()].sort()).toEqual(expected);
    expect(await text.text([...lost][0]!)).toBeNull();
    expect(text.whyMissing([...lost][0]!)).toMatch(/text-000[12]\.json/);
    expect(text.whyMissing(corpus.articles[0]!.id)).toBeNull();
    expect(await text.text(corpus.articles[0]!.id)).toEqual(corpus.articles[0]!.paragraphs);
  });
});

const QUERIES = ['小巨人', '人形机器人 海淀区', '"Unitree R1 AIR"', '低空经济', '專精特新', '不存在的词语', 'title:机器人 OR outlet:新华', '专精特新 -北京'];
const expectReference = async (text: ReturnType<typeof load>['text']) => {
  for (const q of QUERIES) {
    const ours = hitsToScores((await text.search(q))!, ids);
    expect([...ours].sort(), q).toEqual([...searchScores(reference, parseQuery(q))!].sort());
  }
};

describe('text index from the pipeline’s search parts', () => {
  it.each([1, 2, 3])('answers every query exactly as the reference, with %i shards, searching before the texts are in', async (shards) => {
    const asked: string[] = [];
    let release = () => undefined as void;
    const gate = new Promise<void>((r) => (release = r));
    // The texts are held back: search must not wait for them.
    const { text, ready, searchReady } = load(async (url) => (asked.push(url), await gate, served(url)), shards, { from: withParts });
    await searchReady;
    // Only after the seal do the texts start (one chunk per shard at a time).
    expect(asked.length).toBeLessThanOrEqual(shards);
    expect(text.status()).toMatchObject({ partsLoaded: 5, chunksLoaded: 0, searchReady: true, ready: false, fallbacks: [] });
    await expectReference(text);
    const trend = await text.termHits(['小巨人']);
    expect(trend[0]!.docs.length).toBe(searchScores(reference, parseQuery('小巨人'))!.size);
    release();
    await ready;
    expect(text.status()).toEqual({ chunksLoaded: 5, chunks: 5, partsLoaded: 5, failures: [], fallbacks: [], searchReady: true, ready: true });
    expect(await text.text(ids[9]!)).toEqual(corpus.articles[9]!.paragraphs);
  });

  it('reads first the chunk whose text the reader waits for', async () => {
    const asked: string[] = [];
    let release = () => undefined as void;
    const gate = new Promise<void>((r) => (release = r));
    const { text, searchReady } = load(async (url) => (asked.push(url), await gate, served(url)), 1, { from: withParts });
    await searchReady;
    const last = corpus.articles.at(-1)!;
    const reading = text.text(last.id);
    release();
    expect(await reading).toEqual(last.paragraphs);
    expect(asked.slice(0, 2)).toEqual(['https://x/corpus/text-0000.json', `https://x/corpus/${chunkFileName(4)}`]);
  });

  it('names a corrupt, truncated, foreign or missing search part and indexes that chunk from its text, with the same answers', async () => {
    const bad = async (url: string): Promise<ArrayBuffer> => {
      const bytes = (await servedBytes(url)).slice(0);
      const view = new Uint8Array(bytes);
      if (url.endsWith(searchFileName(0))) view[view.length - 3]! ^= 0xff;
      if (url.endsWith(searchFileName(1))) return bytes.slice(0, bytes.byteLength - 8);
      if (url.endsWith(searchFileName(2))) return servedBytes(url.replace(searchFileName(2), searchFileName(3)));
      if (url.endsWith(searchFileName(4))) throw new Error(`${url} answered 404`);
      return bytes;
    };
    const { text, ready } = load(served, 2, { from: withParts, fetchBytes: bad });
    await ready;
    const fallbacks = [...text.status().fallbacks].sort();
    expect(fallbacks).toEqual([
      'search-0000.bin fails its checksum (corrupt?); indexed from https://x/corpus/text-0000.json',
      expect.stringMatching(/^search-0001\.bin is \d+ bytes, its header says \d+ \(truncated\?\); indexed from https:\/\/x\/corpus\/text-0001\.json$/),
      'search-0002.bin lists other articles than the index gives its chunk; indexed from https://x/corpus/text-0002.json',
      'search-0004.bin: https://x/corpus/search-0004.bin answered 404; indexed from https://x/corpus/text-0004.json',
    ]);
    expect(text.status().failures).toEqual([]);
    await expectReference(text);
  });
});

describe('parsing the split form', () => {
  it('rejects chunk names that leave the corpus folder, and articles pointing at missing chunks', () => {
    const bad = { ...index, chunks: [{ file: '../../etc/passwd.json', articles: 1 }] };
    expect(() => parseCorpus(bad, 'index.json')).toThrow(/chunks\.0\.file: a plain file name/);
    const stray = { ...index, articles: [{ ...index.articles[0]!, chunk: 99 }, ...index.articles.slice(1)] };
    const loaded = parseCorpus(stray, 'index.json');
    expect(loaded.skipped).toEqual([{ index: 0, id: index.articles[0]!.id, reason: 'chunk 99 is not in the index' }]);
  });

  it('parses in slices, handing the thread back between them, to the same result', async () => {
    const big = { ...index, articles: Array.from({ length: 150 }, (_, k) => index.articles.map((a) => ({ ...a, id: `${a.id}-${k}` }))).flat() };
    big.articles[40] = { ...big.articles[40]!, date: 'soon' };
    let yields = 0;
    const sliced = await parseCorpusInSlices(JSON.parse(JSON.stringify(big)), 'index.json', (f) => f, async () => void yields++);
    expect(sliced).toEqual(parseCorpus(JSON.parse(JSON.stringify(big)), 'index.json'));
    expect(sliced.skipped.map((s) => s.index)).toEqual([40]);
    expect(yields).toBe(Math.ceil(big.articles.length / ARTICLES_PER_SLICE) - 1);
    expect(yields).toBeGreaterThan(1);
  });

  it('reads a full corpus too, keeping its texts in hand', () => {
    const loaded = parseCorpus(JSON.parse(JSON.stringify(corpus)), 'corpus.json');
    expect(loaded.articles).toEqual(index.articles.map((a) => ({ ...a, chunk: 0 })));
    expect(loaded.text.kind).toBe('inline');
  });
});

describe('text analysis across shards', () => {
  const numbers = Uint32Array.from(corpus.articles.keys()).reverse();
  const docs = corpus.articles.map((a, number) => ({ number, id: a.id, rank: numbers.indexOf(number), paragraphs: a.paragraphs }));

  it.each([1, 2, 3])('gives the concordance, term hits and word counts of one shard, with %i shards', async (shards) => {
    const { text, ready } = load(served, shards);
    await ready;
    for (const sort of ['order', 'left', 'right'] as const) {
      const whole = collectConcordance(docs, parseQuery('专精特新 | 小巨人'), sort, 40);
      expect(await text.concordance(numbers, '专精特新 | 小巨人', sort, 40)).toEqual(whole);
      expect(whole.total).toBeGreaterThan(40);
    }
    const [giants] = await text.termHits(['小巨人']);
    const expected = [...searchScores(reference, parseQuery('小巨人'))!.keys()].map((id) => ids.indexOf(id)).sort((a, b) => a - b);
    expect([...giants!.docs].sort((a, b) => a - b)).toEqual(expected);
    const sample = { set: Uint32Array.of(0, 2, 4), rest: Uint32Array.of(1, 3), setSize: 3, restSize: 2 };
    const textOf = (i: number) => [corpus.articles[i]!.title ?? '', ...corpus.articles[i]!.paragraphs].join('\n');
    const { set, rest } = await text.termCounts(sample);
    expect(set).toEqual(countTerms([0, 2, 4].map(textOf)));
    expect(rest).toEqual(countTerms([1, 3].map(textOf)));
  });
});
