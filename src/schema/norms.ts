/** A candidate norm: a proposed red line, grounded in law or commitments. */
import { z } from 'astro/zod';
import { aliases, editorial, sourceList, type ReferenceFactory } from './shared.ts';
import { NORM_STATUSES } from './vocab.ts';

/** Builds the norm schema. */
export function normSchema(reference: ReferenceFactory) {
  return z
    .object({
      title: z.string().min(5).max(100),
      aliases,
      statement: z.string().min(20),
      rationale: z.string().min(30),
      groundedIn: z
        .object({ frameworks: z.array(reference('frameworks')).default([]), commitments: z.array(reference('commitments')).default([]) })
        .strict()
        .refine((g) => g.frameworks.length + g.commitments.length > 0, { error: 'name at least one framework or commitment this norm rests on' }),
      status: z.enum(NORM_STATUSES),
      discussedAt: z.array(reference('briefings')).default([]),
      sources: sourceList.min(1),
      ...editorial,
    })
    .strict();
}
