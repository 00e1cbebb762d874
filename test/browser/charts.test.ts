// The chart views in Chromium: SVG output for known filters, and charts that filter when used.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInChromium, useBuiltApp } from '../helpers/browser';


describeInChromium('charts in Chromium', () => {
  const app = useBuiltApp();

  const open = async (search: string): Promise<Page> => {
    const page = await app.browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await page.goto(`${app.url}/${search}`);
    await page.locator('.charts').waitFor();
    return page;
  };
  const count = (page: Page) => page.getByRole('status').filter({ hasText: /articles/ }).textContent();
  const params = (page: Page) => new URL(page.url()).searchParams;

  it('draws the timeline and the map as SVG for a known filter', async () => {
    const page = await open('?view=charts&region=%E6%B9%96%E5%8D%97');
    expect(await count(page)).toBe('3 of 29 articles');
    // Hunan: Nov 2025 and Feb 2026 (one each, both cross-industry) are placed; one is known only to 2026.
    expect(await page.locator('.timeline-chart svg .recharts-bar-rectangle').count()).toBe(2);
    expect(await page.locator('.timeline-chart .recharts-legend-item-text').allTextContents()).toEqual(['Cross-industry']);
    // The bands are one path each, a rectangle per period with articles, standing on the axis.
    const band = page.locator('.timeline-chart path.timeline-band');
    expect(await band.count()).toBe(1);
    expect((await band.getAttribute('d'))!.match(/M/g)).toHaveLength(2);
    const [bars, drawn] = await Promise.all([
      page.locator('.timeline-chart .recharts-bar-rectangle path').evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return Math.round(r.bottom); })),
      band.evaluate((e) => Math.round(e.getBoundingClientRect().bottom)),
    ]);
    expect(bars.every((b) => Math.abs(b - drawn) <= 1)).toBe(true);
    // Hovering a period lists its bands with their counts.
    await page.locator('.timeline-chart .recharts-bar-rectangle').last().hover();
    await expect.poll(() => page.locator('.timeline-chart .period-tip').textContent()).toBe('2026-02 · 1 articleCross-industry : 1');
    // The hover cursor lies over the bands: it must let the hovered bar show through.
    const opacity = await page.locator('.timeline-chart .recharts-tooltip-cursor').getAttribute('fill-opacity');
    expect(opacity).not.toBeNull();
    expect(Number(opacity)).toBeLessThan(0.2);
    expect(await page.locator('.timeline-chart .recharts-cartesian-axis-tick-value').allTextContents()).toEqual(expect.arrayContaining(['2025-11', '2025-12', '2026-01', '2026-02']));
    expect(await page.getByRole('button', { name: /2026 · year only 1/ }).count()).toBe(1);
    expect(await page.locator('svg.china-map path.province').count()).toBe(34);
    const filled = await page.locator('svg.china-map path.province.filled').evaluateAll((els) => els.map((e) => e.getAttribute('data-province')).sort());
    // The roundup that lists eleven provinces in passing no longer colours them.
    expect(filled).toEqual(['湖南']);
    await page.close();
  });

  it('filters by clicking a province on the map', async () => {
    const page = await open('?view=charts');
    expect(await count(page)).toBe('25 of 29 articles');
    await page.locator('path.province[data-province="北京"]').hover();
    // Subject places only: the venue of national meetings and a dateline do not count.
    expect(await page.locator('.map-hover').textContent()).toBe('北京 Beijing — 5');
    await page.locator('path.province[data-province="湖南"]').click();
    expect(await count(page)).toBe('3 of 29 articles');
    expect(params(page).getAll('region')).toEqual(['湖南']);
    await page.close();
  });

  it('sets the date range by dragging across the timeline, and clears it', async () => {
    const page = await open('?view=charts');
    const tick = (label: string) => page.locator('.timeline-chart .recharts-cartesian-axis-tick-value', { hasText: label }).boundingBox();
    const [a, b, grid] = await Promise.all([tick('2025-11'), tick('2026-02'), page.locator('.timeline-chart .recharts-cartesian-grid').boundingBox()]);
    const y = grid!.y + grid!.height / 2;
    await page.mouse.move(a!.x + a!.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(b!.x + b!.width / 2, y, { steps: 6 });
    await page.mouse.up();
    expect([params(page).get('from'), params(page).get('to')]).toEqual(['2025-11-01', '2026-02-28']);
    // Months Nov–Feb plus the articles known only to 2025 or 2026, which overlap the range.
    expect(await count(page)).toBe('21 of 29 articles');
    await page.getByRole('button', { name: 'Clear date range' }).click();
    expect(await count(page)).toBe('25 of 29 articles');
    // A click on one bar filters to its period.
    const c = await tick('2025-04');
    await page.mouse.click(c!.x + c!.width / 2, y);
    expect([params(page).get('from'), params(page).get('to')]).toEqual(['2025-04-01', '2025-04-30']);
    await page.close();
  });

  it('filters to an industry and topic from the matrix, and sorts the key figures', async () => {
    const page = await open('?view=charts');
    await page.getByRole('button', { name: '人工智能 Artificial intelligence × 人工智能应用 AI applications: 2' }).click();
    expect(await count(page)).toBe('2 of 29 articles');
    expect([params(page).getAll('industry'), params(page).getAll('topic')]).toEqual([['ai'], ['ai-applications']]);
    const firstValue = () => page.locator('[data-chart="figures"] tbody tr td.num').first().textContent();
    await page.getByRole('button', { name: /^Value/ }).click();
    const ascending = await firstValue();
    await page.getByRole('button', { name: /^Value/ }).click();
    expect(await firstValue()).not.toBe(ascending);
    await page.close();
  });

  it('tracks one measure across articles: the national 小巨人 count as each article reported it', async () => {
    const page = await open('?view=charts&all=1');
    const tracker = page.locator('[data-chart="tracker"]');
    const select = tracker.getByRole('combobox', { name: 'Measure' });
    const options = await select.locator('option').allTextContents();
    const giants = options.find((o) => o.startsWith('我国累计培育的专精特新“小巨人”企业数量 · level'))!;
    expect(giants).toBe('我国累计培育的专精特新“小巨人”企业数量 · level · 3 reports');
    // A subset (firms backed by central funds) is its own measure, never a point on the total's line.
    expect(options.some((o) => o.startsWith('中央财政支持的“小巨人”企业数量'))).toBe(true);
    await select.selectOption({ label: giants });
    const points = tracker.locator('.tracker-points li');
    expect(await points.locator('strong').allTextContents()).toEqual(['1.46万家', '超1.76万家', '超1.76万家']);
    expect(await tracker.locator('svg .recharts-line-dot').count()).toBe(3);
    // Two reports twelve days apart: their date labels must not be drawn over each other.
    const ticks = await tracker.locator('.recharts-xAxis .recharts-cartesian-axis-tick-value').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.right]));
    expect(ticks.every(([left], i) => i === 0 || left! >= ticks[i - 1]![1]!)).toBe(true);
    await points.first().getByRole('button').click();
    expect(params(page).get('a')).toBe('001_c10a0d2ffacd80db-01');
    expect(params(page).get('view')).toBeNull();

    await page.goBack();
    await page.locator('[data-chart="tracker"]').waitFor();
    const srdi = (await page.locator('[data-chart="tracker"]').getByRole('combobox', { name: 'Measure' }).locator('option').allTextContents()).find((o) => o.startsWith('专精特新中小企业数量'))!;
    await page.locator('[data-chart="tracker"]').getByRole('combobox', { name: 'Measure' }).selectOption({ label: srdi });
    expect(await page.locator('[data-chart="tracker"] .tracker-points li strong').allTextContents()).toEqual(['14万家', '超14万家', '超14万家']);
    await page.close();
  });

  it('restores the timeline unit, the stack-by choice, the tracked measure and the language from a link', async () => {
    const page = await open('?view=charts');
    await page.getByRole('radio', { name: 'Quarter' }).click();
    await page.getByRole('combobox', { name: 'Stack by' }).selectOption('topic');
    const measure = page.locator('[data-chart="tracker"]').getByRole('combobox', { name: 'Measure' });
    const srdi = (await measure.locator('option').allTextContents()).find((o) => o.startsWith('专精特新中小企业数量'))!;
    await measure.selectOption({ label: srdi });
    await page.getByRole('button', { name: '中文' }).click();
    const link = page.url();
    expect(new URL(link).searchParams.get('unit')).toBe('quarter');
    expect(new URL(link).searchParams.get('stack')).toBe('topic');
    expect(new URL(link).searchParams.get('lang')).toBe('zh');
    // A colleague opens the link in a fresh browser (no stored language).
    const colleague = await app.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const theirs = await colleague.newPage();
    await theirs.goto(link);
    await theirs.getByRole('status').filter({ hasText: /篇/ }).waitFor();
    expect(await theirs.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await theirs.getByRole('radio', { name: '季度' }).getAttribute('aria-checked')).toBe('true');
    expect(await theirs.getByRole('combobox', { name: '分组' }).inputValue()).toBe('topic');
    expect(await theirs.locator('[data-chart="tracker"] select').inputValue()).toBe(new URL(link).searchParams.get('tracker'));
    expect(await theirs.locator('[data-chart="tracker"] .tracker-points li strong').allTextContents()).toEqual(['14万家', '超14万家', '超14万家']);
    await colleague.close();
    await page.close();
  });

  it('compares two pinned views side by side', async () => {
    const page = await open('?view=charts&region=%E4%B8%8A%E6%B5%B7');
    await page.getByRole('button', { name: 'Pin current as A' }).click();
    await page.getByRole('button', { name: 'Remove 上海 Shanghai' }).click();
    await page.getByRole('checkbox', { name: '江苏 Jiangsu (2)' }).check();
    await page.getByRole('button', { name: 'Pin current as B' }).click();
    expect(await page.getByTestId('compare-count-A').textContent()).toBe('2 articles');
    expect(await page.getByTestId('compare-count-B').textContent()).toBe('2 articles');
    expect(await page.locator('[data-side="A"] h4').textContent()).toContain('上海 Shanghai');
    expect(params(page).get('A')).toBe('region=%E4%B8%8A%E6%B5%B7');
    await page.reload();
    await page.locator('.charts').waitFor();
    expect(await page.getByTestId('compare-count-B').textContent()).toBe('2 articles');
    await page.close();
  });
});
