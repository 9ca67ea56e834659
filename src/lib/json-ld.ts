/** schema.org JSON-LD for the site, cases and frameworks, so search engines and citation tools read them right. */

/** JSON-LD for a case page: an Article about an election event. */
export function caseJsonLd(
  d: { title: string; summary: string; published: string; lastReviewed: string; lang: string; elections: { name: string; date: string }[] },
  url: string,
  country: string,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: d.title,
    description: d.summary,
    url,
    inLanguage: d.lang,
    datePublished: d.published,
    dateModified: d.lastReviewed,
    publisher: { '@type': 'Organization', name: 'Red Line Casebook' },
    about: d.elections.map((e) => ({
      '@type': 'Event',
      name: `${e.name}, ${country}`,
      startDate: e.date,
      location: { '@type': 'Country', name: country },
    })),
    license: 'https://creativecommons.org/licenses/by/4.0/',
  };
}

/** JSON-LD for a legal framework: a Legislation item. */
export function frameworkJsonLd(
  d: { title: string; summary: string; adopted: string; inForce?: string | undefined; jurisdiction: string; officialUrl: string },
  url: string,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: d.title,
    description: d.summary,
    url,
    legislationDate: d.adopted,
    ...(d.inForce ? { legislationDateOfApplicability: d.inForce } : {}),
    legislationJurisdiction: d.jurisdiction,
    sameAs: d.officialUrl,
  };
}

/** JSON-LD for the site as a whole (home page): a WebSite with a search action and the dataset. */
export function siteJsonLd(site: string, name: string, description: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name,
    description,
    url: site,
    potentialAction: {
      '@type': 'SearchAction',
      target: `${site}search/?q={search_term_string}`,
      'query-input': 'required name=search_term_string',
    },
  };
}
