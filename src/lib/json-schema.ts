/**
 * JSON Schema (draft 2020-12) for each collection's frontmatter, generated from the zod schemas
 * with zod 4's `z.toJSONSchema`, so the published schema can never drift from the checker's.
 * It describes what an editor *writes* (`io: 'input'`): references are entry ids, dates are
 * text, fields with defaults are optional. Checks JSON Schema cannot express (real calendar
 * dates, existing references, citations) are left to `npm run check`; parts zod cannot
 * represent degrade to `{}` (anything) instead of throwing.
 */
import { z } from 'astro/zod';
import { buildSchemas, plainReference, SINGULAR } from '../schema/index.ts';
import { COLLECTIONS } from '../schema/vocab.ts';
import { isoDate, pastDate } from '../schema/dates.ts';
import { country, httpsUrl } from '../schema/shared.ts';

/** A JSON Schema document (plain JSON). */
export type JsonSchema = Record<string, unknown>;

/** Options: `baseUrl` (e.g. "https://casebook.example/schema/") sets each schema's `$id`. */
export interface JsonSchemaOptions {
  baseUrl?: string | URL;
}

const DATE_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';

/** What JSON Schema can add to schemas whose zod checks are functions (refinements) it cannot see. */
function annotate(schema: z.core.$ZodType, json: JsonSchema): void {
  if (schema === isoDate || schema === pastDate) {
    json.type = 'string';
    json.pattern = DATE_PATTERN;
    json.description =
      schema === pastDate ? 'A past date: YYYY-MM-DD, YYYY-MM or YYYY (quoted).' : 'A date: YYYY-MM-DD, YYYY-MM or YYYY (quoted).';
  } else if (schema === httpsUrl) {
    json.pattern = '^https://';
    json.description = 'An absolute https:// URL.';
  } else if (schema === country) {
    json.pattern = '^[A-Z]{2}$';
    json.description = 'An ISO 3166-1 alpha-2 country code, e.g. "UA".';
  }
}

/**
 * The JSON Schema of every collection, keyed by its singular name (`case`, `framework`, …, `term`),
 * in the order of the collections.
 */
export function jsonSchemas(opts: JsonSchemaOptions = {}): Record<string, JsonSchema> {
  const schemas = buildSchemas(plainReference);
  const out: Record<string, JsonSchema> = {};
  for (const collection of COLLECTIONS) {
    const name = SINGULAR[collection];
    const generated = z.toJSONSchema(schemas[collection], {
      target: 'draft-2020-12',
      io: 'input',
      unrepresentable: 'any',
      override: (ctx) => annotate(ctx.zodSchema, ctx.jsonSchema as JsonSchema),
    }) as JsonSchema;
    const { $schema, ...rest } = generated;
    out[name] = {
      $schema,
      ...(opts.baseUrl ? { $id: new URL(`${name}.json`, opts.baseUrl).href } : {}),
      title: `Red Line Casebook: ${name} frontmatter`,
      description: `The frontmatter of a file in content/${collection}/. Generated from src/schema/ by npm run schema; npm run check also verifies references, citations and calendar dates.`,
      ...rest,
    };
  }
  return out;
}
