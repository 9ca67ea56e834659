/**
 * Charts rendered to static SVG at build time with Observable Plot (on a linkedom document),
 * so they need no script, carry links and labels, and print. Every chart is followed on its page
 * by a table of the same data.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { POSITIONS, POSITION_LABELS } from '../schema/vocab.ts';
import { t } from '../i18n/index.ts';

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
export function spectrumLayout<C extends ChartCase>(cases: readonly C[]): (C & { band: string; row: number })[] {
  const rows = new Map<string, number>();
  return cases.map((c) => {
    const band = POSITION_LABELS[c.position as keyof typeof POSITION_LABELS] ?? c.position;
    const row = rows.get(band) ?? 0;
    rows.set(band, row + 1);
    return { ...c, band, row };
  });
}

/** The spectrum: every case as a labelled, linked mark in its band, from public diplomacy to prohibited intervention. */
export function spectrumSvg(cases: readonly ChartCase[]): string {
  const data = spectrumLayout(cases);
  const depth = Math.max(1, ...data.map((d) => d.row + 1));
  const bands = POSITIONS.map((p) => POSITION_LABELS[p]);
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
    marks: [
      Plot.cell(bands, { x: (b: string) => b, fill: (b: string) => `var(--band${bands.indexOf(b)})`, inset: 1 }),
      // The label is the link (a bigger target than the dot); the dot is decoration.
      Plot.dot(data, { x: 'band', y: 'row', dx: -70, r: 4.5, fill: 'currentColor', ariaHidden: 'true' }),
      Plot.text(data, { x: 'band', y: 'row', dx: -62, text: 'label', textAnchor: 'start', fontSize: 12, href: 'href', title: 'title', ariaLabel: (d: ChartCase & { band: string }) => `${d.label}: ${d.title} (${d.band})` }),
    ],
  });
  return finish(svg as unknown as Element, `Spectrum of ${cases.length} cases from public diplomacy to prohibited intervention; the table below gives the same data.`);
}

/** The timeline: cases by year (x) and region (rows), each linked to its page. */
export function timelineSvg(cases: readonly ChartCase[], regionLabels: Record<string, string>): string {
  const regions = [...new Set(cases.map((c) => c.region))].sort();
  const years = cases.map((c) => c.year);
  const lo = Math.floor(Math.min(...years) / 10) * 10;
  const hi = Math.ceil((Math.max(...years) + 1) / 10) * 10;
  const svg = Plot.plot({
    document: document(),
    width: 960,
    height: 60 + regions.length * 90,
    marginLeft: 110,
    marginRight: 20,
    x: { domain: [lo, hi], label: t('chart.electionYear'), tickFormat: 'd', grid: true },
    y: { domain: regions, label: null, tickFormat: (r: string) => regionLabels[r] ?? r },
    marks: [
      Plot.dot(cases, { x: 'year', y: 'region', r: 5, fill: 'currentColor', ariaHidden: 'true' }),
      Plot.text(cases, { x: 'year', y: 'region', text: 'label', dy: -12, fontSize: 10, href: 'href', title: 'title', ariaLabel: (d: ChartCase) => `${d.label}: ${d.title}` }),
    ],
  });
  return finish(svg as unknown as Element, `Timeline of ${cases.length} cases by election year and region; the table below gives the same data.`);
}
