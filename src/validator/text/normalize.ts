/**
 * Undoing the tricks that hide a word from a checker: characters one by one
 * (`normalizeChar`), look-alike letters word by word (`foldLookAlikes`),
 * both before the text is parsed, and words before phrases match.
 */
import skeletons from 'unhomoglyph/data.json' with { type: 'json' };

/**
 * Removed outright: default-ignorable code points (zero-width space and
 * joiners, soft hyphen, variation selectors, tag characters, Hangul fillers,
 * invisible operators) and bidi controls (embeddings, overrides, isolates,
 * marks), which a reader never sees but would split a word for the matcher.
 */
const invisible = /^[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]$/u;

/** Combining marks, stripped after compatibility decomposition: "ḃ̵ail" reads as "bail". */
const marks = /\p{M}/gu;

/**
 * Latin small capitals (Unicode names LATIN LETTER SMALL CAPITAL X), which
 * have no decomposition and mostly no entry in the confusables table, yet
 * read as the letter: "ᴘᴀʏ ɴᴏᴡ".
 */
const smallCapitals = new Map(['ᴀa', 'ʙb', 'ᴄc', 'ᴅd', 'ᴇe', 'ꜰf', 'ɢg', 'ʜh', 'ɪi', 'Ɪi', 'ᴊj', 'ᴋk', 'ʟl', 'ᴍm', 'ɴn', 'ᴏo', 'ᴘp', 'ꞯq', 'ʀr', 'ꜱs', 'ᴛt', 'ᴜu', 'ᴠv', 'ᴡw', 'ʏy', 'ᴢz'].map((pair) => [pair[0]!, pair[1]!]));

/**
 * Look-alikes for Latin letters, from Unicode's confusables table (UTS #39
 * confusables.txt, as shipped by the `unhomoglyph` package as
 * `{ [source]: skeleton }`). Only single non-ASCII code points are kept whose
 * skeleton, without combining marks, is one ASCII letter, an apostrophe or a
 * small capital ("ł" → "l̸" → "l", "τ" → "ᴛ" → "t"): the phrases are English,
 * so a look-alike only matters where it can pass for an English letter, and
 * longer skeletons ("m" → "rn") would change words rather than undo a
 * disguise.
 *
 * `always`: Latin-script variants, characters outside the BMP (mathematical,
 * Warang Citi…) and apostrophes, replaced wherever they stand.
 * `inWords`: letters of other scripts in the BMP (Cyrillic "о", Greek "Ι",
 * Armenian "օ"), replaced only where the word reads as English (see
 * `foldLookAlikes`), so "но" in a Russian name stays Russian.
 */
const { always, inWords } = (() => {
  const always = new Map<string, string>(smallCapitals);
  const inWords = new Map<string, string>();
  for (const [source, skeleton] of Object.entries(skeletons as Record<string, string>)) {
    if (source.length > 2 || source.codePointAt(0)! < 0x80 || [...source].length !== 1) continue;
    const bare = skeleton.replace(marks, '');
    const letter = /^[A-Za-z']$/.test(bare) ? bare : smallCapitals.get(bare);
    if (letter === undefined) continue;
    // The skeleton reads capital I as l; an upper-case look-alike (Greek Ι, Cyrillic І) stands for I.
    const target = letter === 'l' && /\p{Lu}/u.test(source) ? 'I' : letter;
    (letter === "'" || source.length === 2 || /\p{Script=Latin}/u.test(source) ? always : inWords).set(source, target);
  }
  // Greek κ and χ pass for k and x in running text, though UTS #39 gives κ the skeleton ĸ and χ none.
  inWords.set('κ', 'k').set('χ', 'x');
  return { always, inWords };
})();

/** Every non-ASCII character met so far, normalised: each distinct character is worked out once. */
const normalized = new Map<string, string>();

function normalizeOnce(char: string): string {
  if (invisible.test(char)) return '';
  const direct = always.get(char);
  if (direct !== undefined) return direct;
  // NFKD folds full-width, mathematical and other compatibility forms and splits off accents and overlays, which go;
  // NFC then puts back what decomposing split without a mark (Hangul syllables).
  const decomposed = char.normalize('NFKD').replace(marks, '');
  let out = '';
  for (const part of decomposed) out += invisible.test(part) ? '' : (always.get(part) ?? part);
  return out.normalize('NFC');
}

/**
 * Normalises one character (one code point): '' to drop it, otherwise its
 * replacement, one or more characters. ASCII is returned as it is, but for
 * its control characters. Letters
 * of other scripts that look Latin are left to `foldLookAlikes`, which sees
 * whole words.
 */
export function normalizeChar(char: string): string {
  const code = char.charCodeAt(0);
  // Control characters but tab and line breaks are dropped as the invisible ones are: "cus\u007Ftomers" reads "customers"
  // (the hidden-text rule reports them).
  if (code < 0x80) return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f ? '' : char;
  if (code <= 0x9f) return '';
  let out = normalized.get(char);
  if (out === undefined) {
    out = normalizeOnce(char);
    // Bounded, so text of every script at once cannot grow it without limit.
    if (normalized.size < 65536) normalized.set(char, out);
  }
  return out;
}

const hasLookAlike = new RegExp(`[${[...inWords.keys()].join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'u');
const words = /[\p{L}\p{N}]+/gu;

/** english: has a Latin letter; disguise: letters all look-alikes; foreign: other letters; undefined: no letters. */
type WordKind = 'english' | 'disguise' | 'foreign';

function kindOf(word: string): WordKind | undefined {
  let lookAlike = false;
  let foreign = false;
  for (const char of word) {
    const code = char.charCodeAt(0);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 'english';
    if (inWords.has(char)) lookAlike = true;
    else if (code >= 0x80 && /\p{L}/u.test(char)) foreign = true;
  }
  return foreign ? 'foreign' : lookAlike ? 'disguise' : undefined;
}

/**
 * Replaces letters of other scripts that look Latin with the Latin letters,
 * in text already put through `normalizeChar`, where a word reads as
 * English: it holds a Latin letter ("bаiliffs"), or it is all look-alikes
 * ("ог") and neither nearest other word is in another script. So "Pay now
 * ог else" is read in Latin letters, and "но" in Russian text stays Russian.
 * Every replaced character and its replacement are one UTF-16 unit, so the
 * result keeps the text's length and offsets.
 */
export function foldLookAlikes(text: string): string {
  if (!hasLookAlike.test(text)) return text;
  const found = [...text.matchAll(words)].map((match) => ({ start: match.index, word: match[0], kind: kindOf(match[0]) }));
  // Whether a word of another script is the nearest word before (then after) each one, skipping look-alike-only words.
  const foreignBefore: boolean[] = [];
  let foreign = false;
  for (const { kind } of found) {
    foreignBefore.push(foreign);
    if (kind === 'english' || kind === 'foreign') foreign = kind === 'foreign';
  }
  const fold: boolean[] = [];
  foreign = false;
  for (let i = found.length - 1; i >= 0; i--) {
    const { kind } = found[i]!;
    fold[i] = kind === 'english' || (kind === 'disguise' && !foreignBefore[i] && !foreign);
    if (kind === 'english' || kind === 'foreign') foreign = kind === 'foreign';
  }
  let out = '';
  let copied = 0;
  found.forEach(({ start, word }, i) => {
    if (!fold[i] || !hasLookAlike.test(word)) return;
    let folded = '';
    for (const char of word) folded += inWords.get(char) ?? char;
    out += text.slice(copied, start) + folded;
    copied = start + word.length;
  });
  return out + text.slice(copied);
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
