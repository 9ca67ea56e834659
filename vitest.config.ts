/**
 * Unit and integration tests (test/**\/*.test.ts). Browser tests under test/e2e/ have their
 * own config (vitest.e2e.config.ts) and run after a build.
 */
import { getViteConfig } from 'astro/config';
import { configDefaults } from 'vitest/config';

export default getViteConfig(
  {
    test: {
      include: ['test/**/*.test.ts'],
      exclude: [...configDefaults.exclude, 'test/e2e/**'],
    },
  },
  { devToolbar: { enabled: false } },
);
