/**
 * Every page template has no axe-core violations (WCAG 2.0/2.1/2.2 A and AA): all of them in the
 * light theme, the templates with their own colours also in the dark theme, and in every other
 * language the templates whose words change (a translated and an untranslated entry included).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launch, open, firstEntry } from './site.ts';

const templates = () => [
  '/',
  '/cases/',
  '/cases/by/region/europe/',
  '/cases/ukraine-2014-cec-attack/',
  '/frameworks/',
  firstEntry('frameworks'),
  '/commitments/',
  firstEntry('commitments'),
  '/tactics/',
  firstEntry('tactics'),
  '/norms/',
  firstEntry('norms'),
  '/glossary/',
  '/briefings/',
  firstEntry('briefings'),
  '/search/?q=election',
  '/about/',
  '/about/methodology/',
  '/about/corrections/',
  '/about/contribute/',
  '/data/',
  '/red-lines/',
  '/matrix/',
  '/matrix/year/',
  '/timeline/',
  '/compare/',
  firstEntry('compare'),
  '/404.html',
];
const darkTemplates = [
  '/',
  '/cases/ukraine-2014-cec-attack/',
  firstEntry('briefings'),
  '/search/?q=election',
  '/red-lines/',
  '/matrix/',
  '/timeline/',
  '/glossary/',
];
const localeTemplates = (l: string) => [
  `/${l}/`,
  `/${l}/cases/ukraine-2014-cec-attack/`,
  `/${l}/cases/madagascar-2018/`,
  `/${l}/briefings/red-line-roundtable/`,
  `/${l}/red-lines/`,
  `/${l}/about/methodology/`,
  `/${l}/search/?q=elecci`,
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function violations(path: string, colorScheme: 'light' | 'dark') {
  const { page, context } = await open(browser, path, { colorScheme });
  if (path.includes('/search/')) await page.waitForSelector('pagefind-results .search-result', { timeout: 15_000 }).catch(() => undefined);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  await context.close();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

describe('axe-core in the light theme', () => {
  it.each(templates())('%s has no violations', async (path) => expect(await violations(path, 'light')).toEqual([]));
});

describe('axe-core in the dark theme', () => {
  it.each(darkTemplates)('%s has no violations', async (path) => expect(await violations(path, 'dark')).toEqual([]));
});

describe.each(['es', 'pt', 'uk', 'fr'])('axe-core in %s', (locale) => {
  it.each(localeTemplates(locale))('%s has no violations', async (path) => expect(await violations(path, 'light')).toEqual([]));
});
