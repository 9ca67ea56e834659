/** /data/cases.csv: one row per case (RFC 4180, UTF-8, CRLF, list fields joined with "; "). */
import type { APIRoute } from 'astro';
import { getCasebook } from '../../data/casebook.ts';
import { casesCsv } from '../../lib/exports.ts';

export const GET: APIRoute = async ({ site }) => {
  const { cases } = await getCasebook();
  const base = new URL(import.meta.env.BASE_URL, site).href;
  return new Response(
    casesCsv(cases, (id) => `${base}cases/${id}/`),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
  );
};
