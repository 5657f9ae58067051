import { closeSync, lstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync } from 'node:fs';
import nodePath from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pageUrl } from '../deployment.ts';
import type { EqualityPattern, Platform } from './types.ts';

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
} satisfies Platform;

export const { path, phraseDirectory, readRuleFiles, imageFileProblem, equalityPatterns } = platform;
export { pageUrl };
