/** A glossary term, defined in the casebook's own words. */
import { z } from 'astro/zod';
import { aliases, editorial, sourceList, type ReferenceFactory } from './shared.ts';

/** Builds the glossary schema. */
export function glossarySchema(reference: ReferenceFactory) {
  return z
    .object({
      term: z.string().min(2),
      aliases,
      definition: z.string().min(30),
      related: z.array(reference('glossary')).default([]),
      sources: sourceList.min(1),
      ...editorial,
    })
    .strict();
}
