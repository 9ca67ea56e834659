/** Where pages live: entry paths, base paths and the locale prefixes. */
import { describe, expect, test } from 'vitest';
import { entryPath, linker, localePath, unlocalizedPath, withBase } from '../src/lib/urls.ts';

describe('URLs', () => {
  test('entries, with glossary terms as anchors of one page', () => {
    expect(entryPath({ collection: 'cases', id: 'bolivia-2019' })).toBe('/cases/bolivia-2019/');
    expect(entryPath({ collection: 'glossary', id: 'fimi' })).toBe('/glossary/#fimi');
  });

  test('English at the root, other languages under their prefix, and back', () => {
    expect(localePath('en', '/cases/')).toBe('/cases/');
    expect(localePath('uk', '/cases/')).toBe('/uk/cases/');
    expect(unlocalizedPath('/uk/cases/x/')).toBe('/cases/x/');
    expect(unlocalizedPath('/cases/x/')).toBe('/cases/x/');
    expect(unlocalizedPath('/ukraine/')).toBe('/ukraine/');
  });

  test('a linker keeps the base path and the page’s language; shared files have no prefix', () => {
    const link = linker('/casebook/', 'es');
    expect(withBase('/casebook/', '/')).toBe('/casebook/');
    expect(link('/cases/')).toBe('/casebook/es/cases/');
    expect(link.entry({ collection: 'norms', id: 'n' })).toBe('/casebook/es/norms/n/');
    expect(link.shared('/data/cases.json')).toBe('/casebook/data/cases.json');
    expect(link.in('fr', '/about/')).toBe('/casebook/fr/about/');
  });
});
