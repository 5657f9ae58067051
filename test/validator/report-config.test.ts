import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { VFile } from 'vfile';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/validator/cli.ts';
import type { Report } from '../../src/validator/engine.ts';
import { formatReport } from '../../src/validator/report/format.ts';
import { loadRules } from '../../src/validator/rules/index.ts';
import { contentCopy } from '../helpers/content.ts';
import { projectRoot } from '../helpers/project.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Runs the command line in this process; its exit code, stdout and stderr. */
async function lint(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, color: false });
  return { code, stdout, stderr };
}

describe('SARIF', () => {
  it('lists every rule its results use, a plugin’s with its own link, and every ruleIndex points at its rule', () => {
    const file = new VFile({ path: '/work/templates/reminder.mdx', value: '' });
    // As fair-collections.yaml's ruleLinks points it.
    file.message('Inconsiderate', { ruleId: 'equality', source: 'fair-collections' }).url = 'https://handbook.example.com/rules/equality/';
    file.message('Passive voice', { ruleId: 'retext-passive', source: 'retext-passive' }).url = 'https://github.com/retextjs/retext-passive#readme';
    file.message('Hard to read', { ruleId: 'retext-readability', source: 'retext-readability' });
    file.message('No rule at all');
    const report: Report = {
      files: [{ file, kind: 'template', suppressions: [{ ruleId: 'retext-simplify', reason: 'quoted', line: 9, commentLine: 8, silenced: ['Simpler'] }] }],
      errorCount: 0,
      warningCount: 4,
      internalErrors: 0,
      cached: 0,
      toolWarnings: [], unmatched: [],
    };
    const rules = loadRules().meta;
    const run = JSON.parse(formatReport(report, 'sarif', { cwd: '/work', toolVersion: '1.0.0', rules })).runs[0];
    const table: { id: string; helpUri?: string }[] = run.tool.driver.rules;
    expect(run.results.map((r: { ruleId: string; ruleIndex: number }) => [r.ruleId, table[r.ruleIndex]?.id])).toEqual(
      ['equality', 'retext-passive', 'retext-readability', 'unknown', 'retext-simplify'].map((id) => [id, id]),
    );
    expect(table.slice(0, rules.length).map((r) => r.id)).toEqual(rules.map((r) => r.id));
    expect(table.find((r) => r.id === 'equality')).toEqual(expect.objectContaining({ helpUri: 'https://handbook.example.com/rules/equality/', defaultConfiguration: { level: 'warning' } }));
    expect(table.find((r) => r.id === 'threats')!.helpUri).toMatch(/\/rules\/threats\/$/);
    expect(table.slice(rules.length)).toEqual([
      { id: 'retext-passive', name: 'retext-passive', helpUri: 'https://github.com/retextjs/retext-passive#readme' },
      { id: 'retext-readability', name: 'retext-readability' },
      { id: 'unknown', name: 'unknown' },
      { id: 'retext-simplify', name: 'retext-simplify' },
    ]);
  });
});

describe('the command line', () => {
  it('with --quiet, --fix fixes the errors it reports and leaves the warnings it hides', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'fair-collections-quiet-'));
    dirs.push(dir);
    const draft = path.join(dir, 'draft.md');
    // Shouting is an error; a misspelt merge field in a draft is a warning.
    await writeFile(draft, 'Hello,\n\nWE WILL CALL YOU ABOUT THIS TOMORROW.\n\nPlease pay by {{due_dat}}.\n');
    const { code, stdout } = await lint(['--root', projectRoot, '--quiet', '--fix', 'draft.md'], dir);
    expect(await readFile(draft, 'utf8')).toBe('Hello,\n\nWe will call you about this tomorrow.\n\nPlease pay by {{due_dat}}.\n');
    expect(stdout).toContain('No problems');
    expect(code).toBe(0);
  }, 60_000);

  it('exits 1 for a refused config, 0 for one that only warns, and 1 for its warnings over --max-warnings, with --fix-dry-run too', async () => {
    const root = await contentCopy();
    dirs.push(root);
    await writeFile(path.join(root, 'draft.md'), 'Hello.\n');
    const config = path.join(root, 'fair-collections.yaml');
    await writeFile(config, 'rules:\n  threats: "off"\n');
    expect((await lint(['--root', root, 'draft.md'], root)).code).toBe(1);
    await writeFile(config, 'overrides:\n  - files: ["content/handbok/**"]\n    rules: { equality: "off" }\n');
    const warned = await lint(['--root', root, '--format', 'json', 'draft.md'], root);
    expect(JSON.parse(warned.stdout).flatMap((f: { messages: { ruleId: string; severity: number }[] }) => f.messages.map((m) => [m.ruleId, m.severity]))).toEqual([['config', 1]]);
    expect(warned.code).toBe(0);
    expect((await lint(['--root', root, '--fix-dry-run', '--max-warnings', '0', 'draft.md'], root)).code).toBe(1);
  }, 60_000);
});
