import { z } from 'zod';
import { plainText, fieldName } from './common.ts';
import { fieldFormats } from './vocabulary.ts';

/** One entry of the merge-field catalogue (`content/fields.yaml`). */
export const fieldSchema = z.strictObject({
  name: fieldName,
  label: plainText,
  description: plainText,
  format: z.enum(fieldFormats),
  example: plainText,
});

export const fieldCatalogueSchema = z.array(fieldSchema).min(1);

export type Field = z.infer<typeof fieldSchema>;
