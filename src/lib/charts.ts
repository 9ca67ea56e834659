/**
 * Charts rendered to static SVG at build time with Observable Plot (on a linkedom document),
 * so they need no script, carry links and labels, and print. Every chart is followed on its page
 * by a table of the same data. Words come from the caller's translator.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { POSITIONS } from '../schema/vocab.ts';
import type { Translator } from '../i18n/index.ts';

/** One case as the charts need it. */
export interface ChartCase {
  id: string;
  href: string;
  /** Short label, e.g. "Ukraine 2014". */
  label: string;
  /** Full title, for the accessible name and tooltip. */
  title: string;
  position: string;
  year: number;
  region: string;
}

const document = () => parseHTML('<!doctype html><html><body></body></html>').document;

/** Mark shapes by position on the spectrum, so position never rests on colour alone. */
export const POSITION_SYMBOLS = ['circle', 'square', 'diamond', 'triangle', 'cross'] as const;

/**
 * Plot adds a <style> element to each SVG; a strict Content-Security-Policy would block it, so
 * it is removed and the same rules live in the site's stylesheet (`svg.chart`).
 */
function finish(svg: Element, label: string): string {
  svg.querySelectorAll('style').forEach((s) => s.remove());
  // Plot labels its groups ("dot", "x-axis tick") with aria-label, which is not allowed on <g>
  // without a role, and sets presentation attributes the HTML checker rejects.
  svg.querySelectorAll('g[aria-label]').forEach((g) => g.removeAttribute('aria-label'));
  svg.querySelectorAll('[font-variant]').forEach((e) => e.removeAttribute('font-variant'));
  // A link's accessible name belongs on the link, not on the shape inside it.
  svg.querySelectorAll('a').forEach((a) => {
    const named = a.querySelector('[aria-label]');
    if (named) {
      a.setAttribute('aria-label', named.getAttribute('aria-label')!);
      named.removeAttribute('aria-label');
    }
  });
  // role="group", not "img": the chart contains links, which an image role would hide.
  svg.setAttribute('class', 'chart');
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', label);
  return svg.outerHTML;
}

/** Cases stacked within each band of the spectrum, in the given order (one row per case in its band). */
export function spectrumLayout<C extends ChartCase>(cases: readonly C[]): (C & { row: number })[] {
  const rows = new Map<string, number>();
  return cases.map((c) => {
    const row = rows.get(c.position) ?? 0;
    rows.set(c.position, row + 1);
    return { ...c, row };
  });
}

/** The spectrum: every case as a labelled, linked mark in its band, from public diplomacy to prohibited intervention. */
export function spectrumSvg(cases: readonly ChartCase[], t: Translator): string {
  const data = spectrumLayout(cases).map((d) => ({ ...d, band: t.label('position', d.position) }));
  const depth = Math.max(1, ...data.map((d) => d.row + 1));
  const bands = POSITIONS.map((p) => t.label('position', p));
  const svg = Plot.plot({
    document: document(),
    width: 960,
    height: 70 + depth * 26,
    marginTop: 30,
    marginBottom: 10,
    marginLeft: 10,
    marginRight: 10,
    x: { domain: bands, axis: 'top', label: null, padding: 0, tickSize: 0 },
    y: { domain: Array.from({ length: depth }, (_, i) => i), axis: null, padding: 0.1 },
    symbol: { domain: POSITIONS, range: POSITION_SYMBOLS },
    marks: [
      Plot.cell(bands, { x: (b: string) => b, fill: (b: string) => `var(--band${bands.indexOf(b)})`, inset: 1 }),
      // The label is the link (a bigger target than the mark); the mark is decoration.
      Plot.dot(data, { x: 'band', y: 'row', dx: -70, r: 4.5, symbol: 'position', fill: 'currentColor', ariaHidden: 'true' }),
      Plot.text(data, {
        x: 'band',
        y: 'row',
        dx: -62,
        text: 'label',
        textAnchor: 'start',
        fontSize: 12,
        href: 'href',
        title: 'title',
        ariaLabel: (d: ChartCase & { band: string }) => `${d.label}: ${d.title} (${d.band})`,
      }),
    ],
  });
  return finish(svg, t('chart.spectrumLabel', { n: cases.length }));
}

/** A case placed on the timeline: its lane within its region's row, so no two labels overlap. */
export interface Placed extends ChartCase {
  lane: number;
}

