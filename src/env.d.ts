/** What src/middleware.ts puts in `Astro.locals` for every page, and what <Cite /> reads there. */
declare namespace App {
  interface Locals {
    locale: import('./i18n/locales.ts').Locale;
    t: import('./i18n/index.ts').Translator;
    link: import('./lib/urls.ts').Linker;
    /** Source numbers of the entry being rendered, for <Cite /> inside MDX bodies. */
    sourceNumbers?: Map<string, number>;
  }
}
