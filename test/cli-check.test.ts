/**
 * `npm run check` as editors and CI run it: a command, its output and its exit code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { BAD_ROOT, REPO, VALID_ROOT, writeCorpus } from './helpers.ts';

const CHECK = path.join(REPO, 'src/cli/check.ts');
const runCheck = (root: string) => spawnSync(process.execPath, [CHECK, root], { cwd: REPO, encoding: 'utf8' });
const LINE = /^(content\/[^:]+\.mdx?)(?::(\d+))?: (\S+) — (.+)$/;

describe('node src/cli/check.ts <root>', () => {
  test('on the valid fixture: exit 0, "no errors"', () => {
    const r = runCheck(VALID_ROOT);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^✔ 8 files checked, no errors \(\d+ ms\)\n$/);
  });

  test('on the bad fixture: exit 1, every problem in one run, one line each as path:line: field — message', () => {
    const r = runCheck(BAD_ROOT);
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    const summary = lines.pop();
    expect(summary).toMatch(/^✖ 8 errors, 1 warning\(s\) in 3 files \(\d+ ms\)$/);
    for (const l of lines) expect(l).toMatch(LINE);
    expect(lines).toEqual([
      'content/glossary/misinformation.mdx:4: related.0 — refers to "disinfo", but there is no such entry in glossary (expected a file content/glossary/disinfo.mdx; 1 glossary exist)',
      'content/glossary/misinformation.mdx:6: sources.0 — source "wardle-derakhshan-2017" is listed but never cited (warning)',
      'content/glossary/misinformation.mdx:10: sources.0.url — "http://rm.coe.int/information-disorder-toward-an-interdisciplinary-framework-for-researc/168076277c" must use https:// (use the https address of the source or its archived copy)',
      'content/glossary/misinformation.mdx:11: sources.0.accessed — "2019-13-45" is not a real calendar date (expected YYYY-MM-DD, YYYY-MM or YYYY)',
      'content/glossary/misinformation.mdx:15: lang — not an allowed value (expected one of: en, fr, es, pt, uk; got "english")',
      'content/glossary/misinformation.mdx:18: body — <Cite id="wardle-2017" /> names no source of this entry (expected one of: wardle-derakhshan-2017)',
      'content/glossary/misinformation.mdx:20: body — <script> is not allowed in content',
      'content/norms/empty.mdx:1: (file) — the file is empty',
      'content/tactics/broken-yaml.mdx:3: summary — YAML syntax error: Nested mappings are not allowed in compact mappings',
    ]);
  });

  test('warnings alone do not fail the check', () => {
    const file = 'content/glossary/disinformation.mdx';
    const text = fs.readFileSync(path.join(VALID_ROOT, file), 'utf8').replace(' <Cite id="wardle-derakhshan-2017" />', '');
    const root = writeCorpus([{ path: file, text }]);
    try {
      const r = runCheck(root);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`${file}:6: sources.0 — source "wardle-derakhshan-2017" is listed but never cited (warning)`);
      expect(r.stdout).toMatch(/✔ 1 files checked, no errors, 1 warning\(s\)/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  test('an empty content folder fails (a wrong root must not pass silently)', () => {
    const root = writeCorpus([]);
    try {
      const r = runCheck(root);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('no content found under');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
