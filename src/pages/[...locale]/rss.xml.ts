/** RSS feed of new and revised cases, one per language: an item per case, dated by its latest publication or review. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { localBook, localePaths } from '../../data/casebook.ts';
import { feedItems } from '../../lib/feed.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ site, locals }) => {
  const { t, link, locale } = locals;
  const { cases } = await localBook(locale);
  return rss({
    title: t('site.name'),
    description: t('feed.description'),
    site: new URL(link('/'), site).href,
    items: feedItems(cases, t).map((i) => ({ ...i, link: link(`/cases/${i.id}/`) })),
    customData: `<language>${locale}</language>`,
  });
};
