/**
 * Source statistics per collection: how much rests on primary sources, how many cited addresses
 * are copies (marked, or not yet marked), how many sources carry no date. Printed by
 * `npm run sources`; the corpus test holds the goals (at least half of the cases' sources
 * primary, no unmarked copy).
 */
import { sourceUrlProblems } from './source-urls.ts';

/** The parts of a source the statistics read. */
export interface StatSource {
  kind: string;
  type: string;
  url: string;
  publisher: string;
  date?: string | undefined;
  copy?: boolean | undefined;
}

/** Counts for one collection. */
export interface SourceStats {
  entries: number;
  sources: number;
  primary: number;
  /** Share of primary sources, 0–100, rounded to one decimal. */
  primaryPercent: number;
  /** Sources marked `copy: true`. */
  markedCopies: number;
  /** Sources whose address the checker refuses as a copy, AMP page, staging server or truncated link. */
  unmarkedCopies: number;
  undated: number;
  byType: Record<string, number>;
}

/** Statistics over the sources of a set of entries. */
export function sourceStats(entries: readonly { sources: readonly StatSource[] }[]): SourceStats {
  const all = entries.flatMap((e) => e.sources);
  const primary = all.filter((s) => s.kind === 'primary').length;
  const byType: Record<string, number> = {};
  for (const s of all) byType[s.type] = (byType[s.type] ?? 0) + 1;
  return {
    entries: entries.length,
    sources: all.length,
    primary,
    primaryPercent: all.length ? Math.round((primary / all.length) * 1000) / 10 : 0,
    markedCopies: all.filter((s) => s.copy === true).length,
    unmarkedCopies: all.filter((s) => sourceUrlProblems(s).length > 0).length,
    undated: all.filter((s) => !s.date).length,
    byType,
  };
}
