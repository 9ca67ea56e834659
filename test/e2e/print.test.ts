/**
 * Printing, read back from the PDF Chromium makes (pdftotext, page by page): what a participant
 * holds in their hand. A case starts its narrative on page 1; the pre-brief opens with its summary
 * and agenda on one page, fits its working part in about four pages, and ends with numbered endnotes.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, firstEntry, printedPages, open } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The 1-based page on which `text` first appears (whitespace-insensitive), or 0. */
const pageOf = (pages: string[], text: string) => {
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  return pages.findIndex((p) => squash(p).includes(squash(text))) + 1;
};

describe('a printed case', () => {
  it('fills its first page: summary, attribution and the start of the narrative, with no half-empty page 1', async () => {
    const pages = await printedPages(browser, '/cases/ukraine-2014-cec-attack/');
    console.log(`case: ${pages.length} A4 pages; page 1 starts: ${pages[0]?.slice(0, 80)}`);
    expect(pageOf(pages, 'Ukraine 2014')).toBe(1);
    expect(pageOf(pages, 'Attribution at a glance')).toBe(1);
    expect(pageOf(pages, 'Background')).toBe(1);
    // Page 1 is full: at least 40 lines of text on it.
    expect(pages[0].split('\n').filter((l) => l.trim()).length).toBeGreaterThanOrEqual(40);
    expect(pages.join('')).not.toMatch(/Red Line Casebook\s+Cases\s+Law\s+Commitments/); // no navigation
  });
});

describe('the printed pre-brief', () => {
  let pages: string[];
  beforeAll(async () => {
    pages = await printedPages(browser, firstEntry('briefings'));
  });

  it('opens with a one-page summary: the rule, the key points and the agenda on page 1', () => {
    console.log(`pre-brief: ${pages.length} A4 pages`);
    expect(pageOf(pages, 'Chatham House Rule')).toBe(1);
    expect(pageOf(pages, 'Key points')).toBe(1);
    expect(pageOf(pages, 'Agenda (60 minutes)')).toBe(1);
    expect(pageOf(pages, 'Conclusion and next steps')).toBe(1);
  });

  it('fits the cases at a glance, the questions and the draft norms in about four pages', () => {
    expect(pageOf(pages, 'The deep-dive cases at a glance')).toBe(2);
    expect(pageOf(pages, 'Draft norms for the outcome session')).toBeLessThanOrEqual(5);
  });

  it('ends with the sources as numbered endnotes showing their addresses', () => {
    const sources = pageOf(pages, 'Sources');
    expect(sources).toBeGreaterThan(pageOf(pages, 'Draft norms for the outcome session'));
    expect(pages.slice(sources - 1).join('')).toMatch(/1\.\s.*https:\/\//s);
  });

  it('shows a print button only when script runs', async () => {
    const { page, context } = await open(browser, firstEntry('briefings'));
    await expect(page.locator('#print-button').isVisible()).resolves.toBe(true);
    await context.close();
    const noJs = await open(browser, firstEntry('briefings'), { javaScriptEnabled: false });
    await expect(noJs.page.locator('#print-button').isVisible()).resolves.toBe(false);
    await noJs.context.close();
  });
});
