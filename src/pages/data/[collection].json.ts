/** /data/<collection>.json: every collection as JSON, references as ids, with a schema version. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCasebook } from '../../data/casebook.ts';
import { COLLECTIONS, type CollectionName } from '../../schema/vocab.ts';
import { SINGULAR } from '../../schema/index.ts';
import { collectionDocument, exportEntry } from '../../lib/exports.ts';

export const getStaticPaths = (() => COLLECTIONS.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const collection = params.collection as CollectionName;
  const book = await getCasebook();
  const entries = (book[collection] as { id: string; data: Record<string, unknown> }[]).map((e) => exportEntry(e.id, e.data));
  const doc = collectionDocument(collection, entries, new URL(import.meta.env.BASE_URL, site).href);
  doc.schema = new URL(`${import.meta.env.BASE_URL.replace(/\/$/, '')}/schema/${SINGULAR[collection]}.json`, site).href;
  return new Response(JSON.stringify(doc, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
