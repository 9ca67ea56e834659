/** /data/stix/bundle.json: every case in one STIX 2.1 bundle, shared objects once (see src/lib/stix.ts). */
import type { APIRoute } from 'astro';
import { stixBundles } from '../../../data/stix.ts';

export const GET: APIRoute = async ({ site }) => {
  const bundles = await stixBundles(new URL(import.meta.env.BASE_URL, site).href);
  return new Response(JSON.stringify(bundles.all, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
