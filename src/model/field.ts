import { z } from 'zod';
import { fieldName, nonEmptyText } from './common.ts';
import { fieldFormats } from './vocabulary.ts';

/** One entry of the merge-field catalogue (`content/fields.yaml`). */
export const fieldSchema = z.strictObject({
  name: fieldName,
  label: nonEmptyText,
  description: nonEmptyText,
  format: z.enum(fieldFormats),
  example: nonEmptyText,
});

export const fieldCatalogueSchema = z.array(fieldSchema).min(1);

export type Field = z.infer<typeof fieldSchema>;
