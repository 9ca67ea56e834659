// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.org',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
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
