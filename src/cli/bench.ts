/**
 * `npm run bench [-- --sizes 100,1000,5000] [--languages 1,5] [--keep]`: how the casebook scales,
 * with the number of cases and with the number of languages.
 *
 * For each size it generates a synthetic corpus under .bench/ (realistic cases of ~700 words
 * with 5–8 cited sources, plus the tactics, frameworks, commitments, norms, briefing and
 * glossary terms they refer to; it passes `npm run check`), then measures:
 *   (a) the content check (`src/cli/check.ts <root>`);
 *   (b) the full casebook build (`src/cli/build.ts`: check, site and search index), once for each
 *       language count in --languages (English first, then es, pt, uk, fr; CASEBOOK_LOCALES), so the
 *       table shows what each language adds;
 *   (c) a bare Astro build of the same MDX: a throwaway project with only @astrojs/mdx, one
 *       collection with a permissive schema, one page template with a trivial <Cite>, and
 *       the Pagefind CLI over its output.
 * Each run reports its wall time, peak memory of the whole process tree (sampled from /proc),
 * the largest single process (GNU time's max RSS), output and search-index size, and
 * milliseconds per page. The table ends with the casebook/bare ratios.
 *
 * The builds run from a snapshot of the project in .bench/site/ (its own `.astro/` folder and
 * Astro cache, the same node_modules through a symlink), so a benchmark never disturbs,
 * or is disturbed by, a build of the real site running at the same time.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { LOCALES } from '../i18n/locales.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BENCH = path.join(ROOT, '.bench');
const GIB = 1024 ** 3;
/** The Astro cache of both benchmark projects, relative to each project's root. */
const CACHE = './.astro-cache';

// ── command line ─────────────────────────────────────────────────────────────────────────────

function parseArgs(argv: string[]) {
  let sizes = [100, 1000, 5000];
  let languages = [1, 5];
  let keep = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--keep') keep = true;
    else if (a === '--languages' || a.startsWith('--languages=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      languages = (v ?? '').split(',').map((s) => Number(s.trim()));
      if (!languages.length || languages.some((n) => !Number.isInteger(n) || n < 1 || n > LOCALES.length))
        usage(`--languages expects numbers from 1 to ${LOCALES.length}, separated by commas (got "${v ?? ''}")`);
    } else if (a === '--sizes' || a.startsWith('--sizes=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      sizes = (v ?? '').split(',').map((s) => Number(s.trim().replace(/_/g, '')));
      if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 2))
        usage(`--sizes expects whole numbers of at least 2, separated by commas (got "${v ?? ''}")`);
    } else if (a === '--help' || a === '-h') usage();
    else usage(`unknown option "${a}"`);
  }
  return { sizes, keep, languages };
}

function usage(problem?: string): never {
  if (problem) console.error(`✖ ${problem}\n`);
  console.error(
    'usage: npm run bench -- [--sizes 100,1000,5000] [--languages 1,5] [--keep]\n  --sizes      corpus sizes (numbers of cases) to measure\n  --languages  numbers of languages to build each corpus in (English first)\n  --keep       keep the generated corpora and builds in .bench/',
  );
  process.exit(problem ? 2 : 0);
}

// ── a small deterministic random generator, so every run builds the same corpus ──────────────

function rng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const some = <T>(xs: readonly T[], lo: number, hi: number): T[] => {
    const pool = [...xs];
    const out: T[] = [];
    for (let k = Math.min(int(lo, hi), pool.length); k > 0; k--) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
    return out;
  };
  return { next, int, pick, some };
}
type Rng = ReturnType<typeof rng>;

// ── vocabulary of the synthetic corpus ───────────────────────────────────────────────────────

