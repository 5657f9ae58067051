import { createHash } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import nodePath from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pageUrl } from '../deployment.ts';
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
 * The cache key of data compiled from `sources`: the sources, the validator's own code (every file under src/, as
 * the results cache keys it) and the installed packages (package-lock.json), so that no change to what compiles the
 * data, or to the data, can reuse an old result. Reading ~200 small files costs a few milliseconds.
 */
function compiledKey(sources: readonly TextFile[]): string {
  const hash = createHash('sha256').update(process.version);
  const src = nodePath.join(projectRoot, 'src');
  const files = readdirSync(src, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.(ts|ya?ml|json)$/.test(e.name));
  for (const file of files.map((e) => nodePath.join(e.parentPath, e.name)).sort()) hash.update(nodePath.relative(src, file)).update('\0').update(readFileSync(file)).update('\0');
  hash.update(readFileSync(nodePath.join(projectRoot, 'package-lock.json')));
  for (const source of sources) hash.update(source.name).update('\0').update(source.text).update('\0');
  return hash.digest('hex');
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
        return deserialize(readFileSync(nodePath.join(compiledDirectory, `${compiledKey(sources)}.bin`)));
      } catch {
        return undefined;
      }
    },
    write(sources: readonly TextFile[], value: unknown): void {
      try {
        mkdirSync(compiledDirectory, { recursive: true });
        const file = nodePath.join(compiledDirectory, `${compiledKey(sources)}.bin`);
        // Written whole, then renamed: a run starting meanwhile finds the old file or the new one, never half of one.
        const temporary = `${file}.${process.pid}.${Date.now()}`;
        writeFileSync(temporary, serialize(value));
        renameSync(temporary, file);
        // Each change to the code or the data stores anew (about 4 MB); what no run has written for a day goes.
        const dayAgo = Date.now() - 24 * 3600 * 1000;
        for (const name of readdirSync(compiledDirectory)) {
          const other = nodePath.join(compiledDirectory, name);
          if (other !== file && statSync(other).mtimeMs < dayAgo) rmSync(other, { force: true });
        }
      } catch {
        // A read-only folder only costs the next run the compile.
      }
    },
  },
} satisfies Platform;

export const { path, phraseDirectory, readRuleFiles, imageFileProblem, equalityPatterns, compiledCache } = platform;
export { pageUrl };
