/**
 * What a pre-brief derives from the casebook: the placement table of its deep-dive cases (chosen by
 * the brief's focus countries and regions) and its reading time. Pure, so the table a participant
 * prints is tested against the cases' own data.
 */
import { caseYears, strongestClaim, type ClaimLike } from './cases.ts';

/** The case fields a placement row reads. */
export interface PlacementCase {
  id: string;
  data: {
    country: string;
    region: string;
    elections: { date: string }[];
    period: { start: string };
    origin: string;
    attribution: { status: string; claims: ClaimLike[] };
    assessment: { position: string };
    norms: { norm: { id: string }; verdict: string }[];
  };
}

/** One row of the placement table. */
export interface PlacementRow<C extends PlacementCase = PlacementCase> {
  case: C;
  years: number[];
  /** Who made the strongest attribution claim, if any. */
  claimBy?: string | undefined;
  /** Ids of the norms the case is judged to cross, then those it arguably crosses. */
  crossed: string[];
  contested: string[];
}

/** The brief's focus: cases whose targeted country or region is listed. */
export interface Focus {
  countries: readonly string[];
  regions: readonly string[];
}

/** The deep-dive cases of a brief, by country (in the order the focus lists countries, then regions) and then by year. */
export function placementRows<C extends PlacementCase>(cases: readonly C[], focus: Focus): PlacementRow<C>[] {
  const rank = (c: C) => {
    const i = focus.countries.indexOf(c.data.country);
    return i >= 0 ? i : focus.countries.length + Math.max(0, focus.regions.indexOf(c.data.region));
  };
  return cases
    .filter((c) => focus.countries.includes(c.data.country) || focus.regions.includes(c.data.region))
    .map((c) => ({
      case: c,
      years: caseYears(c.data),
      claimBy: strongestClaim(c.data.attribution.claims)?.by,
      crossed: c.data.norms.filter((n) => n.verdict === 'crossed').map((n) => n.norm.id),
      contested: c.data.norms.filter((n) => n.verdict === 'contested').map((n) => n.norm.id),
    }))
    .sort((a, b) => rank(a.case) - rank(b.case) || a.case.data.country.localeCompare(b.case.data.country) || a.years[0] - b.years[0]);
}

/** Minutes to read a text at 230 words a minute (adult silent reading of non-fiction), at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}
