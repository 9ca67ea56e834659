/**
 * The bridge between the casebook and its STIX export: builds every bundle once per build, from
 * the English originals, for the endpoints in src/pages/data/stix/.
 */
import { getCasebook } from './casebook.ts';
import { casebookStix } from '../lib/stix.ts';
import type { DisarmData } from '../lib/disarm.ts';
import disarm from './disarm-attack-patterns.json' with { type: 'json' };

let cached: Promise<ReturnType<typeof casebookStix>> | undefined;

/** Every STIX bundle of the casebook; `base` is the site's root URL (with the base path). */
export function stixBundles(base: string) {
  return (cached ??= getCasebook().then((book) =>
    casebookStix(book.cases, book.tactics, { siteUrl: base, caseUrl: (id) => `${base}cases/${id}/`, disarm: disarm as DisarmData }),
  ));
}
