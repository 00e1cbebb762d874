// Text workers started ahead of the corpus: the first text index takes them instead of
// starting its own, and the ones it does not need are stopped.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorkerHost, prestartTextWorkers, stopSpareTextWorkers, textWorkerCount } from '../../../src/app/data/worker-host';

class FakeWorker {
  static made: FakeWorker[] = [];
  terminated = false;
  onmessage: unknown = null;
  onerror: unknown = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(): void {}
  terminate(): void {
    this.terminated = true;
  }
}

afterEach(() => {
  stopSpareTextWorkers();
  FakeWorker.made = [];
  vi.unstubAllGlobals();
});

describe('text worker prestart', () => {
  it('hands the started workers to the hosts and stops the rest', () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('navigator', { hardwareConcurrency: 4 });
    expect(textWorkerCount()).toBe(3);
    prestartTextWorkers();
    prestartTextWorkers(); // a second load while the first is under way starts no more
    expect(FakeWorker.made).toHaveLength(3);
    createWorkerHost();
    expect(FakeWorker.made).toHaveLength(3);
    stopSpareTextWorkers();
    expect(FakeWorker.made.map((w) => w.terminated)).toEqual([false, true, true]);
    // Nothing started ahead any more: the next host starts its own.
    createWorkerHost();
    expect(FakeWorker.made).toHaveLength(4);
  });

  it('starts nothing where there are no workers', () => {
    vi.stubGlobal('Worker', undefined);
    prestartTextWorkers();
    expect(FakeWorker.made).toHaveLength(0);
  });
});
