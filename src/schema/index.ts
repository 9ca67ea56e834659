/**
 * The casebook's schemas, defined once. The Astro build, the fast checker, the JSON Schema
 * export and the tests all build them through {@link buildSchemas}, passing the reference
 * factory that suits them.
 */
import { z } from 'astro/zod';
import { caseSchema } from './cases.ts';
import { frameworkSchema } from './frameworks.ts';
import { commitmentSchema } from './commitments.ts';
import { tacticSchema } from './tactics.ts';
import { normSchema } from './norms.ts';
import { briefingSchema } from './briefings.ts';
import { glossarySchema } from './glossary.ts';
import { editorError } from './errors.ts';
import type { ReferenceFactory } from './shared.ts';
import type { CollectionName } from './vocab.ts';

// One error map for every parse, Astro's included, so editors read the same sentences everywhere.
z.config({ customError: editorError });

/** Every collection's schema, built around one reference factory. */
export function buildSchemas(reference: ReferenceFactory) {
  return {
    cases: caseSchema(reference),
    frameworks: frameworkSchema(reference),
    commitments: commitmentSchema(reference),
    tactics: tacticSchema(reference),
    norms: normSchema(reference),
    briefings: briefingSchema(reference),
    glossary: glossarySchema(reference),
  } satisfies Record<CollectionName, z.ZodType>;
}

/** Singular names, used for JSON Schema file names and the scaffold command. */
export const SINGULAR: Record<CollectionName, string> = {
  cases: 'case', frameworks: 'framework', commitments: 'commitment', tactics: 'tactic', norms: 'norm', briefings: 'briefing', glossary: 'term',
};

export { plainReference, type ReferenceFactory } from './shared.ts';
export * from './vocab.ts';
