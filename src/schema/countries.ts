/**
 * Country codes and names, from i18n-iso-countries (kept up to date with ISO 3166-1)
 * rather than a hand-copied list.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

/** True for an upper-case ISO 3166-1 alpha-2 code that exists. */
export function isCountryCode(code: unknown): boolean {
  return typeof code === 'string' && /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/**
 * Short names where the ISO English name is long or contested ("Taiwan, Province of China",
 * "Moldova, Republic of"): the casebook uses the common short form, as most international
 * reporting does, without taking a position on status.
 */
const SHORT_NAMES: Record<string, string> = {
  TW: 'Taiwan', MD: 'Moldova', GB: 'United Kingdom', US: 'United States', RU: 'Russia', VE: 'Venezuela', BO: 'Bolivia',
  IR: 'Iran', KR: 'South Korea', KP: 'North Korea', SY: 'Syria', VN: 'Vietnam', TZ: 'Tanzania', CD: 'DR Congo',
};

/** The English short name of a country ("UA" → "Ukraine"). */
export function countryName(code: string): string {
  return SHORT_NAMES[code] ?? countries.getName(code, 'en') ?? code;
}
