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
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
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
    .map((f) => '/' + f.split(path.sep).join('/').replace(/index\.html$/, ''))
    .sort();
}

/** The first built entry page under a folder ("cases" → "/cases/<id>/"), skipping listing pages. */
export function firstEntry(folder: string, dist = 'dist'): string {
  const ids = fs.readdirSync(path.join(dist, folder)).filter((d) => d !== 'by' && fs.existsSync(path.join(dist, folder, d, 'index.html'))).sort();
  if (!ids.length) throw new Error(`no built pages under /${folder}/`);
  return `/${folder}/${ids[0]}/`;
}

/** Reads a JSON export from dist. */
export const readData = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join('dist', file), 'utf8')) as T;
