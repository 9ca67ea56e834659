/** Rendering an entry's body with numbered citations. */
import { render, type CollectionEntry } from 'astro:content';
import { sourceNumbers } from '../lib/citations.ts';
import type { CollectionName } from '../schema/vocab.ts';

/**
 * Renders an entry's MDX body. The source numbers go into `Astro.locals` first, because <Cite />
 * inside MDX receives no props from the page; it reads them from there.
 */
export async function renderWithCitations(entry: CollectionEntry<CollectionName>, locals: object) {
  const numbers = sourceNumbers((entry.data as { sources: { id: string }[] }).sources);
  (locals as { sourceNumbers?: Map<string, number> }).sourceNumbers = numbers;
  const { Content } = await render(entry);
  return { Content, numbers };
}
