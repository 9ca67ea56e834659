/** A roundtable pre-brief: the event, its agenda, its questions linked to evidence, a reading list. */
import { z } from 'astro/zod';
import { isoDate } from './dates.ts';
import { editorial, httpsUrl, sourceList, sourceRef, type ReferenceFactory } from './shared.ts';
import { COLLECTIONS } from './vocab.ts';

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
    return { collection: collection!, id: id! };
  });

const agendaItem = z.object({ title: z.string().min(3), minutes: z.number().int().positive(), description: z.string().min(10) }).strict();
const question = z.object({ question: z.string().min(10), note: z.string().min(10).optional(), links: z.array(entryLink).min(1) }).strict();
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
      date: isoDate.optional(),
      dateNote: z.string().min(5).optional(),
      venue: z.string().min(2).optional(),
      agenda: z.array(agendaItem).min(1),
      questions: z.array(question).min(1),
      figures: z.array(figure).default([]),
      pairs: z.array(z.object({ cases: z.array(reference('cases')).min(2).max(3), why: z.string().min(10) }).strict()).default([]),
      readingList: z.array(reading).default([]),
      outcomes: z.array(z.string().min(10)).default([]),
      moreInfo: httpsUrl.optional(),
      sources: sourceList.min(1),
      ...editorial,
    })
    .strict();
}
