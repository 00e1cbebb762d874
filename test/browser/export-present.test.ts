// Exports, saved views, another corpus and presentation mode in Chromium, as an analyst uses them.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInChromium, settled, useBuiltApp } from '../helpers/browser';

const HUNAN = '?region=%E6%B9%96%E5%8D%97';

describeInChromium('export, saved views and presentation in Chromium', () => {
  const app = useBuiltApp();
  const work = mkdtempSync(join(tmpdir(), 'srdi-dl-'));

  const open = async (search: string, context?: BrowserContext): Promise<Page> => {
    const ctx = context ?? (await app.browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true }));
    const page = await ctx.newPage();
    await page.goto(`${app.url}/${search}`);
    await page.getByRole('status').filter({ hasText: /articles/ }).waitFor();
    // The full explorer (list, search, views), not the early facets-only phase.
    await page.locator('.searchbar').waitFor();
    // The list's rows come from the index worker after the count: wait until nothing says it is busy.
    await settled(page);
    return page;
  };
  const save = async (d: Download): Promise<string> => {
    const path = join(work, d.suggestedFilename());
    await d.saveAs(path);
    return path;
  };
  const exportFile = async (page: Page, item: string) => {
    await page.locator('summary', { hasText: 'Export' }).click();
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
    return d;
  };

  it('shows a table with chosen columns, sorts it, and exports it in that order', async () => {
    const page = await open(`${HUNAN}&view=table`);
    // The Table view's code and its rows arrive after the explorer: wait for its three rows (a loaded machine takes a while).
    await page.locator('.articles-table tbody tr').nth(2).waitFor();
    const headers = () => page.locator('.articles-table thead th').allTextContents();
    expect((await headers()).map((h) => h.trim())).toEqual(['Title', 'Date', 'Outlet', 'Regions', 'Industries', 'Key figures']);
    expect(await page.locator('.articles-table tbody tr').count()).toBe(3);
    // Choose: drop Regions, add Topics, move Date to the front.
    await page.locator('summary', { hasText: 'Columns' }).click();
    await page.getByRole('checkbox', { name: 'Regions' }).uncheck();
    await page.getByRole('checkbox', { name: 'Topics' }).check();
    await page.getByRole('button', { name: 'Move Date left' }).click();
    expect((await headers()).map((h) => h.trim())).toEqual(['Date', 'Title', 'Outlet', 'Industries', 'Key figures', 'Topics']);
    await page.keyboard.press('Escape');
    // Sort by date, oldest first, then newest first.
    await page.getByRole('button', { name: 'Sort by Date' }).click();
    await page.getByRole('button', { name: 'Sort by Date' }).click();
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('Date');
    const firstDate = await page.locator('.articles-table tbody tr').first().locator('td').first().textContent();
    expect(new URL(page.url()).searchParams.get('cols')).toBe('date,title,outlet,industries,figures,topics');
    expect(new URL(page.url()).searchParams.get('tsort')).toBe('-date');
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export table (CSV)' }).click()]);
    expect(d.suggestedFilename()).toBe('srdi-hunan-table.csv');
    const lines = readFileSync(await save(d), 'utf8').split('\r\n');
    expect(lines[1]).toBe('"id","Date","Title","Outlet","Industries","Key figures","Topics"');
    expect(lines[2]!.split('","')[1]).toBe(firstDate);
    expect(lines.filter((l) => l.startsWith('"0')).length).toBe(3);
    await page.close();
  });

  it('downloads CSV, JSON, Markdown and key figures of exactly the filtered view', async () => {
    const page = await open(HUNAN);
    const titles = await page.locator('.result-title').allTextContents();
    expect(titles).toHaveLength(3);

    const csvDl = await exportFile(page, 'Articles as CSV');
    expect(csvDl.suggestedFilename()).toBe('srdi-hunan.csv');
    const csv = readFileSync(await save(csvDl), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.split('\r\n');
    expect(lines[0]).toContain('湖南 Hunan (on-topic articles); 3 of 29 articles');
    expect(lines[0]).toContain(`view: ${app.url}/?region=`);
    expect(lines[1]).toBe(['id', 'title', 'date', 'date_precision', 'outlet', 'regions', 'cities', 'industries', 'topics', 'source_file', 'line_start', 'line_end'].map((c) => `"${c}"`).join(','));
    expect(lines.slice(2).filter(Boolean)).toHaveLength(3);
    for (const t of titles) expect(csv).toContain(t);

    const json = JSON.parse(readFileSync(await save(await exportFile(page, 'Articles as corpus JSON')), 'utf8'));
    expect(json.articles.map((a: { title: string }) => a.title).sort()).toEqual([...titles].sort());
    expect(json.export).toMatchObject({ count: 3, total: 29, description: '湖南 Hunan (on-topic articles)' });

    const md = readFileSync(await save(await exportFile(page, 'Brief as Markdown')), 'utf8');
    expect(md.split('\n')[0]).toBe('# SRDI brief: 湖南 Hunan \\(on-topic articles\\)');
    expect(md.match(/^- \*\*/gm)).toHaveLength(3);

    const figDl = await exportFile(page, 'Key figures as CSV');
    expect(figDl.suggestedFilename()).toBe('srdi-hunan-figures.csv');
    expect(readFileSync(await save(figDl), 'utf8')).toContain('"我国累计培育的专精特新“小巨人”企业数量","专精特新小巨人企业","level","超1.76万家","17600","家","count","超1.76万家"');
    await page.context().close();
  });

  it('downloads a chart as SVG and 2× PNG with its title and filters drawn in', async () => {
    const page = await open(`${HUNAN}&view=charts`);
    const [svgDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Articles by province: SVG' }).click()]);
    expect(svgDl.suggestedFilename()).toBe('srdi-hunan-regions.svg');
    const svg = readFileSync(await save(svgDl), 'utf8');
    expect(svg).toContain('Articles by province</text>');
    expect(svg).toContain('湖南 Hunan (on-topic articles)');
    expect(svg).toMatch(/<path[^>]+data-province="湖南"/);
    const [pngDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Articles per month: PNG' }).click()]);
    const png = readFileSync(await save(pngDl));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const cardWidth = (await page.locator('.timeline-chart').boundingBox())!.width;
    expect(png.readUInt32BE(16)).toBe(Math.round(cardWidth) * 2);
    await page.context().close();
  });

  it('exports every chart card complete: legend, notes on undrawn articles, the map scale and inset, the matrix and Compare', async () => {
    const page = await open(`${HUNAN}&view=charts`);
    const svgOf = async (button: string) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
      return readFileSync(await save(d), 'utf8');
    };
    const timeline = await svgOf('Articles per month: SVG');
    expect(timeline).toContain('Cross-industry</text>');
    expect(timeline).toMatch(/Not placed on the time axis \(date known only to\): 2026 · year only 1</);
    // The Chinese glyphs travel with the image (the font subsets it needs, inlined).
    expect(timeline).toMatch(/@font-face\{font-family:"Noto Sans SC";[^}]*src:url\(data:font\/woff2;base64,/);
    const map = await svgOf('Articles by province: SVG');
    expect(map).toContain('南海诸岛</text>');
    expect(map).toContain('articles</text>');
    for (const chart of ['Topic share over time', 'Articles by outlet', 'Figure tracker']) {
      const svg = await svgOf(`${chart}: SVG`);
      expect(svg, chart).toContain(`${chart}</text>`);
      expect(svg, chart).toContain('湖南 Hunan (on-topic articles)');
    }
    // The key-figures card is a table: it exports as CSV from the Export menu, not as a picture.
    expect(await page.getByRole('button', { name: 'Key figures: SVG' }).count()).toBe(0);
    const matrix = await svgOf('Industry × topic: SVG');
    expect(matrix).toContain('Industry × topic</text>');
    expect(matrix).toMatch(/<rect[^>]+fill="rgb\(31, 95, 168\)"/);
    expect(matrix).toContain('能源 Energy</text>');

    await page.getByRole('button', { name: 'Pin current as A' }).click();
    await page.getByRole('button', { name: 'Remove 湖南 Hunan' }).click();
    await page.getByRole('button', { name: 'Pin current as B' }).click();
    const compare = await svgOf('Compare two views: SVG');
    expect(compare).toContain('A: 湖南 Hunan (on-topic articles) · B: all on-topic articles');
    expect(compare).toContain('3 articles</text>');
    expect(compare).toContain('25 articles</text>');
    expect(compare).toMatch(/A: 1 dated only to the year or undated/);
    await page.context().close();
  });

  it('saves views, keeps them across reloads, and presents them as slides with the keyboard', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await open(HUNAN, context);
    await page.locator('summary', { hasText: 'Saved views' }).click();
    await page.getByRole('textbox', { name: 'View name' }).fill('Hunan map');
    await page.getByRole('combobox', { name: 'Slide chart' }).selectOption('map');
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByRole('button', { name: 'Remove 湖南 Hunan' }).click();
    await page.getByRole('checkbox', { name: '人工智能 Artificial intelligence (2)' }).check();
    // A click outside closed the menu; open it again to save the second view.
    expect(await page.locator('details.saved-views').getAttribute('open')).toBeNull();
    await page.locator('summary', { hasText: 'Saved views' }).click();
    await page.getByRole('textbox', { name: 'View name' }).fill('AI industries');
    await page.getByRole('combobox', { name: 'Slide chart' }).selectOption('industries');
    await page.getByRole('button', { name: 'Save view' }).click();

    await page.reload();
    await page.getByRole('status').filter({ hasText: /articles/ }).waitFor();
    // The full explorer (list, search, views), not the early facets-only phase.
    await page.locator('.searchbar').waitFor();
    await page.locator('summary', { hasText: 'Saved views' }).click();
    expect(await page.locator('.view-list .view-name').allTextContents()).toEqual(['Hunan map', 'AI industries']);
    await page.getByRole('button', { name: 'Move AI industries up' }).click();
    await page.getByRole('button', { name: 'Move AI industries down' }).click();

    await page.locator('summary', { hasText: 'Saved views' }).click();
    await page.getByRole('button', { name: /Present/ }).click();
    const current = page.locator('.slide.current');
    expect(await current.locator('h2').textContent()).toBe('Hunan map');
    expect(await current.locator('.slide-count').textContent()).toBe('3 of 25 on-topic articles');
    expect(await current.locator('path.province.filled').count()).toBe(1);
    expect(await current.locator('.slide-number').textContent()).toBe('Slide 1 of 2');
    await page.keyboard.press('PageDown');
    expect(await current.locator('h2').textContent()).toBe('AI industries');
    expect(await current.locator('.slide-description').textContent()).toBe('人工智能 Artificial intelligence (on-topic articles)');
    expect(await current.locator('.slide-figures li').count()).toBeGreaterThan(0);
    await page.keyboard.press('ArrowLeft');
    expect(await current.locator('.slide-number').textContent()).toBe('Slide 1 of 2');
    await page.keyboard.press('Space');
    expect(await current.locator('.slide-number').textContent()).toBe('Slide 2 of 2');
    await page.keyboard.press('Escape');
    await page.locator('.results').waitFor();
    expect(await page.locator('.presentation').count()).toBe(0);
    await context.close();
  });

  it('opens an exported corpus file, and says precisely what is wrong with a bad one', async () => {
    const page = await open('');
    const exported = join(work, 'hunan-subset.json');
    const full = JSON.parse(readFileSync(join(__dirname, '../../dist/corpus/corpus.json'), 'utf8'));
    writeFileSync(exported, JSON.stringify({ ...full, articles: full.articles.slice(0, 5) }));
    await page.getByTestId('open-corpus').setInputFiles(exported);
    await page.getByRole('status').filter({ hasText: 'of 5 articles' }).waitFor();
    expect(await page.getByRole('note').last().textContent()).toContain('Opened hunan-subset.json: 5 articles');

    const bad = join(work, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 3, generatedAt: 'x', sources: [], articles: 'nope' }));
    await page.getByTestId('open-corpus').setInputFiles(bad);
    await page.getByText(/bad\.json is not an SRDI corpus: articles:/).waitFor();
    // The corpus in use is unchanged.
    expect(await page.getByRole('status').filter({ hasText: /articles/ }).textContent()).toMatch(/of 5 articles/);
    await page.context().close();
  });
});
