/**
 * `npm run schema`: writes the JSON Schema of every collection's frontmatter to schema/<name>.json
 * at the repository root (for editors' YAML tooling; the site publishes the same at /schema/).
 * `npm run schema -- --check` only compares, and exits 1 if the files are out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemas } from '../lib/json-schema.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = path.join(root, 'schema');
const checkOnly = process.argv.includes('--check');
const stale: string[] = [];

fs.mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  const file = path.join(dir, `${name}.json`);
  const text = JSON.stringify(schema, null, 2) + '\n';
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (current === text) continue;
  stale.push(path.relative(root, file));
  if (!checkOnly) fs.writeFileSync(file, text);
}
if (checkOnly && stale.length) {
  console.error(`✖ out of date: ${stale.join(', ')} (run npm run schema)`);
  process.exitCode = 1;
} else console.log(stale.length ? `wrote ${stale.join(', ')}` : 'schema/ is up to date');
