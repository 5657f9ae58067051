import { execFile, spawn } from 'node:child_process';

/**
 * Git, run for the build: every call bounded in time and output, never a
 * shell, and a failure (no git, no repository) is an answer, not a crash.
 */

export interface GitLimits {
  /** Milliseconds before the call is stopped. */
  timeout: number;
  /** Bytes of output before the call is stopped. */
  maxBuffer: number;
}

export const defaultGitLimits: GitLimits = { timeout: 20_000, maxBuffer: 64 * 1024 * 1024 };

/**
 * `git <args>` in `cwd`: its output, or undefined when git is missing or
 * fails; `limited` when it was stopped at the time or output limit.
 */
export function git(cwd: string, args: readonly string[], limits: GitLimits = defaultGitLimits): Promise<{ output?: string | undefined; limited: boolean }> {
  return new Promise((resolve) => {
    execFile('git', ['-c', 'core.quotepath=off', ...args], { cwd, timeout: limits.timeout, maxBuffer: limits.maxBuffer, encoding: 'utf8', env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' } }, (error, stdout) => {
      const limited = error !== null && ((error as { killed?: boolean }).killed === true || (error as { code?: unknown }).code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
      resolve(error ? { limited } : { output: stdout, limited: false });
    });
  });
}

export interface Blob {
  /** The blob's object id (identical contents, identical id). */
  id: string;
  text: string;
}

/**
 * The contents of many `<commit>:<path>` objects in one `git cat-file --batch`
 * call: a Map from each asked name to its blob, without the names git could
 * not find. Bounded like `git`: past the time or size limit, what was read so
 * far, with `complete` false (a name missing then may exist).
 */
export function readBlobs(cwd: string, names: readonly string[], limits: GitLimits = defaultGitLimits): Promise<{ blobs: Map<string, Blob>; complete: boolean }> {
  return new Promise((resolve) => {
    const found = new Map<string, Blob>();
    if (names.length === 0) return resolve({ blobs: found, complete: true });
    let stopped = false;
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'ignore'], env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      stopped = true;
      child.kill();
    };
    const timer = setTimeout(stop, limits.timeout);
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBuffer) stop();
      else chunks.push(chunk);
    });
    child.on('error', () => undefined);
    child.stdin.on('error', () => undefined);
    child.on('close', () => {
      clearTimeout(timer);
      const out = Buffer.concat(chunks);
      let at = 0;
      let answered = 0;
      for (const name of names) {
        const end = out.indexOf(10, at);
        if (end < 0) break;
        const header = out.toString('utf8', at, end);
        at = end + 1;
        const match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
        if (!match) {
          answered++; // "<name> missing"
          continue;
        }
        const length = Number(match[3]);
        if (at + length > out.length) break;
        if (match[2] === 'blob') found.set(name, { id: match[1]!, text: out.toString('utf8', at, at + length) });
        at += length + 1;
        answered++;
      }
      resolve({ blobs: found, complete: !stopped && answered === names.length });
    });
    child.stdin.end(`${names.join('\n')}\n`);
  });
}
