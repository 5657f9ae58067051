import { z } from 'zod';
import { plainText, nonEmptyText, slug } from './common.ts';
import { jurisdictions } from './vocabulary.ts';

/** A reusable block of text that letters include by id (`content/notices.yaml`). */
export const noticeSchema = z.strictObject({
  id: slug,
  title: plainText,
  /** `all` applies everywhere; otherwise the notice is required only in templates used there. */
  jurisdiction: z.enum(['all', ...jurisdictions]),
  /** When the notice is required, in words; the machine rule is the ladder's `requires.notices`. */
  requiredWhen: plainText,
  /** Markdown with {{merge_fields}}. */
  text: nonEmptyText,
});

export const noticeListSchema = z.array(noticeSchema).min(1);

export type Notice = z.infer<typeof noticeSchema>;
