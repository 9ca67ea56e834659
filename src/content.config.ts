/**
 * Astro's collections: a glob loader over the top-level `content/` folder and the schemas from
 * `src/schema/`, with Astro's own `reference()` injected so pages get typed references. Translations
 * (content/<collection>/<locale>/<id>.mdx) form one more collection; `npm run check` validates them
 * against their originals before any build, so here they are only loaded.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { buildSchemas } from './schema/index.ts';
import { LOCALES, DEFAULT_LOCALE } from './i18n/locales.ts';

const schemas = buildSchemas(reference);

// CASEBOOK_CONTENT points the build at another content folder (the benchmark's synthetic corpora, test fixtures).
const root = process.env.CASEBOOK_CONTENT ?? './content';
// Originals only: the files directly in the collection's folder (translations sit one level down).
const loader = (dir: string) => glob({ pattern: '*.{md,mdx}', base: `${root}/${dir}` });
const translated = LOCALES.filter((l) => l !== DEFAULT_LOCALE).join(',');

// Listed one by one (not built in a loop) so that Astro infers each collection's data type.
export const collections = {
  cases: defineCollection({ loader: loader('cases'), schema: schemas.cases }),
  frameworks: defineCollection({ loader: loader('frameworks'), schema: schemas.frameworks }),
  commitments: defineCollection({ loader: loader('commitments'), schema: schemas.commitments }),
  tactics: defineCollection({ loader: loader('tactics'), schema: schemas.tactics }),
  norms: defineCollection({ loader: loader('norms'), schema: schemas.norms }),
  briefings: defineCollection({ loader: loader('briefings'), schema: schemas.briefings }),
  glossary: defineCollection({ loader: loader('glossary'), schema: schemas.glossary }),
  // Ids are "<collection>/<locale>/<id>", the file's path without extension.
  translations: defineCollection({
    loader: glob({ pattern: `*/{${translated}}/*.{md,mdx}`, base: root, generateId: ({ entry }) => entry.replace(/\.mdx?$/, '') }),
    schema: z.looseObject({ lang: z.enum(LOCALES), translatedFrom: z.string() }),
  }),
};
