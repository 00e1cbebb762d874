// The first load carries only what the first filters need; the charts, the Terms tab and
// the deck arrive when first shown, and a view whose code cannot be fetched says so while
// the rest of the page keeps working.
import { expect, it } from 'vitest';
import { describeInChromium, settled, useBuiltApp } from '../helpers/browser';

const ON_DEMAND = /\/(ChartsView|TermsView|Deck|Timeline|LineChart)-[\w-]+\.js$/;

describeInChromium('views loaded on demand', () => {
  const app = useBuiltApp();

  it('loads no chart, Terms or deck code for the articles view, and each when first shown', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await page.goto(`${app.url}/`);
    await page.getByRole('status').filter({ hasText: '25 of 29 articles' }).waitFor();
    await settled(page);
    expect(scripts.filter((s) => ON_DEMAND.test(s))).toEqual([]);
    await page.getByRole('tab', { name: 'Charts' }).click();
    await page.locator('.charts').waitFor();
    expect(scripts.some((s) => /ChartsView-/.test(s))).toBe(true);
    expect(scripts.some((s) => /TermsView-|Deck-/.test(s))).toBe(false);
    await page.close();
  });

  it('names a view whose code failed to arrive, keeps the filters working, and retries', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.route(/ChartsView-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(`${app.url}/?view=charts`);
    const alert = page.getByRole('alert').filter({ hasText: 'The charts view failed' });
    await alert.waitFor();
    // The facets still filter: the chip and the link follow, and other facets' counts.
    const kind = page.locator('.facet-option').filter({ hasText: 'Brief' }).locator('.facet-count');
    const before = await kind.textContent();
    await page.locator('.facet-option').filter({ hasText: '北京 Beijing' }).locator('input').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('北京');
    expect(await page.locator('.chips').textContent()).toContain('北京 Beijing');
    await expect.poll(() => kind.textContent()).not.toBe(before);
    await page.unroute(/ChartsView-[\w-]+\.js$/);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.locator('.charts').waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'The charts view failed' }).count()).toBe(0);
    await page.close();
  });
});
