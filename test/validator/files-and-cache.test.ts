import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load.ts';
import { contentHash } from '../../src/source/read.ts';
import { main } from '../../src/validator/cli.ts';
import { validate } from '../../src/validator/engine.ts';
import { contentCopy, edit } from '../helpers/content.ts';

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

const reasons = (report: Awaited<ReturnType<typeof validate>>, name: string) =>
  report.files.find((r) => path.basename(r.file.path) === name)?.file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`);

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, color: false });
  return { code, stdout, stderr };
}

const cacheFile = (dir: string) => path.join(dir, 'node_modules', '.cache', 'fair-collections', 'lint-cache.json');

describe('reading files safely', () => {
  it('refuses a device given on the command line, at once, with or without --cache', async () => {
    root = await contentCopy();
    for (const args of [['/dev/zero'], ['--cache', '/dev/zero']]) {
      const { code, stdout } = await run(['--root', root, ...args], root);
      expect(code).toBe(1);
      expect(stdout).toMatch(/\/dev\/zero\n +1:1 +error +Is a device, not a regular file: only regular files are read +read-error/);
    }
  }, 30_000);

  it('refuses a FIFO and a link to a device in templates without blocking, and checks every other file', async () => {
    root = await contentCopy();
    execFileSync('mkfifo', [path.join(root, 'templates', 'pipe.mdx')]);
    await symlink('/dev/zero', path.join(root, 'templates', 'zero.mdx'));
    for (const cache of [false, true]) {
      const report = await validate({ root, cache });
      expect(reasons(report, 'pipe.mdx')).toEqual(['1:1 read-error Is a named pipe (FIFO), not a regular file: only regular files are read']);
      expect(reasons(report, 'zero.mdx')).toEqual(['1:1 read-error Symbolic link to /dev/zero, outside the repository: content must live in the repository']);
      expect(report.files.filter((r) => r.file.messages.length === 0).length).toBeGreaterThan(30);
    }
  }, 30_000);

  it('reads data files with the same checks as documents, located on the data file', async () => {
    root = await contentCopy();
    // "Ramán" saved as Latin-1: the á is the single byte 0xe1.
    const fields = path.join(root, 'content/fields.yaml');
    const bytes = await readFile(fields);
    const at = bytes.indexOf('Priya Raman');
    await writeFile(fields, Buffer.concat([bytes.subarray(0, at), Buffer.from('Priya Ram\u00e1n', 'latin1'), bytes.subarray(at + 'Priya Raman'.length)]));
    const line = bytes.subarray(0, at).toString().split('\n').length;
    await rm(path.join(root, 'content/notices.yaml'));
    execFileSync('mkfifo', [path.join(root, 'content/notices.yaml')]);
    await writeFile(path.join(root, 'content/ladder.yaml'), 'stages: []\n\0');
    const { catalog, files } = await loadCatalog(root);
    expect(catalog).toBeUndefined();
    const messages = Object.fromEntries(files.map((f) => [path.basename(f.path), f.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`)]));
    expect(messages['fields.yaml']).toEqual([expect.stringMatching(new RegExp(`^${line}:\\d+ read-error Not UTF-8 text: byte 0xe1 at offset \\d+; save the file as UTF-8$`))]);
    expect(messages['notices.yaml']).toEqual(['1:1 read-error Is a named pipe (FIFO), not a regular file: only regular files are read']);
    expect(messages['ladder.yaml']).toEqual(['1:1 read-error Binary file (a NUL byte at offset 11), not text']);
  }, 30_000);
});

describe('a template named alone', () => {
  it('is reported with the problems of the notices it lists, and passes when they have none', async () => {
    root = await contentCopy();
    const template = ['templates/reminder-7-days.mdx'];
    expect((await validate({ root, paths: template })).errorCount).toBe(0);
    await edit(root, 'content/notices.yaml', /(we will make sure it has been applied\.)/, '$1 Claiming you have paid when you have not is fraud and we will report it to the police.');
    const report = await validate({ root, paths: template });
    expect(reasons(report, 'notices.yaml')).toEqual([
      expect.stringMatching(/ threats Calling non-payment theft, fraud or a crime: .*\(notice "already-paid"\)$/),
      expect.stringMatching(/ threats Threat of arrest, prison or criminal charges: .*\(notice "already-paid"\)$/),
    ]);
    expect(reasons(report, 'reminder-7-days.mdx')).toEqual([]);
    // A template that does not list that notice is not sent with it.
    const thanks = await validate({ root, paths: ['templates/payment-thank-you.mdx'] });
    expect(thanks.files.map((r) => path.basename(r.file.path))).toEqual(['payment-thank-you.mdx']);
    expect(thanks.errorCount).toBe(0);
    // A draft checked for its wording is sent with no notice: none is reported with it.
    expect((await validate({ root, paths: template, languageOnly: true })).files.map((r) => path.basename(r.file.path))).toEqual(['reminder-7-days.mdx']);
  }, 60_000);
});

