/**
 * Fills in a scaffold template (src/cli/templates/<collection>.mdx) for `npm run new`.
 * Pure: the caller reads the template files and writes the result.
 */

/** What goes into a template's markers. */
export interface ScaffoldValues {
  /** The entry's title, as the editor typed it. */
  title: string;
  /** Today's date, YYYY-MM-DD. */
  today: string;
  /** The year put in the example dates; by default the first year named in the title, or this year. */
  year?: string;
}

/** Escapes text for a YAML double-quoted string (every template quotes {{TITLE}}). */
export function yamlQuoted(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n\t]+/g, ' ');
}

/** The first plausible year (1900–2099) in a title: "Chile 1970 presidential election" → "1970". */
export function yearOf(title: string): string | undefined {
  return /\b(19|20)\d{2}\b/.exec(title)?.[0];
}

/**
 * Replaces the markers of a template: {{SOURCES}} by the shared sources block (itself a template),
 * then {{TITLE}}, {{YEAR}} and {{TODAY}}. Every field stays present with its explanatory
 * comment; the example values ("Replace with …", example.org URLs) stay too, so that the
 * checker fails the file until an editor has filled it in.
 */
export function renderTemplate(template: string, sources: string, values: ScaffoldValues): string {
  const thisYear = values.today.slice(0, 4);
  const named = yearOf(values.title);
  const year = values.year ?? (named && named <= thisYear ? named : thisYear);
  const title = yamlQuoted(values.title.trim());
  return template
    .replace(/^\{\{SOURCES\}\}[ \t]*$/m, () => sources.replace(/\s+$/, ''))
    .replaceAll('{{TITLE}}', () => title)
    .replaceAll('{{YEAR}}', () => year)
    .replaceAll('{{TODAY}}', () => values.today);
}
