// Loading the corpus index off the page: a split corpus's rows stay in the index worker
// and come by article number, its table (ids, chunks, skipped) and facet columns equal
// what the page would build from a parse of its own; rows files are read as their rows
// are first asked for, and all in order when the page asks for the check; a full corpus
// is handed over in slices; errors arrive named; a worker that cannot start leaves the
// page to load the index itself, and one that stops later fails the rows asked of it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CorpusLoadError } from '../../../src/app/data/corpus-error';
import { loadCorpusIndex, type IndexPort } from '../../../src/app/data/index-host';
import { ARTICLES_PER_MESSAGE, indexSession } from '../../../src/app/data/index-loader';
import type { IndexMessage, IndexRequest } from '../../../src/app/data/index-protocol';
import { indexOfParsed, type AnnouncedIndex, type IndexLoad, type LoadedIndex } from '../../../src/app/data/loaded-corpus';
import { parseCorpus } from '../../../src/app/data/parse-corpus';
import { splitCorpus, splitCorpusFiles } from '../../../src/shared/compact';
import { seedCorpus } from '../../helpers/seed-corpus';

const { index } = splitCorpus(seedCorpus(), 7);
const BASE = 'https://team.example/corpus/index.json';
const big = { ...index, articles: Array.from({ length: 60 }, (_, k) => index.articles.map((a) => ({ ...a, id: `${a.id}-${k}` }))).flat() };
big.articles[700] = { ...big.articles[700]!, date: 'soon' };
// The same id again in a later slice than its first appearance.
big.articles[1500] = { ...big.articles[3]! };
const copy = <T,>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/**
 * A worker stand-in: the session runs in this thread, messages cross as clones and arrive
 * as tasks, as a worker's do. Files are served as text (a string as it is: rows are cut out
 * of it by byte), and byte ranges as a static host serves them, or, `ranges: false`, as a
 * host that ignores them (the whole file).
 */
function fakeWorker(serve: (href: string) => unknown, seen: IndexMessage[] = [], ranges = true, whole: (href: string) => Promise<void> = async () => undefined): IndexPort & { asked: IndexRequest[]; ranged: string[] } {
  const asked: IndexRequest[] = [];
  const ranged: string[] = [];
  const body = (href: string) => {
    const served = serve(href);
    return typeof served === 'string' ? served : JSON.stringify(served);
  };
  // `whole` holds a whole file back (a slow download); ranges of it come at once.
  const text = async (href: string) => {
    await whole(href);
    return body(href);
  };
  const range = async (href: string, _name: string, start: number, end: number) => {
    ranged.push(href);
    const bytes = new TextEncoder().encode(body(href));
    return ranges ? { bytes: bytes.slice(start, end), offset: start } : { bytes, offset: 0 };
  };
  const handle = indexSession({ text, range }, (m) => {
    seen.push(m);
    setTimeout(() => port.onmessage?.({ data: structuredClone(m) } as MessageEvent<IndexMessage>), 0);
  });
  const port = {
    asked,
    ranged,
    onmessage: null as IndexPort['onmessage'],
    onerror: null as IndexPort['onerror'],
    terminate: () => undefined,
    postMessage: (req: IndexRequest) => {
      asked.push(req);
      setTimeout(() => handle(structuredClone(req)), 0);
    },
  };
  return port;
}

afterEach(() => vi.unstubAllGlobals());

function loaded(load: IndexLoad): LoadedIndex {
  if (load.kind !== 'loaded') throw new Error(`expected a loaded index, got ${load.kind}`);
  return load.index;
}
function announced(load: IndexLoad): AnnouncedIndex {
  if (load.kind !== 'announced') throw new Error(`expected an announced index, got ${load.kind}`);
  return load.index;
}

