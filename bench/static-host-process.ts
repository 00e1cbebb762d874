// The static host's process (static-host.ts starts it): argv dist and corpus folders;
// prints its URL once it listens.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDir } from '../test/helpers/static-server';

const [dist, corpus] = process.argv.slice(2) as [string, string];
const files = Object.fromEntries(readdirSync(corpus).map((f) => [`/corpus/${f}`, new Uint8Array(readFileSync(join(corpus, f)))]));
const server = await serveDir(dist, files);
process.stdout.write(`${server.url}\n`);
