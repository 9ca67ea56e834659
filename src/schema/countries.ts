/**
 * Country codes and names, from i18n-iso-countries (kept up to date with ISO 3166-1, with names in
 * every language of the site) rather than a hand-copied list.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import pt from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };
import uk from 'i18n-iso-countries/langs/uk.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import type { Locale } from '../i18n/locales.ts';

for (const l of [en, es, pt, uk, fr]) countries.registerLocale(l);

/** True for an upper-case ISO 3166-1 alpha-2 code that exists. */
export function isCountryCode(code: unknown): boolean {
  return typeof code === 'string' && /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/**
 * Short names where the ISO name is long or contested ("Taiwan, Province of China", "Moldova,
 * Republic of"): the casebook uses the common short form, as most international reporting does,
 * without taking a position on status. Portuguese follows Brazilian usage, the roundtable's
 * South American readers' (the library's names are European Portuguese).
 */
const SHORT_NAMES: Record<Locale, Record<string, string>> = {
  en: {
    TW: 'Taiwan', MD: 'Moldova', GB: 'United Kingdom', US: 'United States', RU: 'Russia', VE: 'Venezuela', BO: 'Bolivia',
    IR: 'Iran', KR: 'South Korea', KP: 'North Korea', SY: 'Syria', VN: 'Vietnam', TZ: 'Tanzania', CD: 'DR Congo',
  },
  es: { KR: 'Corea del Sur', KP: 'Corea del Norte', CD: 'RD del Congo' },
  pt: { RO: 'Romênia', PL: 'Polônia', MG: 'Madagascar', IR: 'Irã', MD: 'Moldávia', KE: 'Quênia', VN: 'Vietnã', CD: 'RD do Congo' },
  uk: { TW: 'Тайвань', KR: 'Південна Корея', KP: 'Північна Корея', MD: 'Молдова', US: 'США', GB: 'Велика Британія' },
  fr: { US: 'États-Unis', KR: 'Corée du Sud', KP: 'Corée du Nord', CD: 'RD Congo' },
};

/** The short name of a country in a locale ("UA" → "Ukraine" / "Ucrania" / "Україна"). */
export function countryName(code: string, locale: Locale = 'en'): string {
  return SHORT_NAMES[locale][code] ?? countries.getName(code, locale) ?? SHORT_NAMES.en[code] ?? countries.getName(code, 'en') ?? code;
}
