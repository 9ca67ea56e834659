/** Words a reader sees for facet names and values. */
import { ATTRIBUTION_LABELS, POSITION_LABELS, REGION_LABELS } from '../schema/vocab.ts';
import { countryName } from '../schema/countries.ts';
import { t } from '../i18n/index.ts';
import type { Facet } from './facets.ts';

/** Facet names as headings. */
export const FACET_LABELS: Record<Facet, string> = {
  region: t('facet.region'), country: t('facet.country'), decade: t('facet.decade'), tactic: t('facet.tactic'), attribution: t('facet.attribution'), position: t('facet.position'),
};

/** The label of a facet value; tactic titles come from the caller (they live in content). */
export function facetValueLabel(facet: Facet, value: string, tacticTitles: ReadonlyMap<string, string>): string {
  switch (facet) {
    case 'region': return REGION_LABELS[value as keyof typeof REGION_LABELS] ?? value;
    case 'country': return countryName(value.toUpperCase());
    case 'attribution': return ATTRIBUTION_LABELS[value as keyof typeof ATTRIBUTION_LABELS] ?? value;
    case 'position': return POSITION_LABELS[value as keyof typeof POSITION_LABELS] ?? value;
    case 'tactic': return tacticTitles.get(value) ?? value;
    case 'decade': return value;
  }
}