const COUNTRIES: [code: string, name: string, region: string][] = [
  ['UA', 'Ukraine', 'europe'],
  ['MD', 'Moldova', 'europe'],
  ['RO', 'Romania', 'europe'],
  ['FR', 'France', 'europe'],
  ['DE', 'Germany', 'europe'],
  ['IT', 'Italy', 'europe'],
  ['GB', 'United Kingdom', 'europe'],
  ['PL', 'Poland', 'europe'],
  ['HU', 'Hungary', 'europe'],
  ['GE', 'Georgia', 'europe'],
  ['EE', 'Estonia', 'europe'],
  ['LT', 'Lithuania', 'europe'],
  ['BG', 'Bulgaria', 'europe'],
  ['CZ', 'Czechia', 'europe'],
  ['RS', 'Serbia', 'europe'],
  ['US', 'United States', 'north-america'],
  ['CA', 'Canada', 'north-america'],
  ['MX', 'Mexico', 'latin-america'],
  ['BR', 'Brazil', 'latin-america'],
  ['AR', 'Argentina', 'latin-america'],
  ['CL', 'Chile', 'latin-america'],
  ['CO', 'Colombia', 'latin-america'],
  ['VE', 'Venezuela', 'latin-america'],
  ['BO', 'Bolivia', 'latin-america'],
  ['NI', 'Nicaragua', 'latin-america'],
  ['PE', 'Peru', 'latin-america'],
  ['EC', 'Ecuador', 'latin-america'],
  ['TW', 'Taiwan', 'asia-pacific'],
  ['PH', 'Philippines', 'asia-pacific'],
  ['AU', 'Australia', 'asia-pacific'],
  ['NZ', 'New Zealand', 'asia-pacific'],
  ['IN', 'India', 'asia-pacific'],
  ['ID', 'Indonesia', 'asia-pacific'],
  ['KR', 'South Korea', 'asia-pacific'],
  ['KE', 'Kenya', 'africa'],
  ['NG', 'Nigeria', 'africa'],
  ['ZA', 'South Africa', 'africa'],
  ['SN', 'Senegal', 'africa'],
  ['GH', 'Ghana', 'africa'],
  ['IL', 'Israel', 'middle-east'],
  ['TN', 'Tunisia', 'middle-east'],
  ['LB', 'Lebanon', 'middle-east'],
  ['IQ', 'Iraq', 'middle-east'],
];
const STATES: [name: string, code: string, adjective: string][] = [
  ['Russian Federation', 'RU', 'Russian'],
  ["People's Republic of China", 'CN', 'Chinese'],
  ['Islamic Republic of Iran', 'IR', 'Iranian'],
  ['United States', 'US', 'American'],
  ['Turkey', 'TR', 'Turkish'],
  ['Saudi Arabia', 'SA', 'Saudi'],
  ['United Arab Emirates', 'AE', 'Emirati'],
  ['Venezuela', 'VE', 'Venezuelan'],
  ['Cuba', 'CU', 'Cuban'],
  ['Israel', 'IL', 'Israeli'],
  ['Hungary', 'HU', 'Hungarian'],
  ['Qatar', 'QA', 'Qatari'],
];
const FIRST = [
  'Marta',
  'Andrei',
  'Lucia',
  'Tomás',
  'Irina',
  'Kwame',
  'Priya',
  'Jonas',
  'Ana',
  'Oleksandr',
  'Fatima',
  'Mateo',
  'Elena',
  'Daniel',
  'Amara',
  'Mihai',
  'Sofia',
  'Rafael',
  'Noor',
  'Viktor',
  'Camila',
  'Kenji',
  'Ines',
  'Pavel',
];
const LAST = [
  'Kovalenko',
  'Popescu',
  'Moreau',
  'Okafor',
  'Santos',
  'Lindqvist',
  'Haddad',
  'Novak',
  'Reyes',
  'Petrov',
  'Mensah',
  'Castillo',
  'Horvat',
  'Ivanova',
  'Ferreira',
  'Nakamura',
  'Tkachenko',
  'Duarte',
  'Wiśniewski',
  'Abadi',
  'Varga',
  'Moyo',
  'Quispe',
  'Lindgren',
];
const PARTY_WORDS = [
  'Renewal',
  'Unity',
  'Sovereignty',
  'Progress',
  'Solidarity',
  'Justice',
  'Homeland',
  'Dignity',
  'Reform',
  'Future',
  'Citizens',
  'Liberty',
];
const SYLLABLES = [
  'ka',
  'lo',
  'mir',
  'tan',
  'vel',
  'dor',
  'sa',
  'ri',
  'nov',
  'el',
  'ba',
  'zen',
  'ta',
  'lum',
  'or',
  'vi',
  'ne',
  'dra',
  'kas',
  'po',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ELECTION_TYPES = ['presidential', 'parliamentary', 'general', 'referendum', 'regional', 'local'] as const;
const PUBLISHERS: [name: string, type: string, kind: string][] = [
  ['Central Election Commission', 'official', 'primary'],
  ['Ministry of Foreign Affairs', 'official', 'primary'],
  ['Constitutional Court', 'court', 'primary'],
  ['OSCE/ODIHR Election Observation Mission', 'intergovernmental', 'primary'],
  ['Parliamentary Intelligence Committee', 'legislature', 'primary'],
  ['Meta Adversarial Threat Report', 'platform', 'primary'],
  ['Digital Forensic Research Lab', 'ngo', 'secondary'],
  ['Reuters', 'news', 'secondary'],
  ['Associated Press', 'news', 'secondary'],
  ['Journal of Democracy', 'academic', 'secondary'],
  ['Stanford Internet Observatory', 'academic', 'secondary'],
  ['EUvsDisinfo', 'intergovernmental', 'secondary'],
];

const TACTICS = [
  { id: 'spreading-rumours', title: 'Spreading rumours', family: 'information', roundtable: true, phrase: 'rumour campaigns' },
  {
    id: 'damaging-rival-credibility',
    title: "Damaging a rival candidate's credibility",
    family: 'information',
    roundtable: true,
    phrase: 'smear campaigns against a candidate',
  },
  {
    id: 'public-threats-or-promises',
    title: 'Public threats or promises',
    family: 'political',
    roundtable: true,
    phrase: 'public threats and promises',
  },
  {
    id: 'statements-of-support',
    title: 'Public statements of support for a candidate',
    family: 'political',
    roundtable: true,
    phrase: 'open endorsements',
  },
  { id: 'campaign-funding', title: 'Campaign funding', family: 'financial', roundtable: true, phrase: 'covert campaign funding' },
  {
    id: 'aid-and-assistance',
    title: 'Increasing foreign aid or other assistance',
    family: 'financial',
    roundtable: true,
    phrase: 'timed offers of aid',
  },
  { id: 'hack-and-leak', title: 'Hack and leak', family: 'cyber', roundtable: false, phrase: 'a hack-and-leak operation' },
  {
    id: 'inauthentic-networks',
    title: 'Inauthentic networks',
    family: 'information',
    roundtable: false,
    phrase: 'networks of inauthentic accounts',
  },
  {
    id: 'ddos-election-bodies',
    title: 'DDoS attacks on election bodies',
    family: 'cyber',
    roundtable: false,
    phrase: 'denial-of-service attacks on the election authority',
  },
  { id: 'deepfakes', title: 'Deepfakes', family: 'information', roundtable: false, phrase: 'synthetic audio and video of candidates' },
] as const;
const FRAMEWORKS = [
  {
    id: 'un-charter',
    title: 'Charter of the United Nations',
    short: 'UN Charter',
    kind: 'treaty',
    scope: 'international',
    binding: true,
    adopted: '1945-06-26',
    ref: 'Art. 2(1)',
  },
  {
    id: 'unga-2131',
    title: 'Declaration on the Inadmissibility of Intervention in the Domestic Affairs of States',
    short: 'UNGA Res. 2131',
    kind: 'un-resolution',
    scope: 'international',
    binding: false,
    adopted: '1965-12-21',
    ref: 'Para. 1',
  },
  {
    id: 'icj-nicaragua-1986',
    title: 'Military and Paramilitary Activities in and against Nicaragua, Merits',
    short: 'ICJ Nicaragua (1986)',
    kind: 'judgment',
    scope: 'international',
    binding: true,
    adopted: '1986-06-27',
    ref: 'Para. 205',
  },
  {
    id: 'iccpr',
    title: 'International Covenant on Civil and Political Rights',
    short: 'ICCPR',
    kind: 'treaty',
    scope: 'international',
    binding: true,
    adopted: '1966-12-16',
    ref: 'Art. 25',
  },
  {
    id: 'tallinn-manual-2',
    title: 'Tallinn Manual 2.0 on the International Law Applicable to Cyber Operations',
    short: 'Tallinn Manual 2.0',
    kind: 'expert-manual',
    scope: 'international',
    binding: false,
    adopted: '2017-02-08',
    ref: 'Rule 66',
  },
  {
    id: 'national-foreign-funding-statute',
    title: 'Statute prohibiting foreign contributions to campaigns',
    short: 'Foreign funding statute',
    kind: 'statute',
    scope: 'national',
    binding: true,
    adopted: '2002-03-27',
    ref: 'Sec. 1',
  },
] as const;
const COMMITMENTS = [
  {
    id: 'paris-call',
    title: 'Paris Call for Trust and Security in Cyberspace',
    short: 'Paris Call',
    kind: 'multistakeholder-call',
    launched: '2018-11-12',
    venue: 'Paris Peace Forum',
  },
  {
    id: 'g7-charlevoix',
    title: 'Charlevoix Commitment on Defending Democracy from Foreign Threats',
    short: 'G7 Charlevoix',
    kind: 'declaration',
    launched: '2018-06-09',
    venue: 'G7 summit, Charlevoix',
  },
  {
    id: 'gcsc-electoral-infrastructure-norm',
    title: 'GCSC norm to protect electoral infrastructure',
    short: 'GCSC electoral norm',
    kind: 'norm-proposal',
    launched: '2018-05-24',
    venue: 'Global Commission on the Stability of Cyberspace',
  },
  {
    id: 'un-gge-2015-norms',
    title: 'Norms of responsible state behaviour in the UN GGE 2015 report',
    short: 'UN GGE 2015',
    kind: 'un-report',
    launched: '2015-07-22',
    venue: 'United Nations',
  },
] as const;
const NORMS = [
  { id: 'no-hack-and-leak', title: 'No covert hack-and-leak against candidates', fw: ['tallinn-manual-2'], cm: ['paris-call'] },
  {
    id: 'no-intrusion-into-election-infrastructure',
    title: 'No intrusion into election infrastructure',
    fw: ['un-charter'],
    cm: ['gcsc-electoral-infrastructure-norm', 'un-gge-2015-norms'],
  },
  {
    id: 'no-covert-campaign-finance',
    title: 'No covert foreign campaign finance',
    fw: ['national-foreign-funding-statute'],
    cm: ['g7-charlevoix'],
  },
  {
    id: 'no-coercion-tied-to-electoral-outcome',
    title: 'No coercion tied to an electoral outcome',
    fw: ['icj-nicaragua-1986', 'unga-2131'],
    cm: [],
  },
  {
    id: 'no-coordinated-inauthentic-amplification',
    title: 'No coordinated inauthentic amplification',
    fw: ['iccpr'],
    cm: ['g7-charlevoix'],
  },
  {
    id: 'no-concealed-state-sponsorship',
    title: 'No concealed state sponsorship of electoral messaging',
    fw: ['unga-2131'],
    cm: ['paris-call'],
  },
] as const;
const GLOSSARY = [
  {
    id: 'disinformation',
    term: 'Disinformation',
    definition: 'False information that is shared knowingly, with the intent to mislead or cause harm.',
  },
  {
    id: 'misinformation',
    term: 'Misinformation',
    definition: 'False information that is shared by people who believe it to be true, without intent to harm.',
  },
  {
    id: 'mal-information',
    term: 'Mal-information',
    definition: 'Genuine information shared out of context or selectively in order to cause harm to a person or a process.',
  },
  {
    id: 'foreign-interference',
    term: 'Foreign interference',
    definition:
      'Activity by or for a foreign state that is coercive, corrupting, deceptive or clandestine and aims at a political outcome.',
  },
  {
    id: 'public-diplomacy',
    term: 'Public diplomacy',
    definition: "A state's open communication with foreign publics to explain its policies and build understanding of its society.",
  },
  {
    id: 'hack-and-leak',
    term: 'Hack-and-leak',
    definition: 'Stealing private documents through a computer intrusion and releasing them, often selectively, to shape public debate.',
  },
] as const;
const BRIEFING_ID = 'bench-roundtable';

// Sentences for each section of a case body. {slots} are filled per case.
const SECTIONS: Record<string, string[]> = {
  Background: [
    'The {year} {etype} election in {country} took place amid sharp polarisation between {party} and a coalition led by {candidate}.',
    'Observers had warned for months that {country} was exposed to outside pressure because of its energy dependence and contested alliances.',
    'Turnout in the previous vote had fallen below half of registered voters, and trust in the {agency} was low across most regions.',
    'Public broadcasting in {country} had been weakened by budget cuts, while audiences increasingly followed politics through messaging apps and video platforms.',
    'The electoral law required parties to declare every donation above a modest threshold, but enforcement by the {agency} was widely described as slow.',
    'Relations between {country} and the {adjective} government had deteriorated after a dispute over trade, transit fees and minority rights.',
    'Several candidates campaigned on the question of alignment with regional blocs, which made the outcome of direct interest to neighbouring powers.',
  ],
  'What happened': [
    'From {month} {year}, researchers documented {tactic} aimed at voters in the capital and in the border districts.',
    'Accounts created within weeks of each other posted the same claims about {candidate}, often within seconds, and in at least three languages.',
    'A website registered abroad published documents said to come from the campaign of {candidate}, some of them altered in ways later shown by forensic analysis.',
    'Local journalists traced payments of roughly {num} thousand dollars through intermediaries to activists who organised rallies and distributed leaflets.',
    'On the eve of the vote the {agency} reported an outage of its results portal, which it attributed to a flood of traffic from compromised devices.',
    'Messages claiming that polling stations would close early circulated widely in districts where {party} had strong support.',
    'State-funded outlets of the {adjective} government amplified the claims, and senior officials repeated them in interviews and speeches.',
  ],
  Attribution: [
    'The {agency} said its technical analysis linked the infrastructure to an actor previously associated with the {adjective} security services.',
    'Independent researchers at {outlet} reached a similar conclusion on the basis of shared hosting, reused code and the timing of posts.',
    'The government of {country} formally attributed the activity to the {adjective} state in a statement issued {num} days after the vote.',
    'The {adjective} foreign ministry rejected the accusations as unfounded and said they were an attempt to explain away a domestic defeat.',
    'Some analysts cautioned that commercial public-relations firms may have run parts of the operation, which complicates any claim of direct state control.',
    'No court in {country} has yet ruled on the responsibility of foreign officials, although prosecutors opened an investigation into the domestic intermediaries.',
  ],
  Responses: [
    'The platforms removed several hundred accounts and pages for coordinated inauthentic behaviour and published samples of the removed content.',
    'The {agency} fined two parties for undeclared foreign funding and referred one case to the prosecutor general.',
    'Partners in the region issued a joint statement condemning the interference and announced closer cooperation on election security.',
    'The government expelled {num} diplomats of the {adjective} embassy and suspended a bilateral cultural programme.',
    'Parliament amended the electoral code to require disclosure of paid political advertising on online platforms.',
    'Observers recommended that the authorities publish detailed results by polling station and strengthen the independence of the {agency}.',
  ],
  'Where the red line falls': [
    'Open statements of preference by foreign leaders sit close to public diplomacy, however unwelcome they were to the campaign of {candidate}.',
    'Covert funding and concealed sponsorship move the case towards interference, because voters could not know who was speaking to them.',
    'The attack on the results portal targeted the administration of the election itself, which most proposed norms treat as a clear red line.',
    'Whether the activity amounts to prohibited intervention under international law depends on coercion, which the available evidence does not establish.',
    'The use of genuine but selectively leaked material makes the truthfulness criterion contested rather than simply false.',
    'Measured against the rubric, the case combines a partly concealed method with a target in the electoral process, placing it in the interference band.',
  ],
  'Open questions': [
    'It remains unclear how far the operation changed any vote, and researchers disagree about how to measure such effects.',
    'The role of domestic actors who adopted and spread the foreign narratives has not been fully examined.',
    'Investigators have not published the technical indicators on which the official attribution rests, which limits independent verification.',
    'Whether the platforms acted quickly enough, and with enough transparency about their criteria, is still debated in {country}.',
    'Future inquiries may clarify the chain of payments between the foreign sponsors and the local organisers.',
  ],
};

// ── corpus generation ────────────────────────────────────────────────────────────────────────

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const yaml = (data: unknown) => YAML.stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
const mdx = (data: unknown, body: string) => `---\n${yaml(data)}---\n\n${body.trim()}\n`;
const src = (id: string, title: string, publisher: string, date: string, type: string, kind: string) => ({
  id,
  title,
  publisher,
  date,
  url: `https://www.example.com/bench/${id}`,
  accessed: '2025-06-01',
  kind,
  type,
});
const ACCESSED_EDITORIAL = { lastReviewed: '2025-06-01', corrections: [], lang: 'en' };

/** A body paragraph of a few sentences, closed by a citation. */
function paragraph(r: Rng, pool: string[], fill: (s: string) => string, cite: string, sentences = 3): string {
  return `${r.some(pool, sentences, sentences).map(fill).join(' ')} <Cite id="${cite}" />`;
}

/** The entries every case refers to: tactics, frameworks, commitments, norms, one briefing, glossary terms. */
function writeSupport(dir: string, caseIds: string[]) {
  const write = (collection: string, id: string, data: unknown, body: string) =>
    fs.writeFileSync(path.join(dir, collection, `${id}.mdx`), mdx(data, body));
  for (const t of TACTICS) {
    const s = src(
      `${t.id}-study`,
      `${t.title}: a review of election cases`,
      'Digital Forensic Research Lab',
      '2023-04-12',
      'ngo',
      'secondary',
    );
    write(
      'tactics',
      t.id,
      {
        title: t.title,
        summary: `${t.title}: a tactic that looks alike whether a legitimate or a malicious actor uses it, seen in many of the cases.`,
        family: t.family,
        roundtable: t.roundtable,
        legitimateUse: 'Used openly, by an identified speaker, to inform voters or state a position.',
        nefariousUse: 'Used covertly or deceptively by a foreign actor to shift the outcome of an election.',
        warningSigns: ['Hidden sponsorship', 'Sudden coordinated activity'],
        disarm: [],
        sources: [s],
        ...ACCESSED_EDITORIAL,
      },
      `## How it works\n\nThe tactic appears in public diplomacy and in interference alike; what differs is concealment, deception and the target of the activity <Cite id="${s.id}" />.`,
    );
  }
  for (const f of FRAMEWORKS) {
    const s = src(`${f.id}-text`, `${f.title}, official text`, 'United Nations', f.adopted, 'official', 'primary');
    write(
      'frameworks',
      f.id,
      {
        title: f.title,
        shortTitle: f.short,
        summary: `${f.title}, a ${f.kind.replace('-', ' ')} often cited in debates about where legitimate influence ends and interference in elections begins.`,
        kind: f.kind,
        scope: f.scope,
        jurisdiction: f.scope === 'national' ? 'One state' : 'All UN member states',
        adopted: f.adopted,
        binding: f.binding,
        provisions: [{ ref: f.ref, summary: 'States shall respect the political independence of other states.', source: s.id }],
        officialUrl: `https://www.example.com/bench/${f.id}`,
        sources: [s],
        ...ACCESSED_EDITORIAL,
      },
      `## What it says\n\nThe instrument sets out the principle of sovereign equality and the duty not to intervene in matters within the domestic jurisdiction of any state <Cite id="${s.id}" />.`,
    );
  }
  for (const c of COMMITMENTS) {
    const s = src(`${c.id}-text`, `${c.title}, text`, c.venue, c.launched, 'intergovernmental', 'primary');
    write(
      'commitments',
      c.id,
      {
        title: c.title,
        shortTitle: c.short,
        summary: `${c.title}: a political commitment that addresses foreign threats to elections and the integrity of electoral processes.`,
        kind: c.kind,
        launched: c.launched,
        venue: c.venue,
        endorsedBy: 'Its founding signatories',
        supporters: [{ count: 50, what: 'states', asOf: '2025-01-01', source: s.id }],
        principles: [
          {
            number: 1,
            title: 'Electoral processes',
            summary: 'Strengthen the capacity to prevent malign interference in electoral processes.',
            source: s.id,
          },
        ],
        frameworks: ['un-charter'],
        officialUrl: `https://www.example.com/bench/${c.id}`,
        sources: [s],
        ...ACCESSED_EDITORIAL,
      },
      `## What it commits to\n\nSupporters commit to defend electoral processes against malicious cyber activity and foreign manipulation <Cite id="${s.id}" />.`,
    );
  }
  for (const n of NORMS) {
    const s = src(`${n.id}-basis`, `${n.title}: the case for a norm`, 'Journal of Democracy', '2022-09-01', 'academic', 'secondary');
    write(
      'norms',
      n.id,
      {
        title: n.title,
        statement: `States should observe this line: ${n.title.toLowerCase()}.`,
        rationale:
          'Crossing this line deprives voters of the ability to know who is addressing them or undermines the administration of the vote.',
        groundedIn: { frameworks: [...n.fw], commitments: [...n.cm] },
        status: 'discussed',
        discussedAt: [BRIEFING_ID],
        sources: [s],
        ...ACCESSED_EDITORIAL,
      },
      `## Why this line\n\nThe norm draws on existing law and commitments and on the cases in which the line was crossed <Cite id="${s.id}" />.`,
    );
  }
  GLOSSARY.forEach((g, i) => {
    const s = src(`${g.id}-definition`, `${g.term}: a definition`, 'Council of Europe', '2017-09-27', 'intergovernmental', 'primary');
    write(
      'glossary',
      g.id,
      {
        term: g.term,
        definition: g.definition,
        related: [GLOSSARY[(i + 1) % GLOSSARY.length].id],
        sources: [s],
        ...ACCESSED_EDITORIAL,
      },
      `The term is used in the sense given by the Council of Europe's report on information disorder <Cite id="${s.id}" />.`,
    );
  });
  const s = src('paris-call-principles', 'The nine principles of the Paris Call', 'Paris Call', '2018-11-12', 'official', 'primary');
  write(
    'briefings',
    BRIEFING_ID,
    {
      title: "Where's the red line? Synthetic pre-brief",
      event: 'Benchmark roundtable on foreign interference and public diplomacy',
      summary:
        'A synthetic pre-brief for the benchmark corpus: the agenda, the six questions each linked to evidence, and cases side by side.',
      keyPoints: [
        'The same tactic can be diplomacy or interference.',
        'International law draws its line at coercion.',
        'Every attribution says who made it and on what evidence.',
      ],
      dateNote: 'Synthetic event: no date or venue.',
      agenda: [
        { title: 'Overview of trends', minutes: 5, description: 'Trends and threats in foreign interference.' },
        { title: 'Case-study deep dive', minutes: 10, description: 'Two cases side by side.' },
      ],
      questions: [
        { question: 'How do we define foreign interference?', links: ['glossary/foreign-interference', `cases/${caseIds[0]}`] },
        {
          question: 'What legal frameworks govern election interference?',
          links: ['frameworks/icj-nicaragua-1986', 'commitments/paris-call', 'norms/no-hack-and-leak', 'tactics/hack-and-leak'],
        },
      ],
      figures: [],
      pairs: [{ cases: caseIds.slice(0, 2), why: 'Two cases from the synthetic corpus, compared.' }],
      readingList: [
        { entry: 'frameworks/icj-nicaragua-1986', why: 'The classic statement of non-intervention.' },
        { source: s.id, why: 'The third principle, on electoral processes.' },
      ],
      outcomes: [],
      sources: [s],
      ...ACCESSED_EDITORIAL,
    },
    `## Purpose\n\nThe roundtable asks where public diplomacy ends and interference begins, in the spirit of the third principle of the Paris Call <Cite id="${s.id}" />.`,
  );
}

/** One synthetic case: frontmatter in the shape of src/cli/templates/cases.mdx, and ~700 words of cited body. */
function writeCase(dir: string, r: Rng, id: string, k: number, nearest: string) {
  const [code, country, region] = r.pick(COUNTRIES);
  const [stateName, stateCode, adjective] = r.pick(STATES.filter((s) => s[1] !== code));
  const year = r.int(1948, 2024);
  const month = r.int(1, 12);
  const day = r.int(1, 28);
  const etype = r.pick(ELECTION_TYPES);
  const candidate = `${r.pick(FIRST)} ${r.pick(LAST)}`;
  const party = `${r.pick(PARTY_WORDS)} ${r.pick(['Party', 'Movement', 'Alliance', 'Front'])}`;
  const coin = () => r.some(SYLLABLES, 2, 3).join('');
  const outlet = `${coin().replace(/^./, (c) => c.toUpperCase())} Observatory`;
  const agency = r.pick(['Central Election Commission', 'electoral authority', 'national election office', 'electoral tribunal']);
  const tactics = r.some(TACTICS, 1, 3);
  const sourceCount = r.int(5, 8);
  const sources = Array.from({ length: sourceCount }, (_, i) => {
    const [publisher, type, kind] = r.pick(PUBLISHERS);
    const sy = Math.min(2025, year + r.int(0, 3));
    return src(
      `${id}-s${i + 1}`,
      `${country} ${year}: ${['report', 'statement', 'investigation', 'analysis', 'judgment', 'press release'][i % 6]} on the ${etype} election`,
      publisher,
      iso(sy, r.int(1, 12), r.int(1, 28)),
      type,
      kind,
    );
  });
  const sid = (i: number) => sources[i % sources.length].id;
  const fill = (s: string) =>
    s
      .replaceAll('{year}', String(year))
      .replaceAll('{etype}', etype)
      .replaceAll('{country}', country)
      .replaceAll('{party}', party)
      .replaceAll('{candidate}', candidate)
      .replaceAll('{agency}', agency)
      .replaceAll('{adjective}', adjective)
      .replaceAll('{outlet}', outlet)
      .replaceAll('{month}', MONTHS[month - 1])
      .replaceAll('{num}', String(r.int(3, 900)))
      .replaceAll('{tactic}', tactics[0].phrase);
  const endYear = Math.min(2025, year + r.int(0, 1));
  const claimDate = iso(Math.min(2025, year + 1), r.int(1, 12), r.int(1, 28));
  const positions = ['public-diplomacy', 'influence', 'grey-zone', 'interference', 'prohibited-intervention'];
  const crit = (level: string, i: number) => ({
    level,
    rationale: `Assessed from the evidence in the cited ${sources[i % sourceCount].publisher} material on this election.`,
    sources: [sid(i)],
  });
  const norms = r.some(NORMS, 0, 2).map((n) => ({
    norm: n.id,
    verdict: r.pick(['crossed', 'contested']),
    reasoning: `The documented conduct in ${country} meets the terms of this candidate norm, as the sources describe.`,
  }));

  const data = {
    title: `${country} ${year}: ${tactics[0].phrase} in the ${etype} election (no. ${k})`,
    summary: `Before the ${year} ${etype} election in ${country}, ${tactics.map((t) => t.phrase).join(' and ')} targeted voters and the campaign of ${candidate}. The activity was attributed to actors linked to the ${adjective} state, which denies it.`,
    country: code,
    region,
    origin: r.pick(['foreign', 'foreign', 'mixed']),
    inclusion: 'foreign-activity',
    elections: [{ name: `${etype[0].toUpperCase()}${etype.slice(1)} election`, type: etype, date: iso(year, month, day) }],
    period: { start: iso(year, Math.max(1, month - 3), 1), end: iso(endYear, month, day) },
    actors: [
      { name: stateName, kind: 'state', country: stateCode, role: 'Alleged sponsor' },
      { name: `${outlet} network`, kind: r.pick(['proxy', 'state-linked', 'private']), role: 'Alleged operator of the campaign' },
      ...(r.next() < 0.5
        ? [{ name: agency.replace(/^./, (c) => c.toUpperCase()), kind: 'state', country: code, role: 'Investigated the activity' }]
        : []),
    ],
    tactics: tactics.map((t) => t.id),
    attribution: {
      status: r.pick(['acknowledged', 'officially-attributed', 'alleged', 'disputed', 'unattributed']),
      summary: `The government of ${country} and independent researchers attributed the activity to the ${adjective} state, which rejects the accusation.`,
      claims: [
        {
          by: `Government of ${country}`,
          kind: r.pick(['technical', 'political', 'judicial']),
          attributor: 'government',
          date: claimDate,
          against: stateName,
          evidence: 'Technical indicators and financial records described in the official report.',
          source: sid(2),
          disputedBy: [{ by: `${adjective} foreign ministry`, source: sid(3), argument: 'Denies any involvement.' }],
        },
      ],
    },
    assessment: {
      position: r.pick(positions),
      summary: 'Concealed sponsorship aimed at the electoral process places the case beyond ordinary public diplomacy.',
      comparedWith: {
        case: nearest,
        reasoning: 'The nearest comparable case in the corpus; the two differ in the transparency and the means recorded below.',
      },
      criteria: {
        transparency: crit(r.pick(['overt', 'partly-concealed', 'covert']), 0),
        means: crit(r.pick(['persuasion', 'inducement', 'coercion', 'deception', 'intrusion']), 1),
        target: crit(r.pick(['public-debate', 'candidates-and-parties', 'election-administration', 'individual-voters']), 2),
        truthfulness: crit(r.pick(['truthful', 'selectively-true', 'false']), 3),
        legality: crit(r.pick(['lawful', 'unlawful-domestic', 'arguably-unlawful-international']), 4),
      },
    },
    impact: {
      level: r.pick(['not-established', 'limited', 'wide-reach']),
      rationale: 'What the cited reports say about the reach of the activity.',
      sources: [sid(1)],
    },
    status: { asOf: '2025-05-01', summary: 'No further official finding since the report cited here.', sources: [sid(0)] },
    norms,
    frameworks: r.some(FRAMEWORKS, 1, 3).map((f) => f.id),
    commitments: r.some(COMMITMENTS, 0, 2).map((c) => c.id),
    responses:
      r.next() < 0.7
        ? [
            {
              date: claimDate,
              by: `Government of ${country}`,
              kind: r.pick(['sanction', 'expulsion', 'investigation', 'statement']),
              summary: 'Announced measures in response to the interference.',
              source: sid(4),
            },
          ]
        : [],
    sources,
    published: '2025-05-01',
    ...ACCESSED_EDITORIAL,
  };
  let n = 0;
  const body = Object.entries(SECTIONS)
    .map(([heading, pool]) => `## ${heading}\n\n${paragraph(r, pool, fill, sid(n++))}\n\n${paragraph(r, pool, fill, sid(n++))}`)
    .join('\n\n');
  fs.writeFileSync(path.join(dir, 'cases', `${id}.mdx`), mdx(data, body));
}

/** Writes a corpus of `size` cases to `<root>/content/`. Returns the number of files and the mean words per case body. */
function writeCorpus(root: string, size: number) {
  const dir = path.join(root, 'content');
  fs.rmSync(root, { recursive: true, force: true });
  for (const c of ['cases', 'frameworks', 'commitments', 'tactics', 'norms', 'briefings', 'glossary'])
    fs.mkdirSync(path.join(dir, c), { recursive: true });
  const r = rng(20261125);
  const ids = Array.from({ length: size }, (_, k) => `bench-case-${String(k + 1).padStart(5, '0')}`);
  ids.forEach((id, k) => writeCase(dir, r, id, k + 1, ids[k === 0 ? 1 : k - 1]));
  writeSupport(dir, ids);
  const files = fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.mdx')).length;
  const sample = fs.readFileSync(path.join(dir, 'cases', `${ids[0]}.mdx`), 'utf8').split(/^---$/m)[2] ?? '';
  const words = sample.replace(/<Cite[^>]*>/g, '').match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
  return { files, words };
}

// ── the projects that get built ──────────────────────────────────────────────────────────────

/** A snapshot of the casebook (code only) in .bench/site/, with its own .astro/ and Astro cache. */
function snapshotSite(): string {
  const site = path.join(BENCH, 'site');
  fs.rmSync(site, { recursive: true, force: true });
  fs.mkdirSync(site, { recursive: true });
  for (const p of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    fs.cpSync(path.join(ROOT, p), path.join(site, p), { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(site, 'node_modules'), 'dir');
  // Astro keeps its content cache (and incremental-build state) under node_modules, which the
  // symlink would share with the real site and keep warm from one run to the next: give the
  // snapshot a cache of its own, emptied before every build (see CACHE).
  const config = path.join(site, 'astro.config.mjs');
  const text = fs.readFileSync(config, 'utf8');
  if (!/^export default defineConfig\(/m.test(text))
    throw new Error('astro.config.mjs no longer says `export default defineConfig(…)`: update snapshotSite() in src/cli/bench.ts');
  fs.writeFileSync(
    config,
    `${text.replace(/^export default defineConfig\(/m, 'const casebookConfig = defineConfig(')}\nexport default { ...casebookConfig, cacheDir: '${CACHE}/' };\n`,
  );
  return site;
}

/** The bare project: @astrojs/mdx only, one permissive collection, one page, a trivial <Cite>. */
function writeBareProject(): string {
  const bare = path.join(BENCH, 'bare');
  fs.rmSync(bare, { recursive: true, force: true });
  const w = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(bare, file)), { recursive: true });
    fs.writeFileSync(path.join(bare, file), text);
  };
  w('package.json', JSON.stringify({ name: 'casebook-bench-bare', private: true, type: 'module' }, null, 2));
  w(
    'astro.config.mjs',
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({
  integrations: [mdx()],
  outDir: process.env.BARE_OUT,
  cacheDir: '${CACHE}/',
  trailingSlash: 'always',
  devToolbar: { enabled: false },
});
`,
  );
  w(
    'src/content.config.ts',
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
// Every MDX file of the corpus, whatever its collection, with no validation at all.
export const collections = {
  entries: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: process.env.BARE_CONTENT, generateId: ({ entry }) => entry.replace(/\\.mdx$/, '').replace(/\\//g, '--') }),
    schema: z.looseObject({}),
  }),
};
`,
  );
  w(
    'src/components/Cite.astro',
    `---
const { id } = Astro.props;
---
<sup><a href={'#' + id}>[{id}]</a></sup>
`,
  );
  w(
    'src/pages/[id].astro',
    `---
import { getCollection, render } from 'astro:content';
import Cite from '../components/Cite.astro';
export async function getStaticPaths() {
  return (await getCollection('entries')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const title = String(entry.data.title ?? entry.data.term ?? entry.id);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><main data-pagefind-body><h1>{title}</h1><Content components={{ Cite }} /></main></body>
</html>
`,
  );
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(bare, 'node_modules'), 'dir');
  return bare;
}