describe('loading the index in a worker', () => {
  it('keeps a split corpus’s rows in the worker and sends the table the page would build itself', async () => {
    const seen: IndexMessage[] = [];
    const fetched: string[] = [];
    const worker = fakeWorker((href) => (fetched.push(href), copy(big)), seen);
    const { table, buildColumns } = loaded(await loadCorpusIndex('corpus/index.json', BASE, () => worker));
    const page = indexOfParsed(parseCorpus(copy(big), 'corpus/index.json', (f) => new URL(f, BASE).href));
    expect(fetched).toEqual([BASE]);
    expect(seen.map((m) => m.kind)).toEqual(['table']);
    expect(table.ids).toEqual(page.table.ids);
    expect(Array.from(table.chunkOf)).toEqual(Array.from(page.table.chunkOf));
    expect(table.skipped.map((s) => [s.index, s.reason])).toEqual([[700, expect.stringMatching(/^date/)], [1500, 'duplicate id']]);
    expect(table.ids).toHaveLength(big.articles.length - 2);
    expect(table.text).toEqual({ kind: 'chunks', files: index.chunks.map((c) => `https://team.example/corpus/${c.file}`), searchFiles: index.chunks.map(() => null) });
    // The rows: none on the page until asked; then exactly the page's parse, in the order asked.
    expect(table.rows.peek([0])).toBeNull();
    const numbers = Uint32Array.of(1700, 0, 42, 1700);
    expect(await table.rows.rows(numbers)).toEqual(page.table.rows.peek(numbers));
    expect(table.rows.peek([42])).toEqual(page.table.rows.peek([42]));
    // Facet columns built in the worker (no binary index matched) equal the page's.
    expect(await buildColumns()).toEqual(await page.buildColumns());
    expect(worker.asked.map((r) => r.kind)).toEqual(['load', 'rows', 'columns']);
  });

  it('hands a full corpus (texts inline) over in slices, assembled as the page would parse it', async () => {
    const full = seedCorpus();
    const seen: IndexMessage[] = [];
    const { table } = loaded(await loadCorpusIndex('corpus.json', BASE, () => fakeWorker(() => copy(full), seen)));
    const page = indexOfParsed(parseCorpus(copy(full), 'corpus.json')).table;
    expect(seen.map((m) => m.kind)).toEqual(['head', ...Array(Math.ceil(full.articles.length / ARTICLES_PER_MESSAGE)).fill('slice'), 'done']);
    expect(table.ids).toEqual(page.ids);
    expect(table.rows.peek(Uint32Array.of(0, 3))).toEqual(page.rows.peek(Uint32Array.of(0, 3)));
    expect(table.text).toEqual(page.text);
  });

  it('reads a rows file when its rows are first asked for, and all of them in order for the check', async () => {
    const files = new Map(splitCorpusFiles(seedCorpus(), 7).map((f) => [new URL(f.name, BASE).href, f.body]));
    const fetched: string[] = [];
    const serve = (href: string) => (fetched.push(href), String(files.get(href)));
    const seen: IndexMessage[] = [];
    const worker = fakeWorker(serve, seen);
    const split = announced(await loadCorpusIndex('corpus/index.json', BASE, () => worker));
    const inline = indexOfParsed(parseCorpus(copy(index), 'corpus/index.json', (f) => new URL(f, BASE).href)).table;
    const rowsAt = (k: number) => new URL(`rows-000${k}.json`, BASE).href;
    // Announced before any rows file is read: its size, its chunks.
    expect(fetched).toEqual([BASE]);
    expect(split.announced).toBe(inline.ids.length);
    const table = split.numbered(inline.ids);
    expect(Array.from(table.chunkOf)).toEqual(Array.from(inline.chunkOf));
    // The rows of chunk 2 need one range of its file alone (the two rows are neighbours).
    const some = Uint32Array.of(15, 14);
    expect(await table.rows.rows(some)).toEqual(inline.rows.peek(some));
    expect(worker.ranged).toEqual([rowsAt(2)]);
    expect(fetched).toEqual([BASE, rowsAt(2)]);
    // A host that ignores ranges sends the whole file: the same rows.
    const whole = announced(await loadCorpusIndex('corpus/index.json', BASE, () => fakeWorker(serve, [], false))).numbered(inline.ids);
    expect(await whole.rows.rows(Uint32Array.of(20, 3, 15))).toEqual(inline.rows.peek(Uint32Array.of(20, 3, 15)));
    fetched.length = 2;
    // The check reads them all, in order (chunk 2's rows were cut out of its text, not kept), and its table is the page's parse.
    const complete = await split.complete();
    expect(fetched).toEqual([BASE, rowsAt(2), ...index.chunks.map((_, k) => rowsAt(k))]);
    expect(seen.map((m) => m.kind)).toEqual(['split', 'rows', 'table']);
    expect(complete.table.ids).toEqual(inline.ids);
    expect(Array.from(complete.table.chunkOf)).toEqual(Array.from(inline.chunkOf));
    const all = Uint32Array.from(inline.ids, (_, i) => i);
    expect(await complete.table.rows.rows(all)).toEqual(inline.rows.peek(all));
    // The page reads them itself where no worker starts, and a document in hand cannot fetch them.
    vi.stubGlobal('fetch', async (href: string) => new Response(String(files.get(href)), { headers: { 'content-type': 'application/json' } }));
    const dead: IndexPort = { onmessage: null, onerror: null, terminate: () => undefined, postMessage: () => setTimeout(() => dead.onerror?.({ message: 'blocked' } as ErrorEvent), 0) };
    const onPage = loaded(await loadCorpusIndex(BASE, BASE, () => dead));
    expect(onPage.table.rows.peek(all)).toEqual(inline.rows.peek(all));
    expect(() => parseCorpus(JSON.parse(String(files.get(BASE))), 'index.json')).toThrow(expect.objectContaining({ problem: { key: 'loadRowsElsewhere', vars: { origin: 'index.json' } } }));
  });

  it('serves the rows asked for while the check in order is still reading', async () => {
    const files = new Map(splitCorpusFiles(seedCorpus(), 7).map((f) => [new URL(f.name, BASE).href, String(f.body)]));
    const ids = indexOfParsed(parseCorpus(copy(index), 'i')).table.ids;
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const last = new URL(`rows-000${index.chunks.length - 1}.json`, BASE).href;
    // The last rows file is slow to come whole; the check waits for it, the list's rows do not.
    const split = announced(await loadCorpusIndex('corpus/index.json', BASE, () => fakeWorker((href) => files.get(href), [], true, (href) => (href === last ? gate : Promise.resolve()))));
    const table = split.numbered(ids);
    let checked = false;
    const check = split.complete().then(() => (checked = true));
    expect((await table.rows.rows(Uint32Array.of(9, 27)))!.map((r) => r.id)).toEqual([ids[9], ids[27]]);
    expect(checked).toBe(false);
    release();
    await check;
    expect(checked).toBe(true);
  });

  it('fails rows numbered as other articles, and rows of a file that is not as the index announces, by name', async () => {
    const files = new Map(splitCorpusFiles(seedCorpus(), 7).map((f) => [new URL(f.name, BASE).href, JSON.parse(typeof f.body === 'string' ? f.body : 'null') as unknown]));
    const ids = indexOfParsed(parseCorpus(copy(index), "i")).table.ids;
    const rowsAt = (k: number) => new URL(`rows-000${k}.json`, BASE).href;
    const elsewhere = announced(await loadCorpusIndex('corpus/index.json', BASE, () => fakeWorker((href) => copy(files.get(href)))));
    const shifted = elsewhere.numbered([...ids.slice(1), ids[0]!]);
    await expect(shifted.rows.rows(Uint32Array.of(3))).rejects.toThrow(`article 3 arrived as ${ids[3]}; the facet index numbers it ${ids[4]}`);
    const short = copy(files.get(rowsAt(1))) as { articles: unknown[] };
    short.articles.pop();
    const shortened = announced(await loadCorpusIndex('corpus/index.json', BASE, () => fakeWorker((href) => (href === rowsAt(1) ? copy(short) : copy(files.get(href))))));
    // Its first rows are still where the index says; the last is not, so the file is checked whole.
    expect((await shortened.numbered(ids).rows.rows(Uint32Array.of(8)))[0]!.id).toBe(ids[8]);
    await expect(shortened.numbered(ids).rows.rows(Uint32Array.of(13))).rejects.toThrow('rows-0001.json holds 6 articles, the index says 7');
    // Its check reads everything again in order: the table numbers what is there.
    expect((await shortened.complete()).table.ids).toEqual(ids.filter((_, i) => i !== 13));
  });

  it('names a rows file that is not one, or is missing, and a duplicate across rows files', async () => {
    const files = new Map(splitCorpusFiles(seedCorpus(), 7).map((f) => [new URL(f.name, BASE).href, JSON.parse(typeof f.body === 'string' ? f.body : 'null') as unknown]));
    const rowsAt = (k: number) => new URL(`rows-000${k}.json`, BASE).href;
    const serve = (patch: Record<string, unknown>) => (href: string) => (href in patch ? patch[href] : copy(files.get(href)));
    const completed = async (s: (href: string) => unknown) => announced(await loadCorpusIndex('corpus/index.json', BASE, () => fakeWorker(s))).complete();
    await expect(completed(serve({ [rowsAt(1)]: { schemaVersion: 3, chunk: 1, articles: 'none' } }))).rejects.toMatchObject({
      kind: 'schema', problem: { key: 'loadNotCorpus', vars: { origin: 'rows-0001.json', where: 'articles' } },
    });
    const gone = new CorpusLoadError('rows-0002.json answered 404 Not Found', 'http', { key: 'loadHttp', vars: { url: 'rows-0002.json', status: '404 Not Found' } });
    await expect(completed((href) => { if (href === rowsAt(2)) throw gone; return copy(files.get(href)); })).rejects.toMatchObject({ kind: 'http', problem: { key: 'loadHttp', vars: { url: 'rows-0002.json' } } });
    const first = files.get(rowsAt(0)) as { articles: { id: string }[] };
    const second = copy(files.get(rowsAt(1))) as { articles: { id: string }[] };
    second.articles[0] = { ...second.articles[0]!, id: first.articles[2]!.id };
    const { table } = await completed(serve({ [rowsAt(1)]: second }));
    expect(table.skipped).toEqual([{ index: 7, id: first.articles[2]!.id, reason: 'duplicate id' }]);
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
    const { table } = loaded(await loadCorpusIndex('corpus/index.json', BASE, () => dead));
    expect(table.ids).toEqual(index.articles.map((a) => a.id));
    expect(table.rows.peek([0])?.[0]?.id).toBe(index.articles[0]!.id);
  });

  it('fails the rows asked of a worker that stopped, naming it, and every later request too', async () => {
    const worker = fakeWorker(() => copy(index));
    const { table } = loaded(await loadCorpusIndex('corpus/index.json', BASE, () => worker));
    worker.onerror?.({ message: 'out of memory' } as ErrorEvent);
    await expect(table.rows.rows(Uint32Array.of(0))).rejects.toThrow('corpus/index.json: the index worker stopped: out of memory');
    await expect(table.rows.rows(Uint32Array.of(1))).rejects.toThrow('the index worker stopped');
  });
});
