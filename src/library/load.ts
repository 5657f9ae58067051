import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { loadCatalog, type Catalog } from '../catalog/load.ts';
import { composeLetter, fieldsUsed, renderLetter, sampleValues, type ComposedLetter, type RenderedLetter } from '../letters/index.ts';
import type { Field, Notice, Stage, TemplateFrontmatter } from '../model/index.ts';
import { resolveContent } from '../project.ts';
import { parseTemplate } from './template.ts';

/** A template ready for the site and the export. */
export interface LetterEntry {
  id: string;
  frontmatter: TemplateFrontmatter;
  /** Path relative to the project root. */
  sourcePath: string;
  stage: Stage;
  notices: Notice[];
  /** Catalogued fields the letter uses, in order of first use. */
  fields: Field[];
  placeholders: RenderedLetter;
  sample: RenderedLetter;
}

export interface Library {
  catalog: Catalog;
  /** Sorted by stage order on the ladder, then send day, then title. */
  templates: LetterEntry[];
}

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

/** A template as the site shows it, from its parsed form: composed with its notices and rendered both ways. */
export function letterEntry(catalog: Catalog, composed: ComposedLetter, frontmatter: TemplateFrontmatter, sourcePath: string): LetterEntry {
  const used = new Set(fieldsUsed(composed));
  return {
    id: frontmatter.id,
    frontmatter,
    sourcePath,
    stage: catalog.ladder.stages.find((s) => s.id === frontmatter.stage)!,
    notices: frontmatter.notices.map((id) => catalog.notices.find((n) => n.id === id)!),
    fields: catalog.fields.filter((f) => used.has(f.name)),
    placeholders: renderLetter(composed, catalog),
    sample: renderLetter(composed, catalog, sampleValues(catalog)),
  };
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

/** Library order: by stage on the ladder, then send day, then title. */
export function sortLetters(catalog: Catalog, templates: LetterEntry[]): LetterEntry[] {
  const stageOrder = new Map(catalog.ladder.stages.map((s, i) => [s.id, i]));
  return templates.sort(
    (a, b) =>
      stageOrder.get(a.stage.id)! - stageOrder.get(b.stage.id)! ||
      (a.frontmatter.sendOffsetDays ?? 0) - (b.frontmatter.sendOffsetDays ?? 0) ||
      a.frontmatter.title.localeCompare(b.frontmatter.title),
  );
}
