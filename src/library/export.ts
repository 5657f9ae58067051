import { z } from 'zod';
import { channels, escalationTopics, fieldSchema, jurisdictions } from '../model/index.ts';
import type { Library } from './load.ts';

/**
 * The export AR systems import: every template's metadata and its plain-text
 * body with {{field}} placeholders. Published as /templates.json, with its
 * JSON Schema at /templates.schema.json.
 */
export const exportSchema = z.strictObject({
  formatVersion: z.literal(1),
  /** Fewest days between two automated messages about one invoice. */
  minimumGapDays: z.int(),
  fields: z.array(fieldSchema),
  templates: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      summary: z.string(),
      stage: z.strictObject({
        id: z.string(),
        name: z.string(),
        kind: z.enum(['step', 'side']),
        sequence: z.enum(['continue', 'pause', 'stop']),
        mayMention: z.array(z.enum(escalationTopics)),
      }),
      channel: z.enum(channels),
      sendOffsetDays: z.int().nullable(),
      jurisdictions: z.array(z.enum(jurisdictions)),
      subject: z.string().nullable().describe('Email subject with {{field}} placeholders; null for other channels'),
      notices: z.array(z.string()).describe('Ids of the notices included, in order'),
      fields: z.array(z.string()).describe('Names of the merge fields used, in order of first use'),
      text: z.string().describe('The whole message as plain text with {{field}} placeholders'),
      page: z.string().describe('Path of the template page, relative to the site root'),
    }),
  ),
});

export type LibraryExport = z.infer<typeof exportSchema>;

export function buildExport(library: Library): LibraryExport {
  return {
    formatVersion: 1,
    minimumGapDays: library.catalog.ladder.minimumGapDays,
    fields: library.catalog.fields,
    templates: library.templates.map((t) => ({
      id: t.id,
      title: t.frontmatter.title,
      summary: t.frontmatter.summary,
      stage: { id: t.stage.id, name: t.stage.name, kind: t.stage.kind, sequence: t.stage.sequence, mayMention: t.stage.mayMention },
      channel: t.frontmatter.channel,
      sendOffsetDays: t.frontmatter.sendOffsetDays ?? null,
      jurisdictions: t.frontmatter.jurisdictions,
      subject: t.frontmatter.subject ?? null,
      notices: t.notices.map((n) => n.id),
      fields: t.fields.map((f) => f.name),
      text: t.placeholders.text,
      page: `templates/${t.id}/`,
    })),
  };
}

export function exportJsonSchema(): unknown {
  return z.toJSONSchema(exportSchema, { target: 'draft-2020-12' });
}
