import { cuss } from 'cuss';
import { equalityPatterns } from '#platform';
import pluralize from 'pluralize';
import type { PhraseEntry } from '../types.ts';
import type { Slot } from './pattern.ts';

/**
 * The word lists of retext-equality (inconsiderate wording, as alex uses it)
 * and cuss (profanity, as retext-profanities uses it), compiled into the
 * project's one-pass phrase matcher instead of searched phrase by phrase.
 */

export interface WordListEntry extends PhraseEntry {
  /** The phrase must appear in exactly this case ("Eskimo" as a word, not a verb). */
  caseSensitive?: string | undefined;
  /** Profanity: 2 is surely profane, 1 may be. */
  rating?: number | undefined;
  suggestions?: string[] | undefined;
  condition?: string | undefined;
  note?: string | undefined;
}

/** Hyphens and apostrophes are dropped from both sides, as nlcst-normalize does. */
export function plain(word: string): string {
  return word.toLowerCase().replace(/[-'’]/g, '');
}

function exactSlots(phrase: string): Slot[] {
  return phrase
    .split(/\s+/)
    .map((word) => ({ kind: 'word', stems: new Set<string>(), exact: new Set([plain(word)]), optional: false }) as Slot);
}

export function wordListEntries(allowedProfanity: readonly string[]): { slots: Slot[]; entry: WordListEntry }[] {
  const out: { slots: Slot[]; entry: WordListEntry }[] = [];
  for (const pattern of equalityPatterns) {
    for (const phrase of Object.keys(pattern.inconsiderate)) {
      out.push({
        slots: exactSlots(phrase),
        entry: {
          rule: 'equality',
          label: pattern.id,
          pattern: phrase,
          caseSensitive: phrase === phrase.toLowerCase() ? undefined : phrase,
          suggestions: pattern.considerate ? Object.keys(pattern.considerate) : undefined,
          condition: pattern.condition,
          note: pattern.note,
        },
      });
    }
  }
  const allowed = new Set(allowedProfanity.map(plain));
  const seen = new Set<string>();
  for (const [word, rating] of Object.entries(cuss)) {
    // An allowed word is allowed in every form: "flange" and "flanges".
    if (rating < 1 || allowed.has(plain(word))) continue;
    const singular = pluralize.singular(word);
    for (const form of new Set([word, singular, pluralize.plural(word)])) {
      const key = plain(form);
      if (allowed.has(key) || seen.has(key)) continue;
      seen.add(key);
      // Slang the list has only in the plural ("mams", "hooters", "knockers") names its sense in the plural; the singular
      // is mostly another word ("your mam's hip", a lorry's hooter, a door knocker), so it is only suspected (a warning).
      const derivedSingular = form === singular && form !== word && !(singular in cuss);
      out.push({ slots: exactSlots(form), entry: { rule: 'profanity', label: word, pattern: form, rating: derivedSingular ? Math.min(rating, 1) : rating } });
    }
  }
  return out;
}
