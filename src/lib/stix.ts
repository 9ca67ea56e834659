/**
 * The casebook as STIX 2.1, for threat-intelligence platforms (OpenCTI and the like): one bundle
 * per case and one with every case, served at /data/stix/. Pure functions of plain data, so the
 * endpoints, the tests and any script build the same bundles from the same content.
 *
 * Per case:
 * - a `report` (the case: title, summary, published date, the case page and every source),
 * - a `campaign` (the activity, seen over the case's period),
 * - one `threat-actor` or `intrusion-set` per actor an attribution claim names (see {@link actorTypeOf}),
 * - a `location` (the country whose election was targeted),
 * - DISARM's own `attack-pattern`s for the DISARM techniques of the case's tactics,
 * - `relationship`s: campaign `attributed-to` actor (one per claim, with a confidence, see
 *   {@link claimConfidence}), campaign `targets` location, campaign `uses` attack-pattern.
 *
 * Ids are UUIDv5 of a fixed namespace and a stable name, and timestamps come from the entries'
 * dates, so the same content gives byte-identical bundles on every build.
 */
import crypto from 'node:crypto';
import { ACTOR_KINDS, TIER_OF, type Attributor, type AttributionTier } from '../schema/vocab.ts';
import { countryName } from '../schema/countries.ts';
import type { DisarmData } from './disarm.ts';

// ─── Ids ─────────────────────────────────────────────────────────────────────────────────────

/**
 * The casebook's namespace for STIX ids (a random UUIDv4 drawn once, never to change: changing it
 * changes every id, and analysts' platforms would see every object as new).
 */
export const STIX_NAMESPACE = '753dd911-7398-480b-ace1-bc8f80a7e365';

/**
 * A name-based UUID, version 5 (RFC 9562 §5.5: SHA-1 of the namespace's 16 bytes and the name in
 * UTF-8, with the version and variant bits set). Written here with node:crypto rather than taken
 * from a package: it is a dozen lines, fixed by the RFC and checked against its published examples.
 */
