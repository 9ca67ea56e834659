/** Chart data for the spectrum and timeline, from the casebook as a page's language shows it. */
import { caseYears } from '../lib/cases.ts';
import type { ChartCase } from '../lib/charts.ts';
import type { Translator } from '../i18n/index.ts';
import type { Linker } from '../lib/urls.ts';
import { shortLabel } from './entry-view.ts';
import type { Localized } from './casebook.ts';

/** Cases as chart marks: short label "Country years", link, position, year, region. */
export function chartCases(cases: readonly Localized<'cases'>[], t: Translator, link: Linker): ChartCase[] {
  return cases.map((c) => ({
    id: c.id,
    href: link.entry(c),
    label: shortLabel(c, t),
    title: c.data.title,
    position: c.data.assessment.position,
    year: caseYears(c.data)[0],
    region: c.data.region,
  }));
}
