/** Items of the feed of new and revised cases, in the feed's language. */
import type { Translator } from '../i18n/index.ts';

/** The case fields the feed reads. */
export interface FeedCase {
  id: string;
  data: { title: string; summary: string; published: string; lastReviewed: string; corrections: { date: string; summary: string }[] };
}

/** One feed item per case, newest change first; a case corrected or reviewed after publication is "Revised". */
export function feedItems(cases: readonly FeedCase[], t: Translator) {
  return cases
    .map((c) => {
      const d = c.data;
      const lastCorrection = d.corrections
        .map((x) => x.date)
        .sort()
        .at(-1);
      const changed = [d.published, d.lastReviewed, lastCorrection ?? ''].sort().at(-1)!;
      const revised = changed > d.published;
      const correction = lastCorrection ? d.corrections.find((x) => x.date === lastCorrection)!.summary : undefined;
      return {
        id: c.id,
        title: revised ? t('feed.revised', { title: d.title }) : d.title,
        description: revised && correction ? `${d.summary} ${t('feed.latestCorrection', { correction })}` : d.summary,
        pubDate: new Date(`${changed.padEnd(10, '-01').slice(0, 10)}T00:00:00Z`),
      };
    })
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.id.localeCompare(b.id));
}
