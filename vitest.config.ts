import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/build-site.ts'],
    // Two files at a time even on a 2-core machine (the default would be one): most files wait on a
    // browser, a build or a child process, not on this process's CPU.
    maxWorkers: 2,
    // Files share their worker's modules (isolate: false): the validator, its rule data and language models are
    // loaded once per worker instead of once per file. Twelve validator and letter files took 125 s with isolation
    // and 37 s without; no test depends on a fresh module state (module caches are keyed by project root).
    isolate: false,
    // Review dates are judged as of a fixed day, so no test changes with the calendar (src/governance/review.ts).
    env: { FAIR_COLLECTIONS_TODAY: '2026-12-01' },
    // Builds and browsers are slow on a 2-core machine; the limits are generous, not targets.
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
