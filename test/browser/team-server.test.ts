// The built app in team mode, in Chromium, against the real team server on a throwaway
// PostgreSQL: the seed corpus with the offline app's counts, facet clicks and search
// answered by the server, a view shared in one browser context and opened in another,
// a copied link (the server's public URL) opened by a second context, and the Terms tab
// answered by the server with the offline app's figures.
import { join } from 'node:path';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadCorpus } from '../../src/server/load-corpus';
import { migrate } from '../../src/server/migrate';
import { chromiumSuitesRun, describeInChromium, launchBrowser, settled } from '../helpers/browser';
import { testDatabase, type TestDatabase } from '../helpers/postgres';
import { startTeamServer, type TestTeamServer } from '../helpers/team-server';
import { referenceView } from '../helpers/reference-view';
import { seedCorpus } from '../helpers/seed-corpus';

// No cluster is started for a suite that will not run (a skipped suite's afterAll never stops it).
const started = chromiumSuitesRun ? await testDatabase() : { db: null, why: 'no Chromium here' };
if (!started.db) console.warn(`PostgreSQL tests skipped: ${started.why}`);
const describeWithServer = started.db ? describeInChromium : describeInChromium.skip;

const TOKEN = 'browser-team-token';

describeWithServer('the app in team mode, in Chromium', () => {
  const db = started.db as TestDatabase;
  const offline = referenceView(seedCorpus().articles);
  let pool: pg.Pool;
  let server: TestTeamServer;
  let browser: Browser;
  let url = '';

  beforeAll(async () => {
    await migrate(db.url);
    pool = new pg.Pool({ connectionString: db.url, max: 4 });
    const client = await pool.connect();
    await loadCorpus(client, seedCorpus()).finally(() => client.release());
    server = await startTeamServer(pool, { writeToken: TOKEN, files: sirv(join(__dirname, '../../dist')) });
    url = server.url;
    // The public URL is only known once the port is: the config reads it when asked.
    server.config.publicUrl = `${url}/`;
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await pool?.end();
    db.stop();
  });

  const count = (page: Page) => page.getByRole('status').filter({ hasText: /of 29 articles/ });

  async function open(path = '/', permissions: string[] = []): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, permissions });
    const page = await context.newPage();
    await page.goto(`${url}${path}`);
    await count(page).waitFor({ timeout: 30_000 });
    await page.locator('.searchbar').waitFor({ timeout: 30_000 });
    await settled(page);
    return page;
  }

  it('shows the seed corpus with the offline counts; facet clicks and search are answered as offline', async () => {
    const page = await open();
    expect(await count(page).textContent()).toBe(`${offline({}).numbers.length} of 29 articles`);
    const beijing = offline({ region: ['北京'] });
    await page.getByRole('checkbox', { name: new RegExp(`^北京 Beijing \\(${beijing.numbers.length}\\)`) }).check();
    await expect.poll(() => count(page).textContent()).toBe(`${beijing.numbers.length} of 29 articles`);
    await page.getByRole('checkbox', { name: /^北京 Beijing/ }).uncheck();
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('专精特新 -北京');
    const searched = offline({ q: '专精特新 -北京' });
    await expect.poll(() => count(page).textContent(), { timeout: 15_000 }).toBe(`${searched.numbers.length} of 29 articles`);
    await settled(page);
    expect(await page.locator('.result-title').allTextContents()).toEqual(searched.results.map((a) => a.title ?? expect.any(String)));
    await page.context().close();
  });

  it('shares a view in one context and opens it in another; a copied link opens the same view for a colleague', async () => {
    const a = await open('/', ['clipboard-read', 'clipboard-write']);
    await a.getByRole('checkbox', { name: /^湖南 Hunan/ }).check();
    const hunan = offline({ region: ['湖南'] });
    await expect.poll(() => count(a).textContent()).toBe(`${hunan.numbers.length} of 29 articles`);
    await a.locator('summary', { hasText: 'Saved views' }).click();
    await a.getByRole('textbox', { name: 'Share with the team: View name' }).fill('湖南 for the Monday meeting');
    await a.getByRole('textbox', { name: 'Your name' }).fill('Wang Fang');
    await a.getByLabel('Team token').fill(TOKEN);
    await a.getByRole('button', { name: 'Share with the team' }).click();
    await a.getByText('Shared “湖南 for the Monday meeting” with the team.').waitFor();

    const b = await open();
    expect(await count(b).textContent()).toBe(`${offline({}).numbers.length} of 29 articles`);
    await b.locator('summary', { hasText: 'Saved views' }).click();
    await b.getByRole('region', { name: 'Shared with the team' }).getByRole('button', { name: '湖南 for the Monday meeting', exact: true }).click();
    await expect.poll(() => count(b).textContent()).toBe(`${hunan.numbers.length} of 29 articles`);
    expect(await b.getByRole('region', { name: 'Shared with the team' }).textContent()).toContain('Wang Fang');

    await a.keyboard.press('Escape');
    await a.getByRole('button', { name: 'Copy link' }).click();
    const link = await a.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${url}/?region=${encodeURIComponent('湖南')}`);
    const c = await open(new URL(link).pathname + new URL(link).search);
    expect(await count(c).textContent()).toBe(`${hunan.numbers.length} of 29 articles`);
    expect(await c.getByRole('checkbox', { name: /^湖南 Hunan/ }).isChecked()).toBe(true);
    await Promise.all([a, b, c].map((p) => p.context().close()));
  });

  it('answers the Terms tab from the server with the offline app’s numbers: contexts, trends, distinctive terms', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const enc = encodeURIComponent;
    // The same figures test/browser/terms.test.ts reads from the offline app.
    await page.goto(`${url}/?view=terms&q=${enc('小巨人')}`);
    await expect.poll(() => page.locator('.kwic [role=status]').textContent(), { timeout: 30_000 }).toBe('20 occurrences in 5 articles');
    expect(await page.locator('.kwic-table tbody tr').count()).toBe(20);
    expect(new Set(await page.locator('.kwic-table td.kwic-match').allTextContents())).toEqual(new Set(['小巨人']));
    await page.goto(`${url}/?view=terms&terms=trends&unit=year&tt=${enc('小巨人')}&tt=${enc('低空经济')}`);
    const row = (term: string) => page.locator('.trend-table tbody tr').filter({ hasText: term }).locator('td').allTextContents();
    await expect.poll(() => row('小巨人'), { timeout: 30_000 }).toEqual(['5', '21', '0']);
    expect(await row('低空经济')).toEqual(['3', '24', '0']);
    await page.goto(`${url}/?view=terms&terms=distinctive&industry=low-altitude-economy`);
    await page.locator('.keyness-term').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.keyness [role=status]').textContent()).toBe('Words of the 1 filtered article against all 28 other articles; significant at p < 0.05.');
    expect(await page.locator('.keyness-term .term').first().textContent()).toBe('低空经济');
    expect(await page.getByText(/not answer|not served/).count()).toBe(0);
    await context.close();
  });
});
