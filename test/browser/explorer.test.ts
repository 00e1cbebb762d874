// The built app in real Chromium, driven as a user would: clicks, typing, keyboard, reload.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, settled } from '../helpers/browser';
import { serveDir } from '../helpers/static-server';

const dist = join(__dirname, '../../dist');
// CI installs Chromium; a developer machine without it skips these instead of failing.
const run = hasChromium || process.env.CI ? describe : describe.skip;

run('explorer in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDir>>;
  beforeAll(async () => {
    server = await serveDir(dist);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (search = ''): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${server.url}/${search}`);
    await page.getByRole('status').filter({ hasText: /of 29 articles/ }).waitFor();
    // The full explorer (list, search, views), not the early facets-only phase.
    await page.locator('.searchbar').waitFor();
    // The list's rows come from the index worker after the count: wait until nothing says it is busy.
    await settled(page);
    return page;
  };
  const count = (page: Page) => page.getByRole('status').filter({ hasText: /articles/ }).textContent();
  // Once the list is not busy: rows not on the page yet come from the index worker just after the count.
  const titles = async (page: Page) => {
    await settled(page);
    return page.locator('.result-title').allTextContents();
  };

  it('loads the Noto Sans SC subsets every character on screen needs, and re-shapes text once they are in (no empty boxes)', async () => {
    // This machine has no Chinese system font: every glyph comes from the bundled subsets.
    const page = await open();
    const ready = (weight: number) => page.waitForFunction((w) => document.fonts.check(`${w} 16px "Noto Sans SC"`, document.body.textContent ?? ''), weight, { timeout: 30_000 });
    await ready(400);
    await ready(700);
    // A burst of loads moved the root's spacing by an invisible step, so text shaped early is shaped again.
    await page.waitForFunction(() => document.documentElement.style.letterSpacing !== '');
    expect(Number.parseFloat(await page.evaluate(() => document.documentElement.style.letterSpacing))).toBeLessThan(0.001);
    // Buttons and inputs follow it: their own default spacing would keep their stale shapes.
    expect(await page.locator('.result-open').first().evaluate((b) => getComputedStyle(b).letterSpacing)).toBe(await page.evaluate(() => getComputedStyle(document.documentElement).letterSpacing));
    await page.close();
  });

  it('filters by region and industry, searches in Chinese, and restores the view on reload', async () => {
    const page = await open();
    expect(await count(page)).toBe('25 of 29 articles');
    await page.getByRole('checkbox', { name: '湖南 Hunan (3)' }).check();
    expect(await count(page)).toBe('3 of 29 articles');
    await page.getByRole('checkbox', { name: '能源 Energy (1)' }).check();
    expect(await count(page)).toBe('1 of 29 articles');
    expect(await titles(page)).toEqual(['湖南首个“光伏+绿色矿山”项目在郴州投产']);

    await page.getByRole('button', { name: 'Clear all' }).click();
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('小巨人');
    await settled(page);
    expect(await count(page)).toBe('5 of 29 articles');
    expect(await titles(page)).toContain('力挺专精特新中小企业 更多政策举措加快制定');
    await page.waitForURL(/q=%E5%B0%8F%E5%B7%A8%E4%BA%BA/);

    await page.reload();
    await page.getByRole('status').filter({ hasText: /of 29 articles/ }).waitFor();
    // The full explorer (list, search, views), not the early facets-only phase.
    await page.locator('.searchbar').waitFor();
    await settled(page);
    expect(await count(page)).toBe('5 of 29 articles');
    expect(await page.getByRole('searchbox', { name: 'Search articles' }).inputValue()).toBe('小巨人');
    expect(await page.locator('.results mark.hit').first().textContent()).toBe('小巨人');
    await page.close();
  });

  it('works with the keyboard only', async () => {
    const page = await open();
    await page.keyboard.press('/');
    await page.keyboard.type('人形机器人');
    await settled(page);
    // Not the list that only names 智能机器人: a broader word never stands for the entry.
    expect(await count(page)).toBe('3 of 29 articles');
    // Tab out of the search box, then read with j / ↓ / k.
    await page.keyboard.press('Tab');
    await page.keyboard.press('j');
    const heading = page.getByRole('complementary', { name: 'Reader' }).getByRole('heading', { level: 2 });
    const first = await heading.textContent();
    await page.keyboard.press('ArrowDown');
    expect(await heading.textContent()).not.toBe(first);
    await page.keyboard.press('k');
    expect(await heading.textContent()).toBe(first);
    // Tab to a facet checkbox and toggle it with Space.
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      if (name.startsWith('人形机器人 Humanoid robots')) break;
    }
    await page.keyboard.press('Space');
    expect(await count(page)).toBe('1 of 29 articles');
    expect(new URL(page.url()).searchParams.getAll('industry')).toEqual(['humanoid-robots']);
    // Esc right after the checkbox closes the reader (keys are ignored only while typing in a text field).
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('a'));
    // Ctrl+Z walks back: first the reader reopens, then the filter change is undone.
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('a'));
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('industry'));
    expect(await count(page)).toBe('3 of 29 articles');
    await page.close();
  });

  it('says how many matches of a date range are coarser than it, and offers exact dates only', async () => {
    const page = await open('?from=2025-11&to=2025-11&all=1');
    expect(await count(page)).toBe('10 of 29 articles');
    expect(await page.locator('.date-precision [role="note"]').textContent()).toBe('4 of 10 are dated only to the year');
    await page.getByRole('checkbox', { name: 'Exact dates only' }).check();
    expect(await count(page)).toBe('6 of 29 articles');
    expect(new URL(page.url()).searchParams.get('exact')).toBe('1');
    expect(await page.locator('.date-precision [role="note"]').count()).toBe(0);
    await page.reload();
    await page.getByRole('status').filter({ hasText: /articles/ }).waitFor();
    // The full explorer (list, search, views), not the early facets-only phase.
    await page.locator('.searchbar').waitFor();
    expect(await count(page)).toBe('6 of 29 articles');
    await page.close();
  });

  it('closes the Export and Saved-views menus on Esc and on a click outside; a skip link jumps to the results', async () => {
    const page = await open();
    const exportMenu = page.locator('details.menu', { has: page.locator('summary', { hasText: 'Export' }) });
    await page.locator('summary', { hasText: 'Export' }).click();
    expect(await exportMenu.getAttribute('open')).not.toBeNull();
    await page.keyboard.press('Escape');
    expect(await exportMenu.getAttribute('open')).toBeNull();
    const saved = page.locator('details.saved-views');
    await page.locator('summary', { hasText: 'Saved views' }).click();
    expect(await saved.getAttribute('open')).not.toBeNull();
    // An open menu never covers the filter chips.
    await page.getByRole('checkbox', { name: /^湖南 Hunan/ }).check({ force: true });
    await page.locator('summary', { hasText: 'Saved views' }).click();
    const chip = (await page.locator('.chips').boundingBox())!;
    const menu = (await page.locator('details.saved-views .menu-body').boundingBox())!;
    expect(menu.y >= chip.y + chip.height || menu.y + menu.height <= chip.y).toBe(true);
    await page.locator('.facets h3').first().click();
    expect(await saved.getAttribute('open')).toBeNull();
    // The first Tab stop is the skip link; following it puts the focus on the results.
    await page.reload();
    await page.getByRole('status').filter({ hasText: /articles/ }).waitFor();
    // The full explorer (list, search, views), not the early facets-only phase.
    await page.locator('.searchbar').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to results');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('results');
    await page.close();
  });

  it('searches with the query language: marks ignored, names in English, NOT, OR, fields; a syntax error keeps the results', async () => {
    const page = await open();
    const box = page.getByRole('searchbox', { name: 'Search articles' });
    const search = async (q: string) => {
      await box.fill(q);
      await page.waitForFunction((want) => new URL(location.href).searchParams.get('q') === want, q);
      await settled(page);
      return count(page);
    };
    expect(await search('专精特新小巨人')).toBe('5 of 29 articles');
    expect(await search('Hubei')).toBe('2 of 29 articles');
    expect(await page.getByText('“Hubei” matches 湖北 Hubei').isVisible()).toBe(true);
    expect(await search('chips')).toBe('3 of 29 articles');
    expect(await search('小巨人 -低空经济')).toBe('3 of 29 articles');
    // The same five seed articles name 小巨人 and 专精特新: NOT rightly leaves none.
    expect(await search('小巨人 -专精特新')).toBe('0 of 29 articles');
    // 人形机器人 is not widened to plain 机器人 (a list of 智能机器人 firms is not about humanoids).
    expect(await search('人形机器人')).toBe('3 of 29 articles');
    expect(await search('doc:若干措施')).toBe('1 of 29 articles');
    expect(await search('(芯片 OR 低空经济) 湖北')).toBe('1 of 29 articles');
    // A query that does not parse says where, and the list stays that of the last good one.
    await box.fill('(芯片 OR 低空经济');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Missing ) for the ( at position 1' }).count()).toBe(1);
    expect(await count(page)).toBe('1 of 29 articles');
    expect(await titles(page)).toEqual(['湖北召开 低空经济发展推进会']);
    // The syntax help opens from the box.
    await page.getByRole('button', { name: 'Search syntax' }).or(page.locator('.syntax-help > summary')).first().click();
    expect(await page.locator('.syntax-help code').first().textContent()).toBe('小巨人 专精特新');
    await page.close();
  });

  it('filters a facet value out: counts follow, the link says -industry=, a reload keeps it', async () => {
    const page = await open();
    const chips = page.locator('.facet-option').filter({ hasText: '芯片与半导体 Chips & semiconductors' });
    const before = Number(await chips.locator('.facet-count').textContent());
    expect(before).toBeGreaterThan(0);
    await chips.hover();
    await page.getByRole('button', { name: 'Filter out 芯片与半导体 Chips & semiconductors' }).click();
    expect(await count(page)).toBe(`${25 - before} of 29 articles`);
    expect(new URL(page.url()).searchParams.getAll('-industry')).toEqual(['chips']);
    expect(await page.locator('.chip.excluded').textContent()).toContain('NOT 芯片与半导体 Chips & semiconductors');
    // The value stays listed, marked out, with what letting it back in would add.
    expect(await chips.getAttribute('class')).toContain('excluded');
    expect(Number(await chips.locator('.facet-count').textContent())).toBe(before);
    await page.reload();
    await page.getByRole('status').filter({ hasText: /of 29 articles/ }).waitFor();
    // The full explorer (list, search, views), not the early facets-only phase.
    await page.locator('.searchbar').waitFor();
    expect(await count(page)).toBe(`${25 - before} of 29 articles`);
    await page.getByRole('button', { name: 'Stop filtering out 芯片与半导体 Chips & semiconductors' }).click();
    expect(await count(page)).toBe('25 of 29 articles');
    await page.close();
  });

  it('survives a garbled link with a notice', async () => {
    const page = await open('?region=%E6%B9%96%E5%8D%97&region=Atlantis&from=2025-99&<script>=1');
    expect(await count(page)).toBe('3 of 29 articles');
    expect(await page.getByRole('note').first().textContent()).toContain('region=Atlantis');
    await page.close();
  });

  it('explains a missing corpus and offers a retry', async () => {
    const missing = await serveDir(dist, { '/corpus/index.json': { status: 404, body: 'missing' } });
    const page = await browser.newPage();
    await page.goto(`${missing.url}/`);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('corpus/index.json answered 404');
    expect(await page.getByRole('button', { name: 'Retry' }).isVisible()).toBe(true);
    await page.close();
    await missing.close();
  });
});
