/**
 * Controlled vocabularies of the casebook. Every enum used by the schemas lives here, so that
 * schema, filters, charts and exports agree. The words a reader sees for each value are in the
 * dictionaries (src/i18n/<locale>.ts, keys "<group>.<value>"), one per language.
 */

/** Collections of the casebook, in the order the site presents them. */
export const COLLECTIONS = ['cases', 'frameworks', 'commitments', 'tactics', 'norms', 'briefings', 'glossary'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** World regions used for the "region" facet. */
export const REGIONS = ['europe', 'latin-america', 'north-america', 'asia-pacific', 'africa', 'middle-east'] as const;

/** Kinds of election a case concerns. */
export const ELECTION_TYPES = ['presidential', 'parliamentary', 'general', 'referendum', 'regional', 'local', 'european', 'primary'] as const;

/** Whether the activity came from abroad, from inside the country, or both (design: keep foreign apart from domestic). */
export const ORIGINS = ['foreign', 'domestic', 'mixed'] as const;

/** Kinds of actor. */
export const ACTOR_KINDS = ['state', 'state-linked', 'proxy', 'private', 'platform', 'intergovernmental'] as const;

/** How far responsibility for a case has been established, strongest first. */
export const ATTRIBUTION_STATUSES = ['acknowledged', 'officially-attributed', 'alleged', 'disputed', 'unattributed'] as const;

/** The evidential basis of one attribution claim. */
export const CLAIM_KINDS = ['technical', 'political', 'judicial', 'self'] as const;

/**
 * Who made an attribution claim, as DFRLab's Foreign Interference Attribution Tracker records it:
 * an official declaration weighs differently from a platform's takedown or a researcher's assessment.
 */
export const ATTRIBUTORS = [
  'government', 'judiciary', 'legislature', 'electoral-body', 'intergovernmental', 'platform', 'researcher', 'media', 'self',
] as const;
export type Attributor = (typeof ATTRIBUTORS)[number];

/** Tiers of attribution, strongest first: derived from the attributor, never written by hand. */
export const ATTRIBUTION_TIERS = ['admission', 'official', 'platform', 'independent'] as const;
export type AttributionTier = (typeof ATTRIBUTION_TIERS)[number];
export const TIER_OF: Record<Attributor, AttributionTier> = {
  self: 'admission',
  government: 'official',
  judiciary: 'official',
  legislature: 'official',
  'electoral-body': 'official',
  intergovernmental: 'official',
  platform: 'platform',
  researcher: 'independent',
  media: 'independent',
};

/** Why a case is in the casebook (the inclusion criteria on the methodology page). */
export const INCLUSION_BASES = ['foreign-activity', 'overt-foreign-action', 'domestic-contrast', 'response'] as const;

/**
 * What the activity is shown to have done, kept apart from how legitimate it was: a lawful act can
 * change a result and a blatant one can fail. Least to most.
 */
export const IMPACT_LEVELS = ['not-established', 'limited', 'wide-reach', 'process-disrupted', 'result-affected'] as const;

/** The rubric: criteria and their levels, in order from least to most serious. */
export const RUBRIC = {
  transparency: ['overt', 'partly-concealed', 'covert'],
  means: ['persuasion', 'inducement', 'deception', 'coercion', 'intrusion'],
  target: ['public-debate', 'candidates-and-parties', 'election-administration', 'individual-voters'],
  truthfulness: ['truthful', 'selectively-true', 'false'],
  legality: ['lawful', 'unlawful-domestic', 'arguably-unlawful-international'],
} as const;
export type Criterion = keyof typeof RUBRIC;
export const CRITERIA = Object.keys(RUBRIC) as Criterion[];


/** Positions on the spectrum, left (legitimate) to right (prohibited). */
export const POSITIONS = ['public-diplomacy', 'influence', 'grey-zone', 'interference', 'prohibited-intervention'] as const;
export type Position = (typeof POSITIONS)[number];

/** How a case stands against a candidate norm (absence means "not crossed"). */
export const NORM_VERDICTS = ['crossed', 'contested'] as const;

/** Kinds of response to a case. */
export const RESPONSE_KINDS = [
  'sanction', 'indictment', 'expulsion', 'takedown', 'annulment', 'ban', 'investigation', 'court-ruling', 'legislation', 'statement', 'other',
] as const;

/** Source reliability tier: primary documents first (see the methodology page). */
export const SOURCE_KINDS = ['primary', 'secondary'] as const;
/** What sort of body published a source. */
export const SOURCE_TYPES = [
  'official', 'court', 'intergovernmental', 'legislature', 'academic', 'platform', 'ngo', 'news', 'other',
] as const;

/** Kinds of legal framework. */
export const FRAMEWORK_KINDS = ['treaty', 'customary-rule', 'un-resolution', 'judgment', 'expert-manual', 'regulation', 'statute', 'soft-law'] as const;
export const SCOPES = ['international', 'regional', 'national'] as const;

/** Kinds of political commitment. */
export const COMMITMENT_KINDS = [
  'declaration', 'multistakeholder-call', 'norm-proposal', 'un-report', 'action-plan', 'pledge', 'industry-accord', 'mechanism', 'report-series',
] as const;

/** Tactic families: the roundtable's six are "political", "financial" and "information" tactics; the rest are cyber-enabled. */
export const TACTIC_FAMILIES = ['information', 'political', 'financial', 'cyber'] as const;

/** Where a candidate norm stands. */
export const NORM_STATUSES = ['proposed', 'discussed', 'reflected-in-commitment'] as const;

/** Languages an entry may be written in. */
export const LANGUAGES = ['en', 'fr', 'es', 'pt', 'uk'] as const;
