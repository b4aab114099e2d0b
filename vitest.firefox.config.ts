import { defineConfig } from 'vitest/config';

// The Firefox end-to-end suite: one Firefox at a time on a two-core machine, generous timeouts for a cold start.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // a second try absorbs a timing hiccup on a loaded machine; the test command names every test that needed it
    retry: 1,
  },
});
