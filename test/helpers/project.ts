import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

const run = promisify(execFile);
const astroBin = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface BuildResult {
  ok: boolean;
  output: string;
}

/** The environment without what Vitest adds (BASE_URL, MODE, NODE_ENV=test…), which would leak into Astro's build. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']) delete env[key];
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/** Runs `astro build` for a project root; never throws, so tests can assert on failures. */
export async function astroBuild(root: string, outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [astroBin, 'build', '--root', root, '--outDir', outDir], {
      cwd: root,
      env: cleanEnv(env),
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}${e.message}` };
  }
}

/**
 * A disposable copy of the project's content and code, sharing node_modules,
 * so a test can break a file and build without touching the real tree.
 */
export async function copyProject(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fair-collections-'));
  for (const entry of ['src', 'content', 'templates', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    await cp(path.join(projectRoot, entry), path.join(dir, entry), { recursive: true });
  }
  // Packages are linked one by one so Astro's and Vite's caches (node_modules/.astro, .vite) stay per copy.
  await mkdir(path.join(dir, 'node_modules'));
  for (const entry of await readdir(path.join(projectRoot, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    await symlink(path.join(projectRoot, 'node_modules', entry), path.join(dir, 'node_modules', entry));
  }
  return dir;
}

/**
 * The messages a stylish report (the build's, the CLI's) gives for one file, each split into its
 * place, its severity and the rest of the line; undefined when the report does not name the file.
 * A file's block runs from its name, alone on a line, to the next blank line.
 */
export function reportSection(output: string, file: string): [string, string, string][] | undefined {
  const lines = output.split('\n');
  const start = lines.indexOf(file);
  if (start < 0) return undefined;
  const messages: [string, string, string][] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') break;
    const message = /^ {2}(\d+:\d+) *(error|warning) {2,}(.*)$/.exec(line);
    if (message) messages.push([message[1]!, message[2]!, message[3]!]);
  }
  return messages;
}
