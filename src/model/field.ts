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
  /** Names other AR systems and writers use for the field ({{invoice_no}}): "did you mean" offers the field for them. */
  aliases: z.array(fieldName).default([]),
});

export const fieldCatalogueSchema = z
  .array(fieldSchema)
  .min(1)
  .superRefine((fields, context) => {
    // An alias that is a field's name, or another field's alias, would make "did you mean" ambiguous.
    const names = new Set(fields.map((f) => f.name));
    const seen = new Map<string, string>();
    fields.forEach((field, i) =>
      field.aliases.forEach((alias, j) => {
        const owner = names.has(alias) ? alias : seen.get(alias);
        if (owner !== undefined) context.addIssue({ code: 'custom', path: [i, 'aliases', j], message: `"${alias}" is already ${names.has(alias) ? 'a field' : `an alias of ${owner}`}` });
        else seen.set(alias, field.name);
      }),
    );
  });

export type Field = z.infer<typeof fieldSchema>;
