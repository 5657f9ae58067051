import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** "Today" for every test, in the test files and in the sites the global setup builds for the browser tests. */
const fixedToday = '2026-12-01';
process.env['FAIR_COLLECTIONS_TODAY'] = fixedToday;

/**
 * The files that take longest, longest first (measured on a two-core machine; each is 20 s to 2 minutes there, every
 * other file a few seconds or less).
 */
const slowest = [
  /test\/validator\/linear[^/]*\.test\.ts$/,
  /test\/browser\/site\.test\.ts$/,
  /test\/browser\/fill-in\.test\.ts$/,
  /test\/browser\/rough-edges\.test\.ts$/,
  /test\/validator\/trust\.test\.ts$/,
  /test\/browser\/checker\.test\.ts$/,
  /test\/governance\/site-history\.test\.ts$/,
  /test\/site\/dev\.test\.ts$/,
  /test\/site\/broken-content\.test\.ts$/,
  /test\/validator\/start-caches\.test\.ts$/,
];

/**
 * Vitest starts the files that took longest last time first, so that no long file starts last while the other
 * worker idles; with no record of a last run (a fresh clone, as CI is) it goes by file size instead, which put
 * 30-second files near the end. There, the files known to be slow start first, in the order above.
 */
class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    if (files.every((spec) => this.ctx.cache.getTestSpecificationResult(spec))) return sorted;
    const rank = (spec: TestSpecification) => {
      const i = slowest.findIndex((pattern) => pattern.test(spec.moduleId));
      return i < 0 ? slowest.length : i;
    };
    return sorted.map((spec, i) => ({ spec, i })).sort((a, b) => rank(a.spec) - rank(b.spec) || a.i - b.i).map(({ spec }) => spec);
  }
}

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
    // Review dates and dates without their year are judged as of a fixed day, so no test changes with the calendar
    // (src/governance/review.ts); the sites the global setup builds bake in the same day (set below, in this process).
    env: { FAIR_COLLECTIONS_TODAY: fixedToday },
    // Builds and browsers are slow on a 2-core machine; the limits are generous, not targets.
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // A page's answer to a retyped search waits for the search index and the page's scripts: under load that took over the
    // default second (a fresh-clone run failed on it, the product correct). A poll still ends as soon as it succeeds.
    expect: { poll: { timeout: 20_000 } },
    sequence: { sequencer: SlowestFirst },
  },
});