export function uuidv5(name: string, namespace: string = STIX_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new Error(`"${namespace}" is not a UUID`);
  const hash = crypto.createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8] & 0x3f) | 0x80; // RFC 4122 variant
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The STIX id of an object from its type and a stable name: `campaign:<case-id>` gives
 * `campaign--<uuidv5("campaign:<case-id>")>`. (STIX 2.1 §2.9 suggests UUIDv4 for domain objects
 * but allows any UUID; v5 is what makes the export deterministic, as OpenCTI's own ids are.)
 */
export function stixId(type: string, name: string): string {
  return `${type}--${uuidv5(`${type}:${name}`)}`;
}

/** A name as an id key: accents, case, punctuation and spacing ignored ("Russia's GRU" = "russia s gru"). */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// ─── Timestamps ──────────────────────────────────────────────────────────────────────────────

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function dateParts(date: string): [number, number | undefined, number | undefined] {
  const m = DATE.exec(date);
  if (!m) throw new Error(`"${date}" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)`);
  return [Number(m[1]), m[2] === undefined ? undefined : Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
}

/** The first instant of a casebook date, as a STIX timestamp: "2016-03" → "2016-03-01T00:00:00.000Z". */
export function startOf(date: string): string {
  const [y, m = 1, d = 1] = dateParts(date);
  return new Date(Date.UTC(y, m - 1, d)).toISOString();
}

/**
 * The last instant of a casebook date: "2017" → "2017-12-31T23:59:59.999Z". A period that ends in
 * "2017" lasted into some day of 2017 we do not know, so `last_seen` takes the whole year rather
 * than inventing 1 January.
 */
export function endOf(date: string): string {
  const [y, m, d] = dateParts(date);
  const next = m === undefined ? Date.UTC(y + 1, 0, 1) : d === undefined ? Date.UTC(y, m, 1) : Date.UTC(y, m - 1, d + 1);
  return new Date(next - 1).toISOString();
}

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

// ─── Markings and identities ─────────────────────────────────────────────────────────────────

/**
 * TLP:CLEAR in STIX 2.1: the OASIS TLP 2.0 marking, a property extension
 * (`extension-definition--60a3c5c5-…`) on a marking-definition with a fixed id. Copied as OASIS
 * publishes it: the TLP 2.0 extension schema in oasis-open/cti-stix-validator
 * (stix2validator/test/v21/test_schemas/extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d.json,
 * definition "tlp_clear", fixes this id, the name and `tlp_2_0: "clear"`); the same object, with
 * `created` 2022-10-01T00:00:00.000Z, is in that repository's test example tlp-amber.json (for AMBER)
 * and in MISP's misp-stix (misp_stix_converter/misp_stix_mapping.py, TLP2MarkingDefinitions).
 * Not the TLP 1.0 "TLP:WHITE" (marking-definition--613f2e26-…), which TLP 2.0 replaced.
 */
export const TLP_CLEAR = {
  type: 'marking-definition',
  spec_version: '2.1',
  id: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  created: '2022-10-01T00:00:00.000Z',
  name: 'TLP:CLEAR',
  extensions: {
    'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d': { extension_type: 'property-extension', tlp_2_0: 'clear' },
  },
} as const;

/**
 * When the casebook's own identity and statement marking were first written. Fixed, not the build
 * time: change `modified` below only when their text changes.
 */
const CASEBOOK_OBJECTS_CREATED = '2026-12-05T00:00:00.000Z';

/** The casebook as a STIX identity: the `created_by_ref` of every object it authors. */
export const CASEBOOK_IDENTITY_ID = stixId('identity', 'red-line-casebook');
/** The casebook's terms, as a statement marking on every object it authors. */
export const STATEMENT_MARKING_ID = stixId('marking-definition', 'red-line-casebook-statement');
export const STATEMENT =
  'Red Line Casebook: editorial assessment of public sources, not a legal determination. Licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/): reuse freely, citing the Red Line Casebook and the case.';

/** The markings on every object the casebook authors: TLP:CLEAR (public) and its statement. */
export const CASEBOOK_MARKINGS = [TLP_CLEAR.id, STATEMENT_MARKING_ID] as const;

/** A STIX object as the export writes it. */
export type StixObject = { type: string; id: string; spec_version: '2.1' } & Record<string, unknown>;

/** A STIX bundle. */
export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

/** The fields every object the casebook authors shares. */
function authored(type: string, name: string, created: string, modified: string) {
  return {
    type,
    spec_version: '2.1' as const,
    id: stixId(type, name),
    created_by_ref: CASEBOOK_IDENTITY_ID,
    created,
    modified: later(created, modified),
  };
}

/** The identity and the statement marking, written once and the same in every bundle. */
function casebookMeta(siteUrl: string): StixObject[] {
  return [
    {
      ...authored('identity', 'red-line-casebook', CASEBOOK_OBJECTS_CREATED, CASEBOOK_OBJECTS_CREATED),
      // Its own creator, so that "who made this" resolves for every object in the bundle.
      name: 'Red Line Casebook',
      description:
        'A casebook on foreign interference in elections and the use of disinformation: cases placed on a spectrum from influence to prohibited intervention, with their sources.',
      identity_class: 'organization',
      external_references: [{ source_name: 'Red Line Casebook', url: uriOf(siteUrl) }],
      object_marking_refs: [...CASEBOOK_MARKINGS],
    },
    {
      type: 'marking-definition',
      spec_version: '2.1',
      id: STATEMENT_MARKING_ID,
      created_by_ref: CASEBOOK_IDENTITY_ID,
      created: CASEBOOK_OBJECTS_CREATED,
      name: 'Red Line Casebook terms',
      definition_type: 'statement',
      definition: { statement: STATEMENT },
    },
    { ...TLP_CLEAR, extensions: structuredClone(TLP_CLEAR.extensions) },
  ];
}

// ─── Attribution ─────────────────────────────────────────────────────────────────────────────

/**
 * The confidence scale of `attributed-to` relationships (STIX `confidence`, 0–100): how far the
 * casebook relies on one attribution claim, from who made it, on what kind of evidence, and whether
 * anyone disputes it. Not the probability that the attribution is true.
 *
 *   confidence = TIER_CONFIDENCE[tier] + KIND_CONFIDENCE[kind] − (disputed ? DISPUTE_PENALTY : 0),
 *   at most MAX_CONFIDENCE.
 *
 * | claim | tier | + kind | disputed | STIX 2.1 App. A "Low/Med/High" |
 * | --- | --- | --- | --- | --- |
 * | the actor's own admission | 90 | +0 (it is its own evidence) | 75 | High |
 * | an official body (government, court, parliament, election body, IGO) | 75 | judicial +10, technical +5 | 60–70 | High; Med disputed |
 * | a platform (takedown report) | 60 | technical +5 | 45–50 | Med |
 * | a researcher or the media | 40 | technical +5 | 25–30 | Med; Low when disputed |
 *
 * So an undisputed official claim (75–85) outranks the same claim disputed (60–70), which still
 * outranks any researcher's claim (at most 45), as the methodology's tiers do. The tier comes from
 * the claim's `attributor` (TIER_OF in src/schema/vocab.ts). A claim that records no attributor yet
 * (the field is new) is read conservatively: a `self` claim is an admission and a `judicial` one is
 * official, because the kind says who made it; any other claim counts as an independent one.
 */
export const TIER_CONFIDENCE: Record<AttributionTier, number> = { admission: 90, official: 75, platform: 60, independent: 40 };
/** Points for the kind of evidence: a court's findings were tested, technical evidence is shown. */
export const KIND_CONFIDENCE: Record<string, number> = { judicial: 10, technical: 5, political: 0, self: 0 };
/** Points off when anyone disputes the claim (the accused's denial included). */
export const DISPUTE_PENALTY = 15;
/** Never 100: the casebook assesses public sources; it does not establish facts. */
export const MAX_CONFIDENCE = 95;

/** An attribution claim as the export reads it. */
export interface StixClaim {
  by: string;
  kind: string;
  attributor?: string | undefined;
  date: string;
  against: string;
  evidence: string;
  source: string;
  disputedBy: readonly { by: string; source: string; argument?: string | undefined }[];
}

/** The tier of a claim: its attributor's, else what its kind implies, else independent (see {@link claimConfidence}). */
export function claimTier(claim: Pick<StixClaim, 'attributor' | 'kind'>): AttributionTier {
  if (claim.attributor) return TIER_OF[claim.attributor as Attributor] ?? 'independent';
  return claim.kind === 'self' ? 'admission' : claim.kind === 'judicial' ? 'official' : 'independent';
}

/** The STIX confidence of an `attributed-to` relationship for one claim (scale at {@link TIER_CONFIDENCE}). */
export function claimConfidence(claim: Pick<StixClaim, 'attributor' | 'kind' | 'disputedBy'>): number {
  const tier = claimTier(claim);
  // An admission is its own evidence: the kind adds nothing to it.
  const kind = tier === 'admission' ? 0 : (KIND_CONFIDENCE[claim.kind] ?? 0);
  const score = TIER_CONFIDENCE[tier] + kind - (claim.disputedBy.length > 0 ? DISPUTE_PENALTY : 0);
  return Math.max(0, Math.min(MAX_CONFIDENCE, score));
}

/**
 * Whether the actor a claim names is a `threat-actor` or an `intrusion-set`. STIX calls a threat
 * actor the individuals or organisations behind an activity, and an intrusion set a cluster of
 * observed activity believed to have one sponsor. A platform's or a researcher's *technical*
 * attribution names the latter (a takedown network, a tracked group such as "Storm-1376"); every
 * other claim (official, judicial, political, an admission) names who is responsible. Only a
 * recorded attributor makes an intrusion set: without one the claim is taken to name a threat actor.
 */
export function actorTypeOf(claim: Pick<StixClaim, 'attributor' | 'kind'>): 'threat-actor' | 'intrusion-set' {
  const tier = claim.attributor ? TIER_OF[claim.attributor as Attributor] : undefined;
  return claim.kind === 'technical' && (tier === 'platform' || tier === 'independent') ? 'intrusion-set' : 'threat-actor';
}

/** A case's actor as the export reads it. */
export interface StixActor {
  name: string;
  kind: string;
  country?: string | undefined;
}

/**
 * What a case's actor kind says about an actor object, in STIX open vocabularies. Kinds that say
 * nothing STIX can express (a private company, party or person is not a "criminal" or an
 * "activist" by being named) leave the fields out rather than guess.
 */
export const ACTOR_KIND_STIX: Record<
  (typeof ACTOR_KINDS)[number],
  { threat_actor_types?: string[]; roles?: string[]; resource_level?: string }
> = {
  // threat-actor-type-ov "nation-state": works for a state's government or military, or at its direction.
  state: { threat_actor_types: ['nation-state'], resource_level: 'government' },
  'state-linked': { threat_actor_types: ['nation-state'], resource_level: 'organization' },
  // threat-actor-role-ov "agent": acts at the direction of someone else.
  proxy: { roles: ['agent'] },
  private: {},
  platform: {},
  intergovernmental: {},
};

/** Accents, punctuation and spacing ignored, case kept: acronyms are matched as written. */
const words = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim();

/**
 * The case's actor a claim names in `against`, if any. Only the head of `against` counts (up to
 * the first comma, semicolon or parenthesis: "GRU, named as the service behind … CyberBerkut"
 * names the GRU, not CyberBerkut). An actor is named there when its name without its parenthesis
 * occurs as whole words (case ignored), or one of the aliases in its parenthesis ("GRU", "IRA",
 * "APT28") does, as written (so "IRA" is not "Ira"); the earliest in the head wins, then the first
 * listed. Only its kind is used, to type the actor object: a hint, since `against` is free text.
 * The object keeps the claim's own words as its name, since that is what the source says.
 */
export function namedActor<A extends StixActor>(against: string, actors: readonly A[]): A | undefined {
  const head = against.split(/[,;(]/)[0];
  const lower = ` ${normaliseName(head)} `;
  const exact = ` ${words(head)} `;
  const at = (a: A): number => {
    const name = normaliseName(a.name.replace(/\([^)]*\)/g, ' '));
    const aliases = [...a.name.matchAll(/\(([^)]*)\)/g)]
      .flatMap((m) => m[1].split(/[,;/]/))
      .map(words)
      .filter((x) => x.length >= 3);
    const found = [name.length >= 3 ? lower.indexOf(` ${name} `) : -1, ...aliases.map((x) => exact.indexOf(` ${x} `))].filter(
      (i) => i >= 0,
    );
    return found.length ? Math.min(...found) : Infinity;
  };
  let best: A | undefined;
  let bestAt = Infinity;
  for (const a of actors) {
    const i = at(a);
    if (i < bestAt) [best, bestAt] = [a, i];
  }
  return best;
}

// ─── Input ───────────────────────────────────────────────────────────────────────────────────

/** A case as the export reads it (the fields of src/schema/cases.ts it uses). */
export interface StixCase {
  id: string;
  data: {
    title: string;
    summary: string;
    country: string;
    region: string;
    origin: string;
    period: { start: string; end?: string | undefined };
    actors: readonly (StixActor & { role?: string })[];
    tactics: readonly { id: string }[];
    attribution: { status: string; summary: string; claims: readonly StixClaim[] };
    assessment: { position: string };
    sources: readonly { id: string; title: string; publisher: string; url: string }[];
    published: string;
    lastReviewed: string;
    lang?: string | undefined;
  };
}

/** A tactic as the export reads it. */
export interface StixTactic {
  id: string;
  data: { title: string; disarm?: readonly string[] | undefined };
}

/** Everything the export needs besides the entries. */
export interface StixOptions {
  /** The site's root URL, for the casebook's identity. */
  siteUrl: string;
  /** The URL of a case's page. */
  caseUrl: (id: string) => string;
  /** DISARM's techniques (src/data/disarm-attack-patterns.json). */
  disarm: DisarmData;
}

/**
 * How the casebook's regions map to the STIX region vocabulary (region-ov, UN M49 names). Regions
 * that straddle its values (Asia-Pacific is Asia and Oceania; the Middle East spans Western Asia
 * and North Africa) are left out: the location's country says where it is.
 */
export const REGION_OV: Record<string, string | undefined> = {
  europe: 'europe',
  'latin-america': 'latin-america-caribbean',
  'north-america': 'northern-america',
  africa: 'africa',
  'asia-pacific': undefined,
  'middle-east': undefined,
};

/**
 * The DISARM ids of the given tactics that are not DISARM techniques, with the tactic citing each:
 * an empty list when every id resolves.
 */
export function unknownDisarmIds(tactics: readonly StixTactic[], disarm: DisarmData): { tactic: string; id: string }[] {
  const known = new Set(disarm.techniques.map((t) => t.external_id));
  return tactics.flatMap((t) => (t.data.disarm ?? []).filter((id) => !known.has(id)).map((id) => ({ tactic: t.id, id })));
}

// ─── Building ────────────────────────────────────────────────────────────────────────────────

/**
 * A URL as STIX wants it (RFC 3986): an address written with non-ASCII letters, as editors copy
 * them from the browser, is percent-encoded. It is the same address.
 */
export const uriOf = (url: string): string => new URL(url).href;

/** A source of the case as an external reference: publisher, title, URL and the source's id. */
function sourceReference(s: { id: string; title: string; publisher: string; url: string }) {
  return { source_name: s.publisher, description: s.title, url: uriOf(s.url), external_id: s.id };
}

/**
 * The objects several cases share: actors (by type and normalised name) and locations (by
 * country). Each is written once, from every case that names it, so it is the same object, with
 * the same version, in every bundle: created when the first of those cases was published,
 * modified when the last was reviewed.
 */
function sharedObjects(cases: readonly StixCase[]) {
  const actors = new Map<string, { name: string; type: string; kinds: Set<string>; created: string; modified: string }>();
  const countries = new Map<string, { regions: Set<string | undefined>; created: string; modified: string }>();
  for (const c of [...cases].sort((a, b) => a.id.localeCompare(b.id))) {
    const d = c.data;
    const created = startOf(d.published);
    const modified = later(created, startOf(d.lastReviewed));
    const date = (x: { created: string; modified: string }) => ({
      created: earlier(x.created, created),
      modified: later(x.modified, modified),
    });
    for (const claim of d.attribution.claims) {
      const key = actorKey(claim);
      const kind = namedActor(claim.against, d.actors)?.kind;
      const seen = actors.get(key);
      if (seen) Object.assign(seen, date(seen));
      const entry = seen ?? { name: claim.against.trim(), type: actorTypeOf(claim), kinds: new Set<string>(), created, modified };
      if (kind) entry.kinds.add(kind);
      actors.set(key, entry);
    }
    const seen = countries.get(d.country);
    if (seen) Object.assign(seen, date(seen));
    const entry = seen ?? { regions: new Set<string | undefined>(), created, modified };
    entry.regions.add(REGION_OV[d.region]);
    countries.set(d.country, entry);
  }

  const objects = new Map<string, StixObject>();
  for (const [key, a] of actors) {
    // The strongest state involvement any case records for it (ACTOR_KINDS lists state first).
    const kind = ACTOR_KINDS.find((k) => a.kinds.has(k));
    const stix = kind ? ACTOR_KIND_STIX[kind] : {};
    const typing = a.type === 'threat-actor' ? stix : { ...(stix.resource_level ? { resource_level: stix.resource_level } : {}) };
    objects.set(key, {
      ...authored(a.type, normaliseName(a.name), a.created, a.modified),
      name: a.name,
      ...typing,
      object_marking_refs: [...CASEBOOK_MARKINGS],
    });
  }
  for (const [country, l] of countries) {
    const [region] = l.regions.size === 1 ? [...l.regions] : [undefined];
    objects.set(`location:${country}`, {
      ...authored('location', country, l.created, l.modified),
      name: countryName(country, 'en'),
      country,
      ...(region ? { region } : {}),
      object_marking_refs: [...CASEBOOK_MARKINGS],
    });
  }
  return objects;
}

/** The key of the actor object a claim points to. */
const actorKey = (claim: StixClaim) => `${actorTypeOf(claim)}:${normaliseName(claim.against)}`;

/** DISARM's identity, licence marking and one technique, as DISARM publishes them (see {@link caseObjects}). */
function disarmObjects(disarm: DisarmData) {
  const identity: StixObject = { ...(disarm.identity as StixObject), object_marking_refs: [TLP_CLEAR.id, disarm.marking.id] };
  const marking = disarm.marking as StixObject;
  const techniques = new Map(
    disarm.techniques.map((t) => [
      t.external_id,
      {
        type: 'attack-pattern',
        spec_version: '2.1' as const,
        id: t.id,
        created_by_ref: disarm.identity.id,
        created: t.created,
        modified: t.modified,
        name: t.name,
        // DISARM's own reference, source name included ("mitre-attack", as DISARM.json has it: how
        // platforms that import DISARM recognise the technique id).
        external_references: [
          { source_name: 'mitre-attack', url: disarm.techniqueUrl.replace('{id}', t.external_id), external_id: t.external_id },
        ],
        object_marking_refs: [TLP_CLEAR.id, disarm.marking.id],
      } satisfies StixObject,
    ]),
  );
  return { identity, marking, techniques };
}

/**
 * The objects of one case, in bundle order: report, campaign, location, actors, attack-patterns,
 * relationships. `shared` holds the actors and locations of every case (see sharedObjects).
 *
 * DISARM's attack-patterns keep DISARM's id, name, timestamps, creator (DISARM's identity) and
 * licence marking ("CC-BY-SA-4.0 DISARM Foundation"): they are DISARM's objects, under DISARM's
 * licence, not the casebook's, so they carry TLP:CLEAR and DISARM's statement instead of ours.
 */
function caseObjects(
  c: StixCase,
  tactics: ReadonlyMap<string, StixTactic>,
  shared: ReadonlyMap<string, StixObject>,
  opts: StixOptions,
  disarm: ReturnType<typeof disarmObjects>,
) {
  const d = c.data;
  const created = startOf(d.published);
  const modified = later(created, startOf(d.lastReviewed));
  const own = (type: string, name: string) => ({ ...authored(type, name, created, modified), object_marking_refs: [...CASEBOOK_MARKINGS] });
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  const refOf = (id: string) => {
    const s = sources.get(id);
    if (!s) throw new Error(`cases/${c.id}: an attribution claim cites "${id}", which is not among the case's sources`);
    return sourceReference(s);
  };
  const labels = [`origin:${d.origin}`, `attribution:${d.attribution.status}`, `position:${d.assessment.position}`];
  const lang = d.lang ?? 'en';

  const campaign: StixObject = {
    ...own('campaign', c.id),
    name: d.title,
    description: d.summary,
    first_seen: startOf(d.period.start),
    ...(d.period.end ? { last_seen: endOf(d.period.end) } : {}),
    labels,
    lang,
  };
  const location = shared.get(`location:${d.country}`)!;

  const relationships: StixObject[] = [];
  const actors = new Map<string, StixObject>();
  for (const claim of d.attribution.claims) {
    const actor = shared.get(actorKey(claim))!;
    actors.set(actor.id, actor);
    const disputes = claim.disputedBy
      .map((x) => ` Disputed by ${x.by}${x.argument ? `: ${x.argument.replace(/\.?$/, '')}` : ''}.`)
      .join('');
    relationships.push({
      ...own('relationship', `attributed-to:${c.id}:${actor.id}:${claim.by}|${claim.date}|${claim.kind}|${claim.source}`),
      relationship_type: 'attributed-to',
      source_ref: campaign.id,
      target_ref: actor.id,
      confidence: claimConfidence(claim),
      description: `${claim.by} (${claim.kind} claim${claim.attributor ? `; attributor: ${claim.attributor}` : ''}; ${claim.date}) attributes the activity to ${claim.against}. Evidence: ${claim.evidence.replace(/\.?$/, '.')}${disputes}`,
      external_references: [
        refOf(claim.source),
        ...claim.disputedBy.map((x) => ({ ...refOf(x.source), description: `Disputed by ${x.by}: ${sources.get(x.source)!.title}` })),
      ],
    });
  }
  relationships.push({
    ...own('relationship', `targets:${c.id}:${d.country}`),
    relationship_type: 'targets',
    source_ref: campaign.id,
    target_ref: location.id,
  });

  // Each DISARM technique once, with the casebook tactics that list it.
  const techniques = new Map<string, string[]>();
  for (const ref of d.tactics) {
    const tactic = tactics.get(ref.id);
    if (!tactic) throw new Error(`cases/${c.id} lists the tactic "${ref.id}", which was not given to the STIX export`);
    for (const tid of tactic.data.disarm ?? []) {
      if (!disarm.techniques.has(tid))
        throw new Error(
          `tactics/${tactic.id} lists DISARM technique ${tid}, which is not in DISARM ${opts.disarm.source.version} (src/data/disarm-attack-patterns.json)`,
        );
      techniques.set(tid, [...(techniques.get(tid) ?? []), tactic.data.title]);
    }
  }
  const patterns = [...techniques.keys()].map((tid) => disarm.techniques.get(tid)!);
  for (const [tid, titles] of techniques)
    relationships.push({
      ...own('relationship', `uses:${c.id}:${tid}`),
      relationship_type: 'uses',
      source_ref: campaign.id,
      target_ref: disarm.techniques.get(tid)!.id,
      description: `DISARM ${tid} is a technique of the casebook's tactic${titles.length > 1 ? 's' : ''} ${titles.map((t) => `"${t}"`).join(', ')}.`,
    });

  const report: StixObject = {
    ...own('report', c.id),
    name: d.title,
    description: d.summary,
    published: created,
    report_types: ['campaign'],
    labels,
    lang,
    object_refs: [campaign, location, ...actors.values(), ...patterns, ...relationships].map((o) => o.id),
    external_references: [
      {
        source_name: 'Red Line Casebook',
        description: 'The case in the Red Line Casebook',
        url: uriOf(opts.caseUrl(c.id)),
        external_id: c.id,
      },
      ...d.sources.map(sourceReference),
      ...(patterns.length
        ? [
            {
              source_name: 'DISARM Foundation',
              description: `DISARM Red Framework ${opts.disarm.source.version}: technique ids and names © DISARM Foundation, ${opts.disarm.licence.name}`,
              url: opts.disarm.licence.url,
            },
          ]
        : []),
    ],
  };
  return { objects: [report, campaign, location, ...actors.values(), ...patterns, ...relationships], usesDisarm: patterns.length > 0 };
}

/** A bundle of objects, the shared ones first, each object once. */
function bundle(name: string, meta: StixObject[], objects: StixObject[]): StixBundle {
  const seen = new Set<string>();
  return { type: 'bundle', id: stixId('bundle', name), objects: [...meta, ...objects].filter((o) => !seen.has(o.id) && seen.add(o.id)) };
}

/**
 * The STIX export of the casebook: a bundle per case (by case id) and one with every case.
 * Throws when a case lists a tactic that was not given, or a tactic cites a DISARM id that DISARM
 * does not have (the build then fails with the tactic's name).
 */
export function casebookStix(
  cases: readonly StixCase[],
  tacticList: readonly StixTactic[],
  opts: StixOptions,
): { cases: Map<string, StixBundle>; all: StixBundle } {
  const tactics = new Map(tacticList.map((t) => [t.id, t]));
  const shared = sharedObjects(cases);
  const disarm = disarmObjects(opts.disarm);
  const meta = casebookMeta(opts.siteUrl);
  const disarmMeta = [disarm.identity, disarm.marking];
  const sorted = [...cases].sort((a, b) => a.id.localeCompare(b.id));
  const built = sorted.map((c) => ({ id: c.id, ...caseObjects(c, tactics, shared, opts, disarm) }));
  const anyDisarm = built.some((b) => b.usesDisarm);
  return {
    cases: new Map(built.map((b) => [b.id, bundle(`case:${b.id}`, b.usesDisarm ? [...meta, ...disarmMeta] : meta, b.objects)])),
    all: bundle(
      'all-cases',
      anyDisarm ? [...meta, ...disarmMeta] : meta,
      built.flatMap((b) => b.objects),
    ),
  };
}
