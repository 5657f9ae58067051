import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { cleanEnv, projectRoot } from './project.ts';

/** A free port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface AstroServer {
  url: string;
  output: () => string;
  stop: () => void;
}

/** Starts `astro dev` or `astro preview` for a project root and waits until it answers. */
export async function startAstro(command: 'dev' | 'preview', root: string, extraArgs: string[] = []): Promise<AstroServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), command, '--port', String(port), '--host', '127.0.0.1', ...extraArgs], {
    cwd: root,
    env: cleanEnv({ ASTRO_DEV_BACKGROUND: '0' }),
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`astro ${command} exited:\n${output}`);
    try {
      await fetch(url);
      return { url, output: () => output, stop: () => child.kill() };
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  child.kill();
  throw new Error(`astro ${command} did not start:\n${output}`);
}
