import { geoArea, geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { chinaProvinces } from '../../../../src/app/ui/charts/china-geo';
import { decodeChina, decodeRing } from '../../../../scripts/china-map-source';
import { PROVINCES } from '../../../../src/shared/taxonomy/regions';

describe('province shapes', () => {
  const geo = chinaProvinces();

  it('has one shape per provincial-level division, named as the corpus names them', () => {
    expect(geo.features.map((f) => f.properties.name).sort()).toEqual(PROVINCES.map((p) => p.short).sort());
  });

  it('winds every polygon so it covers its province, not the rest of the globe', () => {
    for (const f of geo.features) expect(geoArea(f), f.properties.name).toBeLessThan(0.1);
    const at = (name: string) => geo.features.find((f) => f.properties.name === name)!;
    expect(geoContains(at('湖南'), [112.94, 28.23])).toBe(true); // 长沙
    expect(geoContains(at('湖南'), [114.3, 30.59])).toBe(false); // 武汉
    expect(geoContains(at('北京'), [116.4, 39.9])).toBe(true);
  });

  it('is the echarts source decoded, up to date (scripts/vendor-china-map.ts)', () => {
    expect(geo).toEqual(decodeChina());
  });

  it('decodes echarts zigzag-delta rings', () => {
    // "@@" is a zero step: the first point is the offset itself.
    expect(decodeRing('@@', [1024 * 100, 1024 * 30])).toEqual([[100, 30]]);
    expect(decodeRing('@@BA', [0, 0])).toEqual([[0, 0], [1 / 1024, -1 / 1024]]);
  });
});
