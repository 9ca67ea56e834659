/** Words a reader sees for facet names and values, in the page's language. */
import { countryName } from '../schema/countries.ts';
import type { Translator } from '../i18n/index.ts';
import type { Facet } from './facets.ts';

/** The label of a facet value; tactic titles come from the caller (they live in content). */
export function facetValueLabel(t: Translator, facet: Facet, value: string, tacticTitles: ReadonlyMap<string, string>): string {
  switch (facet) {
    case 'region':
      return t.label('region', value);
    case 'country':
      return countryName(value.toUpperCase(), t.locale);
    case 'attribution':
      return t.label('attribution', value);
    case 'position':
      return t.label('position', value);
    case 'tactic':
      return tacticTitles.get(value) ?? value;
    case 'decade':
      return t('facet.decadeValue', { decade: value.slice(0, 4) });
  }
}
