#!/usr/bin/env node
// npm run bench [-- --sizes=100,1000,10000 --build-sizes=100,1000 --letters=1000]
// Generates synthetic template libraries, validates each cold and with a warm cache, runs alex on the
// same files in the same run, builds the site, and prints one table (the one in BENCHMARKS.md).
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../src/validator/cli.ts';
import { astroBuild, copyProject } from '../test/helpers/project.ts';
import { writeCorpus, writeLetters } from './bench/corpus.ts';

const run = promisify(execFile);
// An empty list (`--build-sizes=`) runs none of that kind.
const arg = (name: string, fallback: string) => (process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback).split(',').filter(Boolean).map(Number);
const sizes = arg('sizes', '100,1000,10000');
const buildSizes = arg('build-sizes', '100,1000');

interface Measured {
  wallMs: number;
  maxRssMB: number;
}

/** Runs a script in a fresh Node process and takes its wall time and the peak memory it reports. */
async function measure(script: string, ...args: string[]): Promise<Measured & Record<string, unknown>> {
  const start = performance.now();
  const { stdout } = await run(process.execPath, [path.join(projectRoot, script), ...args], { maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - start;
  return { ...JSON.parse(stdout.trim().split('\n').pop()!), wallMs };
}

const rows: string[][] = [];
const perFile = (ms: number, n: number) => (ms / n).toFixed(2);
const rate = (n: number, ms: number) => Math.round((n * 1000) / ms).toLocaleString('en');
const seconds = (ms: number) => (ms / 1000).toFixed(2);

// The command line's start-up caches (its bundle and the compiled rule data, scripts/fast-start.js) are built by the
// first run after an install or a change to the code; every run measured here is a later one, as a writer's are.
let startUp = '';
{
  const root = await mkdtemp(path.join(os.tmpdir(), 'fair-bench-prime-'));
  await writeLetters(projectRoot, root, 1);
  await rm(path.join(projectRoot, 'node_modules', '.cache', 'fair-collections', 'compiled'), { recursive: true, force: true });
  const first = await measure('scripts/bench/run-validator.js', root, '--letters');
  const later = await measure('scripts/bench/run-validator.js', root, '--letters');
  startUp = `One short letter: ${seconds(first.wallMs)} s on the first run after a change (the rule data compiled and stored), ${seconds(later.wallMs)} s on later runs.`;
  await rm(root, { recursive: true, force: true });
}

for (const size of sizes) {
  const root = await mkdtemp(path.join(os.tmpdir(), `fair-bench-${size}-`));
  await writeCorpus(projectRoot, root, size);
  const cold = await measure('scripts/bench/run-validator.js', root);
  await measure('scripts/bench/run-validator.js', root, '--cache'); // fills the cache
  const warm = await measure('scripts/bench/run-validator.js', root, '--cache');
  const alex = await measure('scripts/bench/run-alex.js', root);
  rows.push([
    size.toLocaleString('en'),
    `${seconds(cold.wallMs)} s (${rate(size, cold.wallMs)}/s)`,
    `${perFile(cold.wallMs, size)} ms`,
    `${Math.round(cold.maxRssMB)} MB`,
    `${seconds(warm.wallMs)} s (${rate(size, warm.wallMs)}/s)`,
    `${Math.round(warm.maxRssMB)} MB`,
    `${seconds(alex.wallMs)} s (${rate(size, alex.wallMs)}/s)`,
    `${(alex.wallMs / cold.wallMs).toFixed(2)}×`,
  ]);
  await rm(root, { recursive: true, force: true });
  console.error(`validated ${size}`);
}

// About 1,000 short letters checked for wording only (--language-only), the CI job of a team drafting letters:
// the public corpus's passages, each written several times over with its names and amounts varied.
const letterRows: string[][] = [];
for (const size of arg('letters', '1000')) {
  const root = await mkdtemp(path.join(os.tmpdir(), `fair-bench-letters-${size}-`));
  const count = await writeLetters(projectRoot, root, size);
  const ours = await measure('scripts/bench/run-validator.js', root, '--letters');
  const alex = await measure('scripts/bench/run-alex.js', root, '--letters');
  letterRows.push([
    count.toLocaleString('en'),
    `${seconds(ours.wallMs)} s (${rate(count, ours.wallMs)}/s)`,
    `${Math.round(ours.maxRssMB)} MB`,
    `${seconds(alex.wallMs)} s (${rate(count, alex.wallMs)}/s)`,
    `${(alex.wallMs / ours.wallMs).toFixed(2)}×`,
  ]);
  await rm(root, { recursive: true, force: true });
  console.error(`checked ${count} letters`);
}

const buildRows: string[][] = [];
for (const size of buildSizes) {
  const corpus = await mkdtemp(path.join(os.tmpdir(), `fair-bench-build-${size}-`));
  await writeCorpus(projectRoot, corpus, size);
  const site = await copyProject();
  await rm(path.join(site, 'templates'), { recursive: true });
  await cp(path.join(corpus, 'templates'), path.join(site, 'templates'), { recursive: true });
  const start = performance.now();
  const result = await astroBuild(site, path.join(site, 'dist'));
  const ms = performance.now() - start;
  if (!result.ok) throw new Error(`The ${size}-template site did not build:\n${result.output.slice(-3000)}`);
  const pages = Number(/(\d+) page\(s\) built/.exec(result.output)?.[1] ?? 0);
  const indexed = Number(/Search index: (\d+) pages/.exec(result.output)?.[1] ?? 0);
  buildRows.push([size.toLocaleString('en'), `${seconds(ms)} s`, `${pages.toLocaleString('en')} pages (${rate(pages, ms)}/s)`, `${indexed.toLocaleString('en')} pages`, `${perFile(ms, size)} ms`]);
  await rm(site, { recursive: true, force: true });
  await rm(corpus, { recursive: true, force: true });
  console.error(`built ${size}`);
}

const table = (header: string[], body: string[][]) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}. Wall-clock time of a fresh process, start-up included.\n`);
console.log(
  table(
    ['templates', 'validator, cold', 'per file', 'peak memory', 'validator, warm cache', 'peak memory', 'alex (same files)', 'alex ÷ validator'],
    rows,
  ),
);
console.log('');
console.log(table(['short letters, --language-only', 'validator', 'peak memory', 'alex (same files)', 'alex ÷ validator'], letterRows));
console.log('');
console.log(table(['templates', 'astro build (validation, pages, search index)', 'pages built', 'search index', 'per template'], buildRows));
console.log(`\n${startUp}`);
