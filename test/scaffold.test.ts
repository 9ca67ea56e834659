/**
 * `npm run new`: the template rendering, the command itself, and the promise that a freshly
 * scaffolded file fails the check until it is filled in, and passes once it is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderTemplate, yamlQuoted } from '../src/lib/scaffold.ts';
import { parseContentFile } from '../src/lib/frontmatter.ts';
import { readContentFiles } from '../src/lib/corpus-files.ts';
import { COLLECTIONS, type CollectionName } from '../src/schema/vocab.ts';
import { SINGULAR } from '../src/schema/index.ts';
import { jsonSchemas } from '../src/lib/json-schema.ts';
import { REPO, check, validFiles, writeCorpus } from './helpers.ts';

const NEW = path.join(REPO, 'src/cli/new.ts');
const runNew = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [NEW, ...args], { cwd, encoding: 'utf8' });

describe('renderTemplate', () => {
  const template = '---\ntitle: "{{TITLE}}"\ndate: "YYYY-MM-DD"\n{{SOURCES}}\n---\n';
  const sources = 'sources: []\naccessed: "{{TODAY}}"\n\n';

  test('fills every marker, the sources block first', () => {
    expect(renderTemplate(template, sources, { title: 'Chile 1970 election', today: '2026-11-25' })).toBe(
      '---\ntitle: "Chile 1970 election"\ndate: "YYYY-MM-DD"\nsources: []\naccessed: "2026-11-25"\n---\n',
    );
  });

  test('quotes the title safely for YAML, even with $ patterns', () => {
    const out = renderTemplate(template, sources, { title: 'The "red" line \\ $& $1', today: '2026-11-25' });
    expect(parseContentFile(out).data).toMatchObject({ title: 'The "red" line \\ $& $1' });
  });

  test('helpers', () => {
    expect(yamlQuoted('a "b"\nc')).toBe('a \\"b\\" c');
  });
});

describe('npm run new', () => {
  let cwd: string;
  beforeAll(() => {
    cwd = writeCorpus([], 'casebook-new-');
  });
  afterAll(() => fs.rmSync(cwd, { recursive: true, force: true }));

  test('writes content/<collection>/<slug>.mdx and prints its path', () => {
    const r = runNew(cwd, 'cases', 'Moldova 2024: referendum and presidential election');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('content/cases/moldova-2024-referendum-and-presidential-election.mdx');
    const text = fs.readFileSync(path.join(cwd, 'content/cases/moldova-2024-referendum-and-presidential-election.mdx'), 'utf8');
    expect(text).toContain('title: "Moldova 2024: referendum and presidential election"');
    expect(text).not.toMatch(/\{\{[A-Z]+\}\}/);
  });

  test('refuses to overwrite an existing file', () => {
    const file = path.join(cwd, 'content/glossary/fimi.mdx');
    expect(runNew(cwd, 'glossary', 'FIMI').status).toBe(0);
    fs.writeFileSync(file, 'edited by hand');
    const r = runNew(cwd, 'glossary', 'FIMI');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('content/glossary/fimi.mdx already exists');
    expect(fs.readFileSync(file, 'utf8')).toBe('edited by hand');
  });

  test('refuses a title whose id an .md file already has', () => {
    fs.mkdirSync(path.join(cwd, 'content/tactics'), { recursive: true });
    fs.writeFileSync(path.join(cwd, 'content/tactics/ddos.md'), 'x');
    const r = runNew(cwd, 'tactics', 'DDoS');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('content/tactics/ddos.md already exists');
  });

  test('refuses an unknown collection, listing the valid ones', () => {
    const r = runNew(cwd, 'case', 'Anything');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'unknown collection "case" — did you mean "cases"? (expected one of: cases, frameworks, commitments, tactics, norms, briefings, glossary)',
    );
  });

  test('explains its usage when arguments are missing', () => {
    const r = runNew(cwd, 'cases');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('usage: npm run new -- <collection> "<Title>"');
  });

  test('refuses a title that gives no file name', () => {
    const r = runNew(cwd, 'glossary', 'Дезінформація');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('gives no usable file name');
  });
});

/** What an editor would write in place of the template's placeholders (real values, checked by hand). */
function fillIn(text: string, collection: CollectionName): string {
  const sentence = 'The 2017 assessment by the US intelligence community describes the operation, its sponsor and its aims in detail.';
  return (
    text
      .replace(/^shortTitle: "TODO[^"]*"/m, 'shortTitle: "US ICA 2017"')
      .replace(/"TODO[^"]*"/g, `"${sentence}"`)
      .replace(/^TODO[^<]*/gm, 'The assessment was published in January 2017 ')
      .replaceAll('"YYYY-MM-DD"', '"2017-01-06"')
      .replaceAll('https://example.org/TODO', 'https://www.dni.gov/files/documents/ICA_2017_01.pdf')
      .replaceAll('id="todo"', 'id="odni-ica-2017"')
      .replace(/\bid: todo\b/g, 'id: odni-ica-2017')
      .replace(/\bsource: todo\b/g, 'source: odni-ica-2017')
      .replaceAll('[todo]', '[odni-ica-2017]')
      .replace(/\bcase: todo\b/, 'case: united-states-2016')
      .replaceAll('"XX"', '"US"')
      .replaceAll('- spreading-rumours', '- hack-and-leak')
      .replaceAll('cases/todo', 'cases/united-states-2016')
      .replace('groundedIn:\n  frameworks: []', 'groundedIn:\n  frameworks: [icj-nicaragua-1986]')
      // A brand-new case has been reviewed today; a briefing with a focus needs a country the casebook covers.
      .replace(/^focus:\n {2}countries: \[\]/m, collection === 'briefings' ? 'focus:\n  countries: ["US"]' : '$&')
  );
}

