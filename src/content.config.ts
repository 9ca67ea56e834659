/**
 * Astro's collections: a glob loader over the top-level `content/` folder and the schemas from
 * `src/schema/`, with Astro's own `reference()` injected so pages get typed references.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { buildSchemas, type ReferenceFactory } from './schema/index.ts';

const schemas = buildSchemas(reference as unknown as ReferenceFactory);

// CASEBOOK_CONTENT points the build at another content folder (the benchmark's synthetic corpora, test fixtures).
const root = process.env.CASEBOOK_CONTENT ?? './content';
const loader = (dir: string) => glob({ pattern: '**/*.{md,mdx}', base: `${root}/${dir}` });

// Listed one by one (not built in a loop) so that Astro infers each collection's data type.
export const collections = {
  cases: defineCollection({ loader: loader('cases'), schema: schemas.cases }),
  frameworks: defineCollection({ loader: loader('frameworks'), schema: schemas.frameworks }),
  commitments: defineCollection({ loader: loader('commitments'), schema: schemas.commitments }),
  tactics: defineCollection({ loader: loader('tactics'), schema: schemas.tactics }),
  norms: defineCollection({ loader: loader('norms'), schema: schemas.norms }),
  briefings: defineCollection({ loader: loader('briefings'), schema: schemas.briefings }),
  glossary: defineCollection({ loader: loader('glossary'), schema: schemas.glossary }),
};
