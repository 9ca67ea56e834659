/**
 * Building blocks shared by every collection: sources, corrections, references and slugs.
 */
import { z } from 'astro/zod';
import type { CollectionName } from './vocab.ts';
import { SOURCE_KINDS, SOURCE_TYPES, LANGUAGES } from './vocab.ts';
import { isoDate, pastDate } from './dates.ts';
import { isCountryCode } from './countries.ts';

/**
 * Builds the schema of a reference to another collection. Injected so that the same schemas
 * serve the Astro build (which passes `reference` from `astro:content`) and the fast checker,
 * the JSON Schema export and the tests (which pass {@link plainReference}).
 */
export type ReferenceFactory = (collection: CollectionName) => z.ZodType<{ id: string; collection: string }, unknown>;

/** A lowercase kebab-case identifier: stable, URL-safe, used in exports. */
export const slug = z
  .string({ error: 'expected an id in lowercase-kebab-case' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: (iss) => `"${String(iss.input)}" is not a valid id (expected lowercase letters, digits and hyphens, e.g. "osce-2014")` });

/** Reference used outside Astro: an entry id that becomes `{ id, collection }`, as Astro's does. */
export const plainReference: ReferenceFactory = (collection) => slug.transform((id) => ({ id, collection }));

/** An ISO 3166-1 alpha-2 country code, upper case. */
export const country = z
  .string({ error: 'expected an ISO 3166-1 alpha-2 country code such as "UA"' })
  .refine(isCountryCode, { error: (iss) => `"${String(iss.input)}" is not an ISO 3166-1 alpha-2 country code (e.g. "UA", "BR")` });

/** An absolute https URL: sources must be reachable and not downgraded. */
export const httpsUrl = z
  .url({ error: (iss) => `"${String(iss.input)}" is not an absolute URL` })
  .refine((u) => u.startsWith('https://'), { error: (iss) => `"${String(iss.input)}" must use https:// (use the https address of the source or its archived copy)` });

/** One cited source. Bodies cite it with `<Cite id="…" />`. */
export const source = z
  .object({
    id: slug,
    title: z.string().min(3),
    author: z.string().optional(),
    publisher: z.string().min(2),
    date: isoDate.optional(),
    url: httpsUrl,
    accessed: pastDate,
    archived: httpsUrl.optional(),
    // The cited address is a copy (a mirror, an aggregator, a syndicated wire story) because the
    // original publisher's own could not be found online. Shown to readers; counted by `npm run sources`.
    copy: z.boolean().optional(),
    kind: z.enum(SOURCE_KINDS),
    type: z.enum(SOURCE_TYPES),
  })
  .strict();
export type Source = z.infer<typeof source>;

/** A list of sources with unique ids. */
export const sourceList = z.array(source).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((s, i) => {
    if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate source id "${s.id}" (each source needs its own id)` });
    seen.add(s.id);
  });
});

/** One entry in an entry's public corrections log. */
export const correction = z.object({ date: pastDate, summary: z.string().min(10) }).strict();

/** Fields every entry carries: review date, corrections log, language, draft flag. */
export const editorial = {
  lastReviewed: pastDate,
  corrections: z.array(correction).default([]),
  lang: z.enum(LANGUAGES).default('en'),
  draft: z.boolean().default(false),
};

/**
 * Other names readers search for (an acronym, a common name, the name in another legal system):
 * shown as "Also known as" and weighted in search, so "foreign agent registry" finds FARA.
 */
export const aliases = z.array(z.string().min(2).max(80)).default([]);

/** A source id cited from frontmatter (a claim, a response, a rationale). */
export const sourceRef = slug;
