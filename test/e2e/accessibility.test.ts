/** Every page template has no axe-core violations (WCAG 2.0/2.1/2.2 A and AA), in the light and the dark theme. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launch, open, firstEntry } from './site.ts';

const templates = () => [
  '/', '/cases/', '/cases/by/region/europe/', firstEntry('cases'), '/frameworks/', firstEntry('frameworks'), '/commitments/', firstEntry('commitments'),
  '/tactics/', firstEntry('tactics'), '/norms/', firstEntry('norms'), '/glossary/', '/briefings/', firstEntry('briefings'),
  '/search/?q=election', '/about/', '/about/methodology/', '/about/corrections/', '/about/contribute/', '/data/',
  '/red-lines/', '/matrix/', '/matrix/year/', '/timeline/', '/compare/', firstEntry('compare'), '/404.html',
];

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe.each(['light', 'dark'] as const)('axe-core in the %s theme', (colorScheme) => {
  it.each(templates())('%s has no violations', async (path) => {
    const { page, context } = await open(browser, path, { colorScheme });
    if (path.startsWith('/search/')) await page.waitForSelector('pagefind-results a', { timeout: 15_000 });
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(summary).toEqual([]);
    await context.close();
  });
});
