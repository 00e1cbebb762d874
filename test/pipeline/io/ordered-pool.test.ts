// Jobs run on several workers come back in job order, with only a few in flight at once,
// and a failing job fails the run by name.
import { describe, expect, it } from 'vitest';
import { runInOrder, type PoolWorker } from '../../../src/pipeline/io/ordered-pool';

/** A worker whose jobs finish after a delay that depends on the job (so later jobs often finish first). */
function slowWorker(log: { inFlight: number; most: number }): PoolWorker<number, string> {
  return {
    run: async (n) => {
      log.inFlight++;
      log.most = Math.max(log.most, log.inFlight);
      await new Promise((resolve) => setTimeout(resolve, (n * 7) % 5));
      log.inFlight--;
      return `job ${n}`;
    },
  };
}

describe('runInOrder', () => {
  it('delivers every result in job order however the workers finish', async () => {
    const log = { inFlight: 0, most: 0 };
    const delivered: [string, number][] = [];
    await runInOrder(Array.from({ length: 40 }, (_, i) => i), [slowWorker(log), slowWorker(log)], (r, i) => delivered.push([r, i]));
    expect(delivered).toEqual(Array.from({ length: 40 }, (_, i) => [`job ${i}`, i]));
    // Two workers, two jobs each: never more than four pages held.
    expect(log.most).toBeLessThanOrEqual(4);
  });

  it('draws jobs only when a worker has room', async () => {
    let drawn = 0;
    const delivered: number[] = [];
    function* jobs() {
      for (let i = 0; i < 20; i++) {
        drawn++;
        yield i;
      }
    }
    await runInOrder(jobs(), [{ run: async (n: number) => (expect(drawn - n).toBeLessThanOrEqual(2), n) }], (r) => delivered.push(r));
    expect(delivered).toHaveLength(20);
  });

  it('fails the run with the failing job', async () => {
    const failing: PoolWorker<number, number> = { run: async (n) => { if (n === 3) throw new Error('a page worker stopped: exit code 1'); return n; } };
    await expect(runInOrder([0, 1, 2, 3, 4], [failing], () => undefined)).rejects.toThrow('a page worker stopped: exit code 1');
  });
});
