import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/build-site.ts'],
    // Builds and browsers are slow on a 2-core machine; the limits are generous, not targets.
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
