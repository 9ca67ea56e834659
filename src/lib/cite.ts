/**
 * "Cite this page": APA and BibTeX from citation-js (CSL and BibTeX plugins); Chicago
 * (author-date) from a compact CSL style of our own, because citation-js ships only APA,
 * Vancouver and Harvard and no registry package carries the official CSL styles.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import { CHICAGO_AUTHOR_DATE } from './chicago-csl.ts';

const csl = plugins.config.get('@csl') as { styles: { add(name: string, xml: string): void; has(name: string): boolean } };
if (!csl.styles.has('chicago-author-date-web')) csl.styles.add('chicago-author-date-web', CHICAGO_AUTHOR_DATE);

/** What a citation of a casebook page needs. */
export interface CitablePage {
  id: string;
  title: string;
  url: string;
  /** First publication (YYYY-MM-DD). */
  published: string;
  /** Last revision (YYYY-MM-DD); used as the version date. */
  lastReviewed: string;
}

/** The three citation formats a reader can copy. */
export interface Citations {
  apa: string;
  chicago: string;
  bibtex: string;
}

const parts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

/** Citations of a casebook page, in APA, Chicago author-date and BibTeX. */
// No access date: the page is static, and the reader adds the day they read it if their style asks for one.
export function citationsFor(page: CitablePage): Citations {
  const cite = new Cite({
    id: page.id,
    type: 'webpage',
    title: page.title,
    author: [{ literal: 'Red Line Casebook' }],
    'container-title': 'Red Line Casebook',
    URL: page.url,
    issued: parts(page.lastReviewed > page.published ? page.lastReviewed : page.published),
  });
  const text = (template: string) => String(cite.format('bibliography', { format: 'text', template, lang: 'en-US' })).trim();
  return { apa: text('apa'), chicago: text('chicago-author-date-web'), bibtex: String(cite.format('bibtex')).trim() };
}
