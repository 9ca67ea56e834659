/**
 * Security of the built site: the Content-Security-Policy meta on every page (no 'unsafe-inline'
 * scripts), no CSP violation while search runs in a real browser, no cookies, and the HTTP
 * headers in public/_headers (which must allow exactly what the meta allows, since browsers
 * enforce both).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { parseHTML } from 'linkedom';
import { base, builtPages, firstEntry, launch } from './site.ts';

const DIST = 'dist';
const htmlFile = (page: string) => path.join(DIST, page.endsWith('/') ? `${page}index.html` : page);

/** A policy as a map from directive to its sources. */
function parsePolicy(text: string): Map<string, string[]> {
  const policy = new Map<string, string[]>();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** True for a script type the browser executes (classic or module), false for data blocks such as JSON-LD. */
const isExecutable = (type: string) => ['', 'module', 'text/javascript', 'application/javascript'].includes(type.trim().toLowerCase());

/** The sources that govern scripts (script-src, or default-src when it is absent). */
const scriptSources = (p: Map<string, string[]>) => p.get('script-src') ?? p.get('default-src') ?? [];

/** public/_headers (Netlify / Cloudflare Pages format) as rules: path pattern → headers. */
function readHeadersFile(file: string) {
  const rules: { path: string; headers: Map<string, string> }[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: new Map() });
    else {
      const at = line.indexOf(':');
      rules.at(-1)!.headers.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
    }
  }
  return rules;
}
const matches = (pattern: string, urlPath: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(urlPath);

const pages = builtPages(DIST).filter((p) => p.endsWith('/') || p.endsWith('.html'));
const metaPolicy = (page: string) => {
  const { document } = parseHTML(fs.readFileSync(htmlFile(page), 'utf8'));
  return document.querySelector('head meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? undefined;
};

describe('Content-Security-Policy meta', () => {
  it('is on every built page, before any script, and allows no inline or eval script', () => {
    expect(pages.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const page of pages) {
      const html = fs.readFileSync(htmlFile(page), 'utf8');
      const content = metaPolicy(page);
      if (!content) {
        problems.push(`${page}: no CSP meta`);
        continue;
      }
      const at = html.search(/<meta http-equiv="content-security-policy"/i);
      // Data blocks (JSON-LD) are never executed, so only executable scripts must come after the policy.
      const firstScript =
        [...html.matchAll(/<script\b([^>]*)>/gi)].find((m) => isExecutable(/\btype="([^"]*)"/i.exec(m[1])?.[1] ?? ''))?.index ?? -1;
      if (firstScript >= 0 && firstScript < at)
        problems.push(`${page}: a <script> comes before the CSP meta, so the policy does not cover it`);
      const policy = parsePolicy(content);
      const scripts = scriptSources(policy);
      if (!policy.has('script-src')) problems.push(`${page}: no script-src`);
      if (!scripts.includes("'self'")) problems.push(`${page}: script-src lacks 'self'`);
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'])
        if (scripts.includes(bad)) problems.push(`${page}: script-src allows ${bad}`);
      if (policy.get('object-src')?.join(' ') !== "'none'") problems.push(`${page}: object-src is not 'none'`);
      if (!policy.has('default-src')) problems.push(`${page}: no default-src`);
    }
    expect(problems).toEqual([]);
  });

  it('every page template gets it: home, case, entry pages, briefing, compare, search, 404', () => {
    const templates = [
      '/',
      '/search/',
      '/cases/',
      '/compare/',
      '/red-lines/',
      '/timeline/',
      '/glossary/',
      '/404.html',
      firstEntry('cases'),
      firstEntry('frameworks'),
      firstEntry('commitments'),
      firstEntry('tactics'),
      firstEntry('norms'),
      firstEntry('briefings'),
    ];
    for (const t of templates) expect(metaPolicy(t), t).toMatch(/script-src 'self'/);
  });

  it('no page has an inline executable script, so the header policy (which cannot list per-build hashes) allows every script', () => {
    const inline: string[] = [];
    for (const page of pages) {
      const { document } = parseHTML(fs.readFileSync(htmlFile(page), 'utf8'));
      for (const s of document.querySelectorAll('script:not([src])')) {
        const type = (s.getAttribute('type') ?? '').trim().toLowerCase();
        if (isExecutable(type)) inline.push(`${page}: <script${type ? ` type="${type}"` : ''}> ${s.textContent.slice(0, 60)}…`);
      }
      for (const el of document.querySelectorAll('*'))
        for (const attr of el.attributes ?? [])
          if (/^on/i.test(attr.name)) inline.push(`${page}: inline handler ${attr.name} on <${el.localName}>`);
    }
    expect(inline).toEqual([]);
  });
});

describe('in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A page that records every securitypolicyviolation event from the first byte on. */
  async function watched(context: BrowserContext): Promise<Page> {
    await context.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
      );
    });
    return context.newPage();
  }
  const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.slice());
  const waitForResults = (page: Page) =>
    page.waitForFunction(() => document.querySelectorAll('pagefind-results a').length > 0, null, { timeout: 15_000 });

  it('search runs with zero CSP violations, and the policy really is enforced', async () => {
    const context = await browser.newContext();
    const page = await watched(context);
    await page.goto(`${base()}/search/?q=election`);
    await waitForResults(page);
    await page.locator('pagefind-input input').fill('interference');
    await page.waitForFunction(() => /interference/i.test(document.querySelector('pagefind-summary')?.textContent ?? ''), null, {
      timeout: 15_000,
    });
    await waitForResults(page);
    expect(await violations(page)).toEqual([]);
    // Control: an injected inline script is blocked (and reported), so the check above means something.
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 100));
      return Boolean((window as unknown as { __injected?: boolean }).__injected);
    });
    expect(ran).toBe(false);
    expect((await violations(page)).length).toBeGreaterThan(0);
    await context.close();
  });

  it('the pages with scripts of their own (briefing, compare, cases index) run with zero CSP violations', async () => {
    const context = await browser.newContext();
    const page = await watched(context);
    const compared = fs.readdirSync(path.join(DIST, 'compare')).find((d) => d.includes('--'));
    for (const p of [
      firstEntry('briefings'),
      '/compare/',
      ...(compared ? [`/compare/${compared}/`] : []),
      '/cases/',
      firstEntry('cases'),
      '/red-lines/',
    ]) {
      await page.goto(base() + p, { waitUntil: 'load' });
      await page.waitForTimeout(200);
      expect(await violations(page), p).toEqual([]);
    }
    await context.close();
  });

  it('sets no cookies, on reading pages or while searching', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const setCookie: string[] = [];
    page.on('response', async (r) => {
      const v = await r.headerValue('set-cookie').catch(() => null);
      if (v) setCookie.push(`${r.url()}: ${v}`);
    });
    for (const p of ['/', firstEntry('cases'), '/compare/', '/search/?q=election']) await page.goto(base() + p, { waitUntil: 'load' });
    await waitForResults(page);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(setCookie).toEqual([]);
    await context.close();
  });
});

