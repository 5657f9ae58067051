import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

export function contentHash(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

interface CacheFile {
  key: string;
  entries: Record<string, { hash: string; result: PlainResult }>;
}

/**
 * Results per file, keyed by the file's content, like ESLint's --cache. The
 * whole cache is dropped when the tool's code, its rule data, the project's
 * content data (ladder, fields, notices), the dependencies or the options change.
 */
export class LintCache {
  readonly file: string;
  private readonly key: string;
  private entries: CacheFile['entries'];
  private dirty = false;

  private constructor(file: string, key: string, entries: CacheFile['entries']) {
    this.file = file;
    this.key = key;
    this.entries = entries;
  }

  static async open(root: string, dataFiles: readonly { path: string; value: unknown }[], options: object, toolDirectories: readonly string[] = [toolSource]): Promise<LintCache> {
    const hash = createHash('sha256');
    hash.update(JSON.stringify(options));
    for (const dir of toolDirectories) await hashTree(hash, dir);
    hash.update(await readFile(path.join(toolRoot, 'package-lock.json')).catch(() => Buffer.alloc(0)));
    for (const data of dataFiles) hash.update(data.path).update(String(data.value ?? ''));
    const key = hash.digest('hex');
    const file = path.join(root, 'node_modules', '.cache', 'fair-collections', 'lint-cache.json');
    const stored = await readFile(file, 'utf8')
      .then((text) => JSON.parse(text) as CacheFile)
      .catch(() => undefined);
    return new LintCache(file, key, stored?.key === key ? stored.entries : {});
  }

  get(filePath: string, hash: string): PlainResult | undefined {
    const entry = this.entries[filePath];
    return entry && entry.hash === hash ? entry.result : undefined;
  }

  set(filePath: string, hash: string, result: PlainResult): void {
    this.entries[filePath] = { hash, result };
    this.dirty = true;
  }

  /** Writes atomically, so a crash never leaves half a cache. */
  async save(): Promise<void> {
    if (!this.dirty) return;
    await mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify({ key: this.key, entries: this.entries } satisfies CacheFile));
    await rename(temporary, this.file);
  }
}
