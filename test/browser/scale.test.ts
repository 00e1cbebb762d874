// A generated 10,000-article corpus in Chromium: filtering and search still give the
// counts the reference computes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../helpers/generate-corpus';
import { splitCorpusFiles } from '../../src/shared/compact';
import type { ResultSet } from '../../src/app/model/filters';
import { buildCorpusFromPages } from '../../src/pipeline/build-corpus';
import { silentLogger } from '../../src/pipeline/logger';
import { hasChromium, launchBrowser } from '../helpers/browser';
import { referenceView } from '../helpers/reference-view';
import { serveDir } from '../helpers/static-server';
import { firstWords } from '../../src/app/features/results/ResultsList';

const run = hasChromium || process.env.CI ? describe : describe.skip;
const root = join(__dirname, '../..');

run('a 10k-article corpus in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDir>>;
  const seed = buildCorpusFromPages(readdirSync(join(root, 'seeds')).map((f) => ({ file: f, bytes: new Uint8Array(readFileSync(join(root, 'seeds', f))) })), silentLogger);
  const corpus = generateCorpus(seed, 10_000);
  // Counts on screen are grouped the English way (3,456 of 10,000).
  const n = (count: number) => count.toLocaleString('en');
  const expected = (patch: Partial<ResultSet>) => view(patch).results.length;
  const view = referenceView(corpus.articles);

  beforeAll(async () => {
    // Served in the split form the app loads by default: a compact index and text chunks.
    server = await serveDir(join(root, 'dist'), Object.fromEntries(splitCorpusFiles(corpus).map((f) => [`/corpus/${f.name}`, f.body])));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('filters and searches with the reference counts', { timeout: 180_000 }, async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${server.url}/`);
    const status = page.getByRole('status').filter({ hasText: /articles/ });
    await status.filter({ hasText: 'of 10,000 articles' }).waitFor({ timeout: 60_000 });
    // The full explorer (list, search, views), not the early facets-only phase.
    await page.locator('.searchbar').waitFor({ timeout: 60_000 });
    expect(await status.textContent()).toBe(`${n(expected({}))} of 10,000 articles`);
    // The facets came from the binary facet index served beside the index (no fallback notice).
    const facetRequests = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((u) => /facets\.(json|bin)$/.test(u)).length);
    expect(facetRequests).toBe(2);
    expect(await page.getByText(/binary facet index was not used/).count()).toBe(0);
    // The index was fetched and checked in the index worker: the page loaded the worker's
    // script and never requested index.json itself (a worker's requests are in its own timeline).
    const pageRequests = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect(pageRequests.filter((p) => /index-worker-[\w-]+\.js$/.test(p))).toHaveLength(1);
    expect(pageRequests.filter((p) => p.endsWith('/index.json'))).toHaveLength(0);
    // Thousands of results render a page at a time, their rows fetched from the index
    // worker as they are shown: the newest first, as the reference orders them.
    // (The worker may be checking every rows file in order meanwhile: on a loaded machine rows take a while.)
    await page.locator('.result').nth(49).waitFor({ timeout: 60_000 });
    expect(await page.locator('.result').count()).toBe(50);
    const newest = view({}).results;
    const titleOf = (a: (typeof newest)[number]) => a.title ?? firstWords(a.lead);
    expect(await page.locator('.result .result-title').first().textContent()).toBe(titleOf(newest[0]!));
    await page.getByRole('button', { name: 'Show 50 more' }).click();
    await page.locator('.result').nth(99).waitFor({ timeout: 60_000 });
    expect(await page.locator('.result .result-title').nth(99).textContent()).toBe(titleOf(newest[99]!));

    await page.getByRole('searchbox', { name: 'Filter Region' }).fill('hunan');
    await page.getByRole('checkbox', { name: new RegExp(`^湖南 Hunan \\(${expected({ region: ['湖南'] })}\\)$`) }).check();
    expect(await status.textContent()).toBe(`${n(expected({ region: ['湖南'] }))} of 10,000 articles`);
    await page.getByRole('searchbox', { name: 'Filter Industry' }).fill('chips');
    await page.getByRole('checkbox', { name: /^芯片与半导体 Chips & semiconductors/ }).check();
    const both = expected({ region: ['湖南'], industry: ['chips'] });
    expect(await status.textContent()).toBe(`${n(both)} of 10,000 articles`);

    // The texts live in Web Workers (one shard each), not on the page's thread.
    expect(page.workers().length).toBeGreaterThanOrEqual(2);
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('专精特新 小巨人');
    const withQuery = expected({ region: ['湖南'], industry: ['chips'], q: '专精特新 小巨人' });
    await status.filter({ hasText: `${n(withQuery)} of 10,000 articles` }).waitFor();
    expect(withQuery).toBeGreaterThan(0);
    expect(withQuery).toBeLessThan(both);

    // The reader gets the article's text from its worker shard.
    await page.locator('.result-open').first().click();
    await page.locator('.reader .reader-paragraph:not(.muted)').first().waitFor();
    const open = corpus.articles.find((a) => a.id === new URL(page.url()).searchParams.get('a'))!;
    expect(await page.locator('.reader .reader-paragraph').allTextContents()).toEqual(open.paragraphs);
    await page.close();
  });

  it('keeps the Charts tab to what is on screen: figure lists a page at a time, tables built when opened', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${server.url}/?view=charts&onTopic=0`);
    const figures = page.locator('[data-chart=figures]');
    await figures.locator('tbody').first().waitFor({ timeout: 60_000 });
    const group = figures.locator('tbody').first();
    const total = Number((await group.locator('.unit-group').textContent())!.split('·').pop()!.replace(/[^\d]/g, ''));
    expect(total).toBeGreaterThan(125);
    // Ten thousand articles' charts in a page of tens of thousands of elements, not hundreds of thousands.
    expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(40_000);
    // A unit's first 25 figures, then 100 more per click, with how many are shown of how many.
    expect(await group.locator('tr:not(.unit-group):not(.evidence-row) td.num').count()).toBe(25);
    await group.getByRole('button', { name: 'Show 100 more' }).click();
    await group.locator('tr:not(.unit-group):not(.evidence-row) td.num').nth(124).waitFor({ timeout: 30_000 });
    expect(await group.locator('tr:not(.unit-group):not(.evidence-row) td.num').count()).toBe(125);
    expect(await group.getByText(`125 of ${n(total)} shown`).count()).toBe(1);
    // A measure reported by hundreds of articles is drawn as a line, not a circle per report.
    const chosen = (await page.locator('[data-chart=tracker] select option:checked').textContent())!;
    const reports = Number(chosen.split('·').pop()!.replace(/[^\d]/g, ''));
    expect(reports).toBeGreaterThan(200);
    expect(await page.locator('[data-chart=tracker] svg .recharts-line-curve').count()).toBe(1);
    expect(await page.locator('[data-chart=tracker] svg .recharts-line-dot').count()).toBe(0);
    // A chart's table alternative is built only when opened.
    const tracker = page.locator('[data-chart=tracker] details.table-alt');
    expect(await tracker.locator('table').count()).toBe(0);
    await tracker.locator('summary').click();
    // Built on the toggle's render, which a busy machine may not have run yet: wait for it, do not sample.
    await tracker.locator('tbody tr').first().waitFor({ timeout: 30_000 });
    expect(await tracker.locator('tbody tr').count()).toBeGreaterThan(0);
    await page.close();
  });
});
