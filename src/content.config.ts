/**
 * Astro's collections: a glob loader over the top-level `content/` folder and the schemas from
 * `src/schema/`, with Astro's own `reference()` injected so pages get typed references.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { buildSchemas, COLLECTIONS, type ReferenceFactory } from './schema/index.ts';

const schemas = buildSchemas(reference as unknown as ReferenceFactory);

// CASEBOOK_CONTENT points the build at another content folder (the benchmark's synthetic corpora, test fixtures).
const root = process.env.CASEBOOK_CONTENT ?? './content';
const loader = (dir: string) => glob({ pattern: '**/*.{md,mdx}', base: `${root}/${dir}` });

export const collections = Object.fromEntries(
  COLLECTIONS.map((name) => [name, defineCollection({ loader: loader(name), schema: schemas[name] })]),
) as { [K in (typeof COLLECTIONS)[number]]: ReturnType<typeof defineCollection> };
