// Takes screenshots of the built app for a human to look at: npx tsx scripts/screenshot.ts [out-dir] [query-string]
import { join } from 'node:path';
import { launchBrowser } from '../test/helpers/browser';
import { serveDir } from '../test/helpers/static-server';

const out = process.argv[2] ?? '.tmp';
const search = process.argv[3] ?? '';
const server = await serveDir(join(process.cwd(), 'dist'));
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(`${server.url}/${search}`);
await page.waitForSelector('.results, .charts, [role=alert]');
await page.waitForTimeout(300);
await page.screenshot({ path: join(out, 'main.png') });
await browser.close();
await server.close();
process.stderr.write(`wrote ${join(out, 'main.png')}\n`);
