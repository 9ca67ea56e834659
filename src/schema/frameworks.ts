/** A legal framework: a treaty, rule, resolution, judgment, manual, regulation or statute. */
import { z } from 'astro/zod';
import { isoDate, compareDates } from './dates.ts';
import { aliases, editorial, httpsUrl, sourceList, sourceRef, type ReferenceFactory } from './shared.ts';
import { FRAMEWORK_KINDS, SCOPES } from './vocab.ts';

const provision = z.object({ ref: z.string().min(1), summary: z.string().min(10), source: sourceRef }).strict();

/** Builds the framework schema. */
export function frameworkSchema(_reference: ReferenceFactory) {
  return z
    .object({
      title: z.string().min(3),
      shortTitle: z.string().min(2).max(40),
      aliases,
      summary: z.string().min(50).max(700),
      kind: z.enum(FRAMEWORK_KINDS),
      scope: z.enum(SCOPES),
      jurisdiction: z.string().min(2),
      adopted: isoDate,
      inForce: isoDate.optional(),
      binding: z.boolean(),
      provisions: z.array(provision).min(1),
      officialUrl: httpsUrl,
      sources: sourceList.min(1),
      ...editorial,
    })
    .strict()
    .superRefine((f, ctx) => {
      if (f.inForce && compareDates(f.inForce, f.adopted) < 0)
        ctx.addIssue({ code: 'custom', path: ['inForce'], message: `enters into force (${f.inForce}) before it was adopted (${f.adopted})` });
    });
}
