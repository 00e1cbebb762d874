// @vitest-environment jsdom
// A stepped computation hands the thread back between slices and shows only its own
// input's result: a newer input cancels the run for the older one.
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStepped } from '../../../src/app/ui/use-stepped';

/** Sums 1..n one number a step, each step taking about a millisecond of busy time; counts the steps taken. */
const taken = new Map<number, number>();
function* slowSum(n: number): Generator<void, number, void> {
  let sum = 0;
  for (let k = 1; k <= n; k++) {
    const until = performance.now() + 1;
    while (performance.now() < until) { /* busy: a step of real work */ }
    sum += k;
    taken.set(n, (taken.get(n) ?? 0) + 1);
    yield;
  }
  return sum;
}

describe('useStepped', () => {
  it('gives the result once its steps are done, over several tasks, and null for no input', async () => {
    let tasks = 0;
    const ticker = setInterval(() => tasks++, 0);
    const { result, rerender } = renderHook(({ n }: { n: number | null }) => useStepped(slowSum, n), { initialProps: { n: 60 as number | null } });
    expect(result.current).toBeNull();
    await waitFor(() => expect(result.current).toBe(1830));
    clearInterval(ticker);
    // 60 ms of steps, at most 12 ms a task: other tasks ran in between.
    expect(tasks).toBeGreaterThan(0);
    rerender({ n: null });
    expect(result.current).toBeNull();
  });

  it('drops the run of an input replaced before it finished, and never shows its result', async () => {
    const { result, rerender } = renderHook(({ n }: { n: number }) => useStepped(slowSum, n), { initialProps: { n: 400 } });
    rerender({ n: 30 });
    await waitFor(() => expect(result.current).toBe(465));
    const stepsOf400 = taken.get(400) ?? 0;
    await new Promise((r) => setTimeout(r, 50));
    expect(taken.get(400) ?? 0).toBe(stepsOf400);
    expect(stepsOf400).toBeLessThan(400);
  });
});
