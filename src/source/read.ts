import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { decodeContent, fail, maxFileBytes, tooLarge, tooLargeFix } from './decode.ts';

const notRegularFix = 'Check regular files only: name the letter’s file, not a folder, device, pipe or socket.';
/** Why a file could not be opened, by its error code, and what to do about it. */
const unreadable: Readonly<Record<string, readonly [reason: string, fix: string]>> = {
  EACCES: ['Permission denied: the file cannot be read', 'Give your user read access to the file (chmod u+r), or check it where you can read it.'],
  ENOENT: ['File not found (a broken link?)', 'Fix or remove the link, or name the file it should point to.'],
};

declare module 'vfile' {
  interface DataMap {
    /** SHA-256 (hex) of exactly the bytes read, set by `readContent` on a file that was read. */
    contentHash: string;
  }
}

/** SHA-256 of bytes or text, as hex. */
export function contentHash(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const realRoots = new Map<string, Promise<string>>();
function realRoot(root: string): Promise<string> {
  let real = realRoots.get(root);
  if (!real) realRoots.set(root, (real = realpath(root)));
  return real;
}

const realFolders = new Map<string, Promise<string>>();
function realFolder(folder: string): Promise<string> {
  let real = realFolders.get(folder);
  if (!real) {
    realFolders.set(folder, (real = realpath(folder)));
    // A folder that could not be resolved is tried afresh next time; a rejected promise is not kept.
    real.catch(() => realFolders.delete(folder));
  }
  return real;
}

/** Why a path that is not a regular file cannot be read, or undefined for a regular file. */
function notRegular(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'Is a folder, not a file';
  const kind = info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : info.isFIFO() ? 'a named pipe (FIFO)' : info.isSocket() ? 'a socket' : 'not a regular file';
  return `Is ${kind}, not a regular file: only regular files are read`;
}

/**
 * At most `maxFileBytes + 1` bytes of a regular file, or why it was not read.
 * The kind is checked on the open descriptor, and the file is opened without
 * blocking, so a path swapped for a FIFO or device after the first check
 * neither hangs nor streams forever; a file that grows, or whose size lies
 * (/proc), is cut off at the limit. Synchronous: a file of at most 256 KB
 * opened without blocking is read at once, and five asynchronous calls per
 * file cost more than the read itself when a run checks a thousand letters.
 */
function readBounded(filePath: string): { bytes: Buffer } | { refused: string; fix: string } {
  const fd = openSync(filePath, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    const refused = notRegular(info);
    if (refused) return { refused, fix: notRegularFix };
    if (info.size > maxFileBytes) return { refused: tooLarge(info.size), fix: tooLargeFix };
    let buffer = Buffer.allocUnsafe(info.size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        // Longer than its size said: grow, but never past one byte over the limit.
        if (length > maxFileBytes) return { refused: tooLarge(undefined), fix: tooLargeFix };
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxFileBytes + 1));
        buffer.copy(grown);
        buffer = grown;
      }
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return { bytes: buffer.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a file of content as UTF-8 text into a VFile whose `data.contentHash`
 * is the hash of exactly the bytes read. Never throws: a symbolic link out of
 * `root`, a folder, device, FIFO or socket, a file over 256 KB, an empty,
 * binary (NUL) or non-UTF-8 file, or one that cannot be opened comes back
 * with `ok: false` and a fatal, located `read-error` message; a byte-order
 * mark is a warning.
 */
export async function readContent(filePath: string, root: string): Promise<{ file: VFile; ok: boolean }> {
  const file = new VFile({ path: filePath, cwd: root });
  try {
    const link = lstatSync(filePath);
    // A link anywhere on the way counts, the file's own or a linked folder above it. The folder's real path
    // is resolved once per folder: a thousand files in one folder need one realpath, not a thousand.
    const [real, rootReal] = await Promise.all([
      link.isSymbolicLink() ? realpath(filePath) : realFolder(path.dirname(filePath)).then((folder) => path.join(folder, path.basename(filePath))),
      realRoot(root),
    ]);
    const within = (p: string, base: string) => p === base || p.startsWith(base + path.sep);
    if (within(path.resolve(filePath), path.resolve(root)) && !within(real, rootReal)) {
      fail(file, `Symbolic link to ${real}, outside the repository: content must live in the repository`, 'Copy the file into the repository instead of linking to it.');
      return { file, ok: false };
    }
    // The kind is known before opening: opening a socket fails, and a FIFO or device must not be read at all.
    const refused = notRegular(link.isSymbolicLink() ? statSync(filePath) : link);
    if (refused) {
      fail(file, refused, notRegularFix);
      return { file, ok: false };
    }
    const read = readBounded(filePath);
    if ('refused' in read) {
      fail(file, read.refused, read.fix);
      return { file, ok: false };
    }
    const { bytes } = read;
    if (!decodeContent(bytes, file)) return { file, ok: false };
    file.data.contentHash = contentHash(bytes);
    return { file, ok: true };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const [reason, fix] = unreadable[code ?? ''] ?? [`Cannot read the file (${code ?? String(error)})`, 'Check that the file can be opened, then run the check again.'];
    fail(file, reason, fix);
    return { file, ok: false };
  }
}
