/** A tactic: a means of influence that can serve legitimate or nefarious ends. */
import { z } from 'astro/zod';
import { aliases, editorial, sourceList, type ReferenceFactory } from './shared.ts';
import { TACTIC_FAMILIES } from './vocab.ts';

/** Builds the tactic schema. */
export function tacticSchema(_reference: ReferenceFactory) {
  return z
    .object({
      title: z.string().min(3),
      aliases,
      summary: z.string().min(30).max(500),
      family: z.enum(TACTIC_FAMILIES),
      roundtable: z.boolean().default(false),
      legitimateUse: z.string().min(20),
      nefariousUse: z.string().min(20),
      warningSigns: z.array(z.string().min(5)).min(1),
      disarm: z
        .array(z.string().regex(/^T\d{4}(\.\d{3})?$/, { error: (iss) => `"${String(iss.input)}" is not a DISARM technique id (e.g. "T0049" or "T0049.001")` }))
        .default([]),
      sources: sourceList.min(1),
      ...editorial,
    })
    .strict();
}
