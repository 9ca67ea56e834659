/**
 * Reads an MDX body with Sätteri (the same parser Astro 7 uses to render it) and reports what
 * the checker needs: citations, word counts, uncited paragraphs, and anything unsafe.
 */
import { mdxToMdast } from 'satteri';
import path from 'node:path';

/** One `<Cite id="…" />` in a body. */
export interface BodyCite {
  id: string;
  line: number;
}

/** A problem in a body, with the line in the file. */
export interface BodyProblem {
  line: number;
  message: string;
}

/** What the checker learns from a body. */
export interface BodyReport {
  cites: BodyCite[];
  problems: BodyProblem[];
  words: number;
  /** Lines of paragraphs of 12 words or more that carry no citation. */
  uncitedParagraphs: number[];
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/** Options: where the file lives (to resolve imports) and which components it may use. */
export interface BodyOptions {
  file: string;
  root: string;
  components: readonly string[];
}

const ALLOWED_IMPORT_DIR = 'src/components/content';
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

const textOf = (n: Node): string => (n.type === 'text' ? (n.value ?? '') : (n.children ?? []).map(textOf).join(' '));
const contains = (n: Node, pred: (n: Node) => boolean): boolean => pred(n) || (n.children ?? []).some((c) => contains(c, pred));
const isCite = (n: Node) => (n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') && n.name === 'Cite';

/** Analyses a body. `bodyLine` is the file line on which the body starts. Never throws. */
export function analyseBody(body: string, bodyLine: number, opts: BodyOptions): BodyReport {
  const report: BodyReport = { cites: [], problems: [], words: 0, uncitedParagraphs: [] };
  const at = (n: Node) => (n.position?.start.line ?? 1) + bodyLine - 1;
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (err) {
    const msg = String((err as Error).message);
    const m = /^(\d+):(\d+): (.*)$/s.exec(msg);
    report.problems.push({ line: m ? Number(m[1]) + bodyLine - 1 : bodyLine, message: `MDX syntax error: ${m ? m[3] : msg}` });
    return report;
  }

  const visit = (n: Node) => {
    switch (n.type) {
      case 'mdxjsEsm':
        checkEsm(n.value ?? '', at(n), opts, report.problems);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report.problems.push({
          line: at(n),
          message: 'curly-brace expressions are not allowed in content (write the text out; use &#123; for a literal brace)',
        });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(n, at(n), opts, report);
        break;
      case 'link':
      case 'definition':
      case 'image':
        if (/^\s*(javascript|vbscript|data):/i.test(n.url ?? ''))
          report.problems.push({
            line: at(n),
            message: `unsafe link target "${n.url}" (javascript:, vbscript: and data: URLs are not allowed)`,
          });
        break;
      case 'paragraph': {
        const words = textOf(n).match(WORD)?.length ?? 0;
        if (words >= 12 && !contains(n, isCite)) report.uncitedParagraphs.push(at(n));
        break;
      }
      case 'html':
        if (/<script/i.test(n.value ?? '')) report.problems.push({ line: at(n), message: '<script> is not allowed in content' });
        break;
    }
    if (n.type === 'text') report.words += n.value?.match(WORD)?.length ?? 0;
    n.children?.forEach(visit);
  };
  visit(tree);
  return report;
}

function checkEsm(code: string, line: number, opts: BodyOptions, problems: BodyProblem[]) {
  for (const stmt of code.split(/\n(?=\s*(?:import|export)\b)/)) {
    const s = stmt.trim();
    if (!s) continue;
    if (s.startsWith('export')) {
      problems.push({ line, message: 'export statements are not allowed in content' });
      continue;
    }
    const spec = /from\s+['"]([^'"]+)['"]/.exec(s)?.[1] ?? /^import\s+['"]([^'"]+)['"]/.exec(s)?.[1];
    const resolved = spec && spec.startsWith('.') ? path.relative(opts.root, path.resolve(path.dirname(opts.file), spec)) : undefined;
    if (
      !resolved ||
      !resolved
        .split(path.sep)
        .join('/')
        .startsWith(ALLOWED_IMPORT_DIR + '/')
    )
      problems.push({
        line,
        message: `import from "${spec ?? s}" is not allowed (content may only import from ${ALLOWED_IMPORT_DIR}/, and needs no import for <Cite />)`,
      });
  }
}

function checkElement(n: Node, line: number, opts: BodyOptions, report: BodyReport) {
  const name = n.name ?? '';
  if (name.toLowerCase() === 'script') report.problems.push({ line, message: '<script> is not allowed in content' });
  else if (/^[A-Z]/.test(name) && !opts.components.includes(name))
    report.problems.push({ line, message: `unknown component <${name}> (available: ${opts.components.join(', ')})` });
  for (const a of n.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute') {
      report.problems.push({ line, message: `<${name}> has a spread or expression attribute, which is not allowed in content` });
      continue;
    }
    if (/^on/i.test(a.name ?? '')) report.problems.push({ line, message: `inline event handler "${a.name}" on <${name}> is not allowed` });
    if (typeof a.value === 'string' && /^\s*(javascript|vbscript):/i.test(a.value))
      report.problems.push({ line, message: `unsafe URL "${a.value}" in <${name} ${a.name}> (javascript: is not allowed)` });
    else if (a.value !== null && a.value !== undefined && typeof a.value !== 'string')
      report.problems.push({ line, message: `<${name} ${a.name}={…}> uses an expression; write the value as a quoted string` });
  }
  if (name === 'Cite') {
    const id = n.attributes?.find((a) => a.name === 'id')?.value;
    if (typeof id === 'string' && id) report.cites.push({ id, line });
    else report.problems.push({ line, message: '<Cite> needs an id, e.g. <Cite id="osce-2014" />' });
  }
}
