import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { PlainResult } from './serialize.ts';

/** The tool's own source: a change to any rule, rule data or check invalidates every cached result. */
const toolSource = fileURLToPath(new URL('../', import.meta.url));
const toolRoot = fileURLToPath(new URL('../../', import.meta.url));

async function hashTree(hash: ReturnType<typeof createHash>, dir: string): Promise<void> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && /\.(ts|ya?ml)$/.test(e.name));
  entries.sort((a, b) => path.join(a.parentPath, a.name).localeCompare(path.join(b.parentPath, b.name)));
  for (const entry of entries) {
    const file = path.join(entry.parentPath, entry.name);
    hash.update(path.relative(dir, file)).update(await readFile(file));
  }
}

/**
 * A SHA-256 (hex) of the content data files (paths and text), to key the
 * cache and to tell whether two reads of the data saw the same bytes.
 */
export function dataFingerprint(dataFiles: readonly { path: string; value: unknown }[]): string {
  const hash = createHash('sha256');
  for (const data of dataFiles) hash.update(data.path).update('\0').update(String(data.value ?? '')).update('\0');
  return hash.digest('hex');
}

const point = z.object({ line: z.number(), column: z.number(), offset: z.number().optional() });
const plainResult = z.object({
  path: z.string(),
  kind: z.enum(['template', 'chapter', 'draft', 'notice', 'data']),
  value: z.string(),
  hash: z.string().optional(),
  messages: z.array(
    z.object({
      reason: z.string(),
      ruleId: z.string().optional(),
      source: z.string().optional(),
      fatal: z.boolean().nullable().optional(),
      place: z.union([z.object({ start: point, end: point }), point]).optional(),
      actual: z.string().optional(),
      expected: z.array(z.string()).optional(),
      url: z.string().optional(),
      note: z.string().optional(),
    }),
  ),
  suppressions: z.array(z.object({ ruleId: z.string(), reason: z.string(), line: z.number(), commentLine: z.number(), silenced: z.array(z.string()) })),
  // What the project rules and the site need from a template: written by this tool, checked as objects only.
  template: z.record(z.string(), z.unknown()).optional(),
  places: z.record(z.string(), z.unknown()).optional(),
  letter: z.record(z.string(), z.unknown()).optional(),
});

/**
 * What a cache file must look like to be used. It lives in node_modules,
 * which only the tool writes, so this guards against truncation, hand edits
 * and older formats rather than an attacker (who could edit the code there).
 */
const cacheFileSchema = z.object({
  key: z.string(),
  entries: z.record(z.string(), z.object({ hash: z.string(), result: plainResult })),
});

interface CacheFile {
  key: string;
  entries: Record<string, { hash: string; result: PlainResult }>;
}

/** The cache file's text; undefined when there is none. Refuses anything but a regular file, without blocking on a FIFO. */
async function readCacheFile(file: string): Promise<string | undefined> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK).catch((error: NodeJS.ErrnoException) => {
    // No cache yet: nothing there, or a file where one of its folders should be (saving reports that).
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
    throw error;
  });
  if (!handle) return undefined;
  try {
    if (!(await handle.stat()).isFile()) throw new Error('not a regular file');
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Results per file, keyed by a hash of the bytes that were checked, like
 * ESLint's --cache. The whole cache is dropped when the tool's code, its rule
 * data, the project's content data (ladder, fields, notices), the
 * dependencies or the options change. A cache that cannot be read, is
 * malformed or cannot be written is ignored: the run goes on and `warnings`
 * says why.
 */
export class LintCache {
  readonly file: string;
  /** Why the cache was ignored or not saved, for the user; the results are unaffected. */
  readonly warnings: string[] = [];
  private readonly key: string;
  private entries: CacheFile['entries'] = {};
  private dirty = false;

  private constructor(file: string, key: string) {
    this.file = file;
    this.key = key;
  }

  /**
   * Opens the cache of the project at `root` (node_modules/.cache/fair-collections/lint-cache.json).
   * `dataFiles` are the content data as read for this run, `options` the run's options (as JSON).
   * Never throws for the cache file's own faults.
   */
  static async open(root: string, dataFiles: readonly { path: string; value: unknown }[], options: object, toolDirectories: readonly string[] = [toolSource]): Promise<LintCache> {
    const hash = createHash('sha256');
    hash.update(JSON.stringify(options));
    for (const dir of toolDirectories) await hashTree(hash, dir);
    hash.update(await readFile(path.join(toolRoot, 'package-lock.json')).catch(() => Buffer.alloc(0)));
    hash.update(dataFingerprint(dataFiles));
    const cache = new LintCache(path.join(root, 'node_modules', '.cache', 'fair-collections', 'lint-cache.json'), hash.digest('hex'));
    try {
      const text = await readCacheFile(cache.file);
      if (text === undefined) return cache;
      const stored = cacheFileSchema.safeParse(JSON.parse(text));
      if (!stored.success) throw new Error(`unexpected shape at ${stored.error.issues[0]?.path.join('.') || 'the top'}`);
      // Checked above except the template data, which only this tool writes.
      if (stored.data.key === cache.key) cache.entries = stored.data.entries as CacheFile['entries'];
    } catch (error) {
      cache.warnings.push(`The lint cache ${cache.file} is unreadable or malformed (${(error as Error).message}); it was ignored and will be rewritten.`);
    }
    return cache;
  }

  /** The stored result for a file whose checked bytes hashed to `hash` (see `contentHash`), if any. */
  get(filePath: string, hash: string): PlainResult | undefined {
    const entry = Object.hasOwn(this.entries, filePath) ? this.entries[filePath] : undefined;
    return entry && entry.hash === hash ? entry.result : undefined;
  }

  /** Stores a result under the hash of exactly the bytes it was checked from. */
  set(filePath: string, hash: string, result: PlainResult): void {
    this.entries[filePath] = { hash, result };
    this.dirty = true;
  }

  /** Writes atomically, so a crash never leaves half a cache. Never throws: a failure becomes a warning. */
  async save(): Promise<void> {
    if (!this.dirty) return;
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeFile(temporary, JSON.stringify({ key: this.key, entries: this.entries } satisfies CacheFile));
      await rename(temporary, this.file);
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => undefined);
      this.warnings.push(`The lint cache could not be saved to ${this.file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the next run checks every file again.`);
    }
  }
}
