/**
 * No English is left outside the dictionary: every word a reader sees in a page template comes from
 * `t(…)`, so each language shows its own. Reads every .astro file with Astro's own parser and fails
 * on literal text, literal reader-facing attributes, and literal strings rendered from expressions;
 * browser scripts get their words from the page (data attributes, fetched data), never their own.
 * Also: every dictionary key is used somewhere, so the translators' work is not wasted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from '@astrojs/compiler-rs';
import { en } from '../src/i18n/en.ts';

const SRC = path.resolve('src');
const files = (fs.readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.astro')).map((f) => path.join(SRC, f));
const WORDS = /\p{L}{2,}/u;
const READER_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'placeholder', 'label', 'aria-description']);

type Node = { type?: string; [k: string]: unknown };

/** Literal strings an expression renders (not those it passes to a function, such as t('key')). */
function renderedLiterals(node: unknown, out: string[] = []): string[] {
  if (!node || typeof node !== 'object') return out;
  const n = node as Node;
  switch (n.type) {
    case 'Literal':
      if (typeof n.value === 'string') out.push(n.value);
      return out;
    case 'TemplateLiteral':
      for (const q of n.quasis as { value: { cooked: string } }[]) out.push(q.value.cooked);
      for (const e of n.expressions as unknown[]) renderedLiterals(e, out);
      return out;
    // Function arguments (t('key')), computations and markup (its text is checked as text) render no literal of their own.
    case 'CallExpression':
    case 'NewExpression':
    case 'MemberExpression':
    case 'BinaryExpression':
    case 'JSXElement':
    case 'JSXFragment':
      return out;
    case 'ArrowFunctionExpression':
      return renderedLiterals(n.body, out);
    case 'ConditionalExpression':
      renderedLiterals(n.consequent, out);
      return renderedLiterals(n.alternate, out);
    case 'LogicalExpression':
      return renderedLiterals(n.right, out);
    default:
      for (const [k, v] of Object.entries(n))
        if (k !== 'start' && k !== 'end' && v && typeof v === 'object')
          (Array.isArray(v) ? v : [v]).forEach((x) => renderedLiterals(x, out));
      return out;
  }
}

/** Literal reader-facing text in a template: text nodes, attributes, rendered string literals. */
function literalText(node: unknown, found: string[] = [], inScriptOrStyle = false): string[] {
  if (!node || typeof node !== 'object') return found;
  const n = node as Node;
  if (n.type === 'AstroFrontmatter') return found;
  if (n.type === 'JSXElement') {
    const open = n.openingElement as { name: { name?: string }; attributes: { name?: { name?: string }; value?: Node }[] };
    const tag = open.name?.name ?? '';
    for (const a of open.attributes ?? [])
      if (READER_ATTRIBUTES.has(String(a.name?.name)) && a.value?.type === 'Literal' && WORDS.test(String(a.value.value)))
        found.push(`${tag}[${String(a.name?.name)}]="${String(a.value.value)}"`);
    const skip = inScriptOrStyle || tag === 'script' || tag === 'style' || tag === 'code' || tag === 'pre';
    for (const c of (n.children as unknown[]) ?? []) literalText(c, found, skip);
    return found;
  }
  if (inScriptOrStyle) return found;
  if (n.type === 'JSXText' && WORDS.test(String(n.value))) found.push(`text "${String(n.value).trim()}"`);
  if (n.type === 'JSXExpressionContainer') {
    for (const s of renderedLiterals(n.expression)) if (WORDS.test(s)) found.push(`expression "${s}"`);
    literalText(n.expression, found, inScriptOrStyle);
    return found;
  }
  for (const [k, v] of Object.entries(n))
    if (k !== 'start' && k !== 'end' && v && typeof v === 'object')
      (Array.isArray(v) ? v : [v]).forEach((x) => literalText(x, found, inScriptOrStyle));
  return found;
}

describe('page templates', () => {
  test.each(files.map((f) => [path.relative(SRC, f), f]))('%s has no reader-facing text outside the dictionary', (_name, file) => {
    const { ast } = parse(fs.readFileSync(file, 'utf8')) as { ast: unknown };
    // Allowed: the casebook's name parts and file names shown as code (cases.json) are in the dictionary or in <code>.
    expect(literalText(ast)).toEqual([]);
  });

  test.each(files.map((f) => [path.relative(SRC, f), f]))('%s: its browser script carries no English phrase of its own', (_name, file) => {
    const scripts = [
      ...fs
        .readFileSync(file, 'utf8')
        .matchAll(/<script(?![^>]*type="(?:application\/ld\+json|text\/pagefind-template)")[^>]*>([\s\S]*?)<\/script>/g),
    ].map((m) => m[1]);
    // Comments are the code's own notes; selectors and markup templates are not prose.
    const code = scripts.map((s) => s.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, ''));
    const phrases = code
      .flatMap((s) => [...s.matchAll(/(['"`])((?:(?!\1).)*\b[A-Za-z]{3,} [a-z]{3,}\b(?:(?!\1).)*)\1/g)].map((m) => m[2]))
      .filter((p) => !/^[.#[]/.test(p) && !p.includes('<'));
    expect(phrases).toEqual([]);
  });

  test('the scan finds literal English when there is some (it can fail)', () => {
    const { ast } = parse(
      '---\nconst x = 1;\n---\n<p title="Print this">Hello {x ? "world" : t("k")}<span aria-label={t("a")}>{" · "}</span></p>',
    ) as { ast: unknown };
    expect(literalText(ast)).toEqual(['p[title]="Print this"', 'text "Hello"', 'expression "world"']);
  });
});

describe('the English dictionary', () => {
  test('every key is used by the site', () => {
    const code = (fs.readdirSync(SRC, { recursive: true }) as string[])
      .filter((f) => /\.(astro|ts)$/.test(f) && !f.startsWith('i18n'))
      .map((f) => fs.readFileSync(path.join(SRC, f), 'utf8'))
      .join('\n');
    // Keys built from a template (t(`nav.${key}`), t(`redlines.${k}.note`)) or a label group
    // (t.label('position', p)) count as used through it.
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const templates = [...code.matchAll(/`([a-zA-Z.]*\$\{[^`]*)`/g)].map(
      (m) =>
        new RegExp(
          `^${m[1]
            .split(/\$\{[^}]*\}/)
            .map(escape)
            .join('[\\w-]+')}$`,
        ),
    );
    const groups = [...code.matchAll(/\.label\(\s*'([a-zA-Z]+)'/g)].map((m) => new RegExp(`^${m[1]}\\.[\\w-]+$`));
    const unused = Object.keys(en).filter(
      (k) => !code.includes(`'${k}'`) && !code.includes(`"${k}"`) && ![...templates, ...groups].some((r) => r.test(k)),
    );
    expect(unused).toEqual([]);
  });
});
