/** Reading works for every reader: without JavaScript, on a phone, in print, within the weight budget. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launch, open, base, builtPages, firstEntry } from './site.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('a case page with JavaScript disabled', () => {
  it('shows its full text, facts panel, rubric and sources', async () => {
    const { page, context } = await open(browser, '/cases/ukraine-2014-cec-attack/', { javaScriptEnabled: false });
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Ukraine/);
    const facts = page.locator('aside.panel');
    await expect(facts.isVisible()).resolves.toBe(true);
    await expect(facts.textContent()).resolves.toMatch(/Attribution/);
    await expect(page.locator('.prose h2', { hasText: 'What happened' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('#criterion-means').isVisible()).resolves.toBe(true);
    expect(await page.locator('.sources li').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('sup.cite a').count()).toBeGreaterThan(5);
    await context.close();
  });

  it('the cases index filters by facet through plain links', async () => {
    const { page, context } = await open(browser, '/cases/', { javaScriptEnabled: false });
    const all = await page.locator('ul.cards > li').count();
    await page.locator('.filters details').first().locator('summary').click();
    await page.locator('a[href="/cases/by/region/latin-america/"]').click();
    await page.waitForURL('**/cases/by/region/latin-america/');
    const some = await page.locator('ul.cards > li').count();
    expect(some).toBeGreaterThan(0);
    expect(some).toBeLessThan(all);
    await context.close();
  });
});

describe('the cases index with JavaScript', () => {
  it('combines filters in place and records them in the address', async () => {
    const { page, context } = await open(browser, '/cases/');
    const visible = () => page.locator('#case-list > li:not([hidden])').count();
    const all = await visible();
    await page.locator('.filters details').first().locator('summary').click();
    await page.locator('a[data-facet="region"][data-value="latin-america"]').click();
    const latin = await visible();
    expect(latin).toBeGreaterThan(0);
    expect(latin).toBeLessThan(all);
    expect(new URL(page.url()).searchParams.get('region')).toBe('latin-america');
    await page.locator('.filters details').nth(2).locator('summary').click();
    await page.locator('a[data-facet="decade"][data-value="1970s"]').click();
    const both = await visible();
    expect(both).toBeGreaterThan(0);
    expect(both).toBeLessThanOrEqual(latin);
    await expect(page.locator('#case-count').textContent()).resolves.toMatch(new RegExp(`^${both} of ${all} cases`));
    await page.reload();
    expect(await visible()).toBe(both);
    await context.close();
  });
});

describe('on a phone', () => {
  it('no page scrolls horizontally at 375 px', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of builtPages()) {
      await page.goto(base() + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${path} (+${overflow}px)`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });
});

describe('printing the pre-brief', () => {
  it('hides the navigation and shows the agenda and questions', async () => {
    const { page, context } = await open(browser, firstEntry('briefings'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.site').isVisible()).resolves.toBe(false);
    await expect(page.locator('footer.site').isVisible()).resolves.toBe(false);
    await expect(page.locator('#agenda').isVisible()).resolves.toBe(true);
    expect(await page.locator('ol.agenda > li').count()).toBe(6);
    await expect(page.locator('.print-only').isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await context.close();
  });

  it('shows a print button only when script runs', async () => {
    const { page, context } = await open(browser, firstEntry('briefings'));
    await expect(page.locator('#print-button').isVisible()).resolves.toBe(true);
    await context.close();
  });
});

/** Compressed bytes of the document, stylesheets and scripts a page loads, and any request that leaves the origin. */
async function weigh(path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const foreign: string[] = [];
  const sizes: Record<string, number> = {};
  page.on('request', (r) => { if (!r.url().startsWith(base())) foreign.push(r.url()); });
  page.on('response', async (r) => {
    const type = r.request().resourceType();
    if (['document', 'stylesheet', 'script', 'fetch', 'xhr', 'other'].includes(type)) sizes[`${type} ${r.url()}`] = gzipSync(await r.body().catch(() => Buffer.alloc(0))).byteLength;
  });
  await page.goto(base() + path, { waitUntil: 'networkidle' });
  await context.close();
  const sum = (pred: (k: string) => boolean) => Object.entries(sizes).filter(([k]) => pred(k)).reduce((n, [, v]) => n + v, 0);
  return { foreign, total: sum(() => true), assets: sum((k) => k.startsWith('stylesheet') || k.startsWith('script')) };
}

describe('page weights', () => {
  it.each(['/', firstEntry('briefings'), '/search/?q=election'])('%s loads nothing from another origin (and reports its weight)', async (path) => {
    const w = await weigh(path);
    console.log(`${path}: ${(w.total / 1024).toFixed(1)} KB compressed in all, ${(w.assets / 1024).toFixed(1)} KB of CSS and JS`);
    expect(w.foreign).toEqual([]);
  });
});

describe('weight and privacy of a case page', () => {
  it('loads at most 8 KB of CSS and JS (compressed), at most 30 KB with the HTML, and nothing from another origin', async () => {
    const w = await weigh('/cases/ukraine-2014-cec-attack/');
    console.log(`case page: ${(w.total / 1024).toFixed(1)} KB compressed in all, ${(w.assets / 1024).toFixed(1)} KB of CSS and JS`);
    expect(w.foreign).toEqual([]);
    expect(w.assets).toBeLessThanOrEqual(8 * 1024);
    expect(w.total).toBeLessThanOrEqual(30 * 1024);
  });
});
