import { describe, expect, test } from 'vitest';
import { backlinks, brokenRefs, findRefs, pathOfValue, referrers, refKey, type EntryLike } from '../src/lib/references.ts';
import { check, validFiles } from './helpers.ts';

const ref = (collection: string, id: string) => ({ collection, id });

describe('backlinks', () => {
  const entries: EntryLike[] = [
    {
      collection: 'cases',
      id: 'a',
      data: { frameworks: [ref('frameworks', 'f1'), ref('frameworks', 'f2')], norms: [{ norm: ref('norms', 'n1') }] },
    },
    { collection: 'cases', id: 'b', data: { frameworks: [ref('frameworks', 'f1'), ref('frameworks', 'f1')] } },
    { collection: 'norms', id: 'n1', data: { groundedIn: { frameworks: [ref('frameworks', 'f1')] } } },
    { collection: 'glossary', id: 'g', data: { related: [ref('glossary', 'g')] } },
  ];
  const links = backlinks(entries);

  test('lists every entry that references a target, once each, in input order', () => {
    expect(links.get('frameworks/f1')).toEqual([ref('cases', 'a'), ref('cases', 'b'), ref('norms', 'n1')]);
    expect(links.get('frameworks/f2')).toEqual([ref('cases', 'a')]);
    expect(links.get('norms/n1')).toEqual([ref('cases', 'a')]);
  });

  test('ignores self-references and unreferenced entries', () => {
    expect(links.has('glossary/g')).toBe(false);
    expect(links.has('cases/a')).toBe(false);
  });

  test('referrers filters by collection', () => {
    expect(referrers(links, ref('frameworks', 'f1'), 'norms')).toEqual([ref('norms', 'n1')]);
    expect(referrers(links, ref('frameworks', 'nope'), 'cases')).toEqual([]);
  });

  test('on the valid corpus, each page can list what references it (briefings link entries as "collection/id")', () => {
    const { entries: checked } = check(validFiles);
    const all = backlinks(checked);
    const briefing = ref('briefings', 'red-line-roundtable');
    const theCase = ref('cases', 'united-states-2016');
    const norm = ref('norms', 'no-covert-hack-and-leak');
    expect(all.get('frameworks/icj-nicaragua-1986')).toEqual([briefing, theCase, ref('commitments', 'paris-call'), norm]);
    expect(all.get('commitments/paris-call')).toEqual([briefing, theCase, norm]);
    expect(all.get('norms/no-covert-hack-and-leak')).toEqual([briefing, theCase]);
    // The two fixture cases compare with each other: the nearest comparable case is a backlink too.
    expect(all.get('tactics/hack-and-leak')).toEqual([briefing, ref('cases', 'france-2017'), theCase]);
    expect(all.get('glossary/disinformation')).toEqual([briefing]);
    expect(all.get('briefings/red-line-roundtable')).toEqual([norm]);
    expect(all.get('cases/united-states-2016')).toEqual([briefing, ref('cases', 'france-2017')]);
    expect(all.get('cases/france-2017')).toEqual([theCase]);
  });
});

describe('findRefs, brokenRefs, pathOfValue', () => {
  test('findRefs returns references with their paths and skips look-alikes', () => {
    const data = { a: [ref('tactics', 't')], b: { collection: 'nope', id: 'x' }, c: { collection: 'cases', id: 'c', extra: 1 } };
    expect(findRefs(data)).toEqual([{ ref: ref('tactics', 't'), path: ['a', 0] }]);
  });

  test('brokenRefs names the missing targets', () => {
    const entry: EntryLike = { collection: 'cases', id: 'a', data: { tactics: [ref('tactics', 't'), ref('tactics', 'u')] } };
    expect(brokenRefs(entry, new Set(['tactics/t']))).toEqual([{ ref: ref('tactics', 'u'), path: ['tactics', 1] }]);
  });

  test('pathOfValue and refKey', () => {
    expect(pathOfValue({ a: [{ b: 'x' }] }, 'x')).toEqual(['a', 0, 'b']);
    expect(pathOfValue({ a: 1 }, 'x')).toBe(undefined);
    expect(refKey(ref('cases', 'a'))).toBe('cases/a');
  });
});
