import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/validator/cli.ts';
import { projectRoot } from '../helpers/project.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fair-lint-'));
  await writeFile(path.join(dir, 'clean.md'), 'Dear Ms Chen,\n\nInvoice 4471 is now 7 days overdue. You can pay online today.\n');
  await writeFile(path.join(dir, 'harsh.md'), 'Dear Ms Chen,\n\nPay by Friday, or else.\n\nWe will tell every supplier in the region.\n');
  await writeFile(path.join(dir, 'warning.md'), 'Dear Ms Chen,\n\nPlease ask your chairman to call us.\n');
  await writeFile(path.join(dir, 'notes.txt'), 'Call note: she promised payment by 12 May; I will call again on 13 May as agreed.\n');
  await writeFile(path.join(dir, 'referral.md'), 'If we have not received payment or agreed a plan by 15 May, we will refer the account to our collection agency.\n');
});

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir, color: false });
  return { code, stdout, stderr };
}

describe('fair-collections-lint', () => {
  it('exits 0 on clean files, from folders, files and globs anywhere on disk', async () => {
    expect((await run('clean.md', 'notes.txt')).code).toBe(0);
    expect((await run('*.txt')).code).toBe(0);
  });

  it('exits 1 with file, line, column, rule, reason, why, fix and link for each problem', async () => {
    const { code, stdout } = await run('harsh.md');
    expect(code).toBe(1);
    expect(stdout).toContain('harsh.md');
    expect(stdout).toMatch(/3:\d+ +error +Vague menace or ultimatum: “or else” +coercion/);
    expect(stdout).toMatch(/5:\d+ +error +Threat to tell third parties/);
    expect(stdout).toContain('Why: ');
    expect(stdout).toContain('Instead: ');
    expect(stdout).toContain('/rules/coercion/');
    expect(stdout).toContain('2 problems (2 errors, 0 warnings)');
  });

  it('names a file inside the working folder by its path from there, and one outside it by its full path', async () => {
    const inside = await run('harsh.md');
    expect(inside.stdout.split('\n')).toContain('harsh.md');
    const elsewhere = await mkdtemp(path.join(tmpdir(), 'fair-lint-elsewhere-'));
    await writeFile(path.join(elsewhere, 'draft.md'), 'Pay by Friday, or else.\n');
    const outside = await run(path.join(elsewhere, 'draft.md'));
    expect(outside.code).toBe(1);
    expect(outside.stdout.split('\n')).toContain(path.join(elsewhere, 'draft.md').split(path.sep).join('/'));
    expect(outside.stdout).not.toContain('../');
  });

  it('exits 2 when the tool cannot run, never with a stack trace for a user mistake', async () => {
    await mkdir(path.join(dir, 'no-drafts'), { recursive: true });
    await writeFile(path.join(dir, 'no-drafts', 'letter.docx'), 'not a draft the tool reads');
    for (const args of [['missing.md'], ['--format', 'xml', 'clean.md'], ['--max-warnings', 'lots'], ['--stage', 'day-99', 'clean.md'], ['--no-such-flag'], ['no-drafts'], ['--root', 'no-such-project', 'clean.md'], ['--root', 'clean.md', 'clean.md'], ['-']]) {
      const { code, stderr } = await run(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
    expect((await run('--language-only', '-')).stderr).toBe('Standard input (-) is not read; save the draft to a file (for example draft.md) and check that\n');
    // A folder holding nothing to check says so, rather than passing as "no problems".
    expect((await run('no-drafts')).stderr).toContain('No files to check in the folder no-drafts');
    // A root that is no folder is the mistake, not the files (before, each file was reported unreadable, exit 1).
    expect((await run('--root', 'no-such-project', 'clean.md')).stderr).toBe('--root takes a project folder; no-such-project does not exist\n');
    // A mistyped option is named with the one it most likely meant, not with Node's advice about positionals.
    const typo = await run('--langauge-only', 'clean.md');
    expect([typo.code, typo.stderr.split('\n')[0]]).toEqual([2, 'Unknown option --langauge-only; did you mean --language-only?']);
    expect((await run('--bogus', 'clean.md')).stderr.split('\n')[0]).toBe('Unknown option --bogus');
    // An option that takes a value, given a flag instead: said in the tool's words, not Node's advice about "-XYZ".
    const noStage = await run('--stage', '--language-only', 'clean.md');
    expect([noStage.code, noStage.stderr.split('\n')[0]]).toEqual([2, '--stage needs a value: write --stage=<value>, for example --stage=overdue-30']);
    // A flag given a value keeps Node's own words, which say what is wrong.
    expect((await run('--language-only=yes', 'clean.md')).stderr.split('\n')[0]).toMatch(/--language-only.*does not take an argument/);
    // So is a folder with no content model at all (before, its four content files were each reported missing, exit 1).
    await mkdir(path.join(dir, 'empty-root'), { recursive: true });
    const empty = await run('--root', 'empty-root', 'clean.md');
    expect([empty.code, empty.stderr]).toEqual([2, '--root takes a project folder; empty-root has no content/ folder (the ladder, fields and notices), so it is not one\n']);
  });

  it('checks the files it finds when one path among several is mistyped, names that path with the nearest name, and exits 2', async () => {
    // Before, "No such file or folder" stopped the run: harsh.md's threat went unreported.
    const { code, stdout, stderr } = await run('--language-only', 'harsh.md', 'clen.md', 'drafts/*.md');
    expect(code).toBe(2);
    expect(stdout).toContain('harsh.md');
    expect(stdout).toMatch(/\(\d+ errors?,/);
    expect(stderr).toBe('No such file or folder: clen.md; did you mean clean.md?\nNo files match "drafts/*.md"\n');
    // A mistyped name with nothing near it is named without a guess.
    expect((await run('--language-only', 'clean.md', 'zzzzzzzz.md')).stderr).toBe('No such file or folder: zzzzzzzz.md\n');
  });

  it('prints ESLint-shaped JSON alone on stdout', async () => {
    const { code, stdout } = await run('--format', 'json', 'harsh.md', 'clean.md');
    expect(code).toBe(1);
    const results = JSON.parse(stdout);
    expect(results).toHaveLength(2);
    const harsh = results.find((r: { filePath: string }) => r.filePath.endsWith('harsh.md'));
    expect(harsh).toMatchObject({ errorCount: 2, warningCount: 0 });
    expect(harsh.messages[0]).toMatchObject({ ruleId: 'coercion', severity: 2, line: 3, column: expect.any(Number), endLine: 3, endColumn: expect.any(Number) });
  });

  it('prints GitHub workflow annotations', async () => {
    const { stdout } = await run('--format', 'github', 'harsh.md');
    expect(stdout).toMatch(/^::error file=harsh\.md,line=3,col=\d+,endLine=3,endColumn=\d+,title=coercion::Vague menace/m);
    expect(stdout.split('\n').filter((l) => l.startsWith('::'))).toHaveLength(2);
  });

  it('prints SARIF 2.1.0 with the rules and results', async () => {
    const sarif = JSON.parse((await run('--format', 'sarif', 'harsh.md')).stdout);
    expect(sarif.version).toBe('2.1.0');
    const run0 = sarif.runs[0];
    expect(run0.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('threats');
    expect(run0.results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['coercion', 'publicity']);
    expect(run0.results[0].locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'harsh.md' }, region: { startLine: 3 } });
    expect(run0.tool.driver.rules[run0.results[0].ruleIndex].id).toBe('coercion');
  });

  it('gives SARIF artifact locations as URIs: each segment percent-encoded, a file: URL outside the working folder', async () => {
    await mkdir(path.join(dir, 'uri'), { recursive: true });
    await writeFile(path.join(dir, 'uri', 'a,b:c%d name.md'), 'Pay or else.\n');
    const [result] = JSON.parse((await run('--format', 'sarif', 'uri/a,b:c%d name.md')).stdout).runs[0].results;
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('uri/a%2Cb%3Ac%25d%20name.md');
    const outside = await mkdtemp(path.join(tmpdir(), 'fair-sarif-'));
    await writeFile(path.join(outside, 'x y.md'), 'Pay or else.\n');
    const [away] = JSON.parse((await run('--format', 'sarif', path.join(outside, 'x y.md'))).stdout).runs[0].results;
    expect(away.locations[0].physicalLocation.artifactLocation.uri).toBe(pathToFileURL(path.join(outside, 'x y.md')).href);
    await rm(outside, { recursive: true, force: true });
  });

  it('applies --max-warnings and --quiet', async () => {
    expect((await run('warning.md')).code).toBe(0);
    expect((await run('--max-warnings', '0', 'warning.md')).code).toBe(1);
    // ESLint's -1, no limit, as two arguments or one; other negative counts are a usage error naming the option.
    expect((await run('--max-warnings', '-1', 'warning.md')).code).toBe(0);
    expect((await run('--max-warnings=-1', 'warning.md')).code).toBe(0);
    const negative = await run('--max-warnings', '-2', 'warning.md');
    expect([negative.code, negative.stderr]).toEqual([2, '--max-warnings takes a whole number, not "-2"\n']);
    // Digits only: an empty value is no 0, nor "0x10" 16; an empty --stage= or --root= names nothing.
    for (const args of [['--max-warnings=', 'warning.md'], ['--max-warnings', '0x10', 'warning.md'], ['--stage=', 'warning.md'], ['--root=', 'warning.md']]) {
      expect((await run(...args)).code, args.join(' ')).toBe(2);
    }
    const quiet = await run('--quiet', '--max-warnings', '0', 'warning.md');
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).not.toContain('equality');
  });

  it('gates escalation by --stage, assuming the latest stage without it', async () => {
    expect((await run('referral.md')).code).toBe(0);
    const early = await run('--stage', 'overdue-7', 'referral.md');
    expect(early.code).toBe(1);
    expect(early.stdout).toContain('escalation');
  });

  it('gives the same output twice', async () => {
    const first = await run('--format', 'json', '.');
    const second = await run('--format', 'json', '.');
    expect(first.stdout).toBe(second.stdout);
  });

  it('checks the whole project by default and finds it clean', async () => {
    let stdout = '';
    const code = await main([], { stdout: (t) => (stdout += t), stderr: () => {}, cwd: projectRoot, color: false });
    expect(stdout).toContain('No problems');
    expect(code).toBe(0);
  });

  it('checks a template outside the project against the content model, and says so when --root has none', async () => {
    const template = (await readFile(path.join(projectRoot, 'templates/courtesy-reminder.mdx'), 'utf8')).replaceAll('{{invoice_number}}', '{{invoice_numbr}}');
    await writeFile(path.join(dir, 'outside-template.mdx'), template);
    // Read as a template by its frontmatter, under this project's root: the misspelt merge field is found.
    const here = await run('--root', projectRoot, 'outside-template.mdx');
    expect([here.code, here.stdout]).toEqual([1, expect.stringContaining('invoice_numbr')]);
    // Under a root with no content model its project checks cannot run: that is the mistake (exit 2), not "No problems".
    const bare = await run('--root', dir, 'outside-template.mdx');
    expect([bare.code, bare.stdout, bare.stderr]).toEqual([2, '', expect.stringContaining('has no content/ folder')]);
  });

  it('checks a template outside the project whose frontmatter is broken as a template, not as a draft', async () => {
    const template = await readFile(path.join(projectRoot, 'templates/courtesy-reminder.mdx'), 'utf8');
    const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(template)!;
    const unsafe = `${body}\nTotal: {process.env.SECRET}\n`;
    // The closing --- deleted: the frontmatter is reported open, and the expression is still refused.
    await writeFile(path.join(dir, 'unclosed.mdx'), `---\n${frontmatter}\n${unsafe}`);
    const unclosed = await run('--root', projectRoot, 'unclosed.mdx');
    expect(unclosed.code).toBe(1);
    expect(unclosed.stdout).toContain('Frontmatter not closed');
    expect(unclosed.stdout).toContain('{process.env.SECRET} is JavaScript');
    // A blank line before the opening ---: the block is not read, and the message says why.
    await writeFile(path.join(dir, 'pushed-down.mdx'), `\n---\n${frontmatter}\n---\n${body}`);
    const pushed = await run('--root', projectRoot, 'pushed-down.mdx');
    expect([pushed.code, pushed.stdout]).toEqual([1, expect.stringContaining('a blank line comes before it')]);
  });

  it('runs as the package bin', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(projectRoot, 'scripts/lint.js'), '--version'], { cwd: dir });
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('keeps its verdict when the reader of its report stops early, and fails (exit 2) when the report cannot be written', async () => {
    const many = path.join(dir, 'many-warnings.md');
    await writeFile(many, `Dear Sam,\n\n${Array.from({ length: 1500 }, (_, i) => `Just a note about invoice ${i}.`).join('\n\n')}\n`);
    const bin = path.join(projectRoot, 'scripts/lint.js');
    // "… | head -1": the shell's pipe closes after one line; warnings alone exit 0, with no stack trace.
    const piped = await promisify(execFile)('bash', ['-c', `node "${bin}" --language-only "${many}" | head -1; echo "exit \${PIPESTATUS[0]}" >&2`], { cwd: dir, env: { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env['PATH']}` } });
    expect(piped.stderr).toBe('exit 0\n');
    const full = await promisify(execFile)('bash', ['-c', `node "${bin}" --language-only "${many}" > /dev/full; echo "exit $?" >&2`], { cwd: dir, env: { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env['PATH']}` } });
    expect(full.stderr).toMatch(/^Could not write the report: ENOSPC.*\nexit 2\n$/);
  });
});
