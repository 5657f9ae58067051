import { rm } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { edit } from '../helpers/content.ts';
import { astroBuild, copyProject, reportSection, type BuildResult } from '../helpers/project.ts';

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

/**
 * One build of one copy with a broken chapter, two broken templates and a harmful one: the validator
 * checks every file and the build prints each file's problems, so each test reads its own file's
 * part of the one report. Broken ladder data stops the templates being checked, so those build alone.
 */
let shared: { root: string; result: BuildResult } | undefined;
beforeAll(async () => {
  const copy = await copyProject();
  await edit(copy, 'content/handbook/invoicing.mdx', /^owner: .*$/m, 'owner: intern');
  await edit(copy, 'templates/reminder-7-days.mdx', /^channel: .*$/m, 'channel: fax');
  await edit(copy, 'templates/follow-up-15-days.mdx', /^(Dear|Hello) (.*)$/m, '$1 $2\n\nPay by {{due_date}} or else, or we will send the bailiffs.');
  await edit(copy, 'templates/courtesy-reminder.mdx', /^owner: .*\n/m, '');
  shared = { root: copy, result: await astroBuild(copy, `${copy}/dist`) };
});
afterAll(async () => {
  if (shared) await rm(shared.root, { recursive: true, force: true });
});

/** Place and severity of each message the build's report gives for `file`. */
const located = (output: string, file: string) => reportSection(output, file)?.map(([where, severity]) => `${where} ${severity}`);

describe('a build with broken content', () => {
  it('fails on a chapter with an unknown owner, naming the file, the field and the allowed values', () => {
    const { result } = shared!;
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/content\/handbook\/invoicing\.mdx\n +5:8 +error +"owner" is "intern", which is not allowed\. Allowed values: ar-specialist, collections-lead, credit-manager/);
    expect(located(result.output, 'content/handbook/invoicing.mdx')).toEqual(['5:8 error']);
    expect(result.output).toContain('nothing was built');
  });

  it('fails on a template with an unknown channel, naming the file, the line and the allowed values', () => {
    const { result } = shared!;
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/templates\/reminder-7-days\.mdx\n +\d+:\d+ +error +"channel" is "fax", which is not allowed\. Allowed values: email, letter, call-script, voicemail/);
  });

  it('fails on ladder data with an unknown tone', async () => {
    root = await copyProject();
    await edit(root, 'content/ladder.yaml', 'tone: firm', 'tone: angry');
    const result = await astroBuild(root, `${root}/dist`);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/content\/ladder\.yaml\n +\d+:\d+ +error +"stages\[\d+\]\.tone" is "angry".*Allowed values: friendly, polite, direct, formal, firm/);
    // Templates cannot be checked against broken data, and nothing else is blamed.
    expect(result.output).toContain('The validator found 1 error(s)');
  });

  it('fails on a ladder whose steps leave days uncovered, at the step after the gap', async () => {
    root = await copyProject();
    await edit(root, 'content/ladder.yaml', 'days: { from: 14, to: 29 }', 'days: { from: 14, to: 20 }');
    const result = await astroBuild(root, `${root}/dist`);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/content\/ladder\.yaml\n +\d+:\d+ +error +Days 21–29 belong to no step: "overdue-15" ends on day 20 and "overdue-30" starts on day 30/);
  });
});

describe('a build with harmful wording', () => {
  it('fails before compiling anything, with the validator report', () => {
    const { result } = shared!;
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/templates\/follow-up-15-days\.mdx/);
    expect(reportSection(result.output, 'templates/follow-up-15-days.mdx')?.map(([, severity, text]) => `${severity} ${text.split(/ +/).at(-1)}`)).toEqual(['error coercion', 'error threats']);
    expect(result.output).toContain('nothing was built');
    expect(result.output).not.toContain('generating static routes');
    // One report, and no stack trace after it.
    expect(result.output.match(/templates\/follow-up-15-days\.mdx/g)).toHaveLength(1);
    expect(result.output).not.toMatch(/Stack trace|    at /);
  });
});

// Moved from test/governance/build.test.ts, which built a copy of its own for it.
describe('a build with a template that has no owner', () => {
  it('fails, naming the file, the line and the missing key', () => {
    const { result } = shared!;
    expect(result.ok).toBe(false);
    // The report points into the frontmatter block (the key is gone, so at the block), with the allowed roles.
    expect(result.output).toMatch(/templates\/courtesy-reminder\.mdx\n +\d+:\d+ +error +.*"owner".*ar-specialist/);
    expect(result.output).toContain('nothing was built');
  });
});
