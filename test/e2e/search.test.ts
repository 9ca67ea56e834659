/** Search finds the right case in a real browser, filters narrow it, and the URL carries the state. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, open, visibleCount, sidewaysScroll, pagefindSearch } from './site.ts';
import { QUERIES } from './search-queries.ts';
import { SEARCH_RANKING } from '../../src/lib/search-ranking.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Result pages in rank order, each once (a result also links to its matching sections). */
const resultLinks = async (page: Page) => [
  ...new Set(await page.locator('pagefind-results a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))),
];
/** Waits until the results are those of `term` (faceted mode shows every page before any query). */
const waitForResults = (page: Page, term?: string) =>
  page.waitForFunction(
    (t) =>
      document.querySelectorAll('pagefind-results a').length > 0 &&
      (!t || (document.querySelector('pagefind-summary')?.textContent ?? '').includes(t)),
    term,
    { timeout: 15_000 },
  );

describe('searching', () => {
  it('"CyberBerkut" puts the Ukraine 2014 case in the top three, fast', async () => {
    const { page, context } = await open(browser, '/search/');
    const input = page.locator('pagefind-input input');
    await input.waitFor();
    const started = Date.now();
    await input.fill('CyberBerkut');
    await waitForResults(page, 'CyberBerkut');
    console.log(`keystroke to first result: ${Date.now() - started} ms`);
    // Results render progressively after the summary: poll until the list settles.
    await expect.poll(async () => (await resultLinks(page)).slice(0, 3), { timeout: 10_000 }).toContain('/cases/ukraine-2014-cec-attack/');
    await context.close();
  });

  it('a region filter narrows the results', async () => {
    const { page, context } = await open(browser, '/search/?q=election');
    await waitForResults(page, 'election');
    const before = Number((await page.locator('pagefind-summary').textContent())!.match(/\d+/)![0]);
    const { page: filtered, context: c2 } = await open(browser, '/search/?q=election&region=Latin+America');
    await waitForResults(filtered, 'election');
    const after = Number((await filtered.locator('pagefind-summary').textContent())!.match(/\d+/)![0]);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    await context.close();
    await c2.close();
  });

  it('a shared search URL restores the query and the filters, and new searches are written back', async () => {
    const { page, context } = await open(browser, '/search/?q=annulment&region=Europe');
    await waitForResults(page, 'annulment');
    await expect(page.locator('pagefind-input input').inputValue()).resolves.toBe('annulment');
    const checked = await page
      .locator('pagefind-filter-pane input[type=checkbox]:checked')
      .evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value || x.getAttribute('name')));
    expect(checked.join(' ')).toMatch(/Europe/);
    await page.locator('pagefind-input input').fill('referendum');
    await page.waitForFunction(() => location.search.includes('q=referendum'));
    expect(new URL(page.url()).searchParams.get('region')).toBe('Europe');
    await context.close();
  });

  it('is usable by keyboard from the header box on any page', async () => {
    const { page, context } = await open(browser, '/');
    await page.locator('#site-q').focus();
    await page.keyboard.type('Romania');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=Romania');
    await waitForResults(page, 'Romania');
    await expect.poll(async () => (await resultLinks(page)).slice(0, 3), { timeout: 10_000 }).toContain('/cases/romania-2024/');
    await context.close();
  });
});

describe('results as a reader sees them', () => {
  it('say what kind of page each is and, for a case, where it sits on the spectrum', async () => {
    const { page, context } = await open(browser, '/search/?q=CyberBerkut');
    await waitForResults(page, 'CyberBerkut');
    const first = page.locator('pagefind-results .search-result').first();
    await expect
      .poll(() => first.locator('.search-result-kind').textContent(), { timeout: 10_000 })
      .toMatch(/^Case · (Public diplomacy|Influence|Grey zone|Interference|Prohibited intervention)$/);
    await context.close();
  });

  it('show one excerpt per page; the other matches on that page wait behind a disclosure', async () => {
    const { page, context } = await open(browser, '/search/?q=election');
    await waitForResults(page, 'election');
    await page.locator('pagefind-results .search-result').first().waitFor();
    const more = page.locator('pagefind-results .search-result-more').first();
    await more.waitFor();
    const subVisible = () => visibleCount(page, 'pagefind-results .search-result-more li');
    expect(await subVisible()).toBe(0);
    await more.locator('summary').click();
    expect(await subVisible()).toBeGreaterThan(0);
    await context.close();
  });

  it('a click anywhere on a result opens that result, not another one laid over it', async () => {
    const { page, context } = await open(browser, '/search/?q=election');
    await waitForResults(page, 'election');
    await page.locator('pagefind-results .search-result').nth(3).waitFor();
    // Hit-test the middle of each result's kind line and excerpt, as a pointer would: the link it lands
    // on must be that result's own (Pagefind stretches each title link over its result).
    const strays = await page.locator('pagefind-results .search-result').evaluateAll((items) =>
      items.flatMap((li, n) =>
        [...li.querySelectorAll('.search-result-kind, .search-result-excerpt')].flatMap((el) => {
          const box = el.getBoundingClientRect();
          el.scrollIntoView({ block: 'center' });
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return box.height > 0 && !li.contains(hit) ? [`result ${n + 1}: ${hit?.closest('li')?.textContent?.slice(0, 40) ?? '?'}`] : [];
        }),
      ),
    );
    expect(strays).toEqual([]);
    await context.close();
  });
});

describe('search on a phone', () => {
  it('does not scroll sideways, folds the filters away and puts the first result in the first screen', async () => {
    const { page, context } = await open(browser, '/search/?q=CyberBerkut', { viewport: { width: 375, height: 800 } });
    await waitForResults(page, 'CyberBerkut');
    await page.locator('pagefind-results .search-result').first().waitFor();
    expect(await sidewaysScroll(page)).toBe(0);
    expect(await visibleCount(page, 'pagefind-filter-pane')).toBe(0);
    const top = await page
      .locator('pagefind-results .search-result')
      .first()
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(800);
    await page.locator('.search-filters > summary').click();
    expect(await visibleCount(page, 'pagefind-filter-pane')).toBe(1);
    expect(await sidewaysScroll(page)).toBe(0);
    await context.close();
  });
});

describe('search quality', () => {
  it(`finds the right page for ${QUERIES.length} realistic queries`, async () => {
    const { page, context } = await open(browser, '/cases/');
    const found = await pagefindSearch(
      page,
      QUERIES.map((q) => q.query),
      SEARCH_RANKING,
    );
    const results = QUERIES.map((q, n) => ({
      query: q.query,
      top: found[n],
      ok: found[n].slice(0, q.within).some((u) => q.expect.includes(u)),
    }));
    const misses = results.filter((r) => !r.ok).map((r) => `${r.query} → ${r.top.join(' ')}`);
    console.log(`search quality: ${results.length - misses.length}/${results.length} queries find the expected page`);
    expect(misses).toEqual([]);
    await context.close();
  });
});
