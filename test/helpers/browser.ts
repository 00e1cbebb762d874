// Debian's Chromium driven by playwright-core, launched the way this machine allows.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { serveDir } from './static-server';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/** Whether browser suites run here: where Chromium exists, and always in CI (which installs it, so there they must run). */
export const chromiumSuitesRun = hasChromium || !!process.env.CI;

/** Runs a suite only where Chromium exists; CI installs it, so there it must run. */
export const describeInChromium = chromiumSuitesRun ? describe : describe.skip;

/**
 * Starts Chromium and a static server for the built app around a suite. Read
 * `app.browser` and `app.url` inside tests, after beforeAll has run.
 */
export function useBuiltApp(overrides: Parameters<typeof serveDir>[1] = {}): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDir>> | undefined;
  beforeAll(async () => {
    server = await serveDir(join(__dirname, '../../dist'), overrides);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get url() {
      return server!.url;
    },
  };
}

/** Waits until nothing on the page is busy (searches answered, texts loaded). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}
