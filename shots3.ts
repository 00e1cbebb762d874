import { chromium } from 'playwright-core';
import { serveDir } from './test/helpers/static-server';
(async () => {
  const server = await serveDir('./dist');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(server.url + '/?view=charts&lang=zh');
  await page.getByRole('status').filter({ hasText: /篇/ }).waitFor();
  await page.locator('svg.china-map').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/map-zh.png' });
  await page.locator('[data-chart="matrix"]').scrollIntoViewIfNeeded();
  await page.waitForTimeout(200);
  await page.screenshot({ path: '/tmp/matrix-zh.png' });
  await browser.close(); await server.close();
})();
