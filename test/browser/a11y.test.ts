// axe-core over the screens analysts use, in both languages: no serious or critical violation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInChromium, settled, useBuiltApp } from '../helpers/browser';

// Evaluated through the DevTools protocol, not injected as a <script>: the app's CSP stays on.
const AXE = readFileSync(join(__dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => (window as unknown as { axe: { run: (ctx: Document) => Promise<AxeResult> } }).axe.run(document));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3})` : ''}`);
}

describeInChromium('accessibility (axe-core) in Chromium', () => {
  const app = useBuiltApp();
  const screens: [string, string, 'en' | 'zh'][] = [
    ['articles', '/', 'en'],
    ['reader', '/?a=004_a8627c3d4e095617-01', 'en'],
    ['charts', '/?view=charts', 'en'],
    ['articles in 中文', '/?lang=zh', 'zh'],
    ['charts in 中文', '/?view=charts&lang=zh', 'zh'],
    ['table', '/?view=table', 'en'],
    ['terms: contexts', `/?view=terms&q=${encodeURIComponent('小巨人')}`, 'en'],
    ['terms: trends in 中文', `/?view=terms&terms=trends&lang=zh&tt=${encodeURIComponent('小巨人')}`, 'zh'],
    ['terms: distinctive', '/?view=terms&terms=distinctive&industry=low-altitude-economy', 'en'],
  ];
  for (const [name, path] of screens) {
    it(`finds no serious or critical violation: ${name}`, async () => {
      const page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${app.url}${path}`);
      await page.getByRole('status').filter({ hasText: /articles|篇/ }).first().waitFor();
      // The full explorer, each view's answer in (not the early facets or a view still computing).
      await page.locator('.searchbar').waitFor();
      await settled(page);
      expect(await seriousViolations(page)).toEqual([]);
      // No English slugs read out in either language (recharts labels its legend icons so).
      expect(await page.locator('[aria-label*="legend icon"]').count()).toBe(0);
      await page.close();
    });
  }
});
