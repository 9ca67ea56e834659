/** Items of the feed of new and revised cases. */

/** The case fields the feed reads. */
export interface FeedCase {
  id: string;
  data: { title: string; summary: string; published: string; lastReviewed: string; corrections: { date: string; summary: string }[] };
}

/** One feed item per case, newest change first; a case corrected or reviewed after publication is "Revised". */
export function feedItems(cases: readonly FeedCase[]) {
  return cases
    .map((c) => {
      const d = c.data;
      const lastCorrection = d.corrections.map((x) => x.date).sort().at(-1);
      const changed = [d.published, d.lastReviewed, lastCorrection ?? ''].sort().at(-1)!;
      const revised = changed > d.published;
      return {
        id: c.id,
        title: revised ? `Revised: ${d.title}` : d.title,
        description: revised && lastCorrection ? `${d.summary} Latest correction: ${d.corrections.find((x) => x.date === lastCorrection)!.summary}` : d.summary,
        pubDate: new Date(`${changed.padEnd(10, '-01').slice(0, 10)}T00:00:00Z`),
      };
    })
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.id.localeCompare(b.id));
}
