/**
 * Reading works for every reader, measured as a person sees it in Chromium (what is visible, where
 * boxes are, how far a page scrolls): without JavaScript, on a phone, within the weight budget.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launch, open, base, builtPages, firstEntry, visibleCount, sidewaysScroll } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const CASE = '/cases/ukraine-2014-cec-attack/';

describe('a case page with JavaScript disabled', () => {
  it('shows its summary, full text, facts, rubric and sources on a wide screen', async () => {
    const { page, context } = await open(browser, CASE, { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Ukraine/);
    for (const selector of ['.summary-box .lede', '.glance', '.facts dl', '.toc ol', '#assessment', '#criterion-means', '.sources'])
      expect(await visibleCount(page, selector), selector).toBeGreaterThan(0);
    await expect(page.locator('.facts').textContent()).resolves.toMatch(/Origin/);
    expect(await visibleCount(page, '.sources li')).toBeGreaterThanOrEqual(5);
    expect(await page.locator('sup.cite a').count()).toBeGreaterThan(5);
    await context.close();
  });

  it('the cases index filters by facet through plain links', async () => {
    const { page, context } = await open(browser, '/cases/', { javaScriptEnabled: false });
    const all = await visibleCount(page, 'ul.cards > li');
    await page.locator('.filters details').first().locator('summary').click();
    await page.locator('a[href="/cases/by/region/latin-america/"]').click();
    await page.waitForURL('**/cases/by/region/latin-america/');
    const some = await visibleCount(page, 'ul.cards > li');
    expect(some).toBeGreaterThan(0);
    expect(some).toBeLessThan(all);
    await context.close();
  });
});

describe('the cases index with JavaScript', () => {
  it('hides the cards that do not match, visibly, combines filters and records them in the address', async () => {
    const { page, context } = await open(browser, '/cases/');
    const visible = () => visibleCount(page, '#case-list > li');
    const all = await visible();
    await page.locator('.filters details').first().locator('summary').click();
    await page.locator('a[data-facet="region"][data-value="latin-america"]').click();
    const latin = await visible();
    expect(latin).toBeGreaterThan(0);
    expect(latin).toBeLessThan(all);
    // What the count says is what the reader sees.
    await expect(page.locator('#case-count').textContent()).resolves.toMatch(new RegExp(`^${latin} of ${all} cases`));
    expect(new URL(page.url()).searchParams.get('region')).toBe('latin-america');
    await page.locator('.filters details').nth(2).locator('summary').click();
    await page.locator('a[data-facet="decade"][data-value="1970s"]').click();
    const both = await visible();
    expect(both).toBeGreaterThan(0);
    expect(both).toBeLessThanOrEqual(latin);
    await page.reload();
    expect(await visible()).toBe(both);
    await context.close();
  });
});

describe('the hidden attribute', () => {
  it.each(['/cases/?region=europe', '/', firstEntry('briefings'), CASE, '/search/', '/glossary/'])(
    'hides what it marks, whatever its class says: %s',
    async (path) => {
      const { page, context } = await open(browser, path);
      const shown = await page
        .locator('[hidden]')
        .evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none').map((el) => el.outerHTML.slice(0, 80)));
      expect(shown).toEqual([]);
      await context.close();
    },
  );
});

describe('text for screen readers only', () => {
  it.each([firstEntry('briefings'), CASE, '/glossary/', '/compare/', firstEntry('compare'), '/frameworks/icj-nicaragua-1986/', '/matrix/'])(
    'takes no room on the page: %s',
    async (path) => {
      const { page, context } = await open(browser, path);
      const boxes = await page.locator('.visually-hidden').evaluateAll((els) =>
        els
          .map((el) => {
            const r = el.getBoundingClientRect();
            return { w: r.width, h: r.height, text: el.textContent?.slice(0, 40) };
          })
          .filter((b) => b.w > 1 || b.h > 1),
      );
      expect(boxes).toEqual([]);
      await context.close();
    },
  );

  it('the skip link appears when it has focus, and only then', async () => {
    const { page, context } = await open(browser, CASE);
    const inView = () => page.locator('.skip-link').evaluate((el) => el.getBoundingClientRect().bottom > 0);
    expect(await inView()).toBe(false);
    await page.keyboard.press('Tab');
    expect(await inView()).toBe(true);
    await context.close();
  });
});

/** Words in a table that are broken across lines (a word with more than one line box). */
function brokenWords(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((cells) => {
    const broken: string[] = [];
    for (const cell of cells) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // A word is what lies between spaces and hyphens: breaking after "state-" in "state-directed" is ordinary typography.
        for (const m of text.matchAll(/[^\s\u002d\u2010\u2011]+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(m[0]);
        }
      }
    }
    return broken;
  });
}

describe('the rubric table', () => {
  it.each([320, 375, 1280])('reads as whole words at %i px', async (width) => {
    const { page, context } = await open(browser, CASE, { viewport: { width, height: 900 } });
    expect(await brokenWords(page, 'table.rubric th, table.rubric td')).toEqual([]);
    expect(await sidewaysScroll(page)).toBe(0);
    await context.close();
  });
});

