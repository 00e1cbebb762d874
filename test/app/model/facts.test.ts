import { describe, expect, it } from 'vitest';
import { dateOfSpan } from '../../../src/app/model/facts';
import { spanKeys } from '../../../src/shared/facet-columns';

describe('dates back from their spans', () => {
  it.each(['2025-11-03', '2025-11', '2025', '2024-02', '2023-02', '0050-12-31', '0050', '9999-12', '2026-02-28'])('%s', (date) => {
    const span = spanKeys(date)!;
    expect(dateOfSpan(span.start, span.end)).toEqual({ date, datePrecision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year' });
  });

  it('an undated article stays undated', () => {
    expect(dateOfSpan(0, 0)).toEqual({ date: null, datePrecision: null });
  });
});
