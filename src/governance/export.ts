import { z } from 'zod';
import { buildExport, exportSchema } from '../library/export.ts';
import type { Library, LetterEntry } from '../library/load.ts';
import { roles } from '../model/index.ts';
import type { FileVersion } from './history.ts';
import { isoDay } from './review.ts';

/**
 * The export with each template's governance (#14): its version, when its
 * text last changed (null when the build could not tell), its owner and its
 * review date. The same fields head each /templates/<id>.txt file.
 */
const governance = {
  version: z.string().regex(/^[0-9a-f]{8}$/).describe('Short hash of the letter text with {{field}} placeholders (white space counts as one space); changes exactly when the wording does'),
  lastChanged: z.iso.date().nullable().describe('The day (UTC) the text last changed (YYYY-MM-DD, from git); null when the site was built without the history to tell'),
  lastChangedCommit: z.string().nullable().describe('The commit that last changed the text; null when unknown'),
  owner: z.enum(roles).describe('The role that answers for the wording'),
  lastReviewed: z.iso.date().describe('The day the owner last reviewed the template (YYYY-MM-DD)'),
};

export const governedExportSchema = exportSchema.extend({
  templates: z.array(exportSchema.shape.templates.element.extend(governance)),
});

export type GovernedExport = z.infer<typeof governedExportSchema>;

export interface TemplateGovernance {
  version: string;
  lastChanged: string | null;
  lastChangedCommit: string | null;
  owner: LetterEntry['frontmatter']['owner'];
  lastReviewed: string;
}

export function templateGovernance(template: LetterEntry, version: FileVersion | undefined, currentVersion: string): TemplateGovernance {
  return {
    version: version?.version ?? currentVersion,
    // The UTC day, as the pages show it.
    lastChanged: version?.lastChanged ? isoDay(new Date(version.lastChanged.date)) : null,
    lastChangedCommit: version?.lastChanged?.hash ?? null,
    owner: template.frontmatter.owner,
    lastReviewed: isoDay(new Date(template.frontmatter.lastReviewed)),
  };
}

export function buildGovernedExport(library: Library, governanceOf: (template: LetterEntry) => TemplateGovernance): GovernedExport {
  const base = buildExport(library);
  return { ...base, templates: base.templates.map((t, i) => ({ ...t, ...governanceOf(library.templates[i]!) })) };
}

export function governedExportJsonSchema(): unknown {
  return z.toJSONSchema(governedExportSchema, { target: 'draft-2020-12' });
}

/**
 * The header of a template's .txt file: "Key: value" lines, then a blank
 * line, then the letter. An importer takes everything after the first blank line.
 */
export function textHeader(id: string, g: TemplateGovernance): string {
  return [`Template: ${id}`, `Version: ${g.version}`, `Last-Changed: ${g.lastChanged ?? 'unknown'}`, `Owner: ${g.owner}`, `Last-Reviewed: ${g.lastReviewed}`, '', ''].join('\n');
}
