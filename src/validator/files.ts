import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { VFile } from 'vfile';
import { contentPaths } from '../project.ts';

/** Extensions the validator reads when given a folder or a glob. */
const checkedExtensions = ['.mdx', '.md', '.markdown', '.txt'];

/** Files larger than this are refused: a template or chapter is a few kilobytes. */
const maxFileBytes = 1024 * 1024;

export class UsageError extends Error {
  override name = 'UsageError';
}

/** The files checked when no paths are given: every template and chapter, and the data files. */
export async function defaultTargets(root: string): Promise<string[]> {
  // Listed by name, not by type: broken links and folders named *.mdx are reported rather than skipped.
  const found: string[] = [];
  for (const dir of [contentPaths.templates, contentPaths.handbook]) {
    const entries = await readdir(path.join(root, dir), { recursive: true }).catch(() => [] as string[]);
    for (const entry of entries) if (entry.endsWith('.mdx')) found.push(path.join(root, dir, entry));
  }
  return found.sort();
}

/** Expands files, folders and globs (relative to `cwd`, anywhere on disk) into a sorted list of files. */
export async function resolveTargets(patterns: readonly string[], cwd: string): Promise<string[]> {
  const files = new Set<string>();
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isDirectory()) {
      const found = await glob(checkedExtensions.map((ext) => `**/*${ext}`), { cwd: absolute, absolute: true, ignore: ['**/node_modules/**'] });
      found.forEach((f) => files.add(f));
    } else if (info) {
      files.add(absolute);
    } else if (/[*?[\]{}]/.test(pattern)) {
      const found = await glob(pattern, { cwd, absolute: true, ignore: ['**/node_modules/**'] });
      if (found.length === 0) throw new UsageError(`No files match "${pattern}"`);
      found.forEach((f) => files.add(f));
    } else {
      // A path that does not exist may be a dangling link; reading it reports the problem on the file.
      const link = await lstat(absolute).catch(() => undefined);
      if (!link) throw new UsageError(`No such file or folder: ${pattern}`);
      files.add(absolute);
    }
  }
  return [...files].sort();
}

function fail(file: VFile, reason: string, place?: { line: number; column: number }) {
  const message = file.message(reason, { ruleId: 'read-error', source: 'fair-collections', place: place ?? { line: 1, column: 1 } });
  message.fatal = true;
}

const realRoots = new Map<string, Promise<string>>();
function realRoot(root: string): Promise<string> {
  let real = realRoots.get(root);
  if (!real) realRoots.set(root, (real = realpath(root)));
  return real;
}

/**
 * Reads a file as UTF-8 text. Never throws: an unreadable, binary,
 * oversized or mis-encoded file comes back with a located message.
 */
export async function readTarget(filePath: string, root: string): Promise<{ file: VFile; ok: boolean }> {
  const file = new VFile({ path: filePath, cwd: root });
  try {
    const [real, rootReal] = await Promise.all([realpath(filePath), realRoot(root)]);
    const link = await lstat(filePath);
    const inside = (p: string) => p === rootReal || p.startsWith(rootReal + path.sep);
    if (link.isSymbolicLink() && inside(path.resolve(filePath)) && !inside(real)) {
      fail(file, `Symbolic link to ${real}, outside the repository: content must live in the repository`);
      return { file, ok: false };
    }
    const info = await stat(filePath);
    if (info.isDirectory()) {
      fail(file, 'Is a folder, not a file');
      return { file, ok: false };
    }
    if (info.size > maxFileBytes) {
      fail(file, `File is ${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is ${maxFileBytes / 1024 / 1024} MB (a template or chapter is a few kilobytes)`);
      return { file, ok: false };
    }
    const bytes = await readFile(filePath);
    if (bytes.length === 0) {
      fail(file, 'File is empty');
      return { file, ok: false };
    }
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      fail(file, `Binary file (a NUL byte at offset ${nul}), not text`);
      return { file, ok: false };
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const at = firstInvalidUtf8(bytes);
      const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at)).split('\n');
      fail(file, `Not UTF-8 text: byte 0x${bytes[at]!.toString(16).padStart(2, '0')} at offset ${at}; save the file as UTF-8`, {
        line: before.length,
        column: before[before.length - 1]!.length + 1,
      });
      return { file, ok: false };
    }
    // TextDecoder drops a byte-order mark silently; the bytes tell whether there was one.
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      const message = file.message('File starts with a byte-order mark; save it as UTF-8 without BOM', { ruleId: 'read-error', source: 'fair-collections', place: { line: 1, column: 1 } });
      message.fatal = false;
    }
    file.value = text;
    return { file, ok: true };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(file, code === 'EACCES' ? 'Permission denied: the file cannot be read' : code === 'ENOENT' ? 'File not found (a broken link?)' : `Cannot read the file (${code ?? String(error)})`);
    return { file, ok: false };
  }
}

/** Offset of the first byte that is not part of valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return 0;
}

/** Where a file belongs in the project, by its path. */
export function kindByLocation(filePath: string, root: string): 'template' | 'chapter' | 'data' | undefined {
  const relative = path.relative(root, filePath).split(path.sep).join('/');
  if (relative.startsWith(`${contentPaths.templates}/`) && relative.endsWith('.mdx')) return 'template';
  if (relative.startsWith(`${contentPaths.handbook}/`) && relative.endsWith('.mdx')) return 'chapter';
  if ([contentPaths.ladder, contentPaths.fields, contentPaths.notices].includes(relative as never)) return 'data';
  return undefined;
}
