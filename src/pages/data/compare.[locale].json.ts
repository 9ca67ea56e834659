/** The comparison data in each language, fetched by the compare page's picker only when a comparison is asked for. */
import type { APIRoute } from 'astro';
import { comparisonData } from '../../data/compare.ts';
import type { Locale } from '../../i18n/locales.ts';
import { BUILT_LOCALES } from '../../data/casebook.ts';

export const getStaticPaths = () => BUILT_LOCALES.map((locale) => ({ params: { locale } }));

export const GET: APIRoute = async ({ params }) => {
  const { rows, profiles, words } = await comparisonData(params.locale as Locale);
  return new Response(JSON.stringify({ rows, profiles, words }), { headers: { 'Content-Type': 'application/json' } });
};
