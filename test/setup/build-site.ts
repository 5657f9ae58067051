import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, projectRoot } from '../helpers/project.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built once from the real content, for every test that reads it. */
    siteDir: string;
  }
}

export default async function setup(project: TestProject) {
  const siteDir = await mkdtemp(path.join(tmpdir(), 'fair-collections-site-'));
  const result = await astroBuild(projectRoot, siteDir);
  if (!result.ok) throw new Error(`The site does not build:\n${result.output}`);
  project.provide('siteDir', siteDir);
  return async () => {
    await rm(siteDir, { recursive: true, force: true });
  };
}
