import { location } from 'vfile-location';
import { codePoint, hiddenCharacters } from '../../model/index.ts';
import type { DocumentRule } from '../types.ts';

/** Messages per file; past it, one more gives the count of the rest. */
const reportLimit = 10;

/** Text with each hidden character written out (`<U+202E>`), for a page that shows an example: the page must not reorder itself. */
export function showHidden(text: string): string {
  return text.replace(hiddenCharacters, (char) => `<${codePoint(char)}>`);
}

/**
 * Reports each character of a draft, template, chapter or notice that makes the text a reader sees differ from the
 * text stored (the model's `hiddenCharacters`): control characters, which editors and browsers mostly show as nothing,
 * and bidirectional embeddings, overrides and isolates, which reorder what is shown ("We will \u202Esremotsuc ruoy
 * llet\u202C" shows as "We will tell your customers"). The checker reads the stored order, so wording hidden this way
 * would pass every wording rule. One pass over the text.
 */
export const hiddenText: DocumentRule = {
  meta: {
    id: 'hidden-text',
    name: 'Hidden or reordered text',
    description: 'The text holds no control characters and no bidirectional embeddings, overrides or isolates.',
    why: 'They hide or reorder what the reader sees: a threat stored backwards inside a right-to-left override, or split by a control character, reads plainly on screen yet matches no wording rule.',
    source: 'Unicode Technical Report #36 (security considerations) and CVE-2021-42574 (Trojan Source); handbook, Worst practices we never use.',
    severity: 'error',
    suppressible: false,
    scope: 'language',
    examples: {
      valid: [
        { text: 'Please pay invoice 4410 by 3 May.' },
        { text: 'Our Dubai office (مكتب دبي) will send the statement.', note: 'Right-to-left script needs no override: the letters carry their own direction.' },
      ],
      invalid: [
        { text: 'Please pay by Friday. We will \u202Esremotsuc ruoy llet\u202C about the debt.', note: 'Shown as “we will tell your customers”, stored backwards.' },
        { text: 'We will tell your cus\u007Ftomers about the debt.', note: 'A DEL character, invisible in most editors, splits the word.' },
      ],
    },
  },
  check(context, report) {
    const source = String(context.file.value ?? '');
    if (source.search(hiddenCharacters) < 0) return;
    const place = location(context.file);
    let count = 0;
    for (const match of source.matchAll(hiddenCharacters)) {
      count++;
      if (count > reportLimit) continue;
      const start = place.toPoint(match.index);
      const end = place.toPoint(match.index + 1);
      report({
        reason: `Hidden character ${codePoint(match[0])} in the text: what is shown is not what is stored`,
        place: start && end ? { start, end } : undefined,
        actual: match[0],
        expected: ['Delete the character and retype the words around it.'],
      });
    }
    if (count > reportLimit) report({ reason: `${count - reportLimit} more hidden characters in this file`, expected: ['Delete every control and bidirectional override character.'] });
  },
};