/** Lines of a template (after rendering) that hold a placeholder an editor must replace. */
function placeholderLines(text: string): number[] {
  return text.split('\n').flatMap((line, i) => (/TODO|"YYYY-MM-DD"|"XX"|\btodo\b/.test(line) && !/^\s*#/.test(line) ? [i + 1] : []));
}

describe('a scaffolded entry', () => {
  let root: string;
  const created = new Map<CollectionName, string>();
  beforeAll(() => {
    root = writeCorpus(validFiles, 'casebook-scaffold-');
    for (const collection of COLLECTIONS) {
      const r = runNew(root, collection, `Scaffold test 2016 ${collection}`);
      expect(r.status, r.stderr).toBe(0);
      created.set(collection, r.stdout.split('\n')[0]);
    }
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test.each([...COLLECTIONS])('%s: the check reports every placeholder at once, each at its own line', (collection) => {
    const file = created.get(collection)!;
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const template = check(readContentFiles(root), root).problems.filter(
      (p) => p.file === file && p.message.startsWith('template text left in'),
    );
    // Every line that holds a placeholder is reported, in one run (a line may hold two, e.g. `sources: [todo]` and a Cite).
    expect([...new Set(template.map((p) => p.line))].sort((a, b) => a! - b!)).toEqual(placeholderLines(text));
  });

  test.each([...COLLECTIONS])('%s: has every top-level field of the schema, bar a few optional ones', (collection) => {
    const data = parseContentFile(fs.readFileSync(path.join(root, created.get(collection)!), 'utf8')).data as Record<string, unknown>;
    const properties = Object.keys((jsonSchemas()[SINGULAR[collection]] as { properties: object }).properties);
    // Optional fields a template leaves out on purpose (explained in its comments or in CONTRIBUTING).
    const leftOut = new Set(['date', 'venue', 'moreInfo', 'draft', 'electionContext']);
    expect(properties.filter((p) => !leftOut.has(p) && !(p in data))).toEqual([]);
  });

  test.each([...COLLECTIONS])('%s: passes once every placeholder is filled in', (collection) => {
    const file = created.get(collection)!;
    const full = path.join(root, file);
    fs.writeFileSync(full, fillIn(fs.readFileSync(full, 'utf8'), collection));
    const errors = check(readContentFiles(root), root).problems.filter((p) => p.file === file && p.severity === 'error');
    expect(errors).toEqual([]);
  });
});
