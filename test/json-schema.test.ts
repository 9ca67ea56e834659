/**
 * The published JSON Schema: valid draft 2020-12, in step with the zod schemas, accepting the
 * valid fixtures' frontmatter and rejecting what the checker rejects (where JSON Schema can tell).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { jsonSchemas } from '../src/lib/json-schema.ts';
import { parseContentFile } from '../src/lib/frontmatter.ts';
import { COLLECTIONS, SINGULAR } from '../src/schema/index.ts';
import { getStaticPaths, GET } from '../src/pages/schema/[name].json.ts';
import { REPO, VALID, replaceOnce, validText } from './helpers.ts';

const schemas = jsonSchemas();
const ajv = addFormats(new Ajv2020({ strict: true, allErrors: true }));
const validators = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, ajv.compile(schema)]));
const frontmatter = (text: string) => parseContentFile(text).data;

describe('jsonSchemas', () => {
  test('gives one schema per collection, keyed by singular name', () => {
    expect(Object.keys(schemas)).toEqual(COLLECTIONS.map((c) => SINGULAR[c]));
    expect(Object.keys(schemas)).toEqual(['case', 'framework', 'commitment', 'tactic', 'norm', 'briefing', 'term']);
  });

  test.each(Object.keys(schemas))('%s is a valid draft 2020-12 schema', (name) => {
    const schema = schemas[name];
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
  });

  test.each(Object.entries(VALID))("the valid %s fixture's frontmatter validates", (name, file) => {
    const validate = validators[name];
    expect(validate(frontmatter(validText(file))), JSON.stringify(validate.errors)).toBe(true);
  });

  test('describes input: references are ids, fields with defaults are optional', () => {
    const c = schemas.case as { properties: Record<string, Record<string, unknown>>; required: string[] };
    expect(c.properties.tactics).toMatchObject({ type: 'array', items: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' } });
    expect(c.required).toContain('tactics');
    expect(c.required).not.toContain('frameworks');
    expect(c.required).not.toContain('lang');
    expect(c.properties.lang).toMatchObject({ default: 'en' });
  });

  test('adds what refinements hide: date, https and country patterns', () => {
    const c = schemas.case as { properties: Record<string, Record<string, unknown>> };
    const source = (c.properties.sources as { items: { properties: Record<string, Record<string, unknown>> } }).items.properties;
    expect(new RegExp(source.accessed.pattern as string).test('2024-11-20')).toBe(true);
    expect(new RegExp(source.accessed.pattern as string).test('2019-13-45')).toBe(false);
    expect(source.url.pattern).toBe('^https://');
    expect(c.properties.country.pattern).toBe('^[A-Z]{2}$');
  });

  test('rejects a wrong enum value, a missing field, an unknown field and a non-https URL', () => {
    const validate = validators.case;
    const base = validText(VALID.case);
    for (const bad of [
      replaceOnce(base, 'region: north-america', 'region: north-amerca'),
      replaceOnce(base, /^summary: .*\n/m, ''),
      replaceOnce(base, 'origin: foreign', 'origin: foreign\norigni: foreign'),
      replaceOnce(base, 'url: "https://www.dni.gov', 'url: "http://www.dni.gov'),
      replaceOnce(base, 'tactics:\n  - hack-and-leak', 'tactics: hack-and-leak'),
    ])
      expect(validate(frontmatter(bad))).toBe(false);
  });

  test('sets $id from a base URL', () => {
    expect(jsonSchemas({ baseUrl: 'https://casebook.example.org/schema/' }).norm.$id).toBe('https://casebook.example.org/schema/norm.json');
  });

  test('schema/ at the repository root is up to date (run npm run schema)', () => {
    for (const [name, schema] of Object.entries(schemas)) {
      const file = path.join(REPO, 'schema', `${name}.json`);
      expect(fs.existsSync(file), `${file} is missing: run npm run schema`).toBe(true);
      expect(JSON.parse(fs.readFileSync(file, 'utf8')), `schema/${name}.json is out of date: run npm run schema`).toEqual(schema);
    }
  });
});

describe('the /schema/[name].json endpoint', () => {
  test('publishes one path per collection', () => {
    const paths = getStaticPaths();
    expect(paths.map((p) => p.params.name)).toEqual(Object.keys(schemas));
  });

  test('serves the schema as JSON with its $id on the site', async () => {
    const res = await GET({ params: { name: 'case' }, site: new URL('https://casebook.example.org') } as never);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/schema\+json/);
    const body = (await res.json()) as { $id: string; properties: unknown };
    expect(body.$id).toMatch(/^https:\/\/casebook\.example\.org\/.*schema\/case\.json$/);
    expect(body.properties).toEqual(schemas.case.properties);
  });
});
