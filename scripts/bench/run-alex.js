// @ts-check
// Child process for the benchmark: runs alex on every template of a project, as its CLI would, and prints time and memory.
// Plain JavaScript, started as the validator's child is (run-validator.js).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { markdown, mdx } from 'alex';

const root = process.argv[2];
if (!root) throw new Error('Usage: run-alex.js <project root> [--letters]');
// --letters: the short Markdown letters under <root>/letters instead of the templates.
const letters = process.argv.includes('--letters');
const dir = path.join(root, letters ? 'letters' : 'templates');
const start = performance.now();
let messages = 0;
for (const name of (await readdir(dir)).sort()) {
  const text = await readFile(path.join(dir, name), 'utf8');
  messages += (letters ? markdown(text) : mdx(text)).messages.length;
}
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, messages, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
