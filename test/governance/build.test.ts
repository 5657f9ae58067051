import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { edit } from '../helpers/content.ts';
import { astroBuild, copyProject } from '../helpers/project.ts';

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

describe('a build with a template that has no owner', () => {
  it('fails, naming the file, the line and the missing key', async () => {
    root = await copyProject();
    await edit(root, 'templates/reminder-7-days.mdx', /^owner: .*\n/m, '');
    const result = await astroBuild(root, `${root}/dist`, { FAIR_COLLECTIONS_TODAY: '2026-12-20' });
    expect(result.ok).toBe(false);
    // The report points into the frontmatter block (the key is gone, so at the block), with the allowed roles.
    expect(result.output).toMatch(/templates\/reminder-7-days\.mdx\n +\d+:\d+ +error +.*"owner".*ar-specialist/);
    expect(result.output).toContain('nothing was built');
  });
});
