// The built app in Chromium on a million articles: when the facets work (from the binary
// facet index), how long the first facet click takes to update the count, and whether
// the list and the search follow — or the tab runs out of memory, which is recorded as
// the answer rather than failing the run.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { splitCorpusFiles } from '../src/shared/compact';
import type { Corpus } from '../src/shared/schema';
import { startStaticHost } from './static-host';

const CHROMIUM = '/usr/bin/chromium';

export interface MillionBrowser {
  facetsReadyMs: number | null;
  firstFilterMs: number | null;
  listReadyMs: number | null;
  searchReadyMs: number | null;
  /** The app kept the texts unloaded (the corpus is over its limit for a tab) and said so. */
  textsOff: boolean;
  /** Where it stopped, if it did: the step and the browser's word for it. */
  stopped: string | null;
}

/** Null when Chromium or the built app is missing. */
export async function probeMillion(corpus: Corpus, root: string): Promise<MillionBrowser | null> {
  if (!existsSync(CHROMIUM) || !existsSync(join(root, 'dist/index.html'))) return null;
  const server = await startStaticHost(join(root, 'dist'), splitCorpusFiles(corpus));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const out: MillionBrowser = { facetsReadyMs: null, firstFilterMs: null, listReadyMs: null, searchReadyMs: null, textsOff: false, stopped: null };
  let step = 'facets';
  try {
    const page = await (await browser.newContext({ bypassCSP: true, viewport: { width: 1440, height: 900 } })).newPage();
    const start = Date.now();
    await page.goto(`${server.url}/`);
    const first = page.locator('.facet-option input').first();
    await first.waitFor({ timeout: 600_000 });
    out.facetsReadyMs = Date.now() - start;
    step = 'first filter';
    out.firstFilterMs = (await page.evaluate(`(async () => {
      const status = document.querySelector('p.count[role=status], .results-bar [role=status]');
      const before = status ? status.textContent : '';
      const t = performance.now();
      document.querySelector('.facet-option input').click();
      while ((document.querySelector('p.count[role=status], .results-bar [role=status]')?.textContent ?? '') === before) await new Promise((r) => setTimeout(r, 2));
      return performance.now() - t;
    })()`)) as number;
    step = 'list';
    await page.locator('.result').first().waitFor({ timeout: 900_000 });
    out.listReadyMs = Date.now() - start;
    step = 'search';
    out.textsOff = (await page.getByText(/more texts than a browser tab can hold/).count()) > 0;
    if (out.textsOff) return out;
    await page.waitForFunction('!document.querySelector(".text-indexing")', null, { timeout: 900_000, polling: 500 });
    out.searchReadyMs = Date.now() - start;
  } catch (e) {
    out.stopped = `${step}: ${(e as Error).message.split('\n')[0]}`;
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}
