/**
 * How Pagefind ranks results, shared by the search page and the search-quality test so the test
 * measures what readers get. Pagefind's defaults already rank the casebook's 30 test queries well
 * once titles, summaries and "also known as" names carry their weights (data-pagefind-weight in the
 * page templates); term frequency is damped a little so a long case that mentions a term often does
 * not outrank the short page about it.
 */
export const SEARCH_RANKING = { termFrequency: 0.8 } as const;
