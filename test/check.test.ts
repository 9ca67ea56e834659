/**
 * The content checker on the valid fixture corpus and on small variations of it: each bad input
 * must fail with a message naming the file, the field and the line.
 */
import { describe, expect, test } from 'vitest';
import { check, errorsOf, lineOf, replaceOnce, VALID, validFiles, validText, variant, withFiles } from './helpers.ts';
import type { ContentFile } from '../src/lib/check.ts';
import { COLLECTIONS } from '../src/schema/vocab.ts';

interface Expected {
  file: string;
  field: string | undefined;
  line: number | undefined;
  message: RegExp;
}

/** Asserts that `files` fail with exactly `count` errors, one of which is `want`. */
function expectError(files: ContentFile[], want: Expected, count = 1) {
  const errors = errorsOf(files);
  const seen = errors.map((e) => ({ file: e.file, field: e.field, line: e.line, message: e.message }));
  expect(seen).toContainEqual({
    file: want.file,
    field: want.field,
    line: want.line,
    message: expect.stringMatching(want.message) as unknown,
  });
  expect(errors, errors.map((e) => `${e.file}:${e.line}: ${e.field} — ${e.message}`).join('\n')).toHaveLength(count);
}

/** Edits one file and expects one error at the line of `at` (a text found in the edited file). */
function expectEdit(
  file: string,
  edit: (t: string) => string,
  field: string | undefined,
  at: string | number | undefined,
  message: RegExp,
  count = 1,
) {
  const files = variant(file, edit);
  const text = files.find((f) => f.path === file)!.text;
  expectError(files, { file, field, line: typeof at === 'string' ? lineOf(text, at) : at, message }, count);
}

describe('the valid corpus', () => {
  const result = check(validFiles);

  test('has an entry of each collection (two cases, which compare with each other)', () => {
    expect([...new Set(result.entries.map((e) => e.collection))].sort()).toEqual([...COLLECTIONS].sort());
  });

  test('passes with no errors and no warnings', () => {
    expect(result.problems).toEqual([]);
    expect(result.files).toBe(8);
  });

  test('resolves references into { collection, id }', () => {
    const c = result.entries.find((e) => e.id === 'united-states-2016')!;
    expect(c.data.frameworks).toEqual([{ collection: 'frameworks', id: 'icj-nicaragua-1986' }]);
    expect((c.data.norms as { norm: unknown }[])[0].norm).toEqual({ collection: 'norms', id: 'no-covert-hack-and-leak' });
  });

  test('records cited sources and applies defaults', () => {
    const c = result.entries.find((e) => e.id === 'united-states-2016')!;
    expect([...c.citedIds].sort()).toEqual(['doj-netyksho-2018', 'kremlin-helsinki-2018', 'odni-ica-2017', 'whitehouse-2016-12-29']);
    expect(c.uncitedParagraphs).toEqual([]);
    expect(c.data.draft).toBe(false);
  });
});