// ── measuring ────────────────────────────────────────────────────────────────────────────────

interface Measured {
  ok: boolean;
  wallMs: number;
  /** Peak of the summed memory (Pss) of the whole process tree, sampled every 100 ms (bytes). */
  treePeak: number;
  /** Largest resident memory of any single process (GNU time's max RSS, else the sampled VmHWM) (bytes). */
  maxRss: number;
  log: string;
}

const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** The pid and every descendant of `root`, from /proc. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      (children.get(ppid) ?? children.set(ppid, []).get(ppid)!).push(Number(d));
    } catch {
      /* the process ended while we looked */
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    out.push(p);
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(root);
  return out;
}

/**
 * Memory of a process, in bytes: its proportional share of resident memory (Pss, so that pages
 * shared between processes, e.g. right after a fork, are not counted twice; VmRSS where
 * smaps_rollup is unavailable), and its peak resident memory (VmHWM).
 */
function memoryOf(pid: number): { rss: number; hwm: number } {
  const kb = (text: string, key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    let rss = kb(status, 'VmRSS');
    try {
      rss = kb(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'), 'Pss') || rss;
    } catch {
      /* older kernels: VmRSS */
    }
    return { rss, hwm: kb(status, 'VmHWM') };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/** Runs a command, with its output in `log`, and measures time and memory. */
function measure(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; log: string }): Promise<Measured> {
  const timeFile = `${opts.log}.time`;
  const out = fs.openSync(opts.log, 'w');
  const [file, argv] = TIME ? [TIME, ['-f', '%e %M', '-o', timeFile, cmd, ...args]] : [cmd, args];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', out, out] });
  let treePeak = 0;
  let hwm = 0;
  const sample = () => {
    if (!child.pid) return;
    let sum = 0;
    for (const pid of processTree(child.pid)) {
      const m = memoryOf(pid);
      sum += m.rss;
      hwm = Math.max(hwm, m.hwm);
    }
    treePeak = Math.max(treePeak, sum);
  };
  const timer = setInterval(sample, 100);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(timer);
      fs.closeSync(out);
      const wallMs = performance.now() - started;
      let maxRss = hwm;
      if (TIME && fs.existsSync(timeFile)) {
        const kb = Number(fs.readFileSync(timeFile, 'utf8').trim().split(/\s+/).at(-1));
        if (Number.isFinite(kb)) maxRss = Math.max(maxRss, kb * 1024);
        fs.rmSync(timeFile, { force: true });
      }
      resolve({ ok: code === 0, wallMs, treePeak: Math.max(treePeak, maxRss), maxRss, log: opts.log });
    });
  });
}

