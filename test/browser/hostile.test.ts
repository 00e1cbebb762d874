// Hostile and broken corpora in Chromium: text is shown as text, nothing runs, and what
// is valid still loads with a notice saying what was skipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, settled } from '../helpers/browser';
import { serveDir } from '../helpers/static-server';
import { seedCorpus } from '../helpers/seed-corpus';

const run = hasChromium || process.env.CI ? describe : describe.skip;
const dist = join(__dirname, '../../dist');

run('hostile input in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('ships a Content-Security-Policy that forbids inline script and remote origins', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
    // 'wasm-unsafe-eval' lets WebAssembly compile (the counting kernel); 'unsafe-eval' would let strings run as script.
    expect(csp).not.toMatch(/(?<!wasm-)unsafe-eval|https?:|\*/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('renders script, event handlers, javascript: links and entities literally and runs none of them', async () => {
    const corpus = seedCorpus();
    const [a, b, ...rest] = corpus.articles;
    const evil = {
      ...corpus,
      articles: [
        { ...a!, title: '<script>window.__xss=1</script>标题', outlet: '<b onmouseover="window.__xss=3">媒体</b>' },
        { ...b!, paragraphs: ['<img src=x onerror="window.__xss=2">正文 &amp; &lt;b&gt; <a href="javascript:window.__xss=4">点我</a>'], body: '<img src=x onerror="window.__xss=2">正文 &amp; &lt;b&gt; <a href="javascript:window.__xss=4">点我</a>' },
        ...rest,
      ],
    };
    const server = await serveDir(dist, { '/corpus/index.json': JSON.stringify(evil) });
    const page = await browser.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`${server.url}/?all=1&q=${encodeURIComponent('<script>')}`);
    await page.getByRole('status').filter({ hasText: /articles/ }).waitFor();
    // The full explorer (list, search, views), not the early facets-only phase.
    await page.locator('.searchbar').waitFor();
    await settled(page);
    expect(await page.locator('.result-title').first().textContent()).toBe('<script>window.__xss=1</script>标题');
    await page.goto(`${server.url}/?all=1&a=${encodeURIComponent(b!.id)}`);
    await page.locator('.reader-paragraph').first().waitFor();
    expect(await page.locator('.reader-paragraph').first().textContent()).toBe('<img src=x onerror="window.__xss=2">正文 &amp; &lt;b&gt; <a href="javascript:window.__xss=4">点我</a>');
    expect(await page.locator('.reader img, .results img, .reader a[href^="javascript"]').count()).toBe(0);
    await page.getByText('<b onmouseover="window.__xss=3">媒体</b>').first().hover().catch(() => undefined);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toBe(0);
    // The policy lets the facet counts' WebAssembly kernel compile (else they count in JavaScript, 10× slower).
    expect(await page.evaluate(async () => (await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))) instanceof WebAssembly.Module)).toBe(true);
    await page.close();
    await server.close();
  });

  it('loads what is valid from a malformed corpus and says what was skipped', async () => {
    const corpus = seedCorpus();
    const good = corpus.articles.slice(0, 5);
    const broken = {
      ...corpus,
      articles: [
        ...good,
        { ...good[0] }, // duplicate id
        { ...good[1], id: 'bad-date', date: '2025-13-45', datePrecision: 'day' },
        { ...good[1], id: 'bad-type', regions: '湖南' },
        { id: 'missing-fields' },
        { ...good[2], id: 'absurd-figure', figures: [{ text: 'x', value: 'Infinity', unit: '家', qualifier: null, indicator: null, paragraph: 0 }] },
        { ...good[3], id: 'huge-title', title: '题'.repeat(10 * 2 ** 20 / 3) },
        null,
        42,
      ],
    };
    const server = await serveDir(dist, { '/corpus/index.json': JSON.stringify(broken) });
    const page = await browser.newPage();
    await page.goto(`${server.url}/?all=1`);
    await page.getByRole('status').filter({ hasText: 'of 5 articles' }).waitFor({ timeout: 30_000 });
    const notice = await page.getByRole('note').filter({ hasText: 'invalid and skipped' }).textContent();
    expect(notice).toContain('8 articles in the corpus were invalid and skipped');
    expect(notice).toContain('duplicate id');
    await settled(page);
    expect(await page.locator('.result-title').count()).toBe(5);
    await page.close();
    await server.close();
  });

  it('survives garbage in localStorage without losing it', async () => {
    const server = await serveDir(dist);
    const context = await browser.newContext();
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('srdi-saved-views', '{"kind":"srdi-saved-views","version":1,"views":[{"id":1}]');
        localStorage.setItem('srdi-explorer', 'not json at all');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('status').filter({ hasText: /of 29 articles/ }).waitFor();
    // The full explorer (list, search, views), not the early facets-only phase.
    await page.locator('.searchbar').waitFor();
    expect(await page.getByRole('note').filter({ hasText: 'Saved views in this browser' }).textContent()).toContain('srdi-saved-views.unreadable');
    expect(await page.evaluate(() => localStorage.getItem('srdi-saved-views.unreadable'))).toContain('"views":[{"id":1}]');
    await context.close();
    await server.close();
  });
});
