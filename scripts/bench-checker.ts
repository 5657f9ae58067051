#!/usr/bin/env node
// npm run bench:checker [-- --letters=40]
// The "Check a letter" page in Chromium: what it downloads (raw, gzip, brotli) and how long a
// re-check of a typical letter takes as the writer types, beside `npm run lint -- --language-only`
// on the same letters (what a writer without the page runs), in the same run.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { projectRoot } from '../src/validator/cli.ts';
import { launchBrowser } from '../test/helpers/browser.ts';
import { astroBuild } from '../test/helpers/project.ts';
import { serveStatic } from '../test/helpers/static-server.ts';

const run = promisify(execFile);
const count = Number(process.argv.find((a) => a.startsWith('--letters='))?.split('=')[1] ?? 40);

// Typical letters: the project corpus, both kinds, taken in turn.
const letters: string[] = [];
for (const label of ['fair', 'aggressive']) {
  const dir = path.join(projectRoot, 'test', 'corpus', label);
  for (const name of (await readdir(dir)).sort()) letters.push((await readFile(path.join(dir, name), 'utf8')).replace(/^---\n[\s\S]*?\n---\n/, ''));
}
const sample = Array.from({ length: count }, (_, i) => letters[(i * 7) % letters.length]!);

const site = await mkdtemp(path.join(os.tmpdir(), 'fair-bench-checker-'));
const built = await astroBuild(projectRoot, site);
if (!built.ok) throw new Error(`The site did not build:\n${built.output.slice(-3000)}`);
const server = await serveStatic(site);
const browser = await launchBrowser();
const page = await browser.newPage();
const scripts: Buffer[] = [];
page.on('response', async (response) => {
  if ((response.headers()['content-type'] ?? '').includes('javascript')) scripts.push(await response.body());
});
const opened = performance.now();
await page.goto(`${server.url}/check/`);
await page.waitForFunction(() => document.getElementById('checker-status')?.textContent === 'Type or paste a letter to check it.', null, { timeout: 120_000 });
const readyMs = performance.now() - opened;

/** Puts `text` in the box and waits for its result; the page's own clock gives input-to-result and check times. */
async function recheck(text: string): Promise<{ roundTrip: number; check: number }> {
  const before = await page.getAttribute('#checker-status', 'data-results');
  await page.fill('#letter', text);
  await page.waitForFunction((previous) => document.getElementById('checker-status')?.dataset['results'] !== previous, before, { timeout: 60_000 });
  return page.evaluate(() => {
    const data = document.getElementById('checker-status')!.dataset;
    return { roundTrip: Number(data['roundTripMs']), check: Number(data['checkMs']) };
  });
}

const first = await recheck(sample[0]!);
const edits: { roundTrip: number; check: number }[] = [];
for (const letter of sample) {
  // Pasted in (the same text twice in a row changes nothing, so nothing to wait for).
  if ((await page.inputValue('#letter')) !== letter) await recheck(letter);
  // A writer's edit: one word more at the end of the letter.
  edits.push(await recheck(`${letter} Thanks`));
}
await browser.close();
await server.close();

const files = await mkdtemp(path.join(os.tmpdir(), 'fair-bench-checker-letters-'));
const cli: number[] = [];
for (const [i, letter] of sample.slice(0, Math.min(10, sample.length)).entries()) {
  const file = path.join(files, `letter-${i}.md`);
  await writeFile(file, letter);
  const start = performance.now();
  await run(process.execPath, [path.join(projectRoot, 'scripts', 'lint.js'), '--language-only', file]).catch(() => undefined);
  cli.push(performance.now() - start);
}
await rm(files, { recursive: true, force: true });
await rm(site, { recursive: true, force: true });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;
const ms = (n: number) => `${n.toFixed(0)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const all = Buffer.concat(scripts);
const gzip = scripts.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
const brotli = scripts.reduce((sum, b) => sum + brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length, 0);

console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Chromium (Debian), ${count} letters of test/corpus, each re-checked after a one-word edit.\n`);
console.log('| /check/ JavaScript | files | raw | gzip | brotli |');
console.log('|---|---|---|---|---|');
console.log(`| page and worker | ${scripts.length} | ${kb(all.length)} | ${kb(gzip)} | ${kb(brotli)} |\n`);
console.log('| checking a typical letter | median | 95th percentile |');
console.log('|---|---|---|');
console.log(`| page: edit to result shown (worker check, messages, underlines) | ${ms(median(edits.map((e) => e.roundTrip)))} | ${ms(p95(edits.map((e) => e.roundTrip)))} |`);
console.log(`| page: the check alone, in the worker | ${ms(median(edits.map((e) => e.check)))} | ${ms(p95(edits.map((e) => e.check)))} |`);
console.log(`| \`npm run lint -- --language-only\` on the same letter (fresh process) | ${ms(median(cli))} | ${ms(p95(cli))} |`);
console.log(`\nPage load to ready (rules compiled, model loaded, served from 127.0.0.1): ${ms(readyMs)}; first check: ${ms(first.roundTrip)}.`);
console.log(`Edit to result: the page is ${(median(cli) / median(edits.map((e) => e.roundTrip))).toFixed(0)}× faster than running the CLI.`);
