import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../../src/shared/schema';
import { fetchingRowStore, memoryRowStore } from '../../../src/app/data/row-store';
import { seedMeta } from '../../helpers/seed-corpus';

const rows = seedMeta();

/** A fetcher that answers from the seed rows and records every request. */
function recording(fail?: (asked: number[]) => Error | null) {
  const asked: number[][] = [];
  const fetchRows = async (numbers: Uint32Array): Promise<ArticleMeta[]> => {
    asked.push([...numbers]);
    const error = fail?.([...numbers]);
    if (error) throw error;
    return Array.from(numbers, (n) => rows[n]!);
  };
  return { asked, fetchRows };
}

describe('row stores', () => {
  it('a memory store answers at once, in the order asked', async () => {
    const store = memoryRowStore(rows);
    expect(store.peek([3, 0, 3])?.map((a) => a.id)).toEqual([rows[3]!.id, rows[0]!.id, rows[3]!.id]);
    expect((await store.rows(Uint32Array.of(5, 1))).map((a) => a.id)).toEqual([rows[5]!.id, rows[1]!.id]);
    expect(() => store.peek([rows.length])).toThrow(`article number ${rows.length} is not in a corpus of ${rows.length}`);
  });

  it('a fetching store asks only for rows it does not hold, once each, and keeps them', async () => {
    const { asked, fetchRows } = recording();
    const store = fetchingRowStore(rows.length, fetchRows);
    expect(store.peek([0, 1])).toBeNull();
    // Two views asking at the same time: the shared rows travel once.
    const [a, b] = await Promise.all([store.rows(Uint32Array.of(0, 1, 2)), store.rows(Uint32Array.of(2, 3))]);
    expect(a.map((r) => r.id)).toEqual([0, 1, 2].map((n) => rows[n]!.id));
    expect(b.map((r) => r.id)).toEqual([2, 3].map((n) => rows[n]!.id));
    expect(asked).toEqual([[0, 1, 2], [3]]);
    // Held now: answered without a request, and synchronously.
    expect(store.peek([3, 0])?.map((r) => r.id)).toEqual([rows[3]!.id, rows[0]!.id]);
    await store.rows(Uint32Array.of(1, 4));
    expect(asked).toEqual([[0, 1, 2], [3], [4]]);
  });

  it('asks in requests of a bounded size, so no one answer blocks the page long', async () => {
    const { asked, fetchRows } = recording();
    const store = fetchingRowStore(rows.length, fetchRows, 4);
    const all = Uint32Array.from(rows, (_, i) => i);
    expect((await store.rows(all)).map((r) => r.id)).toEqual(rows.map((r) => r.id));
    expect(asked.map((a) => a.length)).toEqual([...Array(Math.floor(rows.length / 4)).fill(4), ...(rows.length % 4 ? [rows.length % 4] : [])]);
    expect(asked.flat()).toEqual([...all]);
  });

  it('a failed fetch is reported, and asked again next time', async () => {
    let down = true;
    const { asked, fetchRows } = recording(() => (down ? new Error('the index worker stopped') : null));
    const store = fetchingRowStore(rows.length, fetchRows);
    await expect(store.rows(Uint32Array.of(7))).rejects.toThrow('the index worker stopped');
    down = false;
    expect((await store.rows(Uint32Array.of(7)))[0]!.id).toBe(rows[7]!.id);
    expect(asked).toEqual([[7], [7]]);
    await expect(store.rows(Uint32Array.of(rows.length + 2))).rejects.toThrow('is not in a corpus of');
  });
});
