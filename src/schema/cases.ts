/**
 * A case study: one episode of alleged or established interference in an election, placed
 * on the rubric with its reasons. See `docs` in CONTRIBUTING.md for every field.
 */
import { z } from 'astro/zod';
import { isoDate, pastDate, compareDates } from './dates.ts';
import { aliases, country, editorial, slug, sourceList, sourceRef, type ReferenceFactory } from './shared.ts';
import {
  ACTOR_KINDS, ATTRIBUTION_STATUSES, ATTRIBUTORS, CLAIM_KINDS, ELECTION_TYPES, IMPACT_LEVELS, INCLUSION_BASES, NORM_VERDICTS, ORIGINS,
  POSITIONS,
  REGIONS, RESPONSE_KINDS, RUBRIC,
} from './vocab.ts';


const election = z
  .object({ name: z.string().min(3), type: z.enum(ELECTION_TYPES), date: isoDate })
  .strict();

const period = z
  .object({ start: pastDate, end: pastDate.optional() })
  .strict()
  .superRefine((p, ctx) => {
    if (p.end && compareDates(p.end, p.start) < 0)
      ctx.addIssue({ code: 'custom', path: ['end'], message: `ends (${p.end}) before it starts (${p.start})` });
  });

const actor = z
  .object({ name: z.string().min(2), kind: z.enum(ACTOR_KINDS), country: country.optional(), role: z.string().min(3) })
  .strict();

const dispute = z.object({ by: z.string().min(2), source: sourceRef, argument: z.string().min(3).optional() }).strict();

const claim = z
  .object({
    by: z.string().min(2),
    kind: z.enum(CLAIM_KINDS),
    attributor: z.enum(ATTRIBUTORS),
    date: pastDate,
    against: z.string().min(2),
    evidence: z.string().min(10),
    source: sourceRef,
    disputedBy: z.array(dispute).default([]),
  })
  .strict();

const criterion = <L extends readonly [string, ...string[]]>(levels: L) =>
  z.object({ level: z.enum(levels), rationale: z.string().min(20), sources: z.array(sourceRef).min(1) }).strict();

/** Builds the assessment, whose comparison names another case. */
const assessmentOf = (caseRef: ReturnType<ReferenceFactory>) => z
  .object({
    position: z.enum(POSITIONS),
    summary: z.string().min(20),
    // One standard for every state: each placement says why it differs from (or matches) its nearest comparable case.
    comparedWith: z.object({ case: caseRef, reasoning: z.string().min(40) }).strict(),
    criteria: z
      .object({
        transparency: criterion(RUBRIC.transparency),
        means: criterion(RUBRIC.means),
        target: criterion(RUBRIC.target),
        truthfulness: criterion(RUBRIC.truthfulness),
        legality: criterion(RUBRIC.legality),
      })
      .strict(),
  })
  .strict();

/** What the activity is shown to have done: kept apart from the assessment of its legitimacy. */
const impact = z.object({ level: z.enum(IMPACT_LEVELS), rationale: z.string().min(20), sources: z.array(sourceRef).min(1) }).strict();

/** Where the case stands today: the latest development, dated, so a reader knows how current the entry is. */
const status = z.object({ asOf: pastDate, summary: z.string().min(20), sources: z.array(sourceRef).min(1) }).strict();

const response = z
  .object({ date: pastDate, by: z.string().min(2), kind: z.enum(RESPONSE_KINDS), summary: z.string().min(10), source: sourceRef })
  .strict();

/** Builds the case schema around the given reference factory. */
export function caseSchema(reference: ReferenceFactory) {
  const normVerdict = z
    .object({ norm: reference('norms'), verdict: z.enum(NORM_VERDICTS), reasoning: z.string().min(20) })
    .strict();
  return z
    .object({
      title: z.string().min(5).max(120),
      aliases,
      summary: z.string().min(50).max(700),
      country,
      region: z.enum(REGIONS),
      origin: z.enum(ORIGINS),
      inclusion: z.enum(INCLUSION_BASES),
      elections: z.array(election).default([]),
      // A case outside any electoral contest (covert political influence between elections) says why it belongs here.
      electionContext: z.string().min(20).optional(),
      period,
      actors: z.array(actor).min(1),
      tactics: z.array(reference('tactics')).min(1),
      attribution: z
        .object({ status: z.enum(ATTRIBUTION_STATUSES), summary: z.string().min(20), claims: z.array(claim).default([]) })
        .strict(),
      assessment: assessmentOf(reference('cases')),
      impact,
      status,
      norms: z.array(normVerdict).default([]),
      frameworks: z.array(reference('frameworks')).default([]),
      commitments: z.array(reference('commitments')).default([]),
      responses: z.array(response).default([]),
      sources: sourceList.min(1),
      published: pastDate,
      ...editorial,
    })
    .strict()
    .superRefine((c, ctx) => {
      if (c.elections.length === 0 && !c.electionContext)
        ctx.addIssue({ code: 'custom', path: ['elections'], message: 'names no election: list the election(s) concerned, or explain in "electionContext" why a case outside any election belongs in the casebook' });
    });
}
export { slug };
