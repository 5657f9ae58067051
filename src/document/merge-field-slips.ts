/**
 * Merge fields typed with a slip of the braces: `{{due_date}`, `{due_date}}`,
 * `{ {due_date}}`, `{{{due_date}}}`, `{due_date}`, `{{due_date` left open, or
 * a name broken over two lines. `merge-field-syntax.ts` reads each as a field
 * so the validator can say, in a writer's words, what is wrong with it and
 * how to write it.
 */

/** Whether a field is written as it should be: two braces, a name on one line, two braces. */
export function wellFormed(written: string): boolean {
  return /^\{\{[^{}\r\n]*\}\}$/.test(written);
}

/**
 * The name between a field's braces, trimmed: `{ {due_date}` → `due_date`. A line break inside reads as a space, or
 * as nothing next to an underscore (`{{customer_⏎reference}}` is `customer_reference`).
 */
export function nameOf(written: string): string {
  return written.replace(/^[{\s]+|[}\s]+$/g, '').replace(/(_?)\s*[\r\n]+\s*(_?)/g, (_, before: string, after: string) => (before || after ? '_' : ' '));
}

/** How to write a field of `name`: `{{due_date}}`. */
export function asField(name: string): string {
  return `{{${name}}}`;
}

/**
 * What is wrong with the braces of `text`, a field that is not `wellFormed`:
 * "a closing brace is missing", "it has single braces", "it is not closed"…
 * joined with "and" when there is more than one slip.
 */
export function braceSlips(text: string): string {
  const opening = /^[{\s]*/.exec(text)![0];
  const closing = /[}\s]*$/.exec(text.slice(opening.length))![0];
  const open = opening.replace(/\s/g, '').length;
  const close = closing.replace(/\s/g, '').length;
  const slips: string[] = [];
  if (/\{\s+\{/.test(opening)) slips.push('a space parts its opening braces');
  if (open === 1 && close === 1) slips.push('it has single braces');
  else if (open > 2 && close > 2) slips.push('it has three braces on each side');
  else {
    if (open === 1) slips.push('an opening brace is missing');
    if (open > 2) slips.push('it has an opening brace too many');
    if (close === 0) slips.push('it is not closed');
    if (close === 1) slips.push('a closing brace is missing');
    if (close > 2) slips.push('it has a closing brace too many');
  }
  if (/[\r\n]/.test(text)) slips.push('a line break splits it (a field is written on one line)');
  return slips.join(' and ');
}

/**
 * Merge fields as other systems write them, found in a text: `[[due_date]]`, `<<due_date>>`, `%due_date%` (not «…»,
 * which are quotation marks). Each with its name, as written, and where it starts in `text`. A name is at most 64
 * characters, so one pass is linear.
 */
export function foreignFields(text: string): { name: string; written: string; index: number }[] {
  const found: { name: string; written: string; index: number }[] = [];
  for (const match of text.matchAll(/\[\[\s*([A-Za-z][\w .-]{0,63}?)\s*\]\]|<<\s*([A-Za-z][\w .-]{0,63}?)\s*>>|%([A-Za-z][\w.-]{0,63})%/g)) {
    found.push({ name: (match[1] ?? match[2] ?? match[3])!, written: match[0], index: match.index });
  }
  return found;
}
