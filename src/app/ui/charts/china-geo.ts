// China's province outlines, as plain GeoJSON wound for d3-geo: decoded from echarts 4.9's
// map data (Apache-2.0; see china-provinces.NOTICE) by scripts/vendor-china-map.ts.
import type { FeatureCollection, MultiPolygon } from 'geojson';
import provinces from './china-provinces.json';

/** Province outlines keyed by the short names the corpus uses (北京, 内蒙古, 香港…). */
export function chinaProvinces(): FeatureCollection<MultiPolygon, { name: string }> {
  return provinces as FeatureCollection<MultiPolygon, { name: string }>;
}
