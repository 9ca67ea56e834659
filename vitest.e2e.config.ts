/**
 * Tests against the built site (run after `npm run build`): browser tests in real Chromium,
 * plus integrity tests over the files in dist/ (HTML validity, links, exports).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser at a time on a 2-core machine; files run in sequence.
    fileParallelism: false,
  },
});
