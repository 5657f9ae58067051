import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './model/index.ts';
import { contentPaths } from './project.ts';

// Only the handbook goes through Astro's MDX compiler. Templates are never
// compiled: the letter library parses and renders them itself (src/library).
export const collections = {
  handbook: defineCollection({
    loader: glob({ base: `./${contentPaths.handbook}`, pattern: '*.mdx' }),
    schema: chapterSchema,
  }),
};
