// Writes src/app/ui/charts/china-provinces.json, the province outlines the map draws,
// decoded from echarts 4.9 (see china-map-source.ts), so the app ships 1 file instead of
// depending on a 40 MB charting library for it. Its notice is china-provinces.NOTICE.
//   npx tsx scripts/vendor-china-map.ts
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeChina } from './china-map-source';

const out = join(dirname(fileURLToPath(import.meta.url)), '../src/app/ui/charts/china-provinces.json');
// One province per line: a new edition diffs province by province.
const { features } = decodeChina();
writeFileSync(out, `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`);
process.stderr.write(`wrote ${out}\n`);