describe('HTTP headers (public/_headers)', () => {
  const file = path.join('public', '_headers');
  const rules = fs.existsSync(file) ? readHeadersFile(file) : [];
  const forPath = (urlPath: string) => {
    const merged = new Map<string, string>();
    for (const r of rules) if (matches(r.path, urlPath)) for (const [k, v] of r.headers) merged.set(k, v);
    return merged;
  };

  it('exists and is published with the site', () => {
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.existsSync(path.join(DIST, '_headers'))).toBe(true);
  });

  it('sends the security headers on every page', () => {
    for (const p of ['/', '/cases/', '/search/']) {
      const h = forPath(p);
      expect(h.get('strict-transport-security'), p).toMatch(/max-age=(\d{8,}|3153[6-9]\d{3})/);
      expect(h.get('x-content-type-options'), p).toBe('nosniff');
      expect(h.get('referrer-policy'), p).toMatch(/^(strict-origin-when-cross-origin|no-referrer)$/);
      const pp = h.get('permissions-policy') ?? '';
      for (const feature of ['camera', 'microphone', 'geolocation', 'browsing-topics'])
        expect(pp, `${p} Permissions-Policy`).toContain(`${feature}=()`);
    }
  });

  it("has a CSP equivalent to the meta, plus frame-ancestors 'none'", () => {
    const header = parsePolicy(forPath('/').get('content-security-policy') ?? '');
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(scriptSources(header)).not.toContain("'unsafe-inline'");
    expect(scriptSources(header)).toContain("'wasm-unsafe-eval'");
    // Every directive of the meta, without Astro's per-build hashes, is in the header with the same sources.
    const meta = parsePolicy(metaPolicy('/search/')!);
    for (const [name, sources] of meta) expect(header.get(name), name).toEqual(sources.filter((s) => !/^'sha(256|384|512)-/.test(s)));
  });

  it('caches hashed assets for a year and makes the search index revalidate', () => {
    expect(forPath('/_astro/Base.abc123.css').get('cache-control')).toMatch(/max-age=31536000.*immutable/);
    expect(forPath('/pagefind/pagefind-entry.json').get('cache-control')).toMatch(/max-age=\d+/);
    expect(forPath('/pagefind/pagefind-entry.json').get('cache-control')).not.toMatch(/immutable/);
  });

  it('the header CSP, sent as a real header, leaves search working with zero violations', async () => {
    // A tiny static server that applies _headers as Netlify or Cloudflare would.
    const types: Record<string, string> = {
      '.html': 'text/html',
      '.js': 'text/javascript',
      '.css': 'text/css',
      '.json': 'application/json',
      '.svg': 'image/svg+xml',
    };
    const server = http.createServer((req, res) => {
      const urlPath = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
      let f = path.resolve(DIST, '.' + urlPath);
      if (!f.startsWith(path.resolve(DIST))) return void res.writeHead(403).end();
      if (fs.existsSync(f) && fs.statSync(f).isDirectory()) f = path.join(f, 'index.html');
      if (!fs.existsSync(f)) return void res.writeHead(404).end();
      for (const [k, v] of forPath(urlPath)) res.setHeader(k, v);
      res.setHeader('content-type', types[path.extname(f)] ?? 'application/octet-stream');
      fs.createReadStream(f).pipe(res);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await launch();
    try {
      const context = await browser.newContext();
      await context.addInitScript(() => {
        const w = window as unknown as { __violations: string[] };
        w.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const page = await context.newPage();
      const response = await page.goto(`${origin}/search/?q=election`);
      expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      await page.waitForFunction(() => document.querySelectorAll('pagefind-results a').length > 0, null, { timeout: 15_000 });
      const seen = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.slice());
      expect(await seen(), '/search/').toEqual([]);
      for (const p of [firstEntry('briefings'), '/compare/', '/cases/', firstEntry('cases')]) {
        await page.goto(origin + p, { waitUntil: 'load' });
        await page.waitForTimeout(200);
        expect(await seen(), p).toEqual([]);
      }
    } finally {
      await browser.close();
      server.close();
    }
  });
});
