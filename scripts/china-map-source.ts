// Decodes China's province outlines from echarts 4.9's map data (Apache-2.0), which stores
// rings as delta- and zigzag-encoded character strings, into plain GeoJSON with each
// polygon wound for d3-geo (a ring wound the wrong way would cover the rest of the globe).
// scripts/vendor-china-map.ts writes the result into the app; a test keeps it equal.
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

/** Decimal places kept: 1e-3 degrees is about 100 m; the map draws China 640 px wide, 0.1 degree a pixel. */
export const PRECISION = 3;
const round = (v: number) => Math.round(v * 10 ** PRECISION) / 10 ** PRECISION;

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
    const polygon = rings.map((ring, r) => decodeRing(ring, offsets[p]![r]!).map(([x, y]) => [round(x!), round(y!)]));
    // More than a hemisphere means the winding is inverted for d3: reverse it.
    const probe: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: polygon } };
    return geoArea(probe) > 2 * Math.PI ? polygon.map((ring) => [...ring].reverse()) : polygon;
  });
  return { type: 'Feature', properties: { name: f.properties.name }, geometry: { type: 'MultiPolygon', coordinates } };
}

export function decodeChina(): FeatureCollection<MultiPolygon, { name: string }> {
  return { type: 'FeatureCollection', features: (china as unknown as { features: EncodedFeature[] }).features.map(decodeFeature) };
}
