/** /data/stix/<case-id>.json: one case as a STIX 2.1 bundle (see src/lib/stix.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCasebook } from '../../../data/casebook.ts';
import { stixBundles } from '../../../data/stix.ts';

export const getStaticPaths = (async () => {
  const { cases } = await getCasebook();
  // bundle.json is every case at once: a case may not take its name.
  if (cases.some((c) => c.id === 'bundle'))
    throw new Error('a case may not be called "bundle": /data/stix/bundle.json is the bundle of every case');
  return cases.map((c) => ({ params: { case: c.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const bundles = await stixBundles(new URL(import.meta.env.BASE_URL, site).href);
  return new Response(JSON.stringify(bundles.cases.get(params.case!), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
