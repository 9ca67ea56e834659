/**
 * Binds every page to its language before it renders: the locale read from the URL ("/es/…" is
 * Spanish, unprefixed is English), its translator and its link builder, in `Astro.locals`, so no
 * component has to be handed the language.
 */
import { defineMiddleware } from 'astro:middleware';
import { localeOfPath, useTranslations } from './i18n/index.ts';
import { linker } from './lib/urls.ts';

export const onRequest = defineMiddleware((context, next) => {
  const base = import.meta.env.BASE_URL;
  const path = context.url.pathname.slice(base.replace(/\/$/, '').length) || '/';
  const locale = localeOfPath(path);
  context.locals.locale = locale;
  context.locals.t = useTranslations(locale);
  context.locals.link = linker(base, locale);
  return next();
});
