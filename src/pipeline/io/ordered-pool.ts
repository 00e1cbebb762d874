// Runs independent jobs on a few workers and hands the results on in job order: the
// corpus is written page by page in name order, whichever worker finishes first. Jobs
// are drawn from the iterable only when a worker has room, so at most
// `workers × perWorker` pages are held at once, however large the folder.

export interface PoolWorker<J, R> {
  run(job: J): Promise<R>;
}

/** Results waiting for an earlier one beyond this many would mean a stuck worker: the run fails by name. */
const MAX_WAITING = 10_000;

export async function runInOrder<J, R>(jobs: Iterable<J>, workers: readonly PoolWorker<J, R>[], deliver: (result: R, index: number) => void, perWorker = 2): Promise<void> {
  if (workers.length === 0) throw new Error('runInOrder needs at least one worker');
  const source = jobs[Symbol.iterator]();
  const waiting = new Map<number, R>();
  let next = 0;
  let issued = 0;
  let exhausted = false;
  const flush = () => {
    for (let r = waiting.get(next); waiting.has(next); r = waiting.get(next)) {
      waiting.delete(next);
      deliver(r as R, next++);
    }
    if (waiting.size > MAX_WAITING) throw new Error(`${waiting.size} results are waiting for job ${next}`);
  };
  // Each worker keeps `perWorker` jobs in flight, taking the next job as one finishes.
  const lane = async (worker: PoolWorker<J, R>): Promise<void> => {
    for (;;) {
      if (exhausted) return;
      const item = source.next();
      if (item.done) {
        exhausted = true;
        return;
      }
      const index = issued++;
      waiting.set(index, await worker.run(item.value));
      flush();
    }
  };
  await Promise.all(workers.flatMap((w) => Array.from({ length: perWorker }, () => lane(w))));
  flush();
}
