import { defineConfig } from 'vitest/config';

// Browser tests share one machine's two cores: one file at a time, and generous timeouts for a cold Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // a second try absorbs a timing hiccup on a loaded machine; the test command names every test that needed it
    retry: 1,
  },
});
