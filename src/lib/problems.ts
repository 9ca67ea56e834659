/**
 * A problem found in a content file, and how the checker prints it:
 * `path:line: field — what is wrong (expected …, got …)`.
 */

/** One problem in one file. `line` is 1-based; `field` is a dotted path such as `sources.2.url`. */
export interface Problem {
  file: string;
  line?: number;
  field?: string;
  message: string;
  /** Warnings are printed but do not fail the check. */
  severity: 'error' | 'warning';
}

/** Formats a problem as one line an editor can jump to from a terminal. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const tag = p.severity === 'warning' ? ' (warning)' : '';
  return `${where}: ${p.field ?? '(file)'} — ${p.message}${tag}`;
}

/** Joins a zod issue path into the dotted field name editors see: `attribution.claims.0.date`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(frontmatter)';
}

/** Sorts problems by file, then line, so output reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
