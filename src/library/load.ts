import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { loadCatalog } from '../catalog/load.ts';
import { composeLetter } from '../letters/index.ts';
import { resolveContent } from '../project.ts';
import { letterEntry, sortLetters, type LetterEntry, type Library } from './entry.ts';
import { parseTemplate } from './template.ts';

export type { LetterEntry, Library } from './entry.ts';

/** Thrown when content is broken; its message lists every problem with file, line and column. */
export class ContentError extends Error {
  readonly files: VFile[];
  constructor(files: VFile[]) {
    const lines = files.flatMap((file) => file.messages.filter((m) => m.fatal).map((m) => `${m.file}:${m.line ?? 1}:${m.column ?? 1}  ${m.reason}  (${m.ruleId})`));
    super(`The content has ${lines.length} problem${lines.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
    this.name = 'ContentError';
    this.files = files;
  }
}

export async function readTemplateFiles(root: string): Promise<VFile[]> {
  const dir = resolveContent(root, 'templates');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.mdx')).sort();
  return Promise.all(names.map(async (name) => new VFile({ path: path.join(dir, name), value: await readFile(path.join(dir, name), 'utf8') })));
}

/**
 * Loads the catalogue and every template, for the site and the export.
 * Throws a ContentError naming every broken file rather than publish part of the library.
 */
export async function loadLibrary(root: string): Promise<Library> {
  const { catalog, files: dataFiles } = await loadCatalog(root);
  if (!catalog) throw new ContentError(dataFiles);
  const files = await readTemplateFiles(root);
  const templates: LetterEntry[] = [];
  for (const file of files) {
    const doc = parseTemplate(file, catalog);
    if (doc.tree && doc.frontmatter) {
      templates.push(letterEntry(catalog, composeLetter(doc.tree, doc.frontmatter, catalog), doc.frontmatter, path.relative(root, file.path)));
    }
  }
  const broken = files.filter((f) => f.messages.some((m) => m.fatal));
  if (broken.length > 0) throw new ContentError(broken);
  return { catalog, templates: sortLetters(catalog, templates) };
}
