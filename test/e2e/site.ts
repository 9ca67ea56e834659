/** Shared helpers for the tests against the built site: the browser, the base URL, and the pages in dist/. */
import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';
import { inject } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';

/** The preview server's address. */
export const base = () => inject('baseUrl');

/** Debian's Chromium, with the flags this sandboxed, offline machine needs. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh page in a new context (axe needs one), optionally without JavaScript or in dark mode. */
export async function open(browser: Browser, urlPath: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const response = await page.goto(base() + urlPath, { waitUntil: 'load' });
  return { context, page, response };
}

/** Every HTML file of the built site, as URL paths ("/cases/x/"). */
export function builtPages(dist = 'dist'): string[] {
  return (fs.readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map(
      (f) =>
        '/' +
        f
          .split(path.sep)
          .join('/')
          .replace(/index\.html$/, ''),
    )
    .sort();
}

/** The first built entry page under a folder ("cases" → "/cases/<id>/"), skipping listing pages. */
export function firstEntry(folder: string, dist = 'dist'): string {
  const ids = fs
    .readdirSync(path.join(dist, folder))
    .filter((d) => d !== 'by' && fs.existsSync(path.join(dist, folder, d, 'index.html')))
    .sort();
  if (!ids.length) throw new Error(`no built pages under /${folder}/`);
  return `/${folder}/${ids[0]}/`;
}

/** Reads a JSON export from dist. */
export const readData = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join('dist', file), 'utf8')) as T;

/** What a person sees of the elements matching `selector`: how many are rendered with a box. */
export function visibleCount(page: import('playwright-core').Page, selector: string): Promise<number> {
  return page.locator(selector).evaluateAll(
    (els) =>
      els.filter((el) => {
        // checkVisibility also sees what a closed <details> hides (content-visibility), which boxes alone do not.
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
      }).length,
  );
}

/** How far the page scrolls sideways (0 when it fits the viewport). */
export const sidewaysScroll = (page: import('playwright-core').Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Prints a page to an A4 PDF in Chromium and reads it back with poppler's pdftotext, page by page:
 * what a participant holds in their hand, not what the DOM says.
 */
export async function printedPages(browser: Browser, urlPath: string): Promise<string[]> {
  const { page, context } = await open(browser, urlPath);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  await context.close();
  const { execFileSync } = await import('node:child_process');
  const os = await import('node:os');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-pdf-')), 'page.pdf');
  fs.writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  // pdftotext separates pages with a form feed; the last one is empty.
  return text.split('\f').slice(0, -1);
}

/** The part of Pagefind's JS API the tests use. */
interface PagefindApi {
  options(o: object): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

/**
 * Result URLs for each query, in rank order, from the search index of the page's language (Pagefind
 * picks it from <html lang>), with the given ranking: the same engine and index the search page uses.
 */
export async function pagefindSearch(
  page: import('playwright-core').Page,
  queries: string[],
  ranking: object = {},
  top = 10,
): Promise<string[][]> {
  // The bundle is imported by an expression in a string: an import() written in a function here
  // would be rewritten by Vite for Node before Playwright hands the function to the browser.
  await page.evaluate("import('/pagefind/pagefind.js').then((pf) => { window.pagefindApi = pf; })");
  return page.evaluate(
    async ({ queries, ranking, top }) => {
      const pf = (window as unknown as { pagefindApi: PagefindApi }).pagefindApi;
      await pf.options({ basePath: '/pagefind/', ranking });
      const out: string[][] = [];
      for (const q of queries) {
        const r = await pf.search(q);
        out.push(await Promise.all(r.results.slice(0, top).map(async (x) => (await x.data()).url)));
      }
      return out;
    },
    { queries, ranking, top },
  );
}
