/** The cases × norms matrix: cell values and the orders the table can be read in. */
import { caseYears, positionIndex } from './cases.ts';

/** A cell: how a case stands against a norm. */
export type Verdict = 'crossed' | 'contested' | 'not-crossed';

/** The orders the matrix is pre-rendered in. */
export const MATRIX_ORDERS = ['position', 'year', 'region'] as const;
export type MatrixOrder = (typeof MATRIX_ORDERS)[number];

/** The case fields the matrix reads. */
export interface MatrixCase {
  id: string;
  data: {
    title: string;
    region: string;
    elections: { date: string }[];
    period: { start: string };
    assessment: { position: string };
    norms: { norm: { id: string }; verdict: string }[];
  };
}

/** How `c` stands against the norm `normId`. */
export function verdictOf(c: MatrixCase, normId: string): Verdict {
  const v = c.data.norms.find((n) => n.norm.id === normId)?.verdict;
  return v === 'crossed' || v === 'contested' ? v : 'not-crossed';
}

/** Cases sorted for an order: most serious position first, newest first, or by region then year. Ties by title. */
export function orderCases<C extends MatrixCase>(cases: readonly C[], order: MatrixOrder): C[] {
  const year = (c: C) => caseYears(c.data)[0] ?? 0;
  const title = (a: C, b: C) => a.data.title.localeCompare(b.data.title);
  const by: Record<MatrixOrder, (a: C, b: C) => number> = {
    position: (a, b) =>
      positionIndex(b.data.assessment.position) - positionIndex(a.data.assessment.position) || year(b) - year(a) || title(a, b),
    year: (a, b) => year(b) - year(a) || title(a, b),
    region: (a, b) => a.data.region.localeCompare(b.data.region) || year(b) - year(a) || title(a, b),
  };
  return [...cases].sort(by[order]);
}
