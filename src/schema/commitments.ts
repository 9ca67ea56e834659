/** A political commitment: a call, declaration, norm proposal, action plan or pledge. */
import { z } from 'astro/zod';
import { isoDate, pastDate } from './dates.ts';
import { aliases, editorial, httpsUrl, sourceList, sourceRef, type ReferenceFactory } from './shared.ts';
import { COMMITMENT_KINDS } from './vocab.ts';

/** A supporter count is only meaningful with the date it was true and where it was read. */
const supporters = z
  .object({ count: z.number().int().positive(), what: z.string().min(3), asOf: pastDate, source: sourceRef })
  .strict();

const principle = z
  .object({ number: z.number().int().positive().optional(), title: z.string().min(3), summary: z.string().min(10), source: sourceRef })
  .strict();

/** Builds the commitment schema. */
export function commitmentSchema(reference: ReferenceFactory) {
  return z
    .object({
      title: z.string().min(3),
      shortTitle: z.string().min(2).max(40),
      aliases,
      summary: z.string().min(50).max(700),
      kind: z.enum(COMMITMENT_KINDS),
      launched: isoDate,
      venue: z.string().min(2),
      endorsedBy: z.string().min(3),
      supporters: z.array(supporters).default([]),
      principles: z.array(principle).min(1),
      frameworks: z.array(reference('frameworks')).default([]),
      officialUrl: httpsUrl,
      sources: sourceList.min(1),
      ...editorial,
    })
    .strict();
}
