/**
 * /schema/<name>.json: the JSON Schema of each collection's frontmatter (case, framework,
 * commitment, tactic, norm, briefing, term), generated from the zod schemas at build time.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonSchemas } from '../../lib/json-schema.ts';

export const getStaticPaths = (() => Object.keys(jsonSchemas()).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const baseUrl = site ? new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}schema/`, site) : undefined;
  const schema = jsonSchemas(baseUrl ? { baseUrl } : {})[params.name!];
  return new Response(JSON.stringify(schema, null, 2) + '\n', { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
