import { z } from 'zod';
import { plainText, isoDate } from './common.ts';
import { roles } from './vocabulary.ts';

/** Frontmatter of a handbook chapter (`content/handbook/*.mdx`). */
export const chapterSchema = z.strictObject({
  title: plainText,
  summary: plainText,
  order: z.int().min(1),
  owner: z.enum(roles),
  lastReviewed: isoDate,
});

export type Chapter = z.infer<typeof chapterSchema>;
