/**
 * Shared test helpers: the valid fixture corpus, small edits of it, and the checker run on them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCorpus, type ContentFile } from '../src/lib/check.ts';
import { contentComponents, readContentFiles } from '../src/lib/corpus-files.ts';
import type { Problem } from '../src/lib/problems.ts';

export const REPO = fileURLToPath(new URL('..', import.meta.url));
export const VALID_ROOT = path.join(REPO, 'test/fixtures/valid');
export const BAD_ROOT = path.join(REPO, 'test/fixtures/bad');
export const COMPONENTS = contentComponents(REPO);

/** Paths of the valid fixture's entries, one per collection. */
export const VALID = {
  case: 'content/cases/united-states-2016.mdx',
  framework: 'content/frameworks/icj-nicaragua-1986.mdx',
  commitment: 'content/commitments/paris-call.mdx',
  tactic: 'content/tactics/hack-and-leak.mdx',
  norm: 'content/norms/no-covert-hack-and-leak.mdx',
  briefing: 'content/briefings/red-line-roundtable.mdx',
  term: 'content/glossary/disinformation.mdx',
} as const;

/** The valid corpus, read once. */
export const validFiles: readonly ContentFile[] = readContentFiles(VALID_ROOT);

/** The text of one valid fixture file. */
export function validText(file: string): string {
  const f = validFiles.find((x) => x.path === file);
  if (!f) throw new Error(`no fixture ${file}`);
  return f.text;
}

/** Replaces `from` by `to` once, failing loudly if `from` is not there (so an edit can never be a silent no-op). */
export function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`edit did not apply: ${String(from)}`);
  return out;
}

/** A copy of the valid corpus with one file's text edited. */
export function variant(file: string, edit: (text: string) => string): ContentFile[] {
  validText(file);
  return validFiles.map((f) => (f.path === file ? { ...f, text: edit(f.text) } : f));
}

/** A copy of the valid corpus with extra files added. */
export function withFiles(...extra: ContentFile[]): ContentFile[] {
  return [...validFiles, ...extra];
}

/** Runs the checker on files as if they lived under the valid fixture's root. */
export function check(files: readonly ContentFile[], root = VALID_ROOT) {
  return checkCorpus(files, { root, components: COMPONENTS });
}

/** The errors (not warnings) the checker finds. */
export function errorsOf(files: readonly ContentFile[]): Problem[] {
  return check(files).problems.filter((p) => p.severity === 'error');
}

/** The 1-based line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not found`);
  return i + 1;
}

/** Writes files under a fresh temporary root and returns it. */
export function writeCorpus(files: readonly ContentFile[], prefix = 'casebook-'): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(root, f.path)), { recursive: true });
    fs.writeFileSync(path.join(root, f.path), f.text);
  }
  return root;
}
