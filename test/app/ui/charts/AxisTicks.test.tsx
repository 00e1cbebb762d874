// @vitest-environment jsdom
// Tick labels chosen without measuring them in the page: every n-th period, as many as fit.
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { categoryInterval, useLabelInterval, wrapLabel } from '../../../../src/app/ui/charts/AxisTicks';

describe('category axis intervals', () => {
  it('draws every n-th label so that at most `most` are drawn', () => {
    expect(categoryInterval(96, 12)).toBe(7);
    expect(categoryInterval(12, 12)).toBe(0);
    expect(categoryInterval(13, 12)).toBe(1);
    expect(categoryInterval(0, 12)).toBe(0);
  });

  it('fits the labels to the width the chart reports', () => {
    const months = Array.from({ length: 96 }, (_, i) => `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const { result } = renderHook(() => useLabelInterval(months, 12));
    // Before the chart has a width: twelve labels.
    expect(result.current.interval).toBe(7);
    // 1,100 px: (1100 - 60) / (7 × 12 × 0.6 + 8) = 17 labels of 96 → every 6th.
    act(() => result.current.onResize(1100));
    expect(result.current.interval).toBe(5);
    // 400 px: 5 labels → every 20th.
    act(() => result.current.onResize(400));
    expect(result.current.interval).toBe(19);
  });
});

describe('category labels wrapped without measuring', () => {
  it('keeps a short name on one line and breaks a long one between words', () => {
    expect(wrapLabel('北京 Beijing', 100, 12)).toEqual(['北京 Beijing']);
    // 内蒙古 (36 px) + Inner Mongolia (14 × 0.62 em = 104 px) does not fit in 100 px.
    expect(wrapLabel('内蒙古 Inner Mongolia', 100, 12)).toEqual(['内蒙古 Inner', 'Mongolia']);
    expect(wrapLabel('新疆生产建设兵团 Xinjiang Production and Construction Corps', 100, 12)).toEqual(['新疆生产建设兵团', 'Xinjiang', 'Production', 'and', 'Construction', 'Corps']);
    expect(wrapLabel('', 100, 12)).toEqual([]);
  });
});
