import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from './project.ts';

/** A temporary root holding a copy of the real content and templates, for tests that break them. */
export async function contentCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fair-collections-content-'));
  await cp(path.join(projectRoot, 'content'), path.join(dir, 'content'), { recursive: true });
  await cp(path.join(projectRoot, 'templates'), path.join(dir, 'templates'), { recursive: true });
  return dir;
}

/** Replaces `search` in a file of a copied root; fails loudly if the text is not there. */
export async function edit(root: string, file: string, search: string | RegExp, replacement: string): Promise<void> {
  const full = path.join(root, file);
  const text = await readFile(full, 'utf8');
  const next = text.replace(search, replacement);
  if (next === text) throw new Error(`edit(): ${String(search)} not found in ${file}`);
  await writeFile(full, next);
}

/** Line (1-based) of the first occurrence of `needle` in a file of a copied root. */
export async function lineOf(root: string, file: string, needle: string): Promise<number> {
  const text = await readFile(path.join(root, file), 'utf8');
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`lineOf(): ${needle} not in ${file}`);
  return text.slice(0, index).split('\n').length;
}
