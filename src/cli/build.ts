/**
 * `npm run build`: checks the content, builds the site and then its search index into a staging
 * folder, and only then swaps it into place, so a failed check or build leaves the previous
 * good `dist/` untouched and says why.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { indexSite } from '../integrations/pagefind.ts';

const root = process.cwd();
const contentRoot = process.env.CASEBOOK_CONTENT ? path.resolve(path.dirname(process.env.CASEBOOK_CONTENT)) : root;
const contentFolder = process.env.CASEBOOK_CONTENT ? path.basename(process.env.CASEBOOK_CONTENT) : 'content';
const out = path.resolve(process.env.CASEBOOK_DIST ?? 'dist');
const staging = `${out}.staging`;
const fail = (why: string): never => {
  fs.rmSync(staging, { recursive: true, force: true });
  console.error(
    `\n✖ build failed: ${why}\n  ${fs.existsSync(out) ? `the previous site in ${path.relative(root, out)}/ is untouched` : 'no site was written'}`,
  );
  process.exit(1);
};

// Each step runs in its own process, so that peak memory is the largest step's, not their sum.

// 1. The content check (Astro alone would let broken references and impossible dates through).
const check = spawnSync(process.execPath, [path.join(root, 'src/cli/check.ts'), contentRoot, contentFolder], { stdio: 'inherit' });
if (check.status !== 0) fail('the content has errors (listed above); fix them and build again');

// 2. The site, into the staging folder.
fs.rmSync(staging, { recursive: true, force: true });
const astro = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_OUT_DIR: staging },
});
if (astro.status !== 0) fail(`astro build exited with ${astro.status ?? astro.signal}`);
if (!fs.existsSync(path.join(staging, 'index.html'))) fail('the staged site has no home page');

// 3. The search index, once Astro has exited.
try {
  console.log(`✔ search index: ${await indexSite(staging)} HTML files read`);
} catch (err) {
  fail(`the search index could not be built: ${(err as Error).message}`);
}

// 4. Swap: the old site is removed only once the new one is complete.
const old = `${out}.old`;
fs.rmSync(old, { recursive: true, force: true });
if (fs.existsSync(out)) fs.renameSync(out, old);
fs.renameSync(staging, out);
fs.rmSync(old, { recursive: true, force: true });
console.log(`✔ site written to ${path.relative(root, out) || '.'}/`);
