import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Catalog } from '../catalog/load.ts';
import { readFrontmatter } from '../document/frontmatter.ts';
import { parseDocument } from '../document/parse.ts';
import { chapterSchema, templateSchema, type Chapter, type TemplateFrontmatter, type TemplateSchema } from '../model/index.ts';

/** A template as the validator and the site both see it: parsed once. */
export interface TemplateDocument {
  file: VFile;
  /** Undefined when the frontmatter is invalid; problems are on `file`. */
  frontmatter?: TemplateFrontmatter | undefined;
  /** Undefined when the file does not parse. */
  tree?: Root | undefined;
}

export interface ChapterDocument {
  file: VFile;
  frontmatter?: Chapter | undefined;
  tree?: Root | undefined;
}

const schemas = new WeakMap<Catalog, TemplateSchema>();

/** The template schema for a catalogue's stages and notices, built once per catalogue. */
export function templateSchemaFor(catalog: Catalog): TemplateSchema {
  let schema = schemas.get(catalog);
  if (!schema) {
    schema = templateSchema({ stageIds: catalog.ladder.stages.map((s) => s.id), noticeIds: catalog.notices.map((n) => n.id) });
    schemas.set(catalog, schema);
  }
  return schema;
}

export function parseTemplate(file: VFile, catalog: Catalog): TemplateDocument {
  const tree = parseDocument(file, 'mdx');
  if (!tree) return { file };
  const schema = templateSchemaFor(catalog);
  const frontmatter = readFrontmatter(file, tree, { schema, keys: Object.keys(schema.shape), ruleId: 'frontmatter' });
  return { file, tree, frontmatter };
}

export function parseChapter(file: VFile): ChapterDocument {
  const tree = parseDocument(file, 'mdx');
  if (!tree) return { file };
  const frontmatter = readFrontmatter(file, tree, { schema: chapterSchema, keys: Object.keys(chapterSchema.shape), ruleId: 'frontmatter' });
  return { file, tree, frontmatter };
}