/** Disk usage of a folder (du -sk), in bytes. */
function du(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  const r = spawnSync('du', ['-sk', dir], { encoding: 'utf8' });
  return Number(r.stdout.split(/\s/)[0] ?? 0) * 1024;
}
const htmlPages = (dir: string) =>
  fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).length : 0;

// ── the run ──────────────────────────────────────────────────────────────────────────────────

interface Row {
  size: number;
  step: 'check' | 'bare' | `casebook ${number} lang`;
  m: Measured;
  pages?: number;
  dist?: number;
  index?: number;
}

const mb = (b: number) => (b / 1024 ** 2).toFixed(b < 10 * 1024 ** 2 ? 1 : 0);
const sec = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);

function tail(file: string, lines = 25) {
  return fs
    .readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .slice(-lines)
    .map((l) => `    ${l}`)
    .join('\n');
}

async function main() {
  const { sizes, keep, languages } = parseArgs(process.argv.slice(2));
  fs.mkdirSync(BENCH, { recursive: true });
  const logs = path.join(BENCH, 'logs');
  fs.mkdirSync(logs, { recursive: true });
  const node = process.execPath;
  const astroBin = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const pagefindBin = path.join(ROOT, 'node_modules/.bin/pagefind');

  const machine = `${os.cpus().length} CPU (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${(os.totalmem() / GIB).toFixed(1)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
  console.log(
    `Red Line Casebook benchmark\nmachine: ${machine}\nmemory measured ${TIME ? 'with /usr/bin/time (largest process) and' : 'by'} sampling /proc every 100 ms (whole process tree)\n`,
  );

  const site = snapshotSite();
  const bare = writeBareProject();
  const rows: Row[] = [];
  let failed = false;

  for (const size of sizes) {
    const root = path.join(BENCH, String(size));
    const content = path.join(root, 'content');
    const t0 = performance.now();
    const { files, words } = writeCorpus(root, size);
    console.log(`▸ ${size} cases: ${files} files, ~${words} words per case body, generated in ${sec(performance.now() - t0)} s`);

    const check = await measure(node, [path.join(site, 'src/cli/check.ts'), root], {
      cwd: site,
      log: path.join(logs, `${size}-check.log`),
    });
    rows.push({ size, step: 'check', m: check });
    console.log(`  check     ${check.ok ? '✔' : '✖'} ${sec(check.wallMs)} s`);
    if (!check.ok) {
      console.error(`  the generated corpus fails the check: that is a bug in src/cli/bench.ts\n${tail(check.log)}`);
      failed = true;
      break;
    }

    for (const n of languages) {
      const casebookOut = path.join(root, `dist-casebook-${n}`);
      const step = `casebook ${n} lang` as const;
      fs.rmSync(path.join(site, CACHE), { recursive: true, force: true }); // a cold build, every time
      const cb = await measure(node, [path.join(site, 'src/cli/build.ts')], {
        cwd: site,
        env: { CASEBOOK_CONTENT: content, CASEBOOK_DIST: casebookOut, CASEBOOK_LOCALES: LOCALES.slice(0, n).join(',') },
        log: path.join(logs, `${size}-casebook-${n}.log`),
      });
      rows.push({ size, step, m: cb, pages: htmlPages(casebookOut), dist: du(casebookOut), index: du(path.join(casebookOut, 'pagefind')) });
      console.log(`  ${step.padEnd(16)} ${cb.ok ? '✔' : '✖'} ${sec(cb.wallMs)} s, peak ${mb(cb.treePeak)} MB`);
      if (!cb.ok) {
        console.error(tail(cb.log));
        failed = true;
      }
      fs.rmSync(casebookOut, { recursive: true, force: true });
    }

    const bareOut = path.join(root, 'dist-bare');
    fs.rmSync(path.join(bare, CACHE), { recursive: true, force: true });
    const script = `"${node}" "${astroBin}" build --root "${bare}" && "${pagefindBin}" --site "${bareOut}"`;
    const b = await measure('sh', ['-c', script], {
      cwd: bare,
      env: { BARE_CONTENT: content, BARE_OUT: bareOut },
      log: path.join(logs, `${size}-bare.log`),
    });
    rows.push({ size, step: 'bare', m: b, pages: htmlPages(bareOut), dist: du(bareOut), index: du(path.join(bareOut, 'pagefind')) });
    console.log(`  ${'bare'.padEnd(16)} ${b.ok ? '✔' : '✖'} ${sec(b.wallMs)} s, peak ${mb(b.treePeak)} MB`);
    if (!b.ok) {
      console.error(tail(b.log));
      failed = true;
    }

    if (!keep) fs.rmSync(root, { recursive: true, force: true });
  }
  if (!keep) {
    fs.rmSync(site, { recursive: true, force: true });
    fs.rmSync(bare, { recursive: true, force: true });
  }

  // The table.
  const header = ['cases', 'run', 'wall s', 'peak MB (tree)', 'max RSS MB (1 proc)', 'pages', 'ms/page', 'dist MB', 'index MB'];
  const body: string[][] = [];
  for (const r of rows) {
    body.push([
      String(r.size),
      r.step + (r.m.ok ? '' : ' (failed)'),
      sec(r.m.wallMs),
      mb(r.m.treePeak),
      mb(r.m.maxRss),
      r.pages === undefined ? '' : String(r.pages),
      r.pages ? (r.m.wallMs / r.pages).toFixed(1) : '',
      r.dist === undefined ? '' : mb(r.dist),
      r.index === undefined ? '' : mb(r.index),
    ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(`\n${line(header)}\n|${widths.map((w, i) => (i < 2 ? '-'.repeat(w + 1) + '-' : '-'.repeat(w + 1) + ':')).join('|')}|`);
  for (const row of body) console.log(line(row));

  console.log('\ncasebook (English only) / bare:');
  for (const size of sizes) {
    const cb = rows.find((r) => r.size === size && r.step === 'casebook 1 lang');
    const b = rows.find((r) => r.size === size && r.step === 'bare');
    if (!cb || !b) continue;
    console.log(
      `  ${String(size).padStart(6)} cases: wall time ×${(cb.m.wallMs / b.m.wallMs).toFixed(2)}, peak memory ×${(cb.m.treePeak / b.m.treePeak).toFixed(2)}`,
    );
  }
  if (languages.length > 1) {
    console.log('\nlanguages: each language adds, per case (time of the build divided by cases × languages):');
    for (const size of sizes)
      for (const n of languages) {
        const r = rows.find((x) => x.size === size && x.step === `casebook ${n} lang`);
        if (r)
          console.log(
            `  ${String(size).padStart(6)} cases × ${n} language${n > 1 ? 's' : ' '}: ${sec(r.m.wallMs)} s, ${(r.m.wallMs / (size * n)).toFixed(1)} ms per case-language, ${r.pages} pages`,
          );
      }
  }
  const over = rows.filter((r) => r.step.startsWith('casebook') && r.m.treePeak > 2 * GIB);
  for (const r of over)
    console.log(
      `\n⚠ the ${r.size}-case casebook build peaked at ${mb(r.m.treePeak)} MB, above the 2 GiB budget (see ${path.relative(ROOT, r.m.log)})`,
    );
  console.log(
    `\nmachine: ${machine}${keep ? `\ncorpora and builds kept in ${path.relative(ROOT, BENCH)}/` : ''}\nlogs: ${path.relative(ROOT, logs)}/`,
  );
  process.exitCode = failed || over.length ? 1 : 0;
}

await main();