describe('frontmatter values', () => {
  test('wrong enum value: names the allowed values and suggests the closest', () => {
    expectEdit(
      VALID.case,
      (t) => replaceOnce(t, 'region: north-america', 'region: north-amerca'),
      'region',
      'region:',
      /^not an allowed value \(expected one of: europe, latin-america, north-america, .*; got "north-amerca"\) — did you mean "north-america"\?$/,
    );
  });

  test('wrong enum value inside a list item', () => {
    expectEdit(
      VALID.case,
      (t) => replaceOnce(t, 'kind: expulsion', 'kind: expulsoin'),
      'responses.0.kind',
      'kind: expulsoin',
      /got "expulsoin"\) — did you mean "expulsion"\?$/,
    );
  });

  test('missing required field', () => {
    expectEdit(VALID.case, (t) => replaceOnce(t, /^summary: .*\n/m, ''), 'summary', 2, /^is required but missing$/);
  });

  test('missing required enum field says it is missing and lists the values', () => {
    expectEdit(
      VALID.case,
      (t) => replaceOnce(t, /^origin: .*\n/m, ''),
      'origin',
      2,
      /^is required but missing \(expected one of: foreign, domestic, mixed\)$/,
    );
  });

  test('a string where a list is expected', () => {
    expectEdit(
      VALID.case,
      (t) => replaceOnce(t, 'tactics:\n  - hack-and-leak', 'tactics: hack-and-leak'),
      'tactics',
      'tactics:',
      /^wrong kind of value \(expected a list, got "hack-and-leak"\)$/,
    );
  });

  test('a list where text is expected', () => {
    expectEdit(
      VALID.term,
      (t) => replaceOnce(t, 'term: "Disinformation"', 'term: [Disinformation]'),
      'term',
      'term:',
      /expected text, got a list \(1 items\)/,
    );
  });

  test('an unknown (misspelt) field is reported on its own line', () => {
    expectEdit(
      VALID.case,
      (t) => replaceOnce(t, 'origin: foreign', 'origin: foreign\norigni: foreign'),
      '(frontmatter)',
      'origni:',
      /^unknown field "origni"/,
    );
  });

  test('text too short', () => {
    expectEdit(
      VALID.term,
      (t) => replaceOnce(t, /^definition: .*$/m, 'definition: "Lies."'),
      'definition',
      'definition:',
      /^too short \(expected at least 30 characters, got 5 characters\)$/,
    );
  });

  test('end before start (period.end before period.start)', () => {
    expectEdit(
      VALID.case,
      (t) => replaceOnce(t, 'end: "2016-11-08"', 'end: "2015-01-01"'),
      'period.end',
      'end: "2015-01-01"',
      /^ends \(2015-01-01\) before it starts \(2016-03\)$/,
    );
  });

  test('a framework in force before it was adopted', () => {
    expectEdit(
      VALID.framework,
      (t) => replaceOnce(t, 'binding: true', 'inForce: "1985-01-01"\nbinding: true'),
      'inForce',
      'inForce:',
      /enters into force \(1985-01-01\) before it was adopted \(1986-06-27\)/,
    );
  });

  test('a norm grounded in nothing', () => {
    expectEdit(
      VALID.norm,
      (t) => replaceOnce(t, '  frameworks: [icj-nicaragua-1986]\n  commitments: [paris-call]', '  frameworks: []\n  commitments: []'),
      'groundedIn',
      'groundedIn:',
      /name at least one framework or commitment/,
    );
  });

  test('two sources with the same id', () => {
    const dup =
      '  - id: odni-ica-2017\n    title: "Again"\n    publisher: "ODNI"\n    url: "https://www.dni.gov/"\n    accessed: "2024-11-20"\n    kind: primary\n    type: official\npublished:';
    const files = variant(VALID.case, (t) => replaceOnce(t, /^published:/m, dup));
    const text = files.find((f) => f.path === VALID.case)!.text;
    const line = text.split('\n').lastIndexOf('  - id: odni-ica-2017') + 1;
    expectError(files, {
      file: VALID.case,
      field: 'sources.4.id',
      line,
      message: /^duplicate source id "odni-ica-2017" \(each source needs its own id\)$/,
    });
  });

  test('an invalid country code', () => {
    expectEdit(
      VALID.case,
      (t) => replaceOnce(t, 'country: "US"', 'country: "USA"'),
      'country',
      'country: "USA"',
      /^"USA" is not an ISO 3166-1 alpha-2 country code/,
    );
  });
});

describe('dates', () => {
  test('an impossible date, quoted: 2019-13-45', () => {
    expectEdit(
      VALID.case,
      (t) => replaceOnce(t, 'date: "2016-11-08"', 'date: "2019-13-45"'),
      'elections.0.date',
      '2019-13-45',
      /^"2019-13-45" is not a real calendar date \(expected YYYY-MM-DD, YYYY-MM or YYYY\)$/,
    );
  });

  test('an impossible date, unquoted (YAML must not roll it over into another date)', () => {
    expectEdit(
      VALID.case,
      (t) => replaceOnce(t, 'date: "2016-11-08"', 'date: 2019-13-45'),
      'elections.0.date',
      '2019-13-45',
      /"2019-13-45" is not a real calendar date/,
    );
  });

  test('29 February in a year that is not a leap year', () => {
    expectEdit(
      VALID.term,
      (t) => replaceOnce(t, 'lastReviewed: "2024-11-20"', 'lastReviewed: "2023-02-29"'),
      'lastReviewed',
      'lastReviewed:',
      /"2023-02-29" is not a real calendar date/,
    );
  });

  test('a date that is not a date at all', () => {
    expectEdit(
      VALID.framework,
      (t) => replaceOnce(t, 'adopted: "1986-06-27"', 'adopted: "27 June 1986"'),
      'adopted',
      'adopted:',
      /"27 June 1986" is not a real calendar date/,
    );
  });

  test('a future date on a past event (accessed: "2099-01-01")', () => {
    expectEdit(
      VALID.case,
      (t) => replaceOnce(t, 'accessed: "2024-11-20"', 'accessed: "2099-01-01"'),
      'sources.0.accessed',
      '2099-01-01',
      /^"2099-01-01" is in the future, but this records something that has already happened \(today is \d{4}-\d{2}-\d{2}\)$/,
    );
  });

  test('a future date is fine where the event may lie ahead (an election)', () => {
    const files = variant(VALID.case, (t) => replaceOnce(t, 'date: "2016-11-08"', 'date: "2099-11-08"'));
    expect(errorsOf(files)).toEqual([]);
  });
});

