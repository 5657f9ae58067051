import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { chapterSchema } from './model/index.ts';
import { contentPaths } from './project.ts';

/**
 * Under `astro dev`, a chapter whose frontmatter is broken still renders, with
 * placeholders for the broken values, while every page's banner shows the
 * validator's report: one bad chapter must not stop the whole dev server. A
 * build never gets here with broken content (the validator stops it first).
 */
const { shape } = chapterSchema;
const forgivingChapterSchema = z.object({
  title: shape.title.catch('Untitled chapter (see the problems listed above)'),
  summary: shape.summary.catch(''),
  order: shape.order.catch(999),
  owner: shape.owner.catch('ar-specialist'),
  lastReviewed: shape.lastReviewed.catch(new Date(0)),
});

// Only the handbook goes through Astro's MDX compiler. Templates are never
// compiled: the letter library parses and renders them itself (src/library).
export const collections = {
  handbook: defineCollection({
    loader: glob({ base: `./${contentPaths.handbook}`, pattern: '*.mdx' }),
    schema: import.meta.env.DEV ? forgivingChapterSchema : chapterSchema,
  }),
};
