/** Chart data for the spectrum and timeline, from the loaded casebook. */
import { countryName } from '../schema/countries.ts';
import { caseYears } from '../lib/cases.ts';
import { yearSpan } from '../lib/dates-format.ts';
import type { ChartCase } from '../lib/charts.ts';
import { hrefOf, type Case } from './casebook.ts';

/** Cases as chart marks: short label "Country years", link, position, year, region. */
export function chartCases(cases: readonly Case[]): ChartCase[] {
  return cases.map((c) => ({
    id: c.id,
    href: hrefOf(c),
    label: `${countryName(c.data.country)} ${yearSpan(caseYears(c.data))}`,
    title: c.data.title,
    position: c.data.assessment.position,
    year: caseYears(c.data)[0]!,
    region: c.data.region,
  }));
}
