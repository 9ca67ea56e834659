/** The red line made visible: spectrum, matrix, timeline and comparison agree with the data. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, open, readData } from './site.ts';

interface CaseExport {
  id: string;
  title: string;
  assessment: { position: string };
  norms: { norm: string; verdict: string }[];
}
const cases = () => readData<{ entries: CaseExport[] }>('data/cases.json').entries;
const norms = () => readData<{ entries: { id: string }[] }>('data/norms.json').entries;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the spectrum', () => {
  it('has exactly one mark per published case, each linking to its case, without JavaScript', async () => {
    const { page, context } = await open(browser, '/red-lines/', { javaScriptEnabled: false });
    const marks = await page.locator('svg.chart a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(marks.sort()).toEqual(
      cases()
        .map((c) => `/cases/${c.id}/`)
        .sort(),
    );
    const labels = await page.locator('svg.chart a').evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')));
    for (const c of cases()) expect(labels.some((l) => l?.includes(c.title))).toBe(true);
    expect(await page.locator('#spectrum-table tbody tr').count()).toBe(cases().length);
    await context.close();
  });
});

describe('the cases × norms matrix', () => {
  it.each(['/matrix/', '/matrix/year/', '/matrix/region/'])(
    '%s agrees with every case’s data and renders without JavaScript',
    async (path) => {
      const { page, context } = await open(browser, path, { javaScriptEnabled: false });
      const cells = await page.locator('td[data-norm]').evaluateAll((tds) =>
        tds.map((td) => ({
          c: td.closest('tr')!.getAttribute('data-case'),
          n: td.getAttribute('data-norm'),
          v: td.getAttribute('data-verdict'),
        })),
      );
      expect(cells.length).toBe(cases().length * norms().length);
      for (const { c, n, v } of cells) {
        const expected =
          cases()
            .find((x) => x.id === c)!
            .norms.find((x) => x.norm === n)?.verdict ?? 'not-crossed';
        expect(`${c} × ${n}: ${v}`).toBe(`${c} × ${n}: ${expected}`);
      }
      await context.close();
    },
  );
});

describe('the matrix as a reader uses it', () => {
  it('says it scrolls, keeps the header row and the case column in view, and every row is one line', async () => {
    const { page, context } = await open(browser, '/matrix/', { viewport: { width: 1280, height: 900 } });
    const box = page.locator('.matrix.scroller');
    const { scrollWidth, clientWidth } = await box.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    expect(await page.locator('.scroll-hint').isVisible()).toBe(true);
    await box.evaluate((el) => el.scrollTo(el.scrollWidth, 400));
    const container = await box.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right };
    });
    const firstCell = await page.locator('.matrix tbody tr:nth-child(5) th').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right };
    });
    const header = await page
      .locator('.matrix thead th')
      .nth(3)
      .evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right };
      });
    const last = await page
      .locator('.matrix thead th')
      .last()
      .evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right };
      });
    expect(Math.abs(firstCell.left - container.left)).toBeLessThan(2);
    expect(Math.abs(header.top - container.top)).toBeLessThan(2);
    expect(last.right).toBeLessThanOrEqual(container.right + 1);
    const heights = await page.locator('.matrix tbody th').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().height));
    const line =
      parseFloat(
        await page
          .locator('.matrix tbody th a')
          .first()
          .evaluate((a) => getComputedStyle(a).lineHeight),
      ) || 20;
    expect(Math.max(...heights)).toBeLessThan(2 * line + 12);
    await context.close();
  });
});

describe('the matrix with JavaScript', () => {
  it('re-sorts in place to the same order as the pre-rendered page, and the address follows', async () => {
    const rowsOf = (p: import('playwright-core').Page) =>
      p.locator('.matrix tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-case')));
    const { page: ref, context: c1 } = await open(browser, '/matrix/year/', { javaScriptEnabled: false });
    const expected = await rowsOf(ref);
    await c1.close();
    const { page, context } = await open(browser, '/matrix/');
    await page.click('#matrix-orders a[data-order="year"]');
    expect(await rowsOf(page)).toEqual(expected);
    expect(new URL(page.url()).pathname).toBe('/matrix/year/');
    await expect(page.locator('#matrix-orders a[aria-current]').getAttribute('data-order')).resolves.toBe('year');
    await context.close();
  });
});

describe('the timeline', () => {
  it('marks every case and has its table', async () => {
    const { page, context } = await open(browser, '/timeline/', { javaScriptEnabled: false });
    expect(await page.locator('svg.chart a').count()).toBe(cases().length);
    expect(await page.locator('table tbody tr').count()).toBe(cases().length);
    await context.close();
  });

  it('no two labels overlap, every label is inside the chart, and tick labels are at least 12 px', async () => {
    const { page, context } = await open(browser, '/timeline/', { viewport: { width: 1280, height: 900 } });
    const boxes = await page.locator('svg.chart a text').evaluateAll((ts) =>
      ts.map((t) => {
        const r = t.getBoundingClientRect();
        return { x: r.left, y: r.top, w: r.width, h: r.height, label: t.textContent };
      }),
    );
    const svg = await page.locator('svg.chart').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right };
    });
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i],
          b = boxes[j];
        if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) overlaps.push(`${a.label} × ${b.label}`);
      }
    expect(overlaps).toEqual([]);
    for (const b of boxes) expect(b.x + b.w, b.label).toBeLessThanOrEqual(svg.right + 0.5);
    const tickSizes = await page.locator('svg.chart text').evaluateAll((ts) => ts.map((t) => parseFloat(getComputedStyle(t).fontSize)));
    expect(Math.min(...tickSizes)).toBeGreaterThanOrEqual(12);
    await context.close();
  });

  it('shows each position by shape and colour, and names them in a legend', async () => {
    const { page, context } = await open(browser, '/timeline/');
    const marks = await page
      .locator('svg.chart [aria-hidden="true"] path, svg.chart [aria-hidden="true"] circle')
      .evaluateAll((ms) => ms.map((m) => `${m.getAttribute('fill')} ${m.getAttribute('d')?.slice(0, 12) ?? 'circle'}`));
    const positions = new Set(cases().map((c) => c.assessment.position));
    expect(new Set(marks.map((m) => m.split(' ')[0]).filter((f) => f !== 'null')).size).toBe(positions.size);
    expect(await page.locator('.legend li').allTextContents()).toEqual(
      ['Public diplomacy', 'Influence', 'Grey zone', 'Interference', 'Prohibited intervention'].map((x) => ` ${x}`),
    );
    await context.close();
  });
});

describe('comparing cases', () => {
  it('a pre-rendered pair shows both cases’ values without JavaScript', async () => {
    const { page, context } = await open(browser, '/compare/', { javaScriptEnabled: false });
    const href = await page.locator('main ul a[href^="/compare/"]').first().getAttribute('href');
    await page.goto(page.url().replace(/\/compare\/.*$/, href!));
    const heads = await page.locator('.compare thead th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(heads.length).toBeGreaterThanOrEqual(2);
    const first = cases().find((c) => `/cases/${c.id}/` === heads[0])!;
    await expect(page.locator('.compare tbody').first().textContent()).resolves.toBeTruthy();
    const positionRow = await page.locator('.compare tr', { has: page.locator('th', { hasText: /^Position$/ }) }).textContent();
    expect(positionRow).toMatch(new RegExp(first.assessment.position.replace('-', ' '), 'i'));
    await context.close();
  });

  it('the picker compares any three cases and records them in the URL', async () => {
    const [a, b, c] = cases();
    const { page, context } = await open(browser, `/compare/?cases=${a.id},${b.id}`);
    const heads = () => page.locator('#compare-output thead th a').evaluateAll((as) => as.map((x) => x.textContent));
    await expect.poll(heads).toEqual([a.title, b.title]);
    await page.selectOption('#pick-2', c.id);
    await page.click('#compare-form button');
    await expect.poll(heads).toEqual([a.title, b.title, c.title]);
    expect(new URL(page.url()).searchParams.get('cases')).toBe(`${a.id},${b.id},${c.id}`);
    await context.close();
  });
});

describe('attribution at a glance', () => {
  it('every case page opens with its strongest claim or says there is none', async () => {
    for (const c of cases().slice(0, 5)) {
      const { page, context } = await open(browser, `/cases/${c.id}/`, { javaScriptEnabled: false });
      await expect(page.locator('.glance').textContent()).resolves.toMatch(/Strongest claim|No public attribution claim/);
      await context.close();
    }
  });
});
