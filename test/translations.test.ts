/** Translations: which fields are text, how a translation is laid over its original, what it may not change. */
import { describe, expect, test } from 'vitest';
import { applyTranslation, isTranslatable, translationIssues } from '../src/lib/translations.ts';

const original = {
  title: 'Chile 1970',
  summary: 'US covert action before and after the election.',
  elections: [{ name: 'Presidential election', type: 'presidential', date: '1970-09-04' }],
  attribution: { status: 'acknowledged', claims: [{ by: 'US Senate', evidence: 'Church Committee report.', source: 'church' }] },
  tactics: [{ id: 'campaign-funding', collection: 'tactics' }],
};

describe('which fields are text', () => {
  test('text fields, at any list position, are translatable; facts are not', () => {
    expect(isTranslatable('cases', ['summary'])).toBe(true);
    expect(isTranslatable('cases', ['elections', 3, 'name'])).toBe(true);
    expect(isTranslatable('cases', ['attribution', 'claims', 0, 'evidence'])).toBe(true);
    expect(isTranslatable('cases', ['elections', 0, 'date'])).toBe(false);
    expect(isTranslatable('cases', ['attribution', 'status'])).toBe(false);
    expect(isTranslatable('cases', ['sources', 0, 'title'])).toBe(false);
    expect(isTranslatable('norms', ['statement'])).toBe(true);
  });
});

describe('laying a translation over its original', () => {
  test('replaces the translated text and keeps every fact and reference', () => {
    const out = applyTranslation('cases', original, {
      lang: 'es',
      summary: 'Acción encubierta de EE. UU.',
      elections: [{ name: 'Elección presidencial' }],
      attribution: { status: 'alleged' },
    });
    expect(out.summary).toBe('Acción encubierta de EE. UU.');
    expect(out.elections[0]).toEqual({ name: 'Elección presidencial', type: 'presidential', date: '1970-09-04' });
    expect(out.attribution.status).toBe('acknowledged');
    expect(out.tactics).toEqual([{ id: 'campaign-funding', collection: 'tactics' }]);
    expect(original.summary).toBe('US covert action before and after the election.');
  });
});

describe('what a translation may not do', () => {
  test('change a fact, translate a field the original lacks, or leave a text field empty', () => {
    const issues = translationIssues('cases', original, {
      lang: 'es',
      translatedFrom: '2026-12-05',
      elections: [{ date: '1970-09-05' }, { name: 'Segunda vuelta' }],
      attribution: { claims: [{ evidence: '' }] },
    });
    expect(issues.map((i) => `${i.path.join('.')}: ${i.message.split(' (')[0]}`)).toEqual([
      'elections.0.date: is a fact of the original and must be the same in a translation',
      'elections.1.name: translates a field the original does not have',
      'attribution.claims.0.evidence: should be the translated text',
    ]);
  });
});
