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
    expect(result.output).toContain('invoicing');
    expect(result.output).toMatch(/owner/);
    expect(result.output).toContain('"credit-manager"');
  });

  it('fails on a template with an unknown channel, naming the file, the line and the allowed values', async () => {
    root = await copyProject();
    await edit(root, 'templates/reminder-7-days.mdx', /^channel: .*$/m, 'channel: fax');
    const result = await astroBuild(root, `${root}/dist`);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/templates\/reminder-7-days\.mdx:\d+:\d+/);
    expect(result.output).toContain('"channel" is "fax"');
    expect(result.output).toContain('email, letter, call-script, voicemail');
  });

  it('fails on ladder data with an unknown tone', async () => {
    root = await copyProject();
    await edit(root, 'content/ladder.yaml', 'tone: firm', 'tone: angry');
    const result = await astroBuild(root, `${root}/dist`);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/content\/ladder\.yaml:\d+:\d+/);
    expect(result.output).toContain('friendly, polite, direct, formal, firm');
  });
});
