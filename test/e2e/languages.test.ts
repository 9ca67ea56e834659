/**
 * The casebook in five languages: every page exists under its prefix with its interface in that
 * language; a translated entry is indexed in its language's search; an untranslated one falls back to
 * English with a visible notice, marked lang="en", kept out of that language's search and of
 * search engines; hreflang, the language switcher and a feed per language.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import type { Browser, Page } from 'playwright-core';
import { launch, open, pagefindSearch } from './site.ts';
import { DICTIONARIES, LOCALES } from '../../src/i18n/index.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const OTHER = LOCALES.filter((l) => l !== 'en');
/** Pages of dist whose <article> is a translated entry (or not), found from the built HTML. */
const html = (p: string) => fs.readFileSync(`dist${p}index.html`, 'utf8');
const isIndexed = (p: string) => /<article[^>]*data-pagefind-body/.test(html(p));

describe.each(OTHER)('the %s site', (locale) => {
  const dict = DICTIONARIES[locale];

  it('has its interface in its language: html lang, navigation, switcher, hreflang', async () => {
    const { page, context } = await open(browser, `/${locale}/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(locale);
    const nav = await page.locator('nav.main a').allTextContents();
    expect(nav).toEqual(
      [
        'nav.cases',
        'nav.frameworks',
        'nav.commitments',
        'nav.tactics',
        'nav.norms',
        'nav.redlines',
        'nav.glossary',
        'nav.briefings',
        'nav.about',
      ].map((k) => dict[k as keyof typeof dict]),
    );
    await expect(page.locator('nav.langs a[aria-current]').getAttribute('hreflang')).resolves.toBe(locale);
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) => ls.map((l) => l.getAttribute('hreflang')));
    expect(alternates.sort()).toEqual([...LOCALES, 'x-default'].sort());
    await context.close();
  });

  it('the language switcher leads to the same page in another language', async () => {
    const { page, context } = await open(browser, `/${locale}/red-lines/`);
    await page.locator('nav.langs a[hreflang="en"]').click();
    await page.waitForURL('**/red-lines/');
    expect(new URL(page.url()).pathname).toBe('/red-lines/');
    await context.close();
  });

  it('shows an untranslated entry in English with a notice in its own language, out of search and search engines', async () => {
    const path = `/${locale}/cases/madagascar-2018/`;
    const { page, context } = await open(browser, path);
    await expect(page.locator('article').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('.notice').first().textContent()).resolves.toBe(
      dict['translation.untranslated'].replace('{language}', dict[`language.${locale}` as keyof typeof dict]),
    );
    await expect(page.locator('.notice').first().getAttribute('lang')).resolves.toBe(locale);
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe('noindex');
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toMatch(/\/cases\/madagascar-2018\/$/);
    expect(isIndexed(path)).toBe(false);
    await context.close();
  });

  it('indexes a translated entry in its own language', () => {
    for (const p of [`/${locale}/norms/no-hack-and-leak/`, `/${locale}/briefings/red-line-roundtable/`]) expect(isIndexed(p), p).toBe(true);
  });

  it('has its own feed', () => {
    const feed = new XMLParser().parse(fs.readFileSync(`dist/${locale}/rss.xml`, 'utf8')) as {
      rss: { channel: { language: string; item: { link: string }[] } };
    };
    expect(feed.rss.channel.language).toBe(locale);
    expect(feed.rss.channel.item.length).toBeGreaterThan(20);
    expect(feed.rss.channel.item[0].link).toMatch(new RegExp(`/${locale}/cases/`));
  });
});

/** Result paths for a query, from a page in the language searched (Pagefind picks that language's index). */
const search = async (page: Page, query: string) => (await pagefindSearch(page, [query]))[0];

describe('search in each language', () => {
  it('a translated case is found in its language; an untranslated one only in English', async () => {
    for (const locale of OTHER) {
      const { page, context } = await open(browser, `/${locale}/cases/`);
      // Pagefind picks the index of the page's language.
      const ukraine = await search(page, 'CyberBerkut');
      expect(ukraine, locale).toContain(`/${locale}/cases/ukraine-2014-cec-attack/`);
      const madagascar = await search(page, 'Rajoelina');
      expect(
        madagascar.filter((u) => u.includes('madagascar')),
        locale,
      ).toEqual([]);
      await context.close();
    }
    const { page, context } = await open(browser, '/cases/');
    expect(await search(page, 'Rajoelina')).toContain('/cases/madagascar-2018/');
    await context.close();
  });
});
