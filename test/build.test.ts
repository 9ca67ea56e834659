/** `npm run build` is atomic: a failed check leaves the previous site untouched and says why. */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

describe('a build whose content check fails', () => {
  it('exits 1, lists the problems, and leaves the previous dist/ exactly as it was', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-dist-'));
    fs.writeFileSync(path.join(out, 'index.html'), '<p>previous good site</p>');
    const run = spawnSync(process.execPath, ['src/cli/build.ts'], {
      encoding: 'utf8',
      env: { ...process.env, CASEBOOK_CONTENT: 'test/fixtures/bad/content', CASEBOOK_DIST: out },
    });
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/content\/\S+:\d+: \S+ — /);
    expect(run.stderr).toContain('build failed: the content has errors');
    expect(run.stderr).toContain('is untouched');
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('<p>previous good site</p>');
    expect(fs.existsSync(`${out}.staging`)).toBe(false);
    fs.rmSync(out, { recursive: true, force: true });
  });
});
