import { functionWords } from './word-classes.ts';
import type { Token } from './tokens.ts';

/** Fewer words, or fewer function words of another language, than these tell nothing of a text's language. */
const minimumWords = 6;
const minimumForeign = 3;

interface Reading {
  /** Words, and function words of English and of the other languages named (`foreign`), in the whole text. */
  words: number;
  english: number;
  foreign: number;
  /** Paragraphs in another language. */
  foreignParagraphs: ReadonlySet<number>;
}
const readings = new WeakMap<readonly Token[], Reading>();

/**
 * How a text's function words divide between English and other languages (`foreign`: the lexicon's
 * `other-languages`), in the whole text and per paragraph; once per token list. English written in a telegraphic
 * style (a call log, a statement) has few function words of either kind, and stays English.
 */
export function englishReading(tokens: readonly Token[], foreign: ReadonlySet<string>): Reading {
  let reading = readings.get(tokens);
  if (!reading) {
    const perParagraph = new Map<number, [words: number, english: number, foreign: number]>();
    const total: [number, number, number] = [0, 0, 0];
    for (const token of tokens) {
      if (token.field || !/^\p{L}+$/u.test(token.text)) continue;
      const counts = perParagraph.get(token.paragraph) ?? perParagraph.set(token.paragraph, [0, 0, 0]).get(token.paragraph)!;
      for (const tally of [counts, total]) {
        tally[0]++;
        if (functionWords.has(token.text)) tally[1]++;
        else if (foreign.has(token.text)) tally[2]++;
      }
    }
    const foreignParagraphs = new Set([...perParagraph].filter(([, counts]) => !readsAsEnglish(...counts)).map(([paragraph]) => paragraph));
    readings.set(tokens, (reading = { words: total[0], english: total[1], foreign: total[2], foreignParagraphs }));
  }
  return reading;
}

/** Whether a text of `words` words, `english` and `foreign` of them function words, reads as English. */
export function readsAsEnglish(words: number, english: number, foreign: number): boolean {
  return words < minimumWords || foreign < minimumForeign || foreign <= english;
}
