// A split index's rows in the index worker, read file by file as the page asks for them:
// the list's 50 rows need the one or two rows files they are in, not all of them. Each
// file read out of order is checked on its own and must hold exactly the articles the
// index announces for its chunk, so article n is the (n − start)th row of its chunk, the
// numbering the binary facet index already gave the page. The check in order (every file,
// duplicates across files) runs when the page asks for it; if it finds a file that is not
// as announced, it reads everything again in order and the page gets the table of what
// is usable (and replaces the corpus it numbered too early).
import type { ArticleMeta } from '../../shared/schema';
import type { IndexTable } from './index-protocol';
import { checkRowChunk, corpusSlices, readRowFiles, type CorpusHead, type CorpusReading, type CorpusSlice, type SkippedArticle } from './parse-corpus';

type FetchFile = (url: string, name: string) => Promise<unknown>;

/** The table of rows read in order: ids, what was skipped, and each article's chunk. */
export function tableOf(head: CorpusHead, slices: readonly CorpusSlice[]): { table: IndexTable; rows: ArticleMeta[] } {
  const rows: ArticleMeta[] = [];
  const skipped: SkippedArticle[] = [];
  for (const s of slices) {
    for (const a of s.articles) rows.push(a);
    for (const x of s.skipped) skipped.push(x);
  }
  return { table: { head, ids: rows.map((a) => a.id), skipped, chunkOf: Uint32Array.from(rows, (a) => a.chunk) }, rows };
}

/** Where each chunk's articles start in the numbering the index announces. */
function startsOf(counts: readonly number[]): number[] {
  const starts = [0];
  for (const c of counts) starts.push(starts.at(-1)! + c);
  return starts;
}

/** The chunk holding article n: the last start at or below n (binary search). */
function chunkAt(starts: readonly number[], n: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= n) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export class SplitRows {
  private readonly files: { name: string; url: string }[];
  private readonly counts: number[];
  private readonly starts: number[];
  private readonly loaded = new Map<number, Promise<CorpusSlice>>();
  private checked: Promise<{ table: IndexTable; rows: ArticleMeta[] }> | null = null;

  constructor(
    private readonly reading: CorpusReading,
    /** The index document again, for a check in order from the start. */
    private readonly indexJson: unknown,
    private readonly reread: (json: unknown) => CorpusReading,
    private readonly fetchFile: FetchFile,
  ) {
    this.files = reading.head.rowFiles ?? [];
    this.counts = reading.head.chunkArticles ?? [];
    this.starts = startsOf(this.counts);
  }

  /** How many articles the index announces. */
  get announced(): number {
    return this.starts.at(-1)!;
  }

  /** The rows of these article numbers, in the order asked; a rows file not as announced fails them, by name. */
  async rows(numbers: Uint32Array): Promise<ArticleMeta[]> {
    if (this.checked) {
      const { rows } = await this.checked;
      return Array.from(numbers, (n) => rows[n]!);
    }
    const chunks = [...new Set(Array.from(numbers, (n) => chunkAt(this.starts, n)))];
    const slices = new Map(await Promise.all(chunks.map(async (c) => [c, await this.chunk(c)] as const)));
    return Array.from(numbers, (n) => {
      const c = chunkAt(this.starts, n);
      return slices.get(c)!.articles[n - this.starts[c]!]!;
    });
  }

  /** Every rows file, checked in order: the table the page compares with what it numbered. */
  check(): Promise<{ table: IndexTable; rows: ArticleMeta[] }> {
    this.checked ??= this.checkAll();
    return this.checked;
  }

  private async checkAll(): Promise<{ table: IndexTable; rows: ArticleMeta[] }> {
    const slices: CorpusSlice[] = [];
    let clean = true;
    for (let c = 0; c < this.files.length; c++) {
      const current = this.load(c);
      // The next file is on its way while this one is checked.
      if (c + 1 < this.files.length) this.load(c + 1).catch(() => undefined);
      const slice = await current;
      if (slice.skipped.length > 0 || slice.articles.length !== this.counts[c]) clean = false;
      slices.push(slice);
    }
    const done = tableOf(this.reading.head, slices);
    if (clean && new Set(done.table.ids).size === done.table.ids.length) return done;
    // Not as announced: read it all again in order, so skips and duplicates are numbered as a page parse numbers them.
    const again = this.reread(this.indexJson);
    return tableOf(again.head, [...again.slices, ...(await readRowFiles(again, this.fetchFile))]);
  }

  /** Chunk c's rows, checked to be exactly what the index announces. */
  private async chunk(c: number): Promise<CorpusSlice> {
    const slice = await this.load(c);
    const name = this.files[c]!.name;
    if (slice.skipped.length > 0) {
      void this.check();
      throw new Error(`${name}: article ${slice.skipped[0]!.index}: ${slice.skipped[0]!.reason}`);
    }
    if (slice.articles.length !== this.counts[c]) {
      void this.check();
      throw new Error(`${name} holds ${slice.articles.length} articles, the index says ${this.counts[c]}`);
    }
    return slice;
  }

  private load(c: number): Promise<CorpusSlice> {
    let slice = this.loaded.get(c);
    if (!slice) {
      const file = this.files[c]!;
      slice = this.fetchFile(file.url, file.name).then((json) => checkRowChunk(json, file.name, this.files.length));
      this.loaded.set(c, slice);
      // A file that could not be fetched is fetched again when next asked for.
      slice.catch(() => this.loaded.delete(c));
    }
    return slice;
  }
}

/** The split index's rows, served lazily; `resolve` as corpusSlices takes it. */
export function splitRows(json: unknown, origin: string, resolve: (file: string) => string, fetchFile: FetchFile): SplitRows {
  const read = (j: unknown) => corpusSlices(j, origin, resolve);
  return new SplitRows(read(json), json, read, fetchFile);
}
