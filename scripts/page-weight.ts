#!/usr/bin/env node
// Loads every page of the built site (dist/) in Chromium and prints what each transfers:
// HTML, CSS, JavaScript and other files, heaviest first.   npm run build && npm run weight
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../src/validator/cli.ts';
import { launchBrowser } from '../test/helpers/browser.ts';
import { serveStatic } from '../test/helpers/static-server.ts';

const dist = path.join(projectRoot, 'dist');
const pages = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind')).map((f) => `/${f.replace(/index\.html$/, '')}`);
pages.push('/search/?q=payment%20plan');
const server = await serveStatic(dist);
const browser = await launchBrowser();
const rows: { page: string; html: number; css: number; js: number; other: number; total: number; scripts: number }[] = [];
for (const page of pages) {
  const tab = await browser.newPage();
  const sizes = { html: 0, css: 0, js: 0, other: 0, scripts: 0 };
  tab.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    const type = response.headers()['content-type'] ?? '';
    const kind = type.includes('html') ? 'html' : type.includes('css') ? 'css' : type.includes('javascript') ? 'js' : 'other';
    sizes[kind] += body.length;
    if (kind === 'js') sizes.scripts++;
  });
  await tab.goto(`${server.url}${page}`, { waitUntil: 'networkidle' });
  await tab.close();
  rows.push({ page, ...sizes, total: sizes.html + sizes.css + sizes.js + sizes.other });
}
await browser.close();
await server.close();
rows.sort((a, b) => b.total - a.total);
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log(`${pages.length} pages (uncompressed bytes transferred)\n`);
console.log('| page | HTML | CSS | JS | other | total |');
console.log('|---|---|---|---|---|---|');
for (const r of rows.slice(0, 8)) console.log(`| ${r.page} | ${kb(r.html)} | ${kb(r.css)} | ${kb(r.js)} | ${kb(r.other)} | ${kb(r.total)} |`);
const noScript = rows.filter((r) => r.js === 0).length;
console.log(`\nPages without JavaScript: ${noScript} of ${rows.length}. Median total: ${kb(rows[Math.floor(rows.length / 2)]!.total)}.`);
