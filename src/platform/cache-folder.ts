import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Removes from `folder` all but its `keep` newest entries (files or folders, by modification time) that `counts`
 * accepts, sparing any written in the last hour, which a run may still be reading. The command line's start-up
 * caches (its bundles, the compiled rule data) store anew after every change to the code or the data.
 */
export function pruneCacheFolder(folder: string, keep: number, counts: (name: string) => boolean = () => true): void {
  const hourAgo = Date.now() - 3600 * 1000;
  const entries = readdirSync(folder)
    .filter(counts)
    .map((name) => ({ entry: path.join(folder, name), time: statSync(path.join(folder, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { entry, time } of entries.slice(keep)) if (time < hourAgo) rmSync(entry, { recursive: true, force: true });
}
