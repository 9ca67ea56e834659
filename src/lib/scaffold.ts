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
}

/** Escapes text for a YAML double-quoted string (every template quotes {{TITLE}}). */
export function yamlQuoted(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n\t]+/g, ' ');
}

/**
 * Replaces the markers of a template: {{SOURCES}} by the shared sources block (itself a template),
 * then {{TITLE}} and {{TODAY}}. Every field stays present with its explanatory comment; the
 * placeholders ("TODO …", "YYYY-MM-DD", "XX", the source id "todo") stay too, so that the checker
 * reports each one until an editor has filled it in (src/lib/placeholders.ts).
 */
export function renderTemplate(template: string, sources: string, values: ScaffoldValues): string {
  const title = yamlQuoted(values.title.trim());
  return template
    .replace(/^\{\{SOURCES\}\}[ \t]*$/m, () => sources.replace(/\s+$/, ''))
    .replaceAll('{{TITLE}}', () => title)
    .replaceAll('{{TODAY}}', () => values.today);
}
