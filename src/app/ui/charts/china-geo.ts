// China's provinces from echarts 4.9's map data (Apache-2.0), which stores rings as
// delta- and zigzag-encoded character strings. Decoded once, with each polygon's
// winding checked: d3-geo reads rings on the sphere, and a ring wound the wrong way
// would cover the rest of the globe instead of the province.
import china from 'echarts/map/json/china.json';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

interface EncodedGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown;
  encodeOffsets: unknown;
}
interface EncodedFeature {
  properties: { name: string };
  geometry: EncodedGeometry;
}

export function decodeRing(encoded: string, offset: [number, number], scale = 1024): Position[] {
  const out: Position[] = [];
  let [px, py] = offset;
  for (let i = 0; i < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += px;
    y += py;
    px = x;
    py = y;
    out.push([x / scale, y / scale]);
  }
  return out;
}

function decodeFeature(f: EncodedFeature): Feature<MultiPolygon, { name: string }> {
  const g = f.geometry;
  const polygons: string[][] = g.type === 'Polygon' ? [g.coordinates as string[]] : (g.coordinates as string[][]);
  const offsets: [number, number][][] = g.type === 'Polygon' ? [g.encodeOffsets as [number, number][]] : (g.encodeOffsets as [number, number][][]);
  const coordinates = polygons.map((rings, p) => {
    const polygon = rings.map((ring, r) => decodeRing(ring, offsets[p]![r]!));
    // More than a hemisphere means the winding is inverted for d3: reverse it.
    const probe: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: polygon } };
    return geoArea(probe) > 2 * Math.PI ? polygon.map((ring) => [...ring].reverse()) : polygon;
  });
  return { type: 'Feature', properties: { name: f.properties.name }, geometry: { type: 'MultiPolygon', coordinates } };
}

let cached: FeatureCollection<MultiPolygon, { name: string }> | null = null;

/** Province outlines keyed by the short names the corpus uses (北京, 内蒙古, 香港…). */
export function chinaProvinces(): FeatureCollection<MultiPolygon, { name: string }> {
  cached ??= { type: 'FeatureCollection', features: (china as unknown as { features: EncodedFeature[] }).features.map(decodeFeature) };
  return cached;
}
