/**
 * `npm run new -- <collection> "<Title>"`: scaffolds content/<collection>/<slug-of-title>.mdx
 * from src/cli/templates/<collection>.mdx, with every field present and explained.
 * Refuses an unknown collection and never overwrites an existing entry (exit 1).
 * Writes below the current directory (npm runs scripts from the repository root).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLLECTIONS, type CollectionName } from '../schema/vocab.ts';
import { suggest } from '../schema/errors.ts';
import { today } from '../schema/dates.ts';
import { slugify } from '../lib/slugs.ts';
import { renderTemplate } from '../lib/scaffold.ts';

const TEMPLATES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'templates');

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

const [collection, ...titleWords] = process.argv.slice(2);
const title = titleWords.join(' ').trim();
const usage = `usage: npm run new -- <collection> "<Title>"   (collection: ${COLLECTIONS.join(', ')})`;

if (!collection || !title) fail(`${usage}\n  e.g. npm run new -- cases "Moldova 2024 presidential election and referendum"`);
if (!(COLLECTIONS as readonly string[]).includes(collection)) {
  const hint = suggest(collection, COLLECTIONS);
  fail(`unknown collection "${collection}"${hint ? ` — did you mean "${hint}"?` : ''} (expected one of: ${COLLECTIONS.join(', ')})`);
}

const id = slugify(title);
if (!id)
  fail(
    `"${title}" gives no usable file name: write the title with Latin letters or digits (you can change the title inside the file afterwards)`,
  );

const dir = path.join(process.cwd(), 'content', collection);
const file = path.join(dir, `${id}.mdx`);
const shown = path.relative(process.cwd(), file).split(path.sep).join('/');
// An .md file with the same name would give the same id.
for (const existing of [file, path.join(dir, `${id}.md`)])
  if (fs.existsSync(existing))
    fail(`${path.relative(process.cwd(), existing).split(path.sep).join('/')} already exists: edit it, or choose another title`);

const text = renderTemplate(
  fs.readFileSync(path.join(TEMPLATES, `${collection as CollectionName}.mdx`), 'utf8'),
  fs.readFileSync(path.join(TEMPLATES, '_sources.yaml'), 'utf8'),
  { title, today: today() },
);
fs.mkdirSync(dir, { recursive: true });
try {
  fs.writeFileSync(file, text, { flag: 'wx' }); // 'wx': fail rather than overwrite, even in a race
} catch (err) {
  fail(`could not write ${shown}: ${(err as Error).message}`);
}
console.log(shown);
console.log(`  next: fill in every field (the comments say what each one takes), then run: npm run check`);
