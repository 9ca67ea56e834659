/**
 * Integrity of the built site, read from dist/: valid HTML (W3C Nu checker), no broken internal
 * link or anchor, an archived copy for every source, and exports that parse and validate.
 */
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLValidator, XMLParser } from 'fast-xml-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { builtPages, readData } from './site.ts';
import { CSV_COLUMNS } from '../../src/lib/exports.ts';
import { COLLECTIONS } from '../../src/schema/vocab.ts';
import { SINGULAR } from '../../src/schema/index.ts';

const DIST = 'dist';
const fileOf = (urlPath: string) => {
  const p = decodeURIComponent(urlPath.split('#')[0].split('?')[0]);
  const f = path.join(DIST, p.endsWith('/') ? `${p}index.html` : p);
  return fs.existsSync(f) && fs.statSync(f).isDirectory() ? path.join(f, 'index.html') : f;
};
const docs = new Map<string, Document>();
const doc = (file: string) => {
  if (!docs.has(file)) docs.set(file, parseHTML(fs.readFileSync(file, 'utf8')).document);
  return docs.get(file)!;
};

describe('HTML validity', () => {
  it('every built page passes the W3C Nu HTML Checker with zero errors', () => {
    const jar = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');
    let out: string;
    try {
      out = execFileSync('java', ['-jar', jar, '--format', 'json', '--errors-only', '--skip-non-html', DIST], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (err) {
      out = String((err as { stderr?: string }).stderr ?? '');
    }
    const messages = out.trim()
      ? (JSON.parse(out) as { messages: { type: string; url: string; message: string; lastLine?: number }[] }).messages
      : [];
    const errors = messages.filter((m) => m.type === 'error').map((m) => `${m.url.replace(/^.*?dist\//, '/')}:${m.lastLine}: ${m.message}`);
    expect(errors).toEqual([]);
  }, 180_000);
});

describe('links', () => {
  it('no internal link or fragment anchor is broken anywhere on the site', () => {
    const broken: string[] = [];
    for (const page of builtPages()) {
      const file = fileOf(page);
      for (const el of doc(file).querySelectorAll('a[href], link[href], script[src], img[src]')) {
        const raw = el.getAttribute('href') ?? el.getAttribute('src')!;
        if (/^(https?:|mailto:|data:)/.test(raw)) continue;
        const target = new URL(raw, `http://site${page}`);
        const targetFile = fileOf(target.pathname);
        if (!fs.existsSync(targetFile)) {
          broken.push(`${page} → ${raw} (no such page)`);
          continue;
        }
        const hash = decodeURIComponent(target.hash.slice(1));
        if (hash && targetFile.endsWith('.html') && !doc(targetFile).getElementById(hash))
          broken.push(`${page} → ${raw} (no #${hash} there)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('external links open without leaking the referrer or the opener', () => {
    const bad: string[] = [];
    for (const page of builtPages())
      for (const a of doc(fileOf(page)).querySelectorAll('main a[href^="http"]'))
        if (!/noopener/.test(a.getAttribute('rel') ?? '') || !/noreferrer/.test(a.getAttribute('rel') ?? ''))
          bad.push(`${page}: ${a.getAttribute('href')}`);
    expect(bad).toEqual([]);
  });
});

describe('sources', () => {
  it('every source of every entry has an archived copy, and is listed with it on its page', () => {
    for (const c of COLLECTIONS) {
      for (const e of readData<{ entries: { id: string; sources: { id: string; archived?: string }[] }[] }>(`data/${c}.json`).entries) {
        for (const s of e.sources) expect(s.archived, `${c}/${e.id} source ${s.id}`).toMatch(/^https:\/\//);
      }
    }
    const page = doc(fileOf('/cases/ukraine-2014-cec-attack/'));
    for (const li of page.querySelectorAll('.sources li')) expect(li.querySelector('a.wayback, a[href*="archive"]'), li.id).toBeTruthy();
  });
});

describe('exports', () => {
  const cases = () => readData<{ entries: { id: string }[] }>('data/cases.json').entries;

  it('cases.csv round-trips: one row per case, the documented columns, UTF-8', () => {
    const text = fs.readFileSync(path.join(DIST, 'data/cases.csv'), 'utf8');
    const rows: Record<string, string>[] = parseCsv(text, { columns: true, bom: true });
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r.id)).toEqual(cases().map((c) => c.id));
    expect(text.includes('\r\n')).toBe(true);
  });

  it.each([...COLLECTIONS])('%s.json validates against its published JSON Schema', (collection) => {
    const schema = JSON.parse(fs.readFileSync(path.join(DIST, `schema/${SINGULAR[collection]}.json`), 'utf8')) as object;
    // ajv-formats: the exports' schemas declare `format: uri`; validating it (not ignoring it with a warning) is the point.
    const validate = addFormats(new Ajv2020({ strict: false, allErrors: true })).compile(schema);
    const doc = readData<{ schemaVersion: string; entries: Record<string, unknown>[] }>(`data/${collection}.json`);
    expect(doc.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
    for (const { id, ...entry } of doc.entries) {
      const ok = validate(entry);
      expect(ok ? [] : validate.errors!.map((e) => `${collection}/${String(id)}${e.instancePath}: ${e.message}`)).toEqual([]);
    }
  });

  it('the RSS feed is well-formed XML with one item per case', () => {
    const xml = fs.readFileSync(path.join(DIST, 'rss.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser().parse(xml) as { rss: { channel: { item: { link: string }[] | { link: string } } } };
    const items = [feed.rss.channel.item].flat();
    expect(items.map((i) => new URL(i.link).pathname).sort()).toEqual(
      cases()
        .map((c) => `/cases/${c.id}/`)
        .sort(),
    );
  });

  it('the sitemap lists every case page', () => {
    const xml = fs.readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    for (const c of cases()) expect(xml).toContain(`/cases/${c.id}/</loc>`);
  });
});
