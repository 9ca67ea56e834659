/**
 * `npm run check [-- <root> [<content folder>]]`: validates all content without building the site and prints every
 * problem as `path:line: field — message`. Exits 1 if there is any error.
 */
import path from 'node:path';
import { checkCorpus } from '../lib/check.ts';
import { contentComponents, readContentFiles } from '../lib/corpus-files.ts';
import { formatProblem } from '../lib/problems.ts';

const started = performance.now();
const root = path.resolve(process.argv[2] ?? '.');
const files = readContentFiles(root, process.argv[3] ?? 'content');
const result = checkCorpus(files, { root, components: contentComponents(root) });

for (const p of result.problems) console.log(formatProblem(p));
const errors = result.problems.filter((p) => p.severity === 'error').length;
const warnings = result.problems.length - errors;
const ms = Math.round(performance.now() - started);
if (files.length === 0) console.log(`✖ no content found under ${path.join(root, process.argv[3] ?? 'content')}`);
else
  console.log(
    errors
      ? `✖ ${errors} error${errors === 1 ? '' : 's'}${warnings ? `, ${warnings} warning(s)` : ''} in ${files.length} files (${ms} ms)`
      : `✔ ${files.length} files checked, no errors${warnings ? `, ${warnings} warning(s)` : ''} (${ms} ms)`,
  );
process.exitCode = errors || files.length === 0 ? 1 : 0;
