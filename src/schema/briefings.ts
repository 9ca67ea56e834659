/** A roundtable pre-brief: the event, its agenda, its questions linked to evidence, a reading list. */
import { z } from 'astro/zod';
import { isoDate } from './dates.ts';
import { country, editorial, httpsUrl, sourceList, sourceRef, type ReferenceFactory } from './shared.ts';
import { COLLECTIONS, REGIONS } from './vocab.ts';

const LINK = new RegExp(`^(${COLLECTIONS.join('|')})/([a-z0-9]+(?:-[a-z0-9]+)*)$`);

/**
 * A link to any entry, written "collection/id" (e.g. "cases/ukraine-2014"), because a question
 * can be answered by a case, a framework or a norm alike. Existence is checked with the other references.
 */
export const entryLink = z
  .string()
  .regex(LINK, { error: (iss) => `"${String(iss.input)}" is not an entry link (expected "collection/id", e.g. "cases/ukraine-2014", with collection one of ${COLLECTIONS.join(', ')})` })
  .transform((s) => {
    const [, collection, id] = LINK.exec(s)!;
    return { collection: collection, id: id };
  });

const agendaItem = z.object({ title: z.string().min(3), minutes: z.number().int().positive(), description: z.string().min(10) }).strict();
const question = z
  .object({
    question: z.string().min(10),
    note: z.string().min(10).optional(),
    // What the moderator can ask to move the discussion from positions to evidence.
    prompts: z.array(z.string().min(10)).default([]),
    links: z.array(entryLink).min(1),
  })
  .strict();
const reading = z.union([
  z.object({ entry: entryLink, why: z.string().min(5) }).strict(),
  z.object({ source: sourceRef, why: z.string().min(5) }).strict(),
]);
const figure = z.object({ figure: z.string().min(10), source: sourceRef }).strict();

/** Builds the briefing schema. */
export function briefingSchema(reference: ReferenceFactory) {
  return z
    .object({
      title: z.string().min(5),
      event: z.string().min(5),
      summary: z.string().min(50).max(700),
      // The one-screen summary: what a participant must take into the room, in three to six points.
      keyPoints: z.array(z.string().min(20)).min(3).max(6),
      date: isoDate.optional(),
      dateNote: z.string().min(5).optional(),
      venue: z.string().min(2).optional(),
      // The rule the discussion is held under, shown as a notice at the top of the pre-brief.
      rule: z.enum(['chatham-house', 'on-the-record']).optional(),
      // The cases the deep dive covers, shown in one placement table: by targeted country and by region.
      focus: z
        .object({ countries: z.array(country).default([]), regions: z.array(z.enum(REGIONS)).default([]) })
        .strict()
        .optional(),
      agenda: z.array(agendaItem).min(1),
      questions: z.array(question).min(1),
      figures: z.array(figure).default([]),
      pairs: z
        .array(
          z
            .object({ cases: z.array(reference('cases')).min(2).max(3), why: z.string().min(10), minutes: z.number().int().positive().optional() })
            .strict(),
        )
        .default([]),
      // Candidate norms put to the outcome session as draft texts for agreement.
      draftNorms: z.array(reference('norms')).default([]),
      readingList: z.array(reading).default([]),
      outcomes: z.array(z.string().min(10)).default([]),
      moreInfo: httpsUrl.optional(),
      sources: sourceList.min(1),
      ...editorial,
    })
    .strict();
}
