import { z } from 'zod';
import { plainText, nonEmptyText, slug } from './common.ts';
import { channels, jurisdictions } from './vocabulary.ts';
import { reviewKeys } from './review.ts';

/**
 * Frontmatter of a template (`templates/*.mdx`). Stage and notice ids are
 * checked against the ladder and notice data, so the schema is built from
 * them: an unknown id fails with the list of allowed values.
 */
export function templateSchema(known: { stageIds: readonly string[]; noticeIds: readonly string[] }) {
  const stage = z.enum(known.stageIds as [string, ...string[]]);
  const notice = z.enum(known.noticeIds as [string, ...string[]]);
  const fields = {
    id: slug,
    title: plainText,
    /** When to use it, in one sentence. */
    summary: plainText,
    stage,
    channel: z.enum(channels),
    /** Days relative to the due date: -7 is a week before, 30 is thirty days late. */
    sendOffsetDays: z.int().min(-60).max(365).optional(),
    /** Email subject line; may contain {{merge_fields}}. */
    subject: nonEmptyText.optional(),
    // Each once: a letter "for the EU and the EU" is a slip the site would read as a letter for one place.
    jurisdictions: z.array(z.enum(jurisdictions)).min(1).refine((list) => new Set(list).size === list.length, { message: 'A jurisdiction is listed twice' }),
    /** Notices the letter includes, in order; `<Notice id="…" />` places one in the body. */
    notices: z.array(notice).default([]),
    /** Who answers for the wording, and when they last reviewed it (as for chapters). */
    ...reviewKeys,
  };
  // The checks across keys run whenever the keys they read are valid, so a wrong stage does not hide a missing subject.
  const crossChecked = z.object({ channel: fields.channel, subject: fields.subject, notices: fields.notices });
  return z
    .strictObject(fields)
    .superRefine((data, ctx) => {
      if (data.channel === 'email' && !data.subject) {
        ctx.addIssue({ code: 'custom', path: ['subject'], message: 'An email needs a subject line with the invoice number and amount' });
      }
      if (data.channel !== 'email' && data.subject) {
        ctx.addIssue({ code: 'custom', path: ['subject'], message: `Only emails have a subject line; remove it or set channel: email` });
      }
      if (new Set(data.notices).size !== data.notices.length) {
        ctx.addIssue({ code: 'custom', path: ['notices'], message: 'A notice is listed twice' });
      }
    }, { when: (payload) => crossChecked.safeParse(payload.value).success });
}

export type TemplateSchema = ReturnType<typeof templateSchema>;
export type TemplateFrontmatter = z.infer<TemplateSchema>;
