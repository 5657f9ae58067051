import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LintCache } from '../../src/validator/cache.ts';
import { validate } from '../../src/validator/engine.ts';
import { loadLibrary } from '../../src/library/load.ts';
import { checkInParallel, releaseIfStarting, takeFiles } from '../../src/validator/parallel.ts';
import { contentCopy, edit } from '../helpers/content.ts';

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

const summary = (report: Awaited<ReturnType<typeof validate>>) => report.files.map((r) => [path.basename(r.file.path), r.file.messages.map(String)]);

describe('the cache', () => {
  it('answers unchanged files from the cache with the same results, and rechecks a changed one', async () => {
    root = await contentCopy();
    await edit(root, 'templates/reminder-7-days.mdx', /^(Dear|Hello) (.*)$/m, '$1 $2 Pay now or else.');
    const cold = await validate({ root, cache: true });
    expect(cold.cached).toBe(0);
    const warm = await validate({ root, cache: true });
    expect(warm.cached).toBe(cold.files.filter((r) => r.kind !== 'data').length);
    expect(summary(warm)).toEqual(summary(cold));
    expect(warm.errorCount).toBe(1);

    await edit(root, 'templates/reminder-7-days.mdx', ' Pay now or else.', '');
    const fixed = await validate({ root, cache: true });
    expect(fixed.cached).toBe(warm.cached - 1);
    expect(fixed.errorCount).toBe(0);
  });

  it('is dropped when the content data changes, since every template is checked against it', async () => {
    root = await contentCopy();
    await validate({ root, cache: true });
    await edit(root, 'content/fields.yaml', 'example: Priya Raman', 'example: Priya Raman-Shah');
    expect((await validate({ root, cache: true })).cached).toBe(0);
  });

  it('is dropped when the rule data or the tool changes', async () => {
    const tool = await mkdtemp(path.join(tmpdir(), 'fair-tool-'));
    await writeFile(path.join(tool, 'threats.yaml'), 'patterns: [bailiffs]\n');
    const data = [{ path: 'content/ladder.yaml', value: 'stages: []' }];
    const first = await LintCache.open(tool, data, {}, [tool]);
    first.set('a.mdx', 'h1', { path: 'a.mdx', kind: 'template', value: '', messages: [], suppressions: [] });
    await first.save();
    expect((await LintCache.open(tool, data, {}, [tool])).get('a.mdx', 'h1')).toBeDefined();
    await writeFile(path.join(tool, 'threats.yaml'), 'patterns: [bailiffs, sheriff]\n');
    expect((await LintCache.open(tool, data, {}, [tool])).get('a.mdx', 'h1')).toBeUndefined();
    expect(JSON.parse(await readFile(first.file, 'utf8')).entries['a.mdx']).toBeDefined();
    await rm(tool, { recursive: true, force: true });
  });
});

describe('spreading the work over threads', () => {
  it('gives exactly the results of a single thread', async () => {
    root = await contentCopy();
    await edit(root, 'templates/courtesy-reminder.mdx', /^(Dear|Hello) (.*)$/m, '$1 $2 We will send the bailiffs.');
    const single = await validate({ root, workers: 0 });
    const threaded = await validate({ root, workers: 2 });
    expect(summary(threaded)).toEqual(summary(single));
    expect(threaded.errorCount).toBeGreaterThan(0);
  });

  it('fails the run with a worker\'s error while this thread is still checking, instead of crashing the process', async () => {
    root = await contentCopy();
    // A plugin that fails to load in a worker thread; this thread, meanwhile, is still busy with its files.
    const plugin = path.join(root, 'node_modules', 'retext-main-only');
    await mkdir(plugin, { recursive: true });
    await writeFile(path.join(root, 'package.json'), '{ "private": true }\n');
    await writeFile(path.join(plugin, 'package.json'), '{ "name": "retext-main-only", "type": "module", "exports": "./index.js" }\n');
    await writeFile(path.join(plugin, 'index.js'), "import { isMainThread } from 'node:worker_threads';\nif (!isMainThread) throw new Error('retext-main-only fails in a worker thread');\nexport default function plugin() { return () => {}; }\n");
    const busy = () => new Promise<never>(() => setTimeout(() => undefined, 30_000).unref());
    const run = checkInParallel([path.join(root, 'templates', 'courtesy-reminder.mdx')], { root, languageOnly: true, plugins: ['retext-main-only'] }, 2, busy);
    await expect(run).rejects.toThrow('retext-main-only fails in a worker thread');
  });

  it('hands each file to exactly one thread, as threads free up, and none to a worker that arrives after the last', () => {
    const files = Array.from({ length: 50 }, (_, i) => `letters/${i}.md`);
    const buffer = new SharedArrayBuffer(4 * 3);
    const here = takeFiles(files, { buffer });
    const early = takeFiles(files, { buffer, worker: 0 });
    const taken: string[][] = [[], []];
    // The two take turns unevenly, as a busy thread and an idle one would.
    for (let turn = 0; ; turn++) {
      const from = turn % 3 === 0 ? 1 : 0;
      const next = (from === 0 ? here : early).next();
      if (next.done) break;
      taken[from]!.push(next.value);
    }
    for (const rest of here) taken[0]!.push(rest);
    expect([...taken[0]!, ...taken[1]!].sort()).toEqual([...files].sort());
    expect(taken[1]!.length).toBeGreaterThan(0);
    // Worker 1 never started taking: once the main thread marks it not needed, it takes nothing, even if files were left.
    const fresh = new SharedArrayBuffer(4 * 3);
    expect(releaseIfStarting(fresh, 1)).toBe(true);
    expect([...takeFiles(files, { buffer: fresh, worker: 1 })]).toEqual([]);
    // One that has begun taking is not released: its files are waited for.
    const begun = takeFiles(files, { buffer: fresh, worker: 0 });
    expect(begun.next().value).toBe(files[0]);
    expect(releaseIfStarting(fresh, 0)).toBe(false);
  });
});

describe('one parse per file in a build', () => {
  it('renders the library from the validator’s own parse exactly as the library loader does', async () => {
    root = await contentCopy();
    const { library } = await validate({ root, renderLetters: true });
    const loaded = await loadLibrary(root);
    expect(library!.templates.map((t) => t.id)).toEqual(loaded.templates.map((t) => t.id));
    for (const [i, t] of library!.templates.entries()) {
      expect(t.placeholders).toEqual(loaded.templates[i]!.placeholders);
      expect(t.sample.text).toBe(loaded.templates[i]!.sample.text);
    }
  });
});