/** The width a label takes at `fontSize` px, estimated from its length (a build has no font metrics). */
export const labelWidth = (label: string, fontSize: number): number => label.length * fontSize * 0.58 + 14;

/**
 * Lane layout: within each region, cases are taken by year and each goes into the first lane
 * where its mark and label (from its x to x + label width) do not overlap the previous one's.
 * `x` maps a year to pixels.
 */
export function laneLayout<C extends ChartCase>(
  cases: readonly C[],
  x: (year: number) => number,
  fontSize: number,
): (C & { lane: number })[] {
  const out: (C & { lane: number })[] = [];
  const ends = new Map<string, number[]>();
  for (const c of [...cases].sort((a, b) => a.year - b.year || a.label.localeCompare(b.label))) {
    const lanes = ends.get(c.region) ?? [];
    const start = x(c.year) - 6;
    let lane = lanes.findIndex((end) => end <= start);
    if (lane === -1) lane = lanes.length;
    lanes[lane] = start + labelWidth(c.label, fontSize) + 6;
    ends.set(c.region, lanes);
    out.push({ ...c, lane });
  }
  return out;
}

/**
 * The timeline: cases by year (x) and region (rows); within a region, each case on its own lane
 * when labels would collide. Shape and colour say the position on the spectrum, with a legend in words.
 */
export function timelineSvg(cases: readonly ChartCase[], t: Translator): string {
  const fontSize = 12;
  const width = 960;
  const marginLeft = 130;
  // Room on the right for the longest label of the latest decade, so no label is cut off.
  const marginRight = Math.max(20, ...cases.map((c) => labelWidth(c.label, fontSize) - 40));
  const years = cases.map((c) => c.year);
  const lo = Math.floor(Math.min(...years) / 10) * 10;
  const hi = Math.ceil((Math.max(...years) + 1) / 10) * 10;
  const x = (y: number) => marginLeft + ((y - lo) / (hi - lo)) * (width - marginLeft - marginRight);
  const placed = laneLayout(cases, x, fontSize);
  const regions = [...new Set(cases.map((c) => c.region))].sort();
  const lanesOf = new Map(regions.map((r) => [r, Math.max(...placed.filter((p) => p.region === r).map((p) => p.lane)) + 1]));
  // Each region gets a band of rows; y counts lanes from the top, so a region's row sits on its lane 0.
  const offset = new Map<string, number>();
  let total = 0;
  for (const r of regions) {
    offset.set(r, total);
    total += lanesOf.get(r)!;
  }
  const laneHeight = 22;
  const rows = placed.map((p) => ({
    ...p,
    y: offset.get(p.region)! + p.lane,
    regionLabel: t.label('region', p.region),
    positionLabel: t.label('position', p.position),
  }));
  const svg = Plot.plot({
    document: document(),
    width,
    height: 70 + total * laneHeight,
    marginLeft,
    marginRight,
    marginTop: 20,
    marginBottom: 40,
    x: { domain: [lo, hi], label: t('chart.electionYear'), tickFormat: 'd', grid: true, labelAnchor: 'right' },
    y: { domain: Array.from({ length: total }, (_, i) => i), axis: null, padding: 0 },
    symbol: { domain: POSITIONS, range: POSITION_SYMBOLS },
    color: { domain: POSITIONS, range: POSITIONS.map((_, i) => `var(--pos${i})`) },
    marks: [
      // Region names at the first lane of each region, and a rule between regions.
      Plot.text(regions, {
        x: lo,
        y: (r: string) => offset.get(r)!,
        text: (r: string) => t.label('region', r),
        textAnchor: 'end',
        dx: -14,
        fontWeight: 600,
      }),
      Plot.ruleY(regions.slice(1), { y: (r: string) => offset.get(r)! - 0.5, stroke: 'currentColor', strokeOpacity: 0.25 }),
      Plot.dot(rows, {
        x: 'year',
        y: 'y',
        r: 5,
        symbol: 'position',
        fill: 'position',
        stroke: 'currentColor',
        strokeWidth: 0.75,
        ariaHidden: 'true',
      }),
      Plot.text(rows, {
        x: 'year',
        y: 'y',
        dx: 9,
        text: 'label',
        textAnchor: 'start',
        href: 'href',
        title: 'title',
        ariaLabel: (d: (typeof rows)[number]) => `${d.label}: ${d.title} (${d.regionLabel}; ${d.positionLabel})`,
      }),
    ],
  });
  return finish(svg, t('chart.timelineLabel', { n: cases.length }));
}