describe('YAML syntax', () => {
  test('a colon inside an unquoted value', () => {
    expectEdit(
      VALID.case,
      (t) =>
        replaceOnce(
          t,
          'role: "Alleged hacking and publication of stolen documents"',
          'role: Alleged hacking: publication of stolen documents',
        ),
      'actors.0.role',
      'role: Alleged',
      /^YAML syntax error: Nested mappings are not allowed in compact mappings$/,
    );
  });

  test('a field given twice', () => {
    // Reported on the second "related:" (line 5), the one to delete.
    expectEdit(
      VALID.term,
      (t) => replaceOnce(t, 'related: []', 'related: []\nrelated: []'),
      'related',
      lineOf(validText(VALID.term), 'related:') + 1,
      /^YAML syntax error: Map keys must be unique$/,
    );
  });

  test('bad indentation (reported on the misaligned line, with the last field read before it)', () => {
    expectEdit(
      VALID.case,
      (t) => replaceOnce(t, '  end: "2016-11-08"', '     end: "2016-11-08"'),
      'period.start',
      'end: "2016-11-08"',
      /^YAML syntax error: All mapping items must start at the same column$/,
    );
  });

  test('no frontmatter at all', () => {
    expectEdit(VALID.term, (t) => t.slice(t.indexOf('\n---\n') + 5), undefined, 1, /^no frontmatter/);
  });
});

describe('references', () => {
  test('an unknown reference', () => {
    expectEdit(
      VALID.case,
      (t) => replaceOnce(t, 'frameworks: [icj-nicaragua-1986]', 'frameworks: [icj-nicaragua-1968]'),
      'frameworks.0',
      'frameworks: [icj',
      /^refers to "icj-nicaragua-1968", but there is no such entry in frameworks \(expected a file content\/frameworks\/icj-nicaragua-1968\.mdx; 1 frameworks exist\)$/,
    );
  });

  test('an unknown norm in a verdict', () => {
    expectEdit(
      VALID.case,
      (t) => replaceOnce(t, 'norm: no-covert-hack-and-leak', 'norm: no-hack-and-leak'),
      'norms.0.norm',
      'norm: no-hack-and-leak',
      /refers to "no-hack-and-leak", but there is no such entry in norms/,
    );
  });

  test('an unknown entry link in a briefing ("collection/id")', () => {
    expectEdit(
      VALID.briefing,
      (t) => replaceOnce(t, '"cases/united-states-2016"]', '"cases/united-states-2020"]'),
      'questions.0.links.1',
      'cases/united-states-2020',
      /refers to "united-states-2020", but there is no such entry in cases/,
    );
  });

  test('an entry link to a collection that does not exist', () => {
    expectEdit(
      VALID.briefing,
      (t) => replaceOnce(t, '"glossary/disinformation"', '"terms/disinformation"'),
      'questions.0.links.0',
      'terms/disinformation',
      /"terms\/disinformation" is not an entry link/,
    );
  });

  test('a reference to the wrong collection, whose id appears elsewhere in the file, is reported where it is written', () => {
    expectEdit(
      VALID.norm,
      (t) => replaceOnce(t, 'commitments: [paris-call]', 'commitments: [icj-nicaragua-1986]'),
      'groundedIn.commitments.0',
      'commitments: [icj',
      /refers to "icj-nicaragua-1986", but there is no such entry in commitments/,
    );
  });

  test('a reference that is not an id', () => {
    expectEdit(
      VALID.case,
      (t) => replaceOnce(t, 'commitments: [paris-call]', 'commitments: ["Paris Call"]'),
      'commitments.0',
      'commitments:',
      /"Paris Call" is not a valid id/,
    );
  });
});

