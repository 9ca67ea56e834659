/**
 * Template text left in an entry. The scaffold templates (src/cli/templates/) mark every value an
 * editor must replace in one of four ways, and the checker reports every one still present, at its
 * line, in one run: text containing "TODO", a date written "YYYY-MM-DD", the country "XX", and the
 * id "todo" (of a source, a case, or an entry link such as "cases/todo"). Found in the raw
 * frontmatter, so a placeholder is reported even where the schema fails on something else in the file.
 */

/** True when a frontmatter value is still the template's placeholder. */
export function isPlaceholder(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    (/\bTODO\b/.test(value) || /^YYYY\b/.test(value) || value === 'XX' || /^(?:[a-z]+\/)?todo$/.test(value) || /\{\{[A-Z]+\}\}/.test(value))
  );
}

/** Paths of every placeholder value in a frontmatter tree, in document order. */
export function placeholderPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (isPlaceholder(value)) return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholderPaths(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => placeholderPaths(v, [...path, k]));
  return [];
}

/** 1-based file lines of the body that still hold template text ("TODO …", `<Cite id="todo" />`, `{{MARKER}}`). */
export function placeholderLines(body: string, firstLine: number): number[] {
  return body
    .split('\n')
    .map((line, i) => (/\bTODO\b|id="todo"|\{\{[A-Z]+\}\}|https:\/\/example\.org\//.test(line) ? firstLine + i : -1))
    .filter((n) => n > 0);
}
