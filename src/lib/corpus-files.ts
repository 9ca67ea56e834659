/**
 * Reads the content folder from disk for the checker, the exports and the tests.
 * (The only module in src/lib that touches the file system; everything else is pure.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentFile } from './check.ts';

/** Every file below `<root>/content`, as paths relative to root, sorted. Skips dotfiles and README files. */
export function readContentFiles(root: string, folder = 'content'): ContentFile[] {
  const base = path.join(root, folder);
  if (!fs.existsSync(base)) return [];
  return fs
    .readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.startsWith('.') && !/^readme\.md$/i.test(d.name))
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort()
    .map((p) => ({ path: p, text: fs.readFileSync(path.join(root, p), 'utf8') }));
}

/** The repository this checker belongs to. */
const OWN_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Names of the components MDX content may use: the files in `<root>/src/components/content/`,
 * or the casebook's own when `root` is a bare content folder (a fixture, another checkout's content).
 */
export function contentComponents(root: string): string[] {
  for (const base of [root, OWN_ROOT]) {
    const dir = path.join(base, 'src/components/content');
    if (fs.existsSync(dir))
      return fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.astro'))
        .map((f) => f.replace(/\.astro$/, ''))
        .sort();
  }
  return [];
}
