import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { contentPaths } from '../project.ts';
import { closest } from '../source/suggest.ts';
import { UsageError } from './usage-error.ts';

/** Extensions the validator reads when given a folder or a glob. */
const checkedExtensions = ['.mdx', '.md', '.markdown', '.txt'];

export { UsageError };

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

/** What the command line's paths name: the files to check, and a sentence for each path that names none. */
export interface Targets {
  files: string[];
  /** One per path that named nothing to check ("No such file or folder: drafts/leter.md; did you mean drafts/letter.md?"). */
  unmatched: string[];
}

/**
 * Expands files, folders and globs (relative to `cwd`, anywhere on disk) into a sorted list of files. A path that names
 * nothing is not fatal here: it is listed in `unmatched`, so one mistyped name among several does not stop the others
 * being checked. Throws a UsageError only for standard input ("-"), which is not read.
 */
export async function resolveTargets(patterns: readonly string[], cwd: string): Promise<Targets> {
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    // "-" conventionally means standard input, which is not read: the check needs a file (its name, its kind, the cache).
    if (pattern === '-') throw new UsageError('Standard input (-) is not read; save the draft to a file (for example draft.md) and check that');
    const absolute = path.resolve(cwd, pattern);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isDirectory()) {
      const found = await glob(checkedExtensions.map((ext) => `**/*${ext}`), { cwd: absolute, absolute: true, ignore: ['**/node_modules/**'] });
      // A mistyped or emptied drafts folder must not pass as "no problems".
      if (found.length === 0) unmatched.push(`No files to check in the folder ${pattern} (none ends in ${checkedExtensions.join(', ')})`);
      found.forEach((f) => files.add(f));
    } else if (info) {
      files.add(absolute);
    } else if (/[*?[\]{}]/.test(pattern)) {
      const found = await glob(pattern, { cwd, absolute: true, ignore: ['**/node_modules/**'] });
      if (found.length === 0) unmatched.push(`No files match "${pattern}"`);
      found.forEach((f) => files.add(f));
    } else if (await lstat(absolute).catch(() => undefined)) {
      // A dangling link: reading it reports the problem on the file.
      files.add(absolute);
    } else {
      const near = await nearName(absolute);
      unmatched.push(`No such file or folder: ${pattern}${near ? `; did you mean ${path.join(path.dirname(pattern), near)}?` : ''}`);
    }
  }
  return { files: await oncePerFile([...files].sort()), unmatched };
}

/**
 * `files` with each file on disk kept once: a folder linked into itself ("sub/loop -> ../sub") or a second link to the
 * same file would otherwise have it checked and reported twice. The path that is the file's own (no link on the way) is
 * kept, else the first. A path that cannot be resolved (a dangling link) is kept, for reading to report it.
 */
async function oncePerFile(files: readonly string[]): Promise<string[]> {
  const byReal = new Map<string, string>();
  for (let i = 0; i < files.length; i += 64) {
    const batch = files.slice(i, i + 64);
    const reals = await Promise.all(batch.map((f) => realpath(f).catch(() => f)));
    batch.forEach((file, k) => {
      const real = reals[k]!;
      const kept = byReal.get(real);
      if (kept === undefined || (file === real && kept !== real)) byReal.set(real, file);
    });
  }
  return [...byReal.values()].sort();
}

/** The name in `absolute`'s folder closest to its own by spelling, if one is close enough to be a typo; undefined when the folder is missing. */
async function nearName(absolute: string): Promise<string | undefined> {
  const entries = await readdir(path.dirname(absolute)).catch(() => [] as string[]);
  return closest(path.basename(absolute), entries);
}

/** Reads a file to check; see `readContent` for what it refuses. */
export { readContent as readTarget } from '../source/read.ts';

/** Where a file belongs in the project, by its path. */
export function kindByLocation(filePath: string, root: string): 'template' | 'chapter' | 'data' | undefined {
  const relative = path.relative(root, filePath).split(path.sep).join('/');
  if (relative.startsWith(`${contentPaths.templates}/`) && relative.endsWith('.mdx')) return 'template';
  if (relative.startsWith(`${contentPaths.handbook}/`) && relative.endsWith('.mdx')) return 'chapter';
  if ([contentPaths.ladder, contentPaths.fields, contentPaths.notices].includes(relative as never)) return 'data';
  return undefined;
}
