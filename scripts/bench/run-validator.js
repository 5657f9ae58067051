// @ts-check
// Child process for the benchmark: validates a project and prints time and peak memory as JSON.
// As the command line starts (scripts/lint.js): plain JavaScript, the compile cache on, then the validator from its bundle.
import { importBundled } from '../fast-start.js';

const { validate } = /** @type {typeof import('../../src/validator/engine.ts')} */ (await importBundled('src/validator/engine.ts'));

const [root, ...flags] = process.argv.slice(2);
if (!root) throw new Error('Usage: run-validator.js <project root> [--letters] [--cache] [--workers=N]');
const workers = flags.find((f) => f.startsWith('--workers='));
const start = performance.now();
// --letters: the short letters under <root>/letters, wording only, as `fair-collections-lint --language-only letters` checks them.
const letters = flags.includes('--letters');
const report = await validate({
  root,
  cache: flags.includes('--cache'),
  workers: workers ? Number(workers.split('=')[1]) : undefined,
  ...(letters ? { languageOnly: true, paths: ['letters'] } : {}),
});
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, files: report.files.length, cached: report.cached, errors: report.errorCount, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
