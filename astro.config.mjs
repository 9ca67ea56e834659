// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';

// SITE_URL and BASE_PATH set the canonical address and the sub-path when deploying
// (e.g. GitHub Pages at https://owner.github.io/casebook/ → SITE_URL=https://owner.github.io BASE_PATH=/casebook/).
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://casebook.example.org',
  base: process.env.BASE_PATH ?? '/',
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  integrations: [mdx(), pagefind()],
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
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