describe('citations', () => {
  test('an unknown citation in the body', () => {
    expectEdit(
      VALID.case,
      (t) => replaceOnce(t, '<Cite id="kremlin-helsinki-2018" />', '<Cite id="kremlin-2018" />'),
      'body',
      'kremlin-2018',
      /^<Cite id="kremlin-2018" \/> names no source of this entry \(expected one of: odni-ica-2017, doj-netyksho-2018, whitehouse-2016-12-29, kremlin-helsinki-2018\)$/,
    );
  });

  test('an unknown source cited from the frontmatter', () => {
    expectEdit(
      VALID.case,
      (t) => replaceOnce(t, 'source: whitehouse-2016-12-29', 'source: white-house'),
      'responses.0.source',
      'source: white-house',
      /^cites "white-house", which is not in this entry's sources/,
    );
  });

  test('an unknown source in a rubric criterion', () => {
    expectEdit(
      VALID.case,
      (t) => replaceOnce(t, 'sources: [odni-ica-2017]', 'sources: [odni-2017]'),
      'assessment.criteria.target.sources.0',
      'sources: [odni-2017]',
      /cites "odni-2017"/,
    );
  });

  test('<Cite> without an id', () => {
    expectEdit(
      VALID.term,
      (t) => replaceOnce(t, '<Cite id="wardle-derakhshan-2017" />', '<Cite />'),
      'body',
      '<Cite />',
      /^<Cite> needs an id/,
    );
  });

  test('a listed source that is never cited is a warning, not an error', () => {
    const files = variant(VALID.term, (t) => replaceOnce(t, ' <Cite id="wardle-derakhshan-2017" />', ''));
    const { problems } = check(files);
    expect(problems).toEqual([
      expect.objectContaining({
        file: VALID.term,
        severity: 'warning',
        field: 'sources.0',
        line: 6,
        message: 'source "wardle-derakhshan-2017" is listed but never cited',
      }),
    ]);
  });
});

describe('sources', () => {
  test('a non-https source URL', () => {
    expectEdit(
      VALID.case,
      (t) => replaceOnce(t, 'url: "https://www.dni.gov', 'url: "http://www.dni.gov'),
      'sources.0.url',
      'http://www.dni.gov',
      /^"http:\/\/www\.dni\.gov\/files\/documents\/ICA_2017_01\.pdf" must use https:\/\//,
    );
  });

  test('a non-https archived copy', () => {
    expectEdit(
      VALID.case,
      (t) => replaceOnce(t, 'archived: "https://web.archive.org', 'archived: "http://web.archive.org'),
      'sources.2.archived',
      'archived:',
      /must use https:\/\//,
    );
  });

  test('a URL that is not a URL', () => {
    expectEdit(
      VALID.term,
      (t) => replaceOnce(t, /url: ".*"/, 'url: "rm.coe.int/information-disorder"'),
      'sources.0.url',
      'url:',
      /is not an absolute URL/,
    );
  });

  test('a source without its access date', () => {
    expectEdit(
      VALID.term,
      (t) => replaceOnce(t, /^ {4}accessed: .*\n/m, ''),
      'sources.0.accessed',
      '- id: wardle',
      /^is required but missing \(a date: "YYYY-MM-DD", "YYYY-MM" or "YYYY"\)$/,
    );
  });

  test('an unquoted year is a number, not a date', () => {
    expectEdit(
      VALID.term,
      (t) => replaceOnce(t, 'date: "2017-09-27"', 'date: 2017'),
      'sources.0.date',
      'date: 2017',
      /^write the date as quoted text: .*\(got the number 2017\)$/,
    );
  });
});

