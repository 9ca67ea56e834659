import { describe, expect, test } from 'vitest';
import { archiveUrl, frontmatterCitations, sourceNumbers } from '../src/lib/citations.ts';

describe('archiveUrl', () => {
  const url = 'https://www.dni.gov/files/documents/ICA_2017_01.pdf';

  test('derives a Wayback Machine link from the URL and the access date', () => {
    expect(archiveUrl({ id: 'a', url, accessed: '2024-11-20' })).toBe(`https://web.archive.org/web/20241120/${url}`);
  });

  test('pads a partial access date', () => {
    expect(archiveUrl({ id: 'a', url, accessed: '2024-11' })).toBe(`https://web.archive.org/web/20241100/${url}`);
  });

  test("prefers the editor's own archived copy", () => {
    expect(archiveUrl({ id: 'a', url, accessed: '2024-11-20', archived: 'https://archive.ph/abc' })).toBe('https://archive.ph/abc');
  });

  test('keeps the query string of the URL', () => {
    expect(archiveUrl({ id: 'a', url: 'https://x.org/p?id=1&lang=en', accessed: '2020-01-02' })).toBe(
      'https://web.archive.org/web/20200102/https://x.org/p?id=1&lang=en',
    );
  });
});

describe('sourceNumbers', () => {
  test('numbers sources by their position in the list, from 1', () => {
    expect([...sourceNumbers([{ id: 'b' }, { id: 'a' }, { id: 'c' }])]).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
  });

  test('is empty for no sources', () => {
    expect(sourceNumbers([]).size).toBe(0);
  });
});

describe('frontmatterCitations', () => {
  test('finds source fields and criterion source lists, with their paths, but not the source list itself', () => {
    const data = {
      sources: [{ id: 'x', url: 'https://x.org' }],
      responses: [{ source: 'x' }],
      assessment: { criteria: { means: { sources: ['x', 'y'] } } },
    };
    expect(frontmatterCitations(data)).toEqual([
      { id: 'x', path: ['responses', 0, 'source'] },
      { id: 'x', path: ['assessment', 'criteria', 'means', 'sources', 0] },
      { id: 'y', path: ['assessment', 'criteria', 'means', 'sources', 1] },
    ]);
  });
});
