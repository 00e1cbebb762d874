// Presentation mode as a presenter meets it: after a reload with saved search views, on a
// projector's 1280×720 and on larger screens, with a clicker or a mouse, and on paper.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInChromium, useBuiltApp } from '../helpers/browser';

const VIEWS = [
  { id: 'v1', name: 'SRDI giants', search: 'q=%E4%B8%93%E7%B2%BE%E7%89%B9%E6%96%B0+%E5%B0%8F%E5%B7%A8%E4%BA%BA', chart: 'timeline', createdAt: '2026-01-01T00:00:00Z' },
  { id: 'v2', name: 'Hunan map', search: 'region=%E6%B9%96%E5%8D%97', chart: 'map', createdAt: '2026-01-01T00:00:00Z' },
  { id: 'v3', name: 'All industries', search: 'all=1', chart: 'industries', createdAt: '2026-01-01T00:00:00Z' },
];

/** Elements of the current slide that a viewer would see cut off at the window's edge. */
const clipped = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.slide.current *')]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && e.checkVisibility() && (r.bottom > innerHeight + 1 || r.right > innerWidth + 1 || r.left < -1 || r.top < -1);
      })
      .map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''}`),
  );

describeInChromium('presentation in Chromium', () => {
  const app = useBuiltApp();

  const openWithViews = async (width: number, height: number): Promise<Page> => {
    const context = await app.browser.newContext({ viewport: { width, height } });
    await context.addInitScript((views) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('srdi-saved-views', JSON.stringify({ kind: 'srdi-saved-views', version: 1, views }));
        sessionStorage.setItem('seeded', '1');
      }
    }, VIEWS);
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await page.getByRole('status').filter({ hasText: /articles/ }).waitFor();
    // The full explorer (list, search, views), not the early facets-only phase.
    await page.locator('.searchbar').waitFor();
    await page.reload();
    await page.getByRole('status').filter({ hasText: /articles/ }).waitFor();
    // The full explorer (list, search, views), not the early facets-only phase.
    await page.locator('.searchbar').waitFor();
    return page;
  };

  it('presents on the first press after a reload with saved search views, and stays up while the search answers', async () => {
    const page = await openWithViews(1280, 720);
    // A click on a facet checkbox first: P must still present (it is ignored only while typing).
    await page.getByRole('checkbox', { name: /^湖南 Hunan/ }).click();
    await page.getByRole('checkbox', { name: /^湖南 Hunan/ }).click();
    await page.keyboard.press('p');
    const current = page.locator('.slide.current');
    // The search slide's count arrives from the text workers after the deck is up.
    await current.locator('.slide-count strong', { hasText: '5' }).waitFor();
    expect(await page.locator('.presentation').count()).toBe(1);
    expect(await current.locator('h2').textContent()).toBe('SRDI giants');
    expect(await current.locator('.slide-count').textContent()).toBe('5 of 25 on-topic articles');
    // The timeline draws only dated articles and says how many it leaves out.
    expect(await current.locator('.slide-note').textContent()).toBe('1 dated only to the year or undated: counted, not drawn');
    await page.context().close();
  });

  for (const [width, height] of [[1280, 720], [1440, 900], [1920, 1080]] as const) {
    it(`fits every slide at ${width}×${height}: nothing runs past the screen`, async () => {
      const page = await openWithViews(width, height);
      await page.getByRole('button', { name: /Present/ }).click();
      const current = page.locator('.slide.current');
      for (const [k, view] of VIEWS.entries()) {
        await current.locator('h2', { hasText: view.name }).waitFor();
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        expect(await clipped(page), `${view.name} at ${width}×${height}`).toEqual([]);
        expect(await current.locator('.slide-number').textContent()).toBe(`Slide ${k + 1} of 3`);
        await page.keyboard.press('PageDown');
      }
      await page.context().close();
    });
  }

  it('moves and leaves with the on-screen controls, and counts all articles when the view does', async () => {
    const page = await openWithViews(1280, 720);
    await page.getByRole('button', { name: /Present/ }).click();
    const current = page.locator('.slide.current');
    await page.getByRole('button', { name: 'Next slide' }).click();
    await page.getByRole('button', { name: 'Next slide' }).click();
    expect(await current.locator('.slide-number').textContent()).toBe('Slide 3 of 3');
    expect(await current.locator('.slide-count').textContent()).toBe('29 of 29 articles');
    expect(await page.getByRole('button', { name: 'Next slide' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Previous slide' }).click();
    expect(await current.locator('h2').textContent()).toBe('Hunan map');
    await page.getByRole('button', { name: 'Leave the presentation (Esc)' }).click();
    await page.locator('.results').waitFor();
    expect(await page.locator('.presentation').count()).toBe(0);
    await page.context().close();
  });

  it('prints every slide, one per page', async () => {
    const page = await openWithViews(1280, 720);
    await page.getByRole('button', { name: /Present/ }).click();
    await page.locator('.slide.current h2').waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.locator('.slide').nth(2).waitFor({ state: 'attached' });
    const pdf = (await page.pdf({ width: '1280px', height: '720px', printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(3);
    await page.context().close();
  });
});
