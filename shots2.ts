import { chromium } from 'playwright-core';
import { serveDir } from './test/helpers/static-server';
(async () => {
  const server = await serveDir('./dist');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  for (const [w, h] of [[1280, 720], [1440, 900], [1920, 1080]]) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    const views = [
      { id: 'v1', name: 'SRDI giants', search: 'q=%E4%B8%93%E7%B2%BE%E7%89%B9%E6%96%B0+%E5%B0%8F%E5%B7%A8%E4%BA%BA', chart: 'timeline', createdAt: '2026-01-01' },
      { id: 'v2', name: 'Hunan map', search: 'region=%E6%B9%96%E5%8D%97', chart: 'map', createdAt: '2026-01-01' },
      { id: 'v3', name: 'Industries', search: '', chart: 'industries', createdAt: '2026-01-01' },
    ];
    await page.addInitScript((v) => localStorage.setItem('srdi-saved-views', JSON.stringify({ kind: 'srdi-saved-views', version: 1, views: v })), views);
    await page.goto(server.url + '/');
    await page.getByRole('status').filter({ hasText: /articles/ }).waitFor();
    await page.reload();
    await page.getByRole('status').filter({ hasText: /articles/ }).waitFor();
    await page.locator('body').click({ position: { x: 600, y: 10 } });
    await page.keyboard.press('p');
    await page.waitForTimeout(1500);
    console.log(w, 'presenting', await page.locator('.presentation').count());
    await page.evaluate(() => document.fonts.ready);
    for (let i = 0; i < 3; i++) {
      await page.screenshot({ path: `/tmp/slide-${w}-${i}.png` });
      const over = await page.evaluate(() => [...document.querySelectorAll('.slide.current *')].filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && e.checkVisibility() && (r.bottom > innerHeight + 1 || r.right > innerWidth + 1 || r.left < -1 || r.top < -1); }).map((e) => e.className).slice(0, 5));
      console.log(w, i, 'overflow', JSON.stringify(over));
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(600);
    }
    await page.close();
  }
  await browser.close();
  await server.close();
})();
