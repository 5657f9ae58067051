import dictionary from 'dictionary-en';
import nspell from 'nspell';

/**
 * How a word written in capitals is written in running text, so a sentence
 * in capitals can be put in sentence case without lowercasing a name
 * ("SARAH JONES" is "Sarah Jones", not "sarah jones"):
 *
 * - `lower`: a common word (`INVOICE` → invoice);
 * - `capital`: a name (`JONES` → Jones, `FRIDAY` → Friday);
 * - `keep`: an acronym (`VAT`, `HMRC`);
 * - `undefined`: not known, or both a name and a word (`BILL`, `MAY`): no
 *   safe casing, so the sentence is not re-cased at all.
 *
 * Evidence comes first from the document itself (how it writes the word
 * elsewhere), then from the English Hunspell dictionary (dictionary-en, read
 * with nspell): its entries are written as the word is, so `Sarah` and
 * `sarah` are told apart, and its affix rules give inflected forms
 * (`QUOTED`, `INVOICES`).
 */
export type Casing = 'lower' | 'capital' | 'keep';

/** A word as casing sees it: letters, with an apostrophe inside (`DON'T`, `SARAH'S`). */
export const casedWord = /\p{L}+(?:['’]\p{L}+)*/gu;

/** Words of a closed class (articles, pronouns, prepositions, auxiliaries): never names in a letter, whatever the dictionary lists. */
const functionWords = new Set(
  'a an the and or but nor so yet if then than that this these those there here it its we our ours you your yours they them their he him his she her hers who whom whose which what when where why how is are was were be been being am do does did done have has had having will would shall should can could might must not no to of in on at by for from with within without into onto over under about after before until up down out off as all any each every some more most much many very now today again please also only just still already too'.split(
    ' ',
  ),
);

/** Short words in capitals that are names, not shouting, beyond the dictionary's: they stay in capitals. */
const acronyms = new Set('UK US USA EU EEA VAT GST HST PST EIN TIN ID PO AR AP CEO CFO COO CTO LLC LLP LTD PLC INC GMBH SA BV NV AG BACS CHAPS ACH SEPA IBAN BIC SWIFT ABA PDF CSV FAQ HMRC IRS FCA CFPB FDCPA UCC ISO EFT ETA NET IT'.split(' '));

interface English {
  /** Whether the word in lower case is an English word (inflections included). */
  common(lower: string): boolean;
  /** Words the dictionary writes with a capital (lower-cased): names, days, months. */
  names: Set<string>;
  /** Words the dictionary writes in capitals. */
  capitals: Set<string>;
}

let english: English | undefined;

/** The dictionary, read once on first use (about a third of a second): only a fix needs it. */
function loadEnglish(): English {
  if (english) return english;
  const spell = nspell(dictionary);
  const names = new Set<string>();
  const capitals = new Set<string>();
  for (const line of new TextDecoder().decode(dictionary.dic).split('\n')) {
    const stem = line.split('/', 1)[0]!.trim();
    if (!/^\p{Lu}/u.test(stem)) continue;
    if (stem.length > 1 && stem === stem.toUpperCase()) capitals.add(stem);
    else names.add(stem.toLowerCase());
  }
  english = { common: (lower) => spell.correct(lower), names, capitals };
  return english;
}

/** How the document writes its words outside capitals: in lower case, or with a capital in mid-sentence. */
export interface DocumentCasing {
  lower: Set<string>;
  capital: Set<string>;
}

/**
 * Reads how `text` writes each word: all in lower case, or with a capital
 * after another word (not at a sentence's or line's start, where any word
 * takes one). Headings (`#` lines) are skipped: they may be in title case.
 * Linear in the text.
 */
export function documentCasing(text: string): DocumentCasing {
  const lower = new Set<string>();
  const capital = new Set<string>();
  for (const line of text.split('\n')) {
    if (/^\s*#/.test(line)) continue;
    for (const match of line.matchAll(casedWord)) {
      const word = match[0].replace(/’/g, "'");
      if (word === word.toLowerCase()) {
        lower.add(word);
        continue;
      }
      if (word.length < 2 || word.slice(1) !== word.slice(1).toLowerCase()) continue;
      // Mid-sentence: a letter, digit or comma before it on the line, past spaces and quotes.
      const before = line.slice(Math.max(0, match.index - 8), match.index).replace(/[\s"“‘'(*_]+$/, '');
      if (/[\p{L}\p{N},;]$/u.test(before)) capital.add(word.toLowerCase());
    }
  }
  return { lower, capital };
}

/** Acronyms that are also pronouns: the country or the department after "the" ("THE US OFFICE"), the pronoun elsewhere ("PAY US NOW"). */
const pronounAcronyms = new Set(['US', 'IT']);

/**
 * The casing of `word` (letters only, in capitals) in running text, or
 * undefined when it cannot be told safely. `previous` is the word or number
 * before it in the sentence: after a number ("1 MAY") a word that is also a
 * month is the month.
 */
export function casingOf(word: string, document: DocumentCasing, previous = ''): Casing | undefined {
  if (word.length === 1) return word === 'I' ? 'keep' : 'lower';
  if (acronyms.has(word) && (!pronounAcronyms.has(word) || /^the$/i.test(previous))) return 'keep';
  const lower = word.toLowerCase().replace(/’/g, "'");
  const { common, names, capitals } = loadEnglish();
  // A possessive is its noun's: SARAH'S is Sarah's.
  const stem = lower.replace(/'s$/, '');
  if (/\d/.test(previous) && names.has(stem)) return 'capital';
  const seenLower = document.lower.has(lower);
  const seenCapital = document.capital.has(lower);
  if (seenLower !== seenCapital) return seenLower ? 'lower' : 'capital';
  if (functionWords.has(lower)) return 'lower';
  const isName = names.has(stem);
  const isWord = common(lower) || (stem !== lower && common(stem));
  if (isName !== isWord) return isName ? 'capital' : 'lower';
  if (!isName && capitals.has(word)) return 'keep';
  return undefined;
}
