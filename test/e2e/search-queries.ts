/**
 * Realistic queries a journalist or diplomat types, each with the pages that should come first
 * (any of them in the top `within` results). Used by the search-quality test and by anyone tuning
 * the ranking in src/lib/search-ranking.ts.
 */
export interface QueryExpectation {
  query: string;
  /** Paths (without the locale) any of which should appear in the top `within` results. */
  expect: string[];
  within: number;
}

export const QUERIES: QueryExpectation[] = [
  { query: 'foreign agent registry', expect: ['/frameworks/us-fara/', '/frameworks/au-foreign-interference-laws-2018/'], within: 2 },
  { query: 'CyberBerkut', expect: ['/cases/ukraine-2014-cec-attack/'], within: 1 },
  { query: 'annulled election', expect: ['/cases/romania-2024/'], within: 1 },
  { query: 'deepfake audio', expect: ['/cases/slovakia-2023-deepfake/', '/tactics/deepfakes/'], within: 2 },
  { query: 'vote buying Moldova', expect: ['/cases/moldova-2024/'], within: 1 },
  { query: 'hack and leak', expect: ['/tactics/hack-and-leak/', '/norms/no-hack-and-leak/'], within: 2 },
  { query: 'Macron leaks', expect: ['/cases/france-2017-macronleaks/'], within: 1 },
  { query: 'Bundestag hack', expect: ['/cases/germany-bundestag-2015/'], within: 1 },
  { query: 'Internet Research Agency', expect: ['/cases/us-2016/'], within: 3 },
  { query: 'Church Committee', expect: ['/cases/chile-1970/', '/cases/chile-1964/'], within: 2 },
  // The candidate norm on coercion tied to an electoral outcome takes Marshall's aid statement as its
  // worked example, so it may rank first; the case must follow it.
  { query: 'Marshall Plan aid', expect: ['/cases/italy-1948/'], within: 2 },
  { query: 'WhatsApp mass messaging', expect: ['/cases/brazil-2018-whatsapp/', '/tactics/mass-messaging/'], within: 2 },
  { query: 'OAS audit Bolivia', expect: ['/cases/bolivia-2019/'], within: 1 },
  { query: 'Guaidó recognition', expect: ['/cases/venezuela-2019-recognition/'], within: 1 },
  { query: 'Maduro captured', expect: ['/cases/venezuela-2026/'], within: 1 },
  { query: 'Milei swap line', expect: ['/cases/us-argentina-2025/'], within: 1 },
  { query: 'Asfura', expect: ['/cases/honduras-2025/'], within: 1 },
  { query: 'Arévalo', expect: ['/cases/guatemala-2023/'], within: 1 },
  { query: 'ZunZuneo', expect: ['/cases/cuba-zunzuneo/'], within: 1 },
  { query: 'Cambridge Analytica', expect: ['/cases/uk-brexit-cambridge-analytica/'], within: 1 },
  { query: 'Prigozhin Madagascar', expect: ['/cases/madagascar-2018/'], within: 1 },
  { query: 'Archimedes Group', expect: ['/cases/africa-archimedes-group-2019/'], within: 1 },
  { query: 'Paris Call', expect: ['/commitments/paris-call/'], within: 1 },
  { query: 'Charlevoix', expect: ['/commitments/g7-charlevoix/', '/commitments/g7-rapid-response-mechanism/'], within: 2 },
  { query: 'Tallinn Manual', expect: ['/frameworks/tallinn-manual-2/'], within: 1 },
  { query: 'Digital Services Act', expect: ['/frameworks/eu-digital-services-act/'], within: 1 },
  { query: 'Georgian Dream', expect: ['/cases/georgia-2024/'], within: 1 },
  { query: 'rapid response mechanism', expect: ['/commitments/g7-rapid-response-mechanism/'], within: 1 },
  { query: 'VIGINUM', expect: ['/frameworks/fr-viginum/'], within: 1 },
  {
    query: 'election infrastructure norm',
    expect: ['/commitments/gcsc-electoral-infrastructure-norm/', '/norms/no-intrusion-into-election-infrastructure/'],
    within: 2,
  },
];
