// The first load's budget (issue 19): what the browser fetches before the first filter
// works — the entry script and the chunks index.html preloads — stays under 200 KB gzip,
// and the charts, Terms tab and deck are not in it. Sizes, not times: deterministic.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstLoadJs } from './helpers/first-load';

describe('first-load JavaScript of the built app', () => {
  const load = firstLoadJs(join(__dirname, '../dist'));

  it('is under 200 KB gzip', () => {
    expect(load.gzipKb).toBeLessThanOrEqual(200);
    expect(load.files.length).toBeGreaterThan(0);
  });

  it('leaves the views loaded on demand out', () => {
    expect(load.files.map((f) => f.file).filter((f) => /ChartsView|TermsView|Deck|Timeline|LineChart/.test(f))).toEqual([]);
  });
});
