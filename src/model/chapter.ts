import { z } from 'zod';
import { plainText } from './common.ts';
import { reviewKeys } from './review.ts';

/** Frontmatter of a handbook chapter (`content/handbook/*.mdx`). */
export const chapterSchema = z.strictObject({
  title: plainText,
  summary: plainText,
  order: z.int().min(1),
  ...reviewKeys,
});

export type Chapter = z.infer<typeof chapterSchema>;