describe('folders with links in them', () => {
  it('checks a file once, under its own path, however many links lead to it (a folder linked into itself)', async () => {
    root = await contentCopy();
    const drafts = path.join(root, 'drafts');
    await mkdir(path.join(drafts, 'sub'), { recursive: true });
    await writeFile(path.join(drafts, 'sub', 'threat.md'), 'Our lads know where your depot is and will pay it a visit on Friday.\n');
    await symlink('../sub', path.join(drafts, 'sub', 'loop'));
    await symlink(path.join(drafts, 'sub', 'threat.md'), path.join(drafts, 'again.md'));
    for (const target of ['drafts', 'drafts/**/*.md']) {
      const { code, stdout } = await run(['--language-only', '--format=json', target], root);
      expect(code, target).toBe(1);
      const files = (JSON.parse(stdout) as { filePath: string }[]).map((r) => path.relative(root!, r.filePath));
      expect(files, target).toEqual(['drafts/sub/threat.md']);
    }
  });
});

describe('the cache', () => {
  it('stores each result under the hash of exactly the text that was checked', async () => {
    root = await contentCopy();
    // /proc/uptime reads differently each time: a file that changes between being looked up and being checked.
    const paths = existsSync('/proc/uptime') ? ['templates', '/proc/uptime'] : ['templates'];
    await validate({ root, paths, cache: true, languageOnly: true });
    const stored = JSON.parse(await readFile(cacheFile(root), 'utf8')) as { entries: Record<string, { hash: string; result: { value: string; hash?: string } }> };
    const entries = Object.entries(stored.entries);
    expect(entries.length).toBeGreaterThan(20);
    if (paths.includes('/proc/uptime')) expect(stored.entries['/proc/uptime']).toBeDefined();
    for (const [, entry] of entries) {
      expect(entry.hash).toBe(contentHash(entry.result.value));
      expect(entry.result.hash).toBe(entry.hash);
    }
  }, 30_000);

  it('ignores a malformed cache with a warning, gives the full report and rewrites it', async () => {
    root = await contentCopy();
    await edit(root, 'templates/reminder-7-days.mdx', /^(Dear|Hello) (.*)$/m, '$1 $2 Pay now or else.');
    const fresh = await validate({ root, cache: true });
    const good = JSON.parse(await readFile(cacheFile(root), 'utf8')) as { key: string; entries: Record<string, { result: { messages: unknown } }> };
    const [first] = Object.keys(good.entries);
    good.entries[first!]!.result.messages = 'not a list';
    for (const bad of ['{"key": "trunc', '[]', JSON.stringify({ key: good.key, entries: { x: { hash: 1 } } }), JSON.stringify(good)]) {
      await writeFile(cacheFile(root), bad);
      const report = await validate({ root, cache: true });
      expect(report.toolWarnings).toEqual([expect.stringMatching(/^The lint cache .*lint-cache\.json is unreadable or malformed \(.+\); it was ignored and will be rewritten\.$/)]);
      expect(report.cached).toBe(0);
      expect([report.errorCount, report.warningCount]).toEqual([fresh.errorCount, fresh.warningCount]);
    }
    const { code, stderr } = await run(['--root', root, '--cache'], root);
    expect([code, stderr]).toEqual([1, '']);
    expect((await validate({ root, cache: true })).cached).toBeGreaterThan(30);
  }, 60_000);

  it('that cannot be written warns on stderr and loses nothing', async () => {
    root = await contentCopy();
    await mkdir(path.join(root, 'node_modules', '.cache'), { recursive: true });
    await writeFile(path.join(root, 'node_modules', '.cache', 'fair-collections'), 'a file where the folder should be');
    const { code, stdout, stderr } = await run(['--root', root, '--cache', '--format', 'json'], root);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).length).toBeGreaterThan(30);
    expect(stderr).toMatch(/^Warning: The lint cache could not be saved to .*lint-cache\.json \((EEXIST|ENOTDIR)\); the next run checks every file again\.\n$/);
  }, 30_000);
});
