// Screenshots of the built app in the states analysts reach, for a human to look at:
//   npx tsx scripts/screenshot.ts [out-dir]
// Explorer, charts and reader at 1280×720 (a projector) and 1920×1080, in English and 中文,
// after a reload, and a presentation slide. Each waits for the fonts and the answer on screen.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, settled } from '../test/helpers/browser';
import { serveDir } from '../test/helpers/static-server';
import { SETTLE_MS } from '../src/app/ui/reshape-on-font-load';

interface Shot {
  name: string;
  size: [number, number];
  search: string;
  /** What to do after the page is ready (open a menu, press a key). */
  then?: (page: Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  { name: 'explorer-1280', size: [1280, 720], search: '' },
  { name: 'explorer-1920', size: [1920, 1080], search: '?q=小巨人' },
  { name: 'explorer-zh-1280', size: [1280, 720], search: '?lang=zh&region=北京' },
  { name: 'charts-1280', size: [1280, 720], search: '?view=charts' },
  { name: 'charts-zh-1920', size: [1920, 1080], search: '?view=charts&lang=zh' },
  { name: 'tracker-table-zh-1280', size: [1280, 720], search: '?view=charts&all=1&lang=zh', then: async (page) => { await page.reload(); const d = page.locator('[data-chart=tracker] details.table-alt'); await d.locator('summary').click(); await d.scrollIntoViewIfNeeded(); } },
  { name: 'figures-zh-1280', size: [1280, 720], search: '?view=charts&lang=zh&all=1', then: (page) => page.locator('[data-chart=figures] .show-more-row').first().scrollIntoViewIfNeeded() },
  { name: 'reader-1280', size: [1280, 720], search: '?q=低空经济', then: (page) => page.locator('.result-open').first().click() },
  { name: 'slide-1280', size: [1280, 720], search: '?region=上海', then: (page) => page.keyboard.press('p') },
  { name: 'table-1280', size: [1280, 720], search: '?view=table&tsort=-date' },
  { name: 'table-zh-1920', size: [1920, 1080], search: '?view=table&lang=zh&cols=date,title,outlet,regions,industries,topics,documents' },
  { name: 'exclude-zh-1280', size: [1280, 720], search: `?lang=zh&-industry=chips&-region=${encodeURIComponent('北京')}` },
  { name: 'query-error-1280', size: [1280, 720], search: `?q=${encodeURIComponent('(芯片 OR 低空经济')}` },
  { name: 'syntax-help-zh-1280', size: [1280, 720], search: '?lang=zh&q=Hubei', then: (page) => page.locator('.syntax-help > summary').click() },
  { name: 'terms-contexts-1280', size: [1280, 720], search: `?view=terms&ksort=right&q=${encodeURIComponent('小巨人')}` },
  { name: 'terms-trends-zh-1920', size: [1920, 1080], search: `?view=terms&terms=trends&lang=zh&unit=quarter&tt=${encodeURIComponent('小巨人')}&tt=${encodeURIComponent('低空经济')}&tt=${encodeURIComponent('人形机器人')}` },
  { name: 'terms-contexts-zh-1920', size: [1920, 1080], search: `?view=terms&lang=zh&ksort=left&q=${encodeURIComponent('专精特新 | 低空经济')}` },
  { name: 'terms-distinctive-zh-1280', size: [1280, 720], search: `?view=terms&terms=distinctive&lang=zh&region=${encodeURIComponent('北京')}` },
  { name: 'terms-distinctive-1280', size: [1280, 720], search: `?view=terms&terms=distinctive&industry=low-altitude-economy` },
];

/**
 * Noto Sans SC comes in unicode-range subsets, fetched when text needing them is laid out:
 * wait two frames (layout has asked for them) and then for every face to finish loading.
 */
async function fontsLoaded(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let round = 0; round < 2; round++) {
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      await document.fonts.ready;
    }
  });
  await page.waitForFunction(() => [...document.fonts].every((f) => f.status !== 'loading'));
  // The app re-shapes text SETTLE_MS after a burst of loads (ui/reshape-on-font-load.ts);
  // a screenshot is no test, so it simply waits that out, and a frame to paint it.
  await page.waitForTimeout(SETTLE_MS * 2);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

const out = process.argv[2] ?? '.tmp/shots';
mkdirSync(out, { recursive: true });
const server = await serveDir(join(process.cwd(), 'dist'));
const browser = await launchBrowser();
// SHOTS=terms takes only the shots whose name contains it.
for (const shot of SHOTS.filter((s) => !process.env.SHOTS || s.name.includes(process.env.SHOTS))) {
  const page = await browser.newPage({ viewport: { width: shot.size[0], height: shot.size[1] } });
  await page.goto(`${server.url}/${shot.search}`);
  await page.waitForSelector('.results, .charts, .table-view, .terms-view, [role=alert]');
  // A reload is what a colleague opening the link sees.
  await page.reload();
  await page.waitForSelector('.results, .charts, .table-view, .terms-view, [role=alert]');
  await settled(page);
  if (shot.then) await shot.then(page);
  await settled(page);
  await fontsLoaded(page);
  await page.screenshot({ path: join(out, `${shot.name}.png`) });
  await page.close();
  process.stderr.write(`wrote ${join(out, `${shot.name}.png`)}\n`);
}
await browser.close();
await server.close();
