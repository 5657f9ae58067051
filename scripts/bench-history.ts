#!/usr/bin/env node
// node scripts/bench-history.ts [--commits=1000] [--max=<HISTORY_MAX_COMMITS>]
// The cost of template governance on a long history (#14): builds a throwaway repository holding the real
// templates, chapters and notices, adds N commits (each changes one file: one in ten rewords the already-paid
// notice, which changes every letter that carries it; of the rest two in three reword a sentence, one in three only
// re-wraps a line), then reads versions and changes exactly as the site build does and renders /changes/'s and
// the feed's entries. Prints one JSON line: times, sizes, peak memory.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from '../src/catalog/load.ts';
import { changeViews, diffHtml, feedLimit, pageLimit } from '../src/governance/changes.ts';
import { readHistory } from '../src/governance/history.ts';
import { contentPaths } from '../src/project.ts';
import { historyRendering } from '../src/governance/version.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const commits = Number(process.argv.find((a) => a.startsWith('--commits='))?.split('=')[1] ?? 1000);
const maxCommits = Number(process.argv.find((a) => a.startsWith('--max='))?.split('=')[1] ?? commits + 1);
const folders = ['templates', 'content/handbook'];

const { catalog } = await loadCatalog(projectRoot);
if (!catalog) throw new Error('The content data does not load');

// The files as they are today, then N commits written with git fast-import (one process, seconds for thousands).
const files = new Map<string, string>();
for (const folder of folders) {
  for (const name of (await readdir(path.join(projectRoot, folder))).filter((n) => n.endsWith('.mdx')).sort()) {
    files.set(`${folder}/${name}`, await readFile(path.join(projectRoot, folder, name), 'utf8'));
  }
}
const paths = [...files.keys()];
const notices = contentPaths.notices;
files.set(notices, await readFile(path.join(projectRoot, notices), 'utf8'));
const stream: string[] = [];
const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
const start = Date.UTC(2020, 0, 1) / 1000;
const commit = (index: number, message: string, changed: readonly string[]) => {
  stream.push(`commit refs/heads/main\nmark :${index + 1}\ncommitter Bench <bench@example.com> ${start + index * 3600} +0000\n${data(message)}`);
  if (index > 0) stream.push(`from :${index}\n`);
  for (const file of changed) stream.push(`M 100644 inline ${file}\n${data(files.get(file)!)}`);
};
commit(0, 'Initial library', [...paths, notices]);
for (let i = 1; i <= commits; i++) {
  if (i % 10 === 0) {
    files.set(notices, files.get(notices)!.replace(/please disregard this message(?: \(\d+\))?/, `please disregard this message (${i})`));
    commit(i, `Notice change ${i}`, [notices]);
    continue;
  }
  const file = paths[i % paths.length]!;
  const text = files.get(file)!;
  const at = text.lastIndexOf('.\n');
  if (i % 3 === 0) {
    // Whitespace only: a space doubled inside the last paragraph.
    const space = text.lastIndexOf(' ', at);
    files.set(file, `${text.slice(0, space)}  ${text.slice(space + 1)}`);
  } else {
    files.set(file, `${text.slice(0, at)}. Revision ${i} reworded this sentence${text.slice(at)}`);
  }
  commit(i, `Change ${i} to ${file}`, [file]);
}
const root = await mkdtemp(path.join(os.tmpdir(), 'fair-collections-bench-history-'));
try {
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: root });
  const importStart = performance.now();
  execFileSync('git', ['fast-import', '--quiet'], { cwd: root, input: stream.join(''), maxBuffer: 1 << 30 });
  execFileSync('git', ['checkout', '-q', '-f', 'main'], { cwd: root });
  const setupMs = performance.now() - importStart;

  const rendering = historyRendering(catalog);
  const now = { key: 'now', get: (file: string) => files.get(file) };
  const current = new Map<string, string>();
  for (const file of paths) current.set(file, rendering.render(file, files.get(file)!, now) ?? '');
  const readStart = performance.now();
  const history = await readHistory(root, { folders, current, ...historyRendering(catalog), maxCommits });
  const readMs = performance.now() - readStart;
  // The same reading with rendering left out: what the three git calls and the bookkeeping cost alone.
  const gitStart = performance.now();
  await readHistory(root, { folders, current, shared: rendering.shared, render: (_file, source) => source, maxCommits });
  const gitMs = performance.now() - gitStart;
  const renderStart = performance.now();
  const titleOf = (file: string) => ({ title: file, href: file });
  const page = changeViews(history.changes, titleOf, pageLimit).map((v) => diffHtml(v.diff)).join('');
  const feed = changeViews(history.changes, titleOf, feedLimit).map((v) => diffHtml(v.diff)).join('');
  const renderMs = performance.now() - renderStart;
  const dated = [...history.files.values()].filter((f) => f.lastChanged).length;
  console.log(
    JSON.stringify({
      commits: history.commitsRead,
      files: files.size,
      changes: history.changes.length,
      filesDated: dated,
      setupMs: Math.round(setupMs),
      readHistoryMs: Math.round(readMs),
      gitOnlyMs: Math.round(gitMs),
      pageAndFeedMs: Math.round(renderMs),
      pageDiffKB: Math.round(Buffer.byteLength(page) / 1024),
      feedDiffKB: Math.round(Buffer.byteLength(feed) / 1024),
      maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
} finally {
  await rm(root, { recursive: true, force: true });
}
