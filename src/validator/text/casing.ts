import dictionary from 'dictionary-en';
import nspell from 'nspell';
import { calendar, functionWords } from './word-classes.ts';

/**
 * How a word written in capitals is written in running text, so a sentence
 * in capitals can be put in sentence case without lowercasing a name
 * ("SARAH JONES" is "Sarah Jones", not "sarah jones"):
 *
 * - `lower`: a common word (`INVOICE` → invoice);
 * - `name`: a name, written as the dictionary or the letter writes it
 *   (`JONES` → Jones, `O'BRIEN` → O'Brien, `FRIDAY` → Friday);
 * - `keep`: an acronym (`VAT`, `HMRC`);
 * - `undefined`: not known, or both a name and a word (`BILL`, `MAY`,
 *   `MARK`), or an acronym that is also a pronoun before a noun (`US
 *   DOLLARS`, `IT TEAM`): no safe casing, so the sentence is not re-cased.
 *
 * Evidence comes from the English Hunspell dictionary (dictionary-en, read
 * with nspell): its entries are written as the word is, so `Sarah` and
 * `sarah` are told apart, and its affix rules give inflected forms
 * (`QUOTED`, `INVOICES`). A word it does not know (a surname, a company) is
 * cased as the letter writes it elsewhere, if it does.
 */
export type Casing = { kind: 'lower' } | { kind: 'keep' } | { kind: 'name'; written: string };