describe('unsafe or foreign MDX', () => {
  test('<script> in MDX', () => {
    expectEdit(VALID.term, (t) => `${t}\n<script>alert(1)</script>\n`, 'body', '<script>', /^<script> is not allowed in content$/);
  });

  test('<script> inside a paragraph', () => {
    expectEdit(
      VALID.term,
      (t) => `${t}\nSee <script>alert(1)</script> here.\n`,
      'body',
      '<script>',
      /^<script> is not allowed in content$/,
    );
  });

  test('a javascript: link', () => {
    expectEdit(
      VALID.term,
      (t) => `${t}\n[Read more](javascript:alert(1))\n`,
      'body',
      'javascript:',
      /^unsafe link target "javascript:alert\(1\)"/,
    );
  });

  test('a javascript: URL in an HTML attribute', () => {
    expectEdit(
      VALID.term,
      (t) => `${t}\n<a href="javascript:alert(1)">Read more</a>\n`,
      'body',
      'javascript:',
      /^unsafe URL "javascript:alert\(1\)" in <a href>/,
    );
  });

  test('an inline event handler', () => {
    expectEdit(
      VALID.term,
      (t) => `${t}\n<img src="x.png" alt="" onerror="alert(1)" />\n`,
      'body',
      'onerror',
      /^inline event handler "onerror" on <img> is not allowed$/,
    );
  });

  test('an import from outside src/components/content/', () => {
    expectEdit(
      VALID.term,
      (t) => replaceOnce(t, '---\n\nThe term', "---\n\nimport Check from '../../../../src/lib/check.ts';\n\nThe term"),
      'body',
      'import Check',
      /^import from "\.\.\/\.\.\/\.\.\/\.\.\/src\/lib\/check\.ts" is not allowed \(content may only import from src\/components\/content\//,
    );
  });

  test('an import of a package', () => {
    expectEdit(
      VALID.term,
      (t) => replaceOnce(t, '---\n\nThe term', "---\n\nimport fs from 'node:fs';\n\nThe term"),
      'body',
      'import fs',
      /^import from "node:fs" is not allowed/,
    );
  });

  test('an import from src/components/content/ is allowed', () => {
    const files = variant(VALID.term, (t) =>
      replaceOnce(t, '---\n\nThe term', "---\n\nimport Cite from '../../src/components/content/Cite.astro';\n\nThe term"),
    );
    expect(errorsOf(files)).toEqual([]);
  });

  test('an export statement', () => {
    expectEdit(VALID.term, (t) => `${t}\nexport const x = 1;\n`, 'body', 'export const', /^export statements are not allowed in content$/);
  });

  test('a curly-brace expression', () => {
    expectEdit(VALID.term, (t) => `${t}\nThe count is {1 + 1}.\n`, 'body', '{1 + 1}', /^curly-brace expressions are not allowed/);
  });

  test('a component that content may not use', () => {
    expectEdit(VALID.term, (t) => `${t}\n<Chart data="x" />\n`, 'body', '<Chart', /^unknown component <Chart> \(available: Cite\)$/);
  });

  test('an MDX syntax error', () => {
    expectEdit(VALID.term, (t) => `${t}\n<div>never closed\n`, 'body', '<div>', /^MDX syntax error: Expected a closing tag for `<div>`/);
  });
});

describe('files and ids', () => {
  test('an empty file', () => {
    const files = withFiles({ path: 'content/glossary/empty.mdx', text: '' });
    expectError(files, { file: 'content/glossary/empty.mdx', field: undefined, line: 1, message: /^the file is empty$/ });
  });

  test('a duplicate id (x.md and x.mdx)', () => {
    const files = withFiles({ path: 'content/tactics/hack-and-leak.md', text: validText(VALID.tactic) });
    expectError(files, {
      file: 'content/tactics/hack-and-leak.md',
      field: 'id',
      line: undefined,
      message: /^duplicate id "hack-and-leak" in tactics \(also content\/tactics\/hack-and-leak\.mdx\); rename one file$/,
    });
  });

  test('a file name that is not a valid id', () => {
    const files = withFiles({ path: 'content/glossary/Mal_Information.mdx', text: validText(VALID.term) });
    expectError(files, {
      file: 'content/glossary/Mal_Information.mdx',
      field: 'id',
      line: undefined,
      message: /^file name "Mal_Information" is not a valid id/,
    });
  });

  test('a file outside any collection', () => {
    const files = withFiles({ path: 'content/drafts/x.mdx', text: validText(VALID.term) });
    expectError(files, { file: 'content/drafts/x.mdx', field: undefined, line: undefined, message: /^not inside a collection folder/ });
  });

  test('template text left in: each placeholder at its own line, and no second complaint about it', () => {
    const files = variant(VALID.term, (t) =>
      replaceOnce(
        replaceOnce(t, /^definition: .*$/m, 'definition: "TODO the definition, in our own words."'),
        'date: "2017-09-27"',
        'date: "YYYY-MM-DD"',
      ),
    );
    const text = files.find((f) => f.path === VALID.term)!.text;
    expect(errorsOf(files).map((e) => `${e.line} ${e.field} ${e.message}`)).toEqual([
      `${lineOf(text, 'definition:')} definition template text left in: replace it with real content (see the comment above the field)`,
      `${lineOf(text, 'YYYY-MM-DD')} sources.0.date template text left in: replace it with real content (see the comment above the field)`,
    ]);
  });
});

describe('source addresses', () => {
  const url = (u: string, extra = '') =>
    variant(VALID.case, (t) => replaceOnce(t, 'url: "https://www.dni.gov/files/documents/ICA_2017_01.pdf"', `url: "${u}"${extra}`));
  test.each([
    [
      'an aggregator',
      'https://www.scribd.com/document/123/ica',
      /^scribd\.com republishes other publishers' documents: cite the original publisher's address, or, if no original is online, add "copy: true"/,
    ],
    ['an AMP page', 'https://globalnews.ca/news/4263356/g7-election-meddling/amp', /is an AMP copy of a page/],
    ['a staging server', 'https://irishtimes-irishtimes-staging.cdn.arcpublishing.com/news/x', /is a staging or content-delivery server/],
    ['a truncated link', 'https://www.dni.gov/files/documents/ICA_2017…', /looks truncated/],
    ['a feed', 'https://feeds.bbci.co.uk/news/world/rss.xml', /is a news feed, not the article/],
  ])('refuses %s', (_what, u, message) => {
    expectError(url(u), {
      file: VALID.case,
      field: 'sources.0.url',
      line: lineOf(validText(VALID.case), 'url: "https://www.dni.gov/files/documents/ICA_2017_01.pdf"'),
      message,
    });
  });

  test('accepts an aggregator marked as a copy', () => {
    expect(errorsOf(url('https://www.scribd.com/document/123/ica', '\n    copy: true'))).toEqual([]);
  });

  test("refuses a publisher that says it is someone else's copy", () => {
    expectEdit(
      VALID.case,
      (t) => replaceOnce(t, 'publisher: "Office of the Director of National Intelligence"', 'publisher: "Reuters (via The Star)"'),
      'sources.0.publisher',
      'publisher: "Reuters (via The Star)"',
      /says this is a copy of someone else's story or document/,
    );
  });
});

describe('the nearest comparable case', () => {
  test('may not be the case itself', () => {
    expectEdit(
      VALID.case,
      (t) => replaceOnce(t, 'case: france-2017', 'case: united-states-2016'),
      'assessment.comparedWith.case',
      'case: united-states-2016',
      /^names this case itself/,
    );
  });

  test('must exist', () => {
    expectEdit(
      VALID.case,
      (t) => replaceOnce(t, 'case: france-2017', 'case: france-2022'),
      'assessment.comparedWith.case',
      'case: france-2022',
      /^refers to "france-2022", but there is no such entry in cases/,
    );
  });
});

describe('a case outside any election', () => {
  test('needs a reason when it names no election', () => {
    expectEdit(
      VALID.case,
      (t) => replaceOnce(t, /elections:\n(?: {2}.*\n)+/, 'elections: []\n'),
      'elections',
      'elections: []',
      /^names no election: list the election\(s\) concerned, or explain in "electionContext"/,
    );
  });

  test('passes with electionContext', () => {
    const files = variant(VALID.case, (t) =>
      replaceOnce(
        t,
        /elections:\n(?: {2}.*\n)+/,
        'elections: []\nelectionContext: "A covert influence programme between elections, kept as a comparison."\n',
      ),
    );
    expect(errorsOf(files)).toEqual([]);
  });
});

describe('translations', () => {
  const translation = (front: string, body = 'Texte traduit <Cite id="odni-ica-2017" />.') =>
    withFiles({
      path: 'content/cases/fr/united-states-2016.mdx',
      text: `---\nlang: fr\ntranslatedFrom: "2024-11-20"\n${front}---\n\n${body}\n`,
    });
  const FILE = 'content/cases/fr/united-states-2016.mdx';

  test('a translation of text fields passes, partial lists included', () => {
    expect(
      errorsOf(
        translation(
          'title: "États-Unis 2016 : piratage et fuite contre une campagne présidentielle"\nelections:\n  - name: "Élection présidentielle"\n',
        ),
      ),
    ).toEqual([]);
  });

  test('a changed fact is refused, naming the original value', () => {
    const files = translation('elections:\n  - date: "2016-11-09"\n');
    expectError(files, {
      file: FILE,
      field: 'elections.0.date',
      line: 5,
      message: /^is a fact of the original and must be the same in a translation \(original: "2016-11-08", translation: "2016-11-09"\)/,
    });
  });

  test('a repeated fact that matches is accepted', () => {
    expect(errorsOf(translation('region: north-america\nelections:\n  - date: "2016-11-08"\n'))).toEqual([]);
  });

  test('text for a list item the original does not have is refused', () => {
    expectError(translation('actors:\n  - role: "piratage et fuite"\n  - role: "un deuxième rôle"\n'), {
      file: FILE,
      field: 'actors.1.role',
      line: 6,
      message: /^translates a field the original does not have/,
    });
  });

  test('the folder sets the language; the original must exist; a citation must name an original source', () => {
    expectError(translation('', 'Texte <Cite id="nowhere" />.'), {
      file: FILE,
      field: 'body',
      line: 6,
      message: /^<Cite id="nowhere" \/> names no source of the original entry/,
    });
    const wrongLang = withFiles({ path: FILE, text: '---\nlang: es\ntranslatedFrom: "2024-11-20"\n---\n\nTexte.\n' });
    expectError(wrongLang, { file: FILE, field: 'lang', line: 2, message: /^must be "fr", the language of the folder it is in/ });
    const orphan = withFiles({ path: 'content/cases/fr/nowhere-2016.mdx', text: '---\nlang: fr\ntranslatedFrom: "2024-11-20"\n---\n' });
    expectError(orphan, {
      file: 'content/cases/fr/nowhere-2016.mdx',
      field: undefined,
      line: undefined,
      message: /^translates content\/cases\/nowhere-2016\.mdx, which does not exist/,
    });
  });

  test('a translation made before the original was last reviewed is flagged (a warning)', () => {
    const files = withFiles({ path: FILE, text: '---\nlang: fr\ntranslatedFrom: "2024-11-01"\n---\n\nTexte.\n' });
    expect(
      check(files)
        .problems.filter((p) => p.file === FILE)
        .map((p) => `${p.severity} ${p.field} ${p.message}`),
    ).toEqual([
      'warning translatedFrom the original was reviewed on 2024-11-20, after this translation (made from 2024-11-01): update the translation, then translatedFrom',
    ]);
  });

  test('a translated text that breaks the schema is refused (too long a summary)', () => {
    expectError(translation(`summary: "${'x'.repeat(701)}"\n`), {
      file: FILE,
      field: 'summary',
      line: 4,
      message: /^too long \(expected at most 700 characters/,
    });
  });

  test('a language the site does not have is not a translation folder', () => {
    const files = withFiles({ path: 'content/cases/de/united-states-2016.mdx', text: '---\nlang: fr\n---\n' });
    expectError(files, {
      file: 'content/cases/de/united-states-2016.mdx',
      field: undefined,
      line: undefined,
      message: /^not inside a collection folder/,
    });
  });
});

describe('every problem in one run', () => {
  test('problems from several files are all reported, sorted by file and line', () => {
    let files = variant(VALID.case, (t) =>
      replaceOnce(replaceOnce(t, 'region: north-america', 'region: nowhere'), 'end: "2016-11-08"', 'end: "2015-01-01"'),
    );
    files = files.map((f) => (f.path === VALID.term ? { ...f, text: replaceOnce(f.text, 'url: "https://', 'url: "http://') } : f));
    files.push({ path: 'content/norms/empty.mdx', text: '' });
    const errors = errorsOf(files);
    expect(errors.map((e) => `${e.file}:${e.line} ${e.field}`)).toEqual([
      `${VALID.case}:5 region`,
      `${VALID.case}:14 period.end`,
      `${VALID.term}:11 sources.0.url`,
      'content/norms/empty.mdx:1 undefined',
    ]);
  });
});
