/**
 * Derived facts about a case that pages, facets, charts and exports share: its years, its
 * decade, its strongest attribution claim.
 */
import { ATTRIBUTION_STATUSES, CLAIM_KINDS, POSITIONS, type Position } from '../schema/vocab.ts';
import { yearOf } from './dates-format.ts';

/** The fields of a case these helpers read. */
export interface CaseLike {
  title: string;
  country: string;
  region: string;
  elections: { date: string; name: string; type: string }[];
  period: { start: string; end?: string | undefined };
  tactics: { id: string }[];
  attribution: { status: string; claims: ClaimLike[] };
  assessment: { position: string };
}

/** The fields of an attribution claim these helpers read. */
export interface ClaimLike {
  by: string;
  kind: string;
  date: string;
  against: string;
  evidence: string;
  source: string;
  disputedBy: { by: string }[];
}

/** The election years of a case, ascending and unique; the year its activity began when it names no election. */
export function caseYears(c: { elections: readonly { date: string }[]; period: { start: string } }): number[] {
  if (c.elections.length === 0) return [yearOf(c.period.start)];
  return [...new Set(c.elections.map((e) => yearOf(e.date)))].sort((a, b) => a - b);
}

/** The date a case is filed under: its first election's, or the start of its activity. */
export const caseDate = (c: { elections: readonly { date: string }[]; period: { start: string } }): string =>
  c.elections[0]?.date ?? c.period.start;

/** The year a case is filed under: its first election's, or the start of its activity. */
export const primaryYear = (c: { elections: readonly { date: string }[]; period: { start: string } }): number => caseYears(c)[0];

/** The decade label of a year: 1964 → "1960s". */
export const decadeOf = (year: number): string => `${Math.floor(year / 10) * 10}s`;

/** Position on the spectrum as a number, 0 (public diplomacy) to 4 (prohibited intervention). */
export const positionIndex = (p: string): number => POSITIONS.indexOf(p as Position);

// Judicial findings weigh most, then technical evidence, then political statements; a party's
// own admission is strongest of all. Undisputed beats disputed at the same weight.
const CLAIM_WEIGHT: Record<(typeof CLAIM_KINDS)[number], number> = { self: 4, judicial: 3, technical: 2, political: 1 };

/**
 * The strongest attribution claim of a case, for the "attribution at a glance" line:
 * by kind of evidence, then undisputed before disputed, then the most recent.
 */
export function strongestClaim<C extends ClaimLike>(claims: readonly C[]): C | undefined {
  return [...claims].sort(
    (a, b) =>
      (CLAIM_WEIGHT[b.kind as keyof typeof CLAIM_WEIGHT] ?? 0) - (CLAIM_WEIGHT[a.kind as keyof typeof CLAIM_WEIGHT] ?? 0) ||
      a.disputedBy.length - b.disputedBy.length ||
      b.date.localeCompare(a.date),
  )[0];
}

/** Rank of an attribution status, 0 = acknowledged (strongest). */
export const attributionRank = (s: string): number => ATTRIBUTION_STATUSES.indexOf(s as (typeof ATTRIBUTION_STATUSES)[number]);
