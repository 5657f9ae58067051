import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, copyProject, projectRoot } from '../helpers/project.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built once from the real content, for every test that reads it. */
    siteDir: string;
    /**
     * The same content built in a copy of the project at a site address and under a sub-path
     * (SITE_URL https://collections.example.org, BASE_PATH /fair/), for test/site/routes.test.ts: its folder,
     * and whether the build passed with what it printed (that file asserts on both).
     */
    subPathSite: { dir: string; ok: boolean; output: string };
  }
}

/**
 * Builds both sites at once, before any test file starts. One Astro build keeps about one core busy (15 s of CPU in
 * 18 s), so where the second core is free the second build adds little to this phase, where in a test file it
 * competed with the other file running (measured with no core spare: 20.8 s -> 35.5 s here, routes.test.ts 22 s -> 2 s).
 */
export default async function setup(project: TestProject) {
  const siteDir = await mkdtemp(path.join(tmpdir(), 'fair-collections-site-'));
  // The sub-path build works in a copy: Astro keeps build state in the project it builds, and the first build is of the real one.
  const copy = await copyProject();
  const subPathDir = path.join(copy, 'dist');
  const [result, subPath] = await Promise.all([
    astroBuild(projectRoot, siteDir),
    astroBuild(copy, subPathDir, { SITE_URL: 'https://collections.example.org', BASE_PATH: '/fair/' }),
  ]);
  if (!result.ok) throw new Error(`The site does not build:\n${result.output}`);
  project.provide('siteDir', siteDir);
  project.provide('subPathSite', { dir: subPathDir, ok: subPath.ok, output: subPath.output });
  return async () => {
    await rm(siteDir, { recursive: true, force: true });
    await rm(copy, { recursive: true, force: true });
  };
}
