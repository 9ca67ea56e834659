/**
 * What a translation may change. A translation (content/<collection>/<locale>/<id>.mdx) holds the
 * translated text fields of its original and, optionally, a translated body; the fields listed here
 * are text. Any other field it repeats is a fact (a date, a level, a source, a reference) and must
 * equal the original's, which the checker verifies. Paths are dotted; "*" stands for any list index.
 */
import type { CollectionName } from './vocab.ts';

/** Fields every translation carries: its language and the original's review date it was made from. */
export const TRANSLATION_FIELDS = ['lang', 'translatedFrom'] as const;

/** Translatable text fields, per collection. */
export const TRANSLATABLE: Record<CollectionName, readonly string[]> = {
  cases: [
    'title', 'aliases.*', 'summary', 'electionContext', 'elections.*.name', 'actors.*.name', 'actors.*.role', 'attribution.summary',
    'attribution.claims.*.by', 'attribution.claims.*.against', 'attribution.claims.*.evidence', 'attribution.claims.*.disputedBy.*.by',
    'attribution.claims.*.disputedBy.*.argument', 'assessment.summary', 'assessment.comparedWith.reasoning', 'assessment.criteria.*.rationale',
    'impact.rationale', 'status.summary', 'norms.*.reasoning', 'responses.*.by', 'responses.*.summary',
  ],
  frameworks: ['title', 'aliases.*', 'shortTitle', 'summary', 'jurisdiction', 'provisions.*.ref', 'provisions.*.summary'],
  commitments: ['title', 'aliases.*', 'shortTitle', 'summary', 'venue', 'endorsedBy', 'supporters.*.what', 'principles.*.title', 'principles.*.summary'],
  tactics: ['title', 'aliases.*', 'summary', 'legitimateUse', 'nefariousUse', 'warningSigns.*'],
  norms: ['title', 'aliases.*', 'statement', 'rationale'],
  briefings: [
    'title', 'event', 'summary', 'keyPoints.*', 'dateNote', 'venue', 'agenda.*.title', 'agenda.*.description', 'questions.*.question',
    'questions.*.note', 'questions.*.prompts.*', 'figures.*.figure', 'pairs.*.why', 'readingList.*.why', 'outcomes.*',
  ],
  glossary: ['term', 'aliases.*', 'definition'],
};
