/**
 * Undoing the tricks that hide a word from a checker, at two levels:
 * characters (before the text is parsed) and words (before phrases match).
 */

/** Zero-width and invisible formatting characters: removed outright. */
const invisible = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/;

/**
 * Letters from other scripts that look like Latin ones. Only lower- and
 * upper-case forms that are visually identical in common fonts.
 */
const lookAlikes: Record<string, string> = {
  // Cyrillic
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S',
  // Greek
  α: 'a', ο: 'o', ρ: 'p', ν: 'v', ι: 'i', κ: 'k', τ: 't', υ: 'u', χ: 'x',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  // Typographic apostrophes and quotes become plain ones so contractions parse alike.
  '\u2019': "'", '\u2018': "'", '\u02BC': "'",
};

/**
 * Normalises one character: '' to drop it, otherwise its replacement.
 * Full-width and other compatibility forms are folded by NFKC.
 */
export function normalizeChar(char: string): string {
  if (invisible.test(char)) return '';
  const mapped = lookAlikes[char];
  if (mapped !== undefined) return mapped;
  const code = char.codePointAt(0)!;
  return code < 0x80 ? char : char.normalize('NFKC');
}

const leet: Record<string, string[]> = {
  '4': ['a'], '@': ['a'], '3': ['e'], '1': ['i', 'l'], '!': ['i'], '0': ['o'], '5': ['s'], $: ['s'], '7': ['t'], '8': ['b'],
};

/**
 * Readings of a word written with digits or symbols for letters ("fr4ud",
 * "ja1l"). Only words that mix letters with such characters are read this
 * way, so "2026" and "4" stay numbers.
 */
export function deLeet(word: string): string[] {
  if (!/[a-z]/i.test(word) || !/[0-9@$!]/.test(word) || /^[0-9.,]+[a-z]{1,2}$/i.test(word)) return [];
  let readings = [''];
  for (const char of word.toLowerCase()) {
    const options = leet[char] ?? [char];
    readings = readings.flatMap((prefix) => options.map((option) => prefix + option));
    if (readings.length > 8) readings = readings.slice(0, 8);
  }
  return readings.filter((reading) => /^[a-z]+$/.test(reading));
}

/** Pronouns after which 's means "is" rather than a possessive. */
const isContractions = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'this', 'where', 'everything', 'nothing']);

/** Splits a contraction into the words it stands for: "won't" → will not. */
export function expandContraction(word: string): string[] {
  const lower = word.toLowerCase();
  if (lower === 'cannot') return ['can', 'not'];
  const negative = /^(.+)n't$/.exec(lower);
  if (negative) {
    const head = negative[1]!;
    return [head === 'wo' ? 'will' : head === 'ca' ? 'can' : head === 'sha' ? 'shall' : head, 'not'];
  }
  const match = /^(.+)'(ll|re|ve|d|m|s)$/.exec(lower);
  if (!match) return [lower.replace(/'/g, '')];
  const [, head, tail] = match as unknown as [string, string, string];
  const expansion: Record<string, string> = { ll: 'will', re: 'are', ve: 'have', d: 'would', m: 'am' };
  if (tail === 's') return isContractions.has(head) ? [head, 'is'] : [head];
  return [head, expansion[tail]!];
}
