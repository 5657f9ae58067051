// Child process for the benchmark: validates a project and prints time and peak memory as JSON.
import { validate } from '../../src/validator/engine.ts';

const [root, ...flags] = process.argv.slice(2);
const workers = flags.find((f) => f.startsWith('--workers='));
const start = performance.now();
const report = await validate({ root: root!, cache: flags.includes('--cache'), workers: workers ? Number(workers.split('=')[1]) : undefined });
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, files: report.files.length, cached: report.cached, errors: report.errorCount, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