/** A word as casing sees it: letters, with an apostrophe inside (`DON'T`, `SARAH'S`). */
export const casedWord = /\p{L}+(?:['’]\p{L}+)*/gu;

/** Short words in capitals that are names, not shouting, beyond the dictionary's: they stay in capitals. */
const acronyms = new Set('UK USA EU EEA VAT GST HST PST EIN TIN ID PO AR AP CEO CFO COO CTO LLC LLP LTD PLC INC GMBH SA BV NV AG BACS CHAPS ACH SEPA IBAN BIC SWIFT ABA PDF CSV FAQ HMRC IRS FCA CFPB FDCPA UCC ISO EFT ETA NET GMT BST UTC CET EST CST MST OK GDPR'.split(' '));

/** Words that do not follow the article "a": before them, A is a letter ("PLAN A OR PLAN B"). */
const notAfterArticle = new Set('and or but nor to of in on at by for from with is are was were be will would can could should must has have had do does did if then than as'.split(' '));

/** Titles before a name, written as they are before one (the dictionary also knows MS as a manuscript). */
const titles = new Map(['Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Sir', 'Dame'].map((t) => [t.toUpperCase(), t]));

/** Acronyms that are also pronouns: the country or the department after a determiner ("THE US OFFICE"), the pronoun before a function word or at the end ("PAY US NOW"). */
const pronounAcronyms = new Set(['US', 'IT']);
const determiners = new Set(['the', 'our', 'your', 'their', 'its', 'his', 'her', 'a', 'an', 'this', 'that']);

/** Words that end a company's name: the words before them are the name, cased as the company writes it. */
const companySuffixes = new Set(['ltd', 'limited', 'inc', 'incorporated', 'plc', 'llc', 'llp', 'gmbh', 'corp', 'corporation', 'co', 'sa', 'bv', 'nv', 'ag', 'pty']);

interface English {
  /** Whether the word in lower case is an English word (inflections included). */
  common(lower: string): boolean;
  /** Words the dictionary writes with a capital, by their lower case: names, days, months (`o'brien` → O'Brien). */
  names: Map<string, string>;
  /** Words the dictionary writes in capitals. */
  capitals: Set<string>;
}

let english: English | undefined;

/** The dictionary, read once on first use (about a third of a second): only a fix needs it. */
function loadEnglish(): English {
  if (english) return english;
  const spell = nspell(dictionary);
  const names = new Map<string, string>();
  const capitals = new Set<string>();
  for (const line of new TextDecoder().decode(dictionary.dic).split('\n')) {
    const stem = line.split('/', 1)[0]!.trim();
    if (!/^\p{Lu}/u.test(stem)) continue;
    if (stem.length > 1 && stem === stem.toUpperCase()) capitals.add(stem);
    else names.set(stem.toLowerCase(), stem);
  }
  english = { common: (lower) => spell.correct(lower), names, capitals };
  return english;
}

/** How the document writes its words outside capitals: in lower case, or with a capital in mid-sentence (by lower case, as written). */
export interface DocumentCasing {
  lower: Set<string>;
  capital: Map<string, string>;
}

/**
 * Reads how `text` writes each word: all in lower case, or with a capital
 * after another word (not at a sentence's or line's start, where any word
 * takes one). Frontmatter and headings (`#` lines) are skipped: they may be in title case.
 * Linear in the text.
 */
export function documentCasing(text: string): DocumentCasing {
  const lower = new Set<string>();
  const capital = new Map<string, string>();
  // Frontmatter and headings are skipped: titles may be in title case.
  const body = text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  for (const line of body.split('\n')) {
    if (/^\s*#/.test(line)) continue;
    for (const match of line.matchAll(casedWord)) {
      const word = match[0].replace(/’/g, "'");
      if (word === word.toLowerCase()) {
        lower.add(word);
        continue;
      }
      if (word.length < 2 || word === word.toUpperCase()) continue;
      // Mid-sentence: a letter, digit or comma before it on the line, past spaces and quotes.
      const before = line.slice(Math.max(0, match.index - 8), match.index).replace(/[\s"“‘'(*_]+$/, '');
      if (/[\p{L}\p{N},;]$/u.test(before)) capital.set(word.toLowerCase(), word);
    }
  }
  return { lower, capital };
}

/**
 * The casing of `word` (letters only, in capitals) in running text, or
 * undefined when it cannot be told safely. `previous` and `next` are the
 * words or numbers around it in the sentence ('' at its ends): a word that
 * is also a month is the month next to a number ("1 MAY", "MAY 1"), and
 * words before a company suffix ("GLOBAL WIDGETS LTD") are the company's.
 */
export function casingOf(word: string, document: DocumentCasing, previous = '', next = ''): Casing | undefined {
  // A letter alone is a label ("PLAN B", "APPENDIX C"), but for the article: A before a word.
  if (word.length === 1) return word === 'A' && /^\p{L}/u.test(next) && !notAfterArticle.has(next.toLowerCase()) ? { kind: 'lower' } : { kind: 'keep' };
  const lower = word.toLowerCase().replace(/’/g, "'");
  const nextLower = next.toLowerCase();
  if (pronounAcronyms.has(word)) {
    if (determiners.has(previous.toLowerCase())) return { kind: 'keep' };
    return next === '' || functionWords.has(nextLower) ? { kind: 'lower' } : undefined;
  }
  if (acronyms.has(word) || (/^[AP]M$/.test(word) && /\d$/.test(previous))) return { kind: 'keep' };
  const title = titles.get(word);
  if (title) return { kind: 'name', written: title };
  if (functionWords.has(lower)) return { kind: 'lower' };
  if (companySuffixes.has(nextLower)) return undefined;
  const { common, names, capitals } = loadEnglish();
  // A possessive is its noun's: SARAH'S is Sarah's.
  const stem = lower.replace(/'s$/, '');
  const name = names.get(stem);
  const asName = (written: string): Casing => ({ kind: 'name', written: written + lower.slice(stem.length) });
  if (name && calendar.has(stem) && (/\d/.test(previous) || /^\d/.test(next))) return asName(name);
  const isWord = common(lower) || (stem !== lower && common(stem));
  // A Roman numeral ("PHASE II", "CHAPTER VII"; not "CIVIL" or "ILL", which no numeral spells) stays as written.
  if (/^(?=[IVXLC]{2})C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(word)) return { kind: 'keep' };
  if (capitals.has(word)) return isWord || name ? undefined : { kind: 'keep' };
  if (name) return isWord ? undefined : asName(name);
  // A word the letter capitalises mid-sentence may be part of a name made of words ("Citizens Advice", "the Financial
  // Conduct Authority"): left for the writer.
  if (isWord) return document.capital.has(lower) ? undefined : { kind: 'lower' };
  // Unknown to the dictionary: as the letter writes it, if it does so one way only.
  const seenLower = document.lower.has(lower);
  const seenCapital = document.capital.get(lower);
  if (seenLower && !seenCapital) return { kind: 'lower' };
  if (seenCapital && !seenLower) return { kind: 'name', written: seenCapital };
  return undefined;
}
