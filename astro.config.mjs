// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';

// SITE_URL and BASE_PATH set the canonical address and the sub-path when deploying
// (e.g. GitHub Pages at https://owner.github.io/casebook/ → SITE_URL=https://owner.github.io BASE_PATH=/casebook/).
// Another content folder gets its own cache, or Astro's data store would mix the two corpora.
const contentRoot = process.env.CASEBOOK_CONTENT;

export default defineConfig({
  cacheDir: contentRoot ? `./node_modules/.astro-cache/${contentRoot.replace(/[^a-z0-9]+/gi, '-')}` : './node_modules/.astro',
  site: process.env.SITE_URL ?? 'https://casebook.example.org',
  base: process.env.BASE_PATH ?? '/',
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  integrations: [
    mdx(),
    // hreflang alternates for every page in every language (untranslated fallbacks carry noindex).
    sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', es: 'es', pt: 'pt-BR', uk: 'uk', fr: 'fr' } } }),
    pagefind(),
  ],
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // Content-Security-Policy as a <meta> on every page (public/_headers and docs/hosting.md have the
  // header version). Scripts: only files from this origin (see vite.build.assetsInlineLimit), never
  // 'unsafe-inline'; 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  build: { inlineStylesheets: 'never' },
  vite: {
    build: {
      // Keep every script in its own /_astro/*.js file (Astro inlines small ones by default), so that
      // the Content-Security-Policy header in public/_headers, which cannot list per-build hashes,
      // allows exactly what the meta CSP allows: script-src 'self'.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        // withastro/astro#18087: harmless "use astro:head-inject" warnings, one block per MDX file.
        onwarn(w, warn) {
          if (w.code !== 'MODULE_LEVEL_DIRECTIVE') warn(w);
        },
      },
    },
  },
});
