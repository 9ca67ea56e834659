/** /data/compare.json: every case's comparison values, fetched by the compare page's picker on demand. */
import type { APIRoute } from 'astro';
import { comparisonData } from '../../data/compare.ts';

export const GET: APIRoute = async () => {
  const { rows, profiles } = await comparisonData();
  return new Response(JSON.stringify({ rows, profiles }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
