import { describe, expect, it } from 'vitest';
import { processPages } from '../../../src/pipeline/build-corpus';
import { CorpusStreamWriter, type FolderSink } from '../../../src/pipeline/io/corpus-stream';
import { silentLogger } from '../../../src/pipeline/logger';
import { splitCorpus, splitCorpusFiles } from '../../../src/shared/compact';
import { buildFacetColumns } from '../../../src/shared/facet-columns';
import { decodeFacetFile } from '../../../src/shared/facet-file';
import { Corpus, CorpusIndex, RowChunk, TextChunk } from '../../../src/shared/schema';
import { readPages, SEEDS_DIR, seedCorpus } from '../../helpers/seed-corpus';

function memoryFolder() {
  const files = new Map<string, string[]>();
  const binaries = new Map<string, Uint8Array>();
  const writes: string[] = [];
  const folder: FolderSink = {
    create: (name) => {
      const parts: string[] = [];
      files.set(name, parts);
      return { write: (t) => (parts.push(t), writes.push(name)), close: () => undefined };
    },
    writeBinary: (name, bytes) => binaries.set(name, bytes.slice()),
  };
  return { folder, files: () => new Map([...files].map(([k, v]) => [k, v.join('')])), binaries, writes };
}

describe('CorpusStreamWriter', () => {
  it('writes the same corpus, index and chunks as the in-memory build, one article at a time', () => {
    const mem = memoryFolder();
    const writer = new CorpusStreamWriter(mem.folder, 10);
    for (const r of processPages(readPages(SEEDS_DIR), silentLogger)) writer.addPage(r);
    const written = writer.finish();
    const files = mem.files();
    const expected = seedCorpus();
    expect(written).toMatchObject({ articles: 29, chunks: 3, generatedAt: expected.generatedAt });
    expect(Corpus.parse(JSON.parse(files.get('corpus.json')!))).toEqual(expected);
    const split = splitCorpus(expected, 10);
    // The split form: per chunk a text file and a rows file, and the index listing them, as splitCorpusFiles lays it out.
    const index = CorpusIndex.parse(JSON.parse(files.get('index.json')!));
    expect(index.articles).toBeUndefined();
    expect(index.chunks).toEqual([0, 1, 2].map((k) => ({ file: `text-000${k}.json`, rows: `rows-000${k}.json`, search: `search-000${k}.bin`, articles: k < 2 ? 10 : 9, rowStarts: expect.any(Array) })));
    // Each row is at the bytes where the index says it starts in its rows file.
    for (const [k, c] of index.chunks.entries()) {
      const bytes = new TextEncoder().encode(files.get(`rows-000${k}.json`)!);
      const rows = c.rowStarts!.slice(0, -1).map((at, j) => JSON.parse(new TextDecoder().decode(bytes.subarray(at, c.rowStarts![j + 1]! - 1))) as { id: string });
      expect(rows.map((r) => r.id)).toEqual(split.index.articles.filter((a) => a.chunk === k).map((a) => a.id));
    }
    expect([0, 1, 2].map((k) => TextChunk.parse(JSON.parse(files.get(`text-000${k}.json`)!)))).toEqual(split.chunks);
    expect([0, 1, 2].flatMap((k) => RowChunk.parse(JSON.parse(files.get(`rows-000${k}.json`)!)).articles)).toEqual(split.index.articles);
    for (const f of splitCorpusFiles(expected, 10)) if (typeof f.body === 'string') expect(JSON.parse(files.get(f.name)!)).toEqual(JSON.parse(f.body));
    // The search parts, folded in the writer's input (a worker thread's), are the bytes the in-memory split writes.
    for (const f of splitCorpusFiles(expected, 10).filter((f) => f.name.startsWith('search-'))) expect(mem.binaries.get(f.name), f.name).toEqual(f.body);
    // The binary facet index counts as the JSON index does.
    const facets = decodeFacetFile(JSON.parse(files.get('facets.json')!), mem.binaries.get('facets.bin')!.slice().buffer);
    expect(facets.ok && facets.columns).toEqual(buildFacetColumns(split.index.articles));
    expect(JSON.parse(files.get('facets.json')!)).toMatchObject({ articles: 29 });
    expect(JSON.parse(files.get('ids.json')!)).toEqual({ kind: 'srdi-article-ids', checksum: JSON.parse(files.get('facets.json')!).checksum, ids: expected.articles.map((a) => a.id) });
    // Written as it goes: the first chunk is complete before the last article arrives.
    expect(mem.writes.indexOf('text-0002.json')).toBeGreaterThan(mem.writes.lastIndexOf('text-0000.json'));
    expect(mem.writes.indexOf('rows-0002.json')).toBeGreaterThan(mem.writes.lastIndexOf('rows-0000.json'));
    expect(mem.writes.filter((n) => n === 'corpus.json').length).toBeGreaterThan(29);
  });

  it('writes a valid empty corpus', () => {
    const mem = memoryFolder();
    new CorpusStreamWriter(mem.folder).finish('2026-01-01T00:00:00.000Z');
    expect(Corpus.parse(JSON.parse(mem.files().get('corpus.json')!)).articles).toEqual([]);
    expect(CorpusIndex.parse(JSON.parse(mem.files().get('index.json')!)).chunks).toEqual([]);
  });
});
