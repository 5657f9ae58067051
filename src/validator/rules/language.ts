import { englishReading, readsAsEnglish } from '../text/language.ts';
import type { DocumentRule } from '../types.ts';
import { loadPhraseData } from './phrase-rules.ts';

/**
 * A text in another language: the wording rules, the word lists and the tone model read English, so a threat in
 * French or German would pass them unseen. Said once, at the text's first word; the word lists leave such paragraphs
 * alone ("pénalités de retard" is no insult).
 */
export const language: DocumentRule = {
  meta: {
    id: 'language',
    name: 'Text in another language',
    description: 'A text in another language (more of its function words French, German, Spanish, Italian, Dutch or Portuguese than English), which the wording rules cannot check.',
    why: 'The checks read English only: harm written in another language would pass them unseen, so a person has to read it.',
    source: 'Handbook, Purpose and principles: every letter is checked before it is sent.',
    severity: 'warning',
    suppressible: true,
    scope: 'language',
    examples: {
      valid: [{ text: 'Invoice INV-2041 for £1,250.00 was due on 3 May. Please pay it by 17 May, or call me if there is a problem with it.' }],
      invalid: [
        {
          text: 'Malgré notre relance du 12 septembre, la facture F-24-0912 du 15 juillet reste impayée à ce jour. Nous vous prions de bien vouloir régler cette somme au plus tard le 15 octobre.',
          note: 'A reminder in French: read it, or have it read, before it is sent.',
        },
      ],
    },
  },
  check(context, report) {
    const tokens = context.words.tokens;
    const { words, english, foreign } = englishReading(tokens, loadPhraseData().otherLanguages);
    if (readsAsEnglish(words, english, foreign)) return;
    const first = tokens[0]!.first.position!;
    report({
      reason: `This text seems to be in a language other than English (${foreign} function words of another language, ${english} of English, in ${words} words); the checks read English only, so harm in another language would pass them unseen`,
      place: first.start,
      expected: ['Have the wording checked by someone who reads the language, or write the letter in English.'],
    });
  },
};
