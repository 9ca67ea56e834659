/**
 * Facets of the cases index: region, country, decade, tactic, attribution status and position.
 * Each facet value gets a pre-rendered listing page, so filtering works with JavaScript off.
 */
import { caseYears, decadeOf } from './cases.ts';

/** The facets, in the order the filter bar shows them. */
export const FACETS = ['region', 'country', 'decade', 'tactic', 'attribution', 'position'] as const;
export type Facet = (typeof FACETS)[number];

/** The case fields facets read. */
export interface FacetCase {
  id: string;
  data: {
    country: string;
    region: string;
    elections: { date: string }[];
    period: { start: string };
    tactics: { id: string }[];
    attribution: { status: string };
    assessment: { position: string };
  };
}

/** The values a case takes for a facet (a case has several decades or tactics). Values are URL-safe. */
export function facetValues(c: FacetCase, facet: Facet): string[] {
  const d = c.data;
  switch (facet) {
    case 'region':
      return [d.region];
    case 'country':
      return [d.country.toLowerCase()];
    case 'decade':
      return [...new Set(caseYears(d).map(decadeOf))];
    case 'tactic':
      return d.tactics.map((t) => t.id);
    case 'attribution':
      return [d.attribution.status];
    case 'position':
      return [d.assessment.position];
  }
}

/** One value of a facet, with the ids of the cases that have it. */
export interface FacetValue {
  facet: Facet;
  value: string;
  caseIds: string[];
}

/** Every value of every facet, with its cases, sorted by facet then value; cases keep input order. */
export function facetIndex(cases: readonly FacetCase[], order: Partial<Record<Facet, readonly string[]>> = {}): FacetValue[] {
  const out: FacetValue[] = [];
  for (const facet of FACETS) {
    const byValue = new Map<string, string[]>();
    for (const c of cases) for (const v of facetValues(c, facet)) byValue.set(v, [...(byValue.get(v) ?? []), c.id]);
    const preferred = order[facet];
    const rank = (v: string) => (preferred ? preferred.indexOf(v) : -1);
    const values = [...byValue.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    for (const value of values) out.push({ facet, value, caseIds: byValue.get(value)! });
  }
  return out;
}
