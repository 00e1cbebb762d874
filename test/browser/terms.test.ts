// The Terms tab in Chromium: a concordance sorted by right context and exported, a line
// opening its article at the paragraph, term trends, and a distinctive term into the query.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInChromium, settled, useBuiltApp } from '../helpers/browser';

const enc = encodeURIComponent;

describeInChromium('the Terms tab in Chromium', () => {
  const app = useBuiltApp();
  const work = mkdtempSync(join(tmpdir(), 'srdi-terms-'));

  const open = async (search: string): Promise<Page> => {
    const ctx = await app.browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    const page = await ctx.newPage();
    await page.goto(`${app.url}/${search}`);
    await page.locator('.terms-view').waitFor();
    await settled(page);
    return page;
  };
  const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

  it('lists every occurrence in context, sorts by the right context, exports it, and opens a line at its paragraph', async () => {
    const page = await open(`?view=terms&q=${enc('小巨人')}`);
    const status = page.locator('.kwic [role=status]');
    await expect.poll(() => status.textContent()).toBe('20 occurrences in 5 articles');
    expect(await page.locator('.kwic-table tbody tr').count()).toBe(20);
    await page.getByRole('button', { name: 'Right context' }).click();
    await expect.poll(() => param(page, 'ksort')).toBe('right');
    await settled(page);
    const rights = await page.locator('.kwic-table td.kwic-right').allTextContents();
    expect(rights).toHaveLength(20);
    // Code-point order of what follows the match.
    expect(rights).toEqual([...rights].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(await page.locator('.kwic-table td.kwic-match').allTextContents())).toEqual(new Set(['小巨人']));
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export contexts (CSV)' }).click()]);
    const path = join(work, d.suggestedFilename());
    await d.saveAs(path);
    const rows = readFileSync(path, 'utf8').trimEnd().split('\r\n');
    expect(rows[1]).toBe('"id","title","date","outlet","paragraph","left","match","right","source_file","line_start","line_end"');
    expect(rows).toHaveLength(22);
    // The rows are in the order on screen: the right contexts sorted.
    expect(rows.slice(2).map((r) => r.split('","')[7])).toEqual(rights.map((r) => r.replace(/"/g, '""')));
    // A line opens its article in the reader, at its paragraph.
    const first = page.locator('.kwic-table tbody tr').first();
    const [left, title] = [await first.locator('td.kwic-left').textContent(), await first.locator('td.kwic-source').textContent()];
    await first.locator('td.kwic-match button').click();
    await expect.poll(() => param(page, 'p')).toMatch(/^[1-9]\d*$/);
    expect(param(page, 'view')).toBeNull();
    const focused = page.locator('.reader-paragraph.focus');
    await focused.waitFor();
    expect(await focused.textContent()).toContain(`${left}小巨人${rights[0]}`);
    expect(title).toContain(await page.locator('.reader h2').textContent());
    await page.close();
  });

  it('draws term trends as a share of each period\'s articles, and counts what the axis cannot place', async () => {
    const page = await open(`?view=terms&terms=trends&unit=year&tt=${enc('小巨人')}&tt=${enc('低空经济')}`);
    const row = (term: string) => page.locator('.trend-table tbody tr').filter({ hasText: term }).locator('td').allTextContents();
    await expect.poll(() => row('小巨人')).toEqual(['5', '21', '0']);
    expect(await row('低空经济')).toEqual(['3', '24', '0']);
    expect(await page.locator('.trend-chart .recharts-line').count()).toBe(2);
    const dot = (await page.locator('.trend-chart .recharts-line-dots').first().locator('circle').first().boundingBox())!;
    await page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
    // 10 on-topic seed articles are dated in 2025; 5 of them mention 小巨人, 3 低空经济.
    await expect.poll(() => page.locator('.recharts-tooltip-wrapper').textContent()).toBe('2025低空经济 : 30.0% (3 / 10)小巨人 : 50.0% (5 / 10)');
    // By month, the articles known only to their year are off the axis, and counted.
    await page.getByRole('radio', { name: 'Month' }).click();
    await expect.poll(() => row('小巨人')).toEqual(['5', '21', '1']);
    expect(await row('低空经济')).toEqual(['3', '24', '1']);
    // A third term from the box; the link carries all three.
    await page.getByRole('textbox', { name: 'Add a term to compare…' }).fill('人形机器人');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('tt')).toEqual(['小巨人', '低空经济', '人形机器人']);
    await expect.poll(() => row('人形机器人')).toEqual(['3', '15', '0']);
    await page.getByRole('radio', { name: 'Occurrences' }).click();
    await expect.poll(() => param(page, 'tm')).toBe('occurrences');
    await page.close();
  });

  it('ranks distinctive terms of a filtered set and adds one to the query when clicked', async () => {
    const page = await open('?view=terms&terms=distinctive&industry=low-altitude-economy');
    const first = page.locator('.keyness-term').first();
    await first.waitFor();
    expect(await page.locator('.keyness [role=status]').textContent()).toBe('Words of the 1 filtered article against all 28 other articles; significant at p < 0.05.');
    const term = await first.locator('.term').textContent();
    expect(term).toBe('低空经济');
    await first.click();
    await expect.poll(() => param(page, 'q')).toBe('低空经济');
    await page.close();
  });
});
