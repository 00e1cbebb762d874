// What the browser's storage holds, or cannot hold, never blanks the page or loses views:
// crafted settings, a full quota, views the loader rejects, a thousand views presented,
// and control characters in a chart export.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInChromium, useBuiltApp } from '../helpers/browser';

const view = (i: number, search = 'industry=chips') => ({ id: `v${i}`, name: `View ${i}`, search, chart: 'timeline', createdAt: '2026-01-01' });
const viewsFile = (views: unknown[]) => JSON.stringify({ kind: 'srdi-saved-views', version: 1, views });

describeInChromium('browser storage in Chromium', () => {
  const app = useBuiltApp();

  /** A context whose storage is seeded once (before the first load), like an analyst's browser. */
  async function seeded(items: Record<string, string>, extra?: (ctx: BrowserContext) => Promise<void>): Promise<Page> {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript((entries) => {
      if (sessionStorage.getItem('seeded')) return;
      for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
      sessionStorage.setItem('seeded', '1');
    }, items);
    await extra?.(context);
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await page.getByRole('status').filter({ hasText: /of 29 articles/ }).waitFor({ timeout: 30_000 });
    // The full explorer (list, search, views), not the early facets-only phase.
    await page.locator('.searchbar').waitFor({ timeout: 30_000 });
    // The list's rows come from the index worker just after the count.
    await page.locator('.result-title').first().waitFor({ timeout: 30_000 });
    return page;
  }

  it.each([
    ['{"state":{"lang":"xx"},"version":0}', 'lang'],
    ['{"state":{"lang":"__proto__"},"version":0}', 'lang'],
    ['{"state":{"notices":"boom"},"version":0}', 'notices'],
  ])('loads with stored settings %s, dropping the bad field with a notice', async (stored, field) => {
    const page = await seeded({ 'srdi-explorer': stored });
    expect(await page.locator('h1').textContent()).toBe('SRDI Explorer');
    expect(await page.locator('.result-title').count()).toBeGreaterThan(0);
    expect(await page.getByRole('note').filter({ hasText: 'Stored settings' }).textContent()).toContain(`(${field})`);
    await page.context().close();
  });

  it('works with the origin quota full: loads, saves a view in memory, and says how to free space', async () => {
    const page = await seeded({ 'srdi-saved-views': viewsFile([view(1)]) }, async (ctx) => {
      await ctx.addInitScript(() => {
        // Fill the quota the way other apps on this origin do: big blocks, then ever smaller ones, until nothing fits.
        let n = 0;
        for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 8, 16, 1]) {
          for (;;) {
            try {
              localStorage.setItem(`filler-${n++}`, 'x'.repeat(size));
            } catch {
              break;
            }
          }
        }
      });
    });
    await page.locator('summary', { hasText: 'Saved views' }).click();
    await page.getByRole('textbox', { name: 'View name' }).fill('Made while full');
    await page.getByRole('button', { name: 'Save view' }).click();
    expect(await page.locator('.view-list .view-name').allTextContents()).toEqual(['View 1', 'Made while full']);
    expect(await page.getByRole('note').filter({ hasText: 'latest change to your saved views' }).textContent()).toMatch(/Export your views/);
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('srdi-saved-views')))!).views).toHaveLength(1);
    await page.context().close();
  });

  it('keeps good views when one cannot be read, and sets it aside under a new key', async () => {
    const page = await seeded({
      'srdi-saved-views': viewsFile([view(1), view(2, `q=${'专'.repeat(300)}`), view(3)]),
      'srdi-saved-views.unreadable': 'an earlier copy',
    });
    await page.locator('summary', { hasText: 'Saved views' }).click();
    expect(await page.locator('.view-list .view-name').allTextContents()).toEqual(['View 1', 'View 3']);
    expect(await page.getByRole('note').filter({ hasText: 'set aside' }).textContent()).toContain('srdi-saved-views.unreadable.2');
    expect(await page.evaluate(() => localStorage.getItem('srdi-saved-views.unreadable'))).toBe('an earlier copy');
    expect(await page.evaluate(() => localStorage.getItem('srdi-saved-views.unreadable.2'))).toContain('View 2');
    // After a reload the good views are still there and nothing is set aside again.
    await page.reload();
    await page.getByRole('status').filter({ hasText: /of 29 articles/ }).waitFor();
    // The full explorer (list, search, views), not the early facets-only phase.
    await page.locator('.searchbar').waitFor();
    await page.locator('summary', { hasText: 'Saved views' }).click();
    expect(await page.locator('.view-list .view-name').allTextContents()).toEqual(['View 1', 'View 3']);
    expect(await page.evaluate(() => localStorage.getItem('srdi-saved-views.unreadable.3'))).toBeNull();
    expect(await page.getByRole('note').filter({ hasText: 'set aside' }).count()).toBe(0);
    await page.context().close();
  });

  it('presents a thousand saved views: the first press shows a slide, only neighbours are rendered, End reaches the last', async () => {
    const views = Array.from({ length: 1000 }, (_, i) => view(i + 1, i % 2 ? 'industry=chips' : 'q=%E4%B8%93%E7%B2%BE%E7%89%B9%E6%96%B0'));
    const page = await seeded({ 'srdi-saved-views': viewsFile(views) });
    await page.keyboard.press('p');
    const current = page.locator('.slide.current');
    expect(await current.locator('.slide-number').textContent()).toBe('Slide 1 of 1,000');
    expect(await page.locator('.slide').count()).toBeLessThanOrEqual(3);
    await page.keyboard.press('End');
    expect(await current.locator('h2').textContent()).toBe('View 1000');
    expect(await current.locator('.slide-number').textContent()).toBe('Slide 1,000 of 1,000');
    expect(await page.locator('.slide').count()).toBeLessThanOrEqual(3);
    await page.context().close();
  });

  it('exports a chart as well-formed SVG and a PNG when the query holds control characters', async () => {
    const context = await app.browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${app.url}/?view=charts&q=${encodeURIComponent('湖南\u0001\u000b')}`);
    await page.locator('.chart-card').first().waitFor();
    const [svgDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Articles by province: SVG' }).click()]);
    const svg = readFileSync((await svgDl.path())!, 'utf8');
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(await page.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror') === null, svg)).toBe(true);
    const [pngDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Articles by province: PNG' }).click()]);
    expect(readFileSync((await pngDl.path())!).subarray(1, 4).toString()).toBe('PNG');
    await context.close();
  });
});

