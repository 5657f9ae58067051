import { createHash } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { threadId } from 'node:worker_threads';
import nodePath from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pageUrl } from '../deployment.ts';
import { pruneCacheFolder } from './cache-folder.ts';
import type { EqualityPattern, Platform, TextFile } from './types.ts';

/** Whether a file starts with the signature of its format (PNG, JPEG, GIF, WebP, AVIF). */
function isImageFile(file: string, extension: string): boolean {
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  const ascii = (from: number, to: number) => head.toString('latin1', from, to);
  switch (extension) {
    case '.png':
      return head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    case '.jpg':
    case '.jpeg':
      return head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
    case '.gif':
      return ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a';
    case '.webp':
      return ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP';
    case '.avif':
      return ascii(4, 8) === 'ftyp' && ['avif', 'avis'].includes(ascii(8, 12));
    default:
      return false;
  }
}

// The pattern data is the package's own file beside its entry point.
const equalityFile = nodePath.join(nodePath.dirname(createRequire(import.meta.url).resolve('retext-equality')), 'patterns-en.js');
const { patterns } = (await import(pathToFileURL(equalityFile).href)) as { patterns: readonly EqualityPattern[] };

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const compiledDirectory = nodePath.join(projectRoot, 'node_modules', '.cache', 'fair-collections', 'compiled');

/**
 * What names the code that runs: the command line's bundle, which never changes once built (scripts/fast-start.js
 * sets FAIR_COLLECTIONS_CODE before loading it), or else every file under src/ as this process loaded it, read now,
 * as the modules are evaluated, so that a file saved later cannot lend its name to what older code compiles.
 */
const codeId = process.env['FAIR_COLLECTIONS_CODE'] ?? srcTreeHash();
/** Undefined where this module does not run from the project's src/ (bundled into the site build): nothing is cached. */
function srcTreeHash(): string | undefined {
  try {
    const hash = createHash('sha256');
    const src = nodePath.join(projectRoot, 'src');
    const files = readdirSync(src, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.(ts|ya?ml|json)$/.test(e.name));
    for (const file of files.map((e) => nodePath.join(e.parentPath, e.name)).sort()) {
      const bytes = readFileSync(file);
      hash.update(`${nodePath.relative(src, file)}\0${bytes.length}\0`).update(bytes);
    }
    return `source ${hash.digest('hex')}`;
  } catch {
    return undefined;
  }
}

/**
 * The cache key of data compiled from `sources` by this code: the code (`codeId`), the installed packages
 * (package-lock.json), Node's version (it writes the serialisation) and the sources, each with its length, so no
 * change to what compiles the data, or to the data, can reuse an old result.
 */
function compiledKey(sources: readonly TextFile[]): string {
  if (!codeId) throw new Error('The code that runs is not known: nothing is cached');
  const hash = createHash('sha256').update(`${process.version}\0${codeId}\0`);
  const lock = readFileSync(nodePath.join(projectRoot, 'package-lock.json'));
  hash.update(`${lock.length}\0`).update(lock);
  for (const source of sources) hash.update(`${source.name}\0${source.text.length}\0${source.text}\0`);
  return hash.digest('hex');
}

// The key of the last sources asked about: read and write name the same file even if the lock file changes between.
let lastKey: { sources: readonly TextFile[]; key: string } | undefined;
function keyOf(sources: readonly TextFile[]): string {
  if (lastKey?.sources !== sources) lastKey = { sources, key: compiledKey(sources) };
  return lastKey.key;
}

const platform = {
  path: nodePath,
  phraseDirectory: fileURLToPath(new URL('../validator/rules/phrases/', import.meta.url)),
  readRuleFiles(directory: string) {
    return readdirSync(directory)
      .filter((name) => name.endsWith('.yaml'))
      .sort()
      .map((name) => ({ name, path: `${directory}${name}`, text: readFileSync(`${directory}${name}`, 'utf8') }));
  },
  imageFileProblem(target: string, url: string, contentRoot: string) {
    const info = lstatSync(target, { throwIfNoEntry: false });
    if (!info) return `Image file not found: ${url}`;
    if (!info.isFile()) return `Image ${url} is not a regular file${info.isSymbolicLink() ? ' (a symbolic link)' : ''}`;
    // A linked folder on the way would let the build read, and publish, a file from anywhere.
    const real = nodePath.relative(realpathSync(contentRoot), realpathSync(target));
    if (real.startsWith('..') || nodePath.isAbsolute(real)) return `Image ${url} is reached through a symbolic link to a folder outside ${nodePath.basename(contentRoot)}/`;
    const extension = nodePath.extname(url).toLowerCase();
    if (!isImageFile(target, extension)) return `${url} is not a ${extension.slice(1).toUpperCase()} image (its first bytes say otherwise); the build could not process it`;
    return undefined;
  },
  equalityPatterns: patterns,
  pageUrl,
  // V8's own serialisation keeps shared and circular references, Sets and typed arrays: reading it back is about a
  // quarter of the time compiling the rule data again takes, at every start of the command line and of each worker.
  compiledCache: {
    read(sources: readonly TextFile[]): unknown {
      try {
        return deserialize(readFileSync(nodePath.join(compiledDirectory, `${keyOf(sources)}.bin`)));
      } catch {
        return undefined;
      }
    },
    write(sources: readonly TextFile[], value: unknown): void {
      try {
        mkdirSync(compiledDirectory, { recursive: true });
        const file = nodePath.join(compiledDirectory, `${keyOf(sources)}.bin`);
        // Written whole, then renamed: a run starting meanwhile finds the old file or the new one, never half of one.
        const temporary = `${file}.${process.pid}.${threadId}.${Date.now()}`;
        writeFileSync(temporary, serialize(value));
        renameSync(temporary, file);
        // About 5 MB each.
        pruneCacheFolder(compiledDirectory, 3);
      } catch {
        // A read-only folder only costs the next run the compile.
      }
    },
  },
} satisfies Platform;

export const { path, phraseDirectory, readRuleFiles, imageFileProblem, equalityPatterns, compiledCache } = platform;
export { pageUrl };
