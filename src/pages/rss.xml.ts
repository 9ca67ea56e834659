/** RSS feed of new and revised cases: an item per case, dated by its latest publication or review. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCasebook, url } from '../data/casebook.ts';
import { feedItems } from '../lib/feed.ts';
import { t } from '../i18n/index.ts';

export const GET: APIRoute = async ({ site }) => {
  const { cases } = await getCasebook();
  return rss({
    title: t('site.name'),
    description: 'New and revised case studies of foreign interference in elections.',
    site: new URL(url('/'), site).href,
    items: feedItems(cases).map((i) => ({ ...i, link: url(`/cases/${i.id}/`) })),
    customData: '<language>en</language>',
  });
};
