import { z } from 'zod';

/** Lower-case words joined by hyphens: file names, stage ids, notice ids. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Use lower-case letters, digits and hyphens, e.g. "overdue-30"' });

/** Merge-field names are what writers type between {{ and }}. */
export const fieldName = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, { error: 'Use lower-case letters, digits and underscores, e.g. "due_date"' });

/** Dates in YAML arrive as strings (yaml) or Date objects (js-yaml, used by Astro); accept both. */
export const isoDate = z.union([
  z.date(),
  z.iso.date({ error: 'Write the date as YYYY-MM-DD, e.g. 2026-11-02' }).transform((s) => new Date(`${s}T00:00:00Z`)),
]);

export const nonEmptyText = z.string().trim().min(1, { error: 'Must not be empty' });
