// npm run bench:server — the team server's section of the bench alone (BENCH_SERVER_SIZES,
// default 100000), printed as the table results.md carries.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpusFromPages } from '../src/pipeline/build-corpus';
import { silentLogger } from '../src/pipeline/logger';
import { QUERIES } from './queries';
import { measureServer, serverLines } from './server';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seed = buildCorpusFromPages(readdirSync(join(root, 'seeds')).map((f) => ({ file: f, bytes: new Uint8Array(readFileSync(join(root, 'seeds', f))) })), silentLogger);
const result = await measureServer(seed, (process.env.BENCH_SERVER_SIZES ?? '100000').split(',').map(Number), QUERIES);
process.stdout.write(`${serverLines(result).join('\n')}\n`);
