// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';

// SITE_URL and BASE_PATH set the canonical address and the sub-path when deploying
// (e.g. GitHub Pages at https://owner.github.io/casebook/ → SITE_URL=https://owner.github.io BASE_PATH=/casebook/).
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://casebook.example.org',
  base: process.env.BASE_PATH ?? '/',
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  integrations: [mdx(), sitemap(), pagefind()],
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // Content-Security-Policy as a <meta> on every page (docs/hosting.md has the header version).
  // Scripts: only this site's own files plus the hashes Astro computes for what it inlines, never
  // 'unsafe-inline'; 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  build: { inlineStylesheets: 'never' },
  vite: {
    build: {
      rolldownOptions: {
        // withastro/astro#18087: harmless "use astro:head-inject" warnings, one block per MDX file.
        onwarn(w, warn) {
          if (w.code !== 'MODULE_LEVEL_DIRECTIVE') warn(w);
        },
      },
    },
  },
});
