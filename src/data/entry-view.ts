/**
 * The view model every entry page starts from: what its header, breadcrumbs, language notices,
 * search-index markup, sources and corrections need, built once from a localized entry so the seven
 * entry pages do not each assemble it by hand.
 */
import type { CollectionName } from '../schema/vocab.ts';
import { countryName } from '../schema/countries.ts';
import { caseYears } from '../lib/cases.ts';
import { yearSpan } from '../lib/dates-format.ts';
import { editUrl } from './site.ts';
import { shortTitleOf, titleOf, type Localized } from './casebook.ts';
import type { Translator } from '../i18n/index.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales.ts';
import type { Linker } from '../lib/urls.ts';
import type { Crumb } from '../layouts/types.ts';

/** Where each collection's index page is, and its navigation label key. */
const INDEX: Record<
  CollectionName,
  { path: string; nav: 'nav.cases' | 'nav.frameworks' | 'nav.commitments' | 'nav.tactics' | 'nav.norms' | 'nav.briefings' | 'nav.glossary' }
> = {
  cases: { path: '/cases/', nav: 'nav.cases' },
  frameworks: { path: '/frameworks/', nav: 'nav.frameworks' },
  commitments: { path: '/commitments/', nav: 'nav.commitments' },
  tactics: { path: '/tactics/', nav: 'nav.tactics' },
  norms: { path: '/norms/', nav: 'nav.norms' },
  briefings: { path: '/briefings/', nav: 'nav.briefings' },
  glossary: { path: '/glossary/', nav: 'nav.glossary' },
};

/** A source as the source list shows it. */
export interface ViewSource {
  id: string;
  title: string;
  author?: string | undefined;
  publisher: string;
  date?: string | undefined;
  url: string;
  accessed: string;
  archived?: string | undefined;
  copy?: boolean | undefined;
  kind: string;
  type: string;
}

/** Everything an entry page's frame shows. */
export interface EntryView {
  collection: CollectionName;
  id: string;
  title: string;
  /** The lede: a case's or framework's summary, a norm's statement, a term's definition. */
  summary: string;
  /** Other names readers search for, shown as "Also known as". */
  aliases: string[];
  /** The kind of page, in words ("Case", "Law"…), for the kicker and the search result. */
  kind: string;
  /** The breadcrumb trail: the collection's index, then a short label (never the whole title). */
  crumbs: Crumb[];
  /** The file an editor changes, and the forge's edit link for it. */
  file: string;
  editUrl: string;
  /** The language the text fields are in, and the body's. */
  lang: Locale;
  bodyLang: Locale;
  /** A sentence for readers when the page is not (fully) in their language, or its translation is older than the original. */
  notices: string[];
  /** Whether the page belongs in this language's search index (untranslated fallbacks do not). */
  indexable: boolean;
  /** The locales this entry is written or translated in, with their URLs (for hreflang). */
  alternates: { locale: Locale; href: string }[];
  sources: ViewSource[];
  lastReviewed: string;
  published?: string | undefined;
  corrections: { date: string; summary: string }[];
}

/** The short label of an entry for breadcrumbs and tables: "Ukraine 2014" for a case, the short title otherwise. */
export function shortLabel(e: Localized, t: Translator): string {
  if (e.collection === 'cases') {
    const d = (e as Localized<'cases'>).data;
    return `${countryName(d.country, t.locale)} ${yearSpan(caseYears(d))}`;
  }
  if (e.collection === 'briefings') return t('collection.briefings');
  return shortTitleOf(e);
}

/** Builds the view of one entry in the page's language. */
export function entryView(e: Localized, t: Translator, link: Linker): EntryView {
  const d = e.data as {
    summary?: string;
    statement?: string;
    definition?: string;
    aliases?: string[];
    sources: ViewSource[];
    lastReviewed: string;
    published?: string;
    corrections: { date: string; summary: string }[];
  };
  const notices: string[] = [];
  const language = t(`language.${t.locale}` as Parameters<Translator>[0]);
  if (e.state === 'untranslated') notices.push(t('translation.untranslated', { language }));
  if (e.state === 'summary') notices.push(t('translation.summaryOnly'));
  if (e.staleSince) notices.push(t('translation.stale', { date: t.date(e.staleSince) }));
  const index = INDEX[e.collection];
  const available = LOCALES.filter((l) => l === DEFAULT_LOCALE || e.translatedIn.includes(l));
  return {
    collection: e.collection,
    id: e.id,
    title: titleOf(e),
    summary: d.summary ?? d.statement ?? d.definition ?? '',
    aliases: d.aliases ?? [],
    kind: t.label('collection', e.collection),
    crumbs: [{ label: t(index.nav), href: link(index.path) }, { label: shortLabel(e, t) }],
    file: e.file,
    editUrl: editUrl(e.file),
    lang: e.state === 'untranslated' ? DEFAULT_LOCALE : t.locale,
    bodyLang: e.bodyLang,
    notices,
    indexable: e.state !== 'untranslated',
    alternates: available.map((locale) => ({ locale, href: link.in(locale, `/${e.collection}/${e.id}/`) })),
    sources: d.sources,
    lastReviewed: d.lastReviewed,
    published: d.published,
    corrections: d.corrections,
  };
}
