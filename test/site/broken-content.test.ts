import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { edit } from '../helpers/content.ts';
import { astroBuild, copyProject } from '../helpers/project.ts';

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

describe('a build with broken content', () => {
  it('fails on a chapter with an unknown owner, naming the file, the field and the allowed values', async () => {
    root = await copyProject();
    await edit(root, 'content/handbook/invoicing.mdx', /^owner: .*$/m, 'owner: intern');
    const result = await astroBuild(root, `${root}/dist`);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/content\/handbook\/invoicing\.mdx\n +5:8 +error +"owner" is "intern", which is not allowed\. Allowed values: ar-specialist, collections-lead, credit-manager/);
    expect(result.output).toContain('nothing was built');
  });

  it('fails on a template with an unknown channel, naming the file, the line and the allowed values', async () => {
    root = await copyProject();
    await edit(root, 'templates/reminder-7-days.mdx', /^channel: .*$/m, 'channel: fax');
    const result = await astroBuild(root, `${root}/dist`);
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
  it('fails before compiling anything, with the validator report', async () => {
    root = await copyProject();
    await edit(root, 'templates/reminder-7-days.mdx', /^(Dear|Hello) (.*)$/m, '$1 $2\n\nPay by Friday or else, or we will send the bailiffs.');
    const result = await astroBuild(root, `${root}/dist`);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/templates\/reminder-7-days\.mdx/);
    expect(result.output).toContain('coercion');
    expect(result.output).toContain('threats');
    expect(result.output).toContain('nothing was built');
    expect(result.output).not.toContain('generating static routes');
    // One report, and no stack trace after it.
    expect(result.output.match(/templates\/reminder-7-days\.mdx/g)).toHaveLength(1);
    expect(result.output).not.toMatch(/Stack trace|    at /);
  });
});
