import type { Catalog } from '../catalog/load.ts';
import { fieldsUsed, renderLetter, sampleValues, type ComposedLetter, type RenderedLetter } from '../letters/index.ts';
import type { Field, Notice, Stage, TemplateFrontmatter } from '../model/index.ts';

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
    sample: renderLetter(composed, catalog, sampleValues(catalog, catalog.ladder.stages.find((s) => s.id === frontmatter.stage), frontmatter.sendOffsetDays, used)),
  };
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
