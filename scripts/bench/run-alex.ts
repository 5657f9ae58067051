// Child process for the benchmark: runs alex on every template of a project, as its CLI would, and prints time and memory.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { mdx } from 'alex';

const root = process.argv[2]!;
const dir = path.join(root, 'templates');
const start = performance.now();
let messages = 0;
for (const name of (await readdir(dir)).sort()) messages += mdx(await readFile(path.join(dir, name), 'utf8')).messages.length;
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, messages, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
