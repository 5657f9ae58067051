import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/build-site.ts'],
    // Two files at a time even on a 2-core machine (the default would be one): most files wait on a
    // browser, a build or a child process, not on this process's CPU.
    maxWorkers: 2,
    // Review dates are judged as of a fixed day, so no test changes with the calendar (src/governance/review.ts).
    env: { FAIR_COLLECTIONS_TODAY: '2026-12-01' },
    // Builds and browsers are slow on a 2-core machine; the limits are generous, not targets.
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