describe('a case page on a phone', () => {
  it('opens with the summary, position, attribution and status in the first screen, and the narrative soon after', async () => {
    const { page, context } = await open(browser, CASE, { viewport: { width: 375, height: 800 } });
    const top = (s: string) =>
      page
        .locator(s)
        .first()
        .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(await top('.summary-box')).toBeLessThan(800);
    // Background used to start about six screens down, below the facts panel.
    expect(await top('.main-col h2')).toBeLessThan(2.5 * 800);
    // The facts and "on this page" are closed disclosures, opened on request.
    expect(await visibleCount(page, '.facts dl')).toBe(0);
    await page.locator('.facts summary').click();
    expect(await visibleCount(page, '.facts dl')).toBe(1);
    await context.close();
  });

  it('its breadcrumb names the case briefly, not by its whole title', async () => {
    const { page, context } = await open(browser, CASE, { viewport: { width: 375, height: 800 } });
    const crumb = (await page.locator('nav.crumbs [aria-current="page"]').textContent())!;
    expect(crumb).toBe('Ukraine 2014');
    expect(await page.locator('h1').textContent()).not.toBe(crumb);
    await context.close();
  });
});

describe('on a phone', () => {
  it('no English page, and no page template in another language, scrolls sideways at 375 px', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    // Every English page; in the other languages every page template, and the entries translated there
    // (longer words in Ukrainian and Portuguese are what could overflow).
    const template = (p: string) =>
      !/\/(cases|frameworks|commitments|tactics|norms|compare|matrix)\/[^/]+\//.test(p) ||
      /(ukraine|venezuela|brazil|argentina|no-hack)/.test(p);
    const pages = builtPages().filter((p) => !/^\/(es|pt|uk|fr)\//.test(p) || template(p.slice(3)));
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(base() + path);
      const overflow = await sidewaysScroll(page);
      if (overflow > 0) wide.push(`${path} (+${overflow}px)`);
    }
    console.log(`checked ${pages.length} pages at 375 px`);
    expect(wide).toEqual([]);
    await context.close();
  }, 600_000);
});

describe('small things a reader notices', () => {
  it('a case of mixed origin says the same words on its card and in its facts', async () => {
    const { page, context } = await open(browser, '/cases/');
    const card = await page.locator('#case-list > li', { has: page.locator('a[href="/cases/moldova-2024/"]') }).textContent();
    await page.goto(base() + '/cases/moldova-2024/');
    const facts = await page.locator('.facts').textContent();
    expect(card).toContain('Foreign and domestic');
    expect(facts).toContain('Foreign and domestic');
    await context.close();
  });

  it('the attribution line never runs a capitalised name into a sentence ("naming The …")', async () => {
    const { page, context } = await open(browser, '/cases/brazil-2018-whatsapp/');
    expect(await page.locator('.glance').textContent()).not.toMatch(/naming [A-Z]/);
    await context.close();
  });

  it('the compare index and a pre-rendered pair share one breadcrumb trail', async () => {
    const trail = async (path: string) => {
      const { page, context } = await open(browser, path);
      const crumbs = await page.locator('nav.crumbs li').allTextContents();
      await context.close();
      return crumbs;
    };
    const index = await trail('/compare/');
    const pair = await trail(firstEntry('compare'));
    expect(pair.slice(0, index.length - 1)).toEqual(index.slice(0, -1));
    expect(pair[index.length - 1]).toBe(index.at(-1));
  });
});

/** Compressed bytes of the document, stylesheets and scripts a page loads, and any request that leaves the origin. */
async function weigh(path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const foreign: string[] = [];
  const sizes: Record<string, number> = {};
  page.on('request', (r) => {
    if (!r.url().startsWith(base())) foreign.push(r.url());
  });
  page.on('response', async (r) => {
    const type = r.request().resourceType();
    if (['document', 'stylesheet', 'script', 'fetch', 'xhr', 'other'].includes(type))
      sizes[`${type} ${r.url()}`] = gzipSync(await r.body().catch(() => Buffer.alloc(0))).byteLength;
  });
  await page.goto(base() + path, { waitUntil: 'networkidle' });
  await context.close();
  const sum = (pred: (k: string) => boolean) =>
    Object.entries(sizes)
      .filter(([k]) => pred(k))
      .reduce((n, [, v]) => n + v, 0);
  return { foreign, total: sum(() => true), assets: sum((k) => k.startsWith('stylesheet') || k.startsWith('script')) };
}

describe('page weights', () => {
  it.each(['/', firstEntry('briefings'), '/search/?q=election', '/es/', '/uk/cases/ukraine-2014-cec-attack/'])(
    '%s loads nothing from another origin (and reports its weight)',
    async (path) => {
      const w = await weigh(path);
      console.log(`${path}: ${(w.total / 1024).toFixed(1)} KB compressed in all, ${(w.assets / 1024).toFixed(1)} KB of CSS and JS`);
      expect(w.foreign).toEqual([]);
    },
  );
});

describe('weight and privacy of a case page', () => {
  it('loads at most 8 KB of CSS and JS (compressed), at most 30 KB with the HTML, and nothing from another origin', async () => {
    const w = await weigh(CASE);
    console.log(`case page: ${(w.total / 1024).toFixed(1)} KB compressed in all, ${(w.assets / 1024).toFixed(1)} KB of CSS and JS`);
    expect(w.foreign).toEqual([]);
    expect(w.assets).toBeLessThanOrEqual(8 * 1024);
    expect(w.total).toBeLessThanOrEqual(30 * 1024);
  });
});
