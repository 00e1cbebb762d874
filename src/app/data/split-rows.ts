// A split index's rows in the index worker, read as the page asks for them: article n is
// the (n − start)th row of its chunk, the numbering the binary facet index already gave
// the page. Where the index says at which byte each row starts in its rows file, the rows
// asked for are fetched alone (HTTP range requests; the whole file where the server
// ignores ranges) and checked alone: the list's 50 newest rows are spread over every file
// of a large corpus, and fetching, parsing and checking them all took seconds. Otherwise
// the whole file is checked, and must hold exactly the articles the index announces for
// its chunk. The check in order (every file, duplicates across files) runs
// when the page asks for it; if it finds a file that is not as announced, it reads
// everything again in order and the page gets the table of what is usable (and replaces
// the corpus it numbered too early).
import type { ArticleMeta } from '../../shared/schema';
import type { IndexTable } from './index-protocol';
import { parseJson, type FileBytes } from './fetch-json';
import { checkRow, checkRowChunk, corpusSlices, readRowFiles, type CorpusHead, type CorpusReading, type CorpusSlice, type SkippedArticle } from './parse-corpus';

/** How the worker reads files: whole, as text, or some bytes of them. */
export interface FileReader {
  text(url: string, name: string): Promise<string>;
  range(url: string, name: string, start: number, end: number): Promise<FileBytes>;
}

/** Rows this close together (bytes between them) are fetched in one range: one request instead of many, a few KB more. */
const MERGE_GAP = 16_384;

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
  /** Rows fetched alone by position, per chunk, until the whole file is checked. */
  private readonly cut = new Map<number, Map<number, ArticleMeta>>();
  private checked: Promise<{ table: IndexTable; rows: ArticleMeta[] }> | null = null;
  /** Every row in order, once the check is done; until then rows are read as asked, also while it runs. */
  private inOrder: ArticleMeta[] | null = null;

  constructor(
    private readonly reading: CorpusReading,
    /** The index document again, for a check in order from the start. */
    private readonly indexJson: unknown,
    private readonly reread: (json: unknown) => CorpusReading,
    private readonly reader: FileReader,
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
    const all = this.inOrder;
    if (all) return Array.from(numbers, (n) => all[n]!);
    const wanted = new Map<number, number[]>();
    for (const n of numbers) {
      const c = chunkAt(this.starts, n);
      const list = wanted.get(c);
      if (list) list.push(n - this.starts[c]!);
      else wanted.set(c, [n - this.starts[c]!]);
    }
    const found = new Map(await Promise.all([...wanted].map(async ([c, at]) => [c, await this.rowsIn(c, at)] as const)));
    return Array.from(numbers, (n) => {
      const c = chunkAt(this.starts, n);
      return found.get(c)!(n - this.starts[c]!);
    });
  }

  /** Rows `at` of chunk c, by position in the chunk: fetched alone where the index says where rows start, else from the whole file checked. */
  private async rowsIn(c: number, at: readonly number[]): Promise<(k: number) => ArticleMeta> {
    const positions = this.reading.rowStarts[c];
    if (this.loaded.has(c) || !positions || positions.length !== this.counts[c]! + 1) return this.rowsInWhole(c);
    let rows = this.cut.get(c);
    if (!rows) this.cut.set(c, (rows = new Map()));
    const held = rows;
    const missing = [...new Set(at)].filter((k) => !held.has(k)).sort((a, b) => a - b);
    const file = this.files[c]!;
    const spans = await Promise.all(spansOf(missing, positions).map(async (span) => {
      try {
        const got = await this.reader.range(file.url, file.name, positions[span[0]!]!, positions[span.at(-1)! + 1]! - 1);
        return span.map((k) => cutRow(got, positions, k));
      } catch {
        return [null];
      }
    }));
    // A row that is not where the index says, or not a row: the whole file is checked instead, and says what is wrong.
    if (spans.some((rs) => rs.includes(null))) return this.rowsInWhole(c);
    spans.flat().forEach((row, j) => held.set(missing[j]!, row!));
    return (k) => held.get(k)!;
  }

  private async rowsInWhole(c: number): Promise<(k: number) => ArticleMeta> {
    const slice = await this.chunk(c);
    return (k) => slice.articles[k]!;
  }

  /** Every rows file, checked in order: the table the page compares with what it numbered. */
  check(): Promise<{ table: IndexTable; rows: ArticleMeta[] }> {
    this.checked ??= this.checkAll().then((done) => {
      this.inOrder = done.rows;
      return done;
    });
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
    const fetchJson = async (url: string, name: string) => parseJson(await this.reader.text(url, name), name);
    return tableOf(again.head, [...again.slices, ...(await readRowFiles(again, fetchJson))]);
  }

  /** Chunk c's rows, checked to be exactly what the index announces. */
  private async chunk(c: number): Promise<CorpusSlice> {
    const slice = await this.load(c);
    const name = this.files[c]!.name;
    // Either way the check in order starts: its table is what the page replaces its corpus with.
    if (slice.skipped.length > 0) {
      this.check().catch(() => undefined);
      throw new Error(`${name}: article ${slice.skipped[0]!.index}: ${slice.skipped[0]!.reason}`);
    }
    if (slice.articles.length !== this.counts[c]) {
      this.check().catch(() => undefined);
      throw new Error(`${name} holds ${slice.articles.length} articles, the index says ${this.counts[c]}`);
    }
    return slice;
  }

  private load(c: number): Promise<CorpusSlice> {
    let slice = this.loaded.get(c);
    if (!slice) {
      const file = this.files[c]!;
      slice = this.reader.text(file.url, file.name).then((text) => checkRowChunk(parseJson(text, file.name), file.name, this.files.length));
      this.loaded.set(c, slice);
      // A file that could not be fetched is fetched again when next asked for.
      slice.catch(() => this.loaded.delete(c));
    }
    return slice;
  }
}

/** Rows (ascending positions in a chunk) grouped into ranges to fetch: neighbours closer than MERGE_GAP bytes share one. */
function spansOf(rows: readonly number[], starts: readonly number[]): number[][] {
  const spans: number[][] = [];
  for (const k of rows) {
    const last = spans.at(-1);
    if (last && starts[k]! - starts[last.at(-1)! + 1]! < MERGE_GAP) last.push(k);
    else spans.push([k]);
  }
  return spans;
}

const utf8 = new TextDecoder();

/** Row k of a rows file, from bytes of it, by the positions the index lists, checked alone; null when it is not a row there. */
function cutRow(got: FileBytes, starts: readonly number[], k: number): ArticleMeta | null {
  const from = starts[k]! - got.offset;
  const to = starts[k + 1]! - 1 - got.offset;
  if (from < 0 || to > got.bytes.length) return null;
  try {
    const checked = checkRow(JSON.parse(utf8.decode(got.bytes.subarray(from, to))));
    return checked.ok ? checked.row : null;
  } catch {
    return null;
  }
}

/** The split index's rows, served lazily; `resolve` as corpusSlices takes it. */
export function splitRows(json: unknown, origin: string, resolve: (file: string) => string, files: FileReader): SplitRows {
  const read = (j: unknown) => corpusSlices(j, origin, resolve);
  return new SplitRows(read(json), json, read, files);
}
