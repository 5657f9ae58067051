import { expandContraction } from '../text/normalize.ts';
import { stem } from '../text/tokens.ts';
import { functionWords } from '../text/word-classes.ts';

/**
 * Phrase patterns, as written in the rule data:
 *
 *   $we $will ... seize|repossess $your? $property
 *
 * - a word matches any inflection of it (stems are compared: seize, seized, seizing);
 * - `=word` matches exactly that word (for words whose stem is ambiguous: =lied);
 * - `word[pos]` matches the word only as that part of speech (`seized[verb]`),
 *   and `[pos]` any word of it (`[adp]`: a preposition); tags are Universal
 *   Dependencies': noun, propn, verb, aux, adj, adv, adp, pron, det, num, part, sconj, cconj;
 * - `[num>=7]` matches a number in digits, 7 or more (thousands separators
 *   and decimals read as the amount: "1,250.00" is 1250); `[hour<8]` and
 *   `[hour>=21]` a clock time before 8 am or from 9 pm ("at 6.45 tomorrow
 *   morning", "23:07", "10 pm"), read by chrono-node (text/clock.ts);
 * - `a|b|c` matches one of several words (each may be `=exact`);
 * - `(a b|c|$group)` matches one of several phrases;
 * - `{{name}}` matches the merge field `name`;
 * - `$name` matches any phrase of the lexicon group `name`;
 * - a trailing `?` makes a word or group optional;
 * - `...` skips up to seven words within the same sentence, `...3` up to three;
 * - `^` matches at the start of a clause (after punctuation or at the start of a sentence).
 */
export type Slot =
  | {
      kind: 'word';
      stems: ReadonlySet<string>;
      exact: ReadonlySet<string>;
      optional: boolean;
      pos?: string | undefined;
      any?: boolean | undefined;
      /** `[num>=N]`, `[hour>=N]`: the number or hour of the day is at least this. */
      atLeast?: number | undefined;
      /** `[hour<N]`: the hour of the day is before this. */
      below?: number | undefined;
    }
  | { kind: 'field'; name: string; optional: boolean }
  | { kind: 'group'; name: string; options: Slot[][]; optional: boolean }
  | { kind: 'gap'; max: number }
  | { kind: 'anchor' };

export type Lexicon = Readonly<Record<string, readonly string[]>>;

/** The Universal Dependencies tags wink-nlp gives (text/grammar.ts). */
const partsOfSpeech = new Set(['NOUN', 'PROPN', 'VERB', 'AUX', 'ADJ', 'ADV', 'ADP', 'PRON', 'DET', 'NUM', 'PART', 'SCONJ', 'CCONJ', 'INTJ', 'SYM', 'X']);

/** Index keys of a word slot: its stems and exact words, or its part of speech when it is any word of one. */
export function wordKeys(slot: Extract<Slot, { kind: 'word' }>): readonly string[] {
  let keys = wordKeysOf.get(slot);
  if (!keys) {
    keys = slot.any ? [`p:${slot.pos}`] : [...[...slot.stems].map((s) => `s:${s}`), ...[...slot.exact].map((w) => `w:${w}`)];
    wordKeysOf.set(slot, keys);
  }
  return keys;
}
// Computed once per slot: the matcher asks for a slot's keys each time it compiles a pattern that holds it.
const wordKeysOf = new WeakMap<Slot, readonly string[]>();

export class PatternError extends Error {}

/**
 * What one compiled pattern may cost. The matcher (matcher.ts) runs every
 * alternative of a pattern side by side, so checking a word costs at most the
 * pattern's states, and a match attempt lasts at most its longest match: text
 * cost stays linear whatever the data. These caps keep that constant small,
 * and stop a group that refers to other groups (`$a` = `$b $b`, `$b` =
 * `$c $c` …) from multiplying into millions of states. The largest patterns of
 * the shipped data have up to about 3,200 states, most of them the lexicon's
 * list of third parties, whose options a guard enters only where one can
 * begin; the longest spans 45 words.
 */
export const patternLimits = {
  /** States of the compiled pattern, with every `$group` and `(a|b)` written out. */
  states: 4000,
  /** Words the longest possible match spans, gaps included. */
  words: 120,
  /** Words one `...n` may skip. */
  gap: 12,
  /** `(…)` and `$group` inside one another; compiling recurses once per level. */
  nesting: 16,
} as const;

/** Upper bounds on the states and longest match of each group's options, shared across patterns. */
const optionCosts = new WeakMap<readonly Slot[][], { states: number; words: number }>();

/**
 * Upper bounds on the matcher states a pattern compiles to and the words its
 * longest match spans. Groups are measured once each (memoised), so this is
 * linear in the data even where the written-out pattern would not be.
 */
export function patternCost(slots: readonly Slot[]): { states: number; words: number } {
  let states = 0;
  let words = 0;
  for (const slot of slots) {
    if (slot.kind === 'anchor') states += 1;
    else if (slot.kind === 'gap') {
      states += 2 * slot.max;
      words += slot.max;
    } else if (slot.kind === 'word' || slot.kind === 'field') {
      states += 2;
      words += 1;
    } else {
      let cost = optionCosts.get(slot.options);
      if (!cost) {
        cost = { states: 0, words: 0 };
        for (const option of slot.options) {
          const inner = patternCost(option);
          cost.states += inner.states;
          cost.words = Math.max(cost.words, inner.words);
        }
        optionCosts.set(slot.options, cost);
      }
      states += cost.states + 3;
      words += cost.words;
    }
  }
  return { states, words };
}

function checkLimits(slots: readonly Slot[], pattern: string): void {
  const cost = patternCost(slots);
  if (cost.states > patternLimits.states) {
    throw new PatternError(
      `Pattern "${pattern}" expands to about ${cost.states} matcher states (the limit is ${patternLimits.states}): its $groups and (a|b) alternatives multiply. Split it into several shorter patterns, or use a group with fewer nested groups`,
    );
  }
  if (cost.words > patternLimits.words) {
    throw new PatternError(`Pattern "${pattern}" can match up to ${cost.words} words (the limit is ${patternLimits.words}); a phrase rule names a phrase, not a paragraph. Split it into shorter patterns`);
  }
}

/**
 * Compiles a pattern string; lexicon groups, and patterns written the same way
 * twice (a frame part such as `$third-party` shared by several frames), are
 * compiled once and shared, so the matcher tries each at a word once.
 */
export class PatternCompiler {
  private readonly groups = new Map<string, Slot[][]>();
  private readonly patterns = new Map<string, Slot[]>();
  private readonly compiling = new Set<string>();
  /**
   * Words, fields, gaps and anchors by their text, shared by every pattern that writes them: the compiled data is stored
   * and read back at each start (rules/phrase-rules.ts), and one "will" in three thousand patterns is a third of it.
   */
  private readonly pieces = new Map<string, Slot>();
  /** How deep the pattern being parsed is nested. */
  private depth = 0;

  private readonly lexicon: Lexicon;

  constructor(lexicon: Lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Compiles one pattern of the rule data. Throws a PatternError for a pattern
   * that does not parse, or whose compiled form would exceed `patternLimits`.
   */
  compile(pattern: string): Slot[] {
    const key = pattern.trim();
    let slots = this.patterns.get(key);
    if (!slots) {
      slots = this.parse(pattern);
      checkLimits(slots, pattern);
      this.patterns.set(key, slots);
    }
    return slots;
  }

  private parse(pattern: string): Slot[] {
    if (this.depth >= patternLimits.nesting) throw new PatternError(`Pattern "${pattern}" nests (…) and $groups more than ${patternLimits.nesting} levels deep; write it flatter`);
    this.depth++;
    let slots: Slot[];
    try {
      slots = splitTopLevel(pattern.trim(), ' ')
        .filter((piece) => piece !== '')
        .map((piece) => this.slot(piece, pattern));
    } finally {
      this.depth--;
    }
    const words = slots.filter((slot) => slot.kind !== 'anchor');
    if (words.length === 0 || words[0]!.kind === 'gap' || words[words.length - 1]!.kind === 'gap') {
      throw new PatternError(`Pattern "${pattern}" must start and end with a word or $group`);
    }
    if (words.every((slot) => slot.kind !== 'gap' && slot.optional)) throw new PatternError(`Pattern "${pattern}" has only optional parts`);
    return slots;
  }

  private slot(piece: string, pattern: string): Slot {
    const known = this.pieces.get(piece);
    if (known) return known;
    const slot = this.readSlot(piece, pattern);
    if (slot.kind !== 'group') this.pieces.set(piece, slot);
    return slot;
  }

  private readSlot(piece: string, pattern: string): Slot {
    const gap = /^\.\.\.(\d*)$/.exec(piece);
    if (gap) {
      const max = gap[1] ? Number(gap[1]) : 7;
      if (max > patternLimits.gap) throw new PatternError(`Pattern "${pattern}": "${piece}" skips more than ${patternLimits.gap} words; a phrase is read within a clause, so use ...${patternLimits.gap} or fewer`);
      return { kind: 'gap', max };
    }
    if (piece === '^') return { kind: 'anchor' };
    const optional = piece.endsWith('?');
    const body = optional ? piece.slice(0, -1) : piece;
    if (body.startsWith('(') && body.endsWith(')')) {
      const options = splitTopLevel(body.slice(1, -1), '|').map((option) => {
        if (!option.trim()) throw new PatternError(`Pattern "${pattern}": empty alternative in "${piece}"`);
        return this.parse(option);
      });
      return { kind: 'group', name: body, options, optional };
    }
    if (body.startsWith('$')) return { kind: 'group', name: body.slice(1), options: this.group(body.slice(1), pattern), optional };
    // Contractions read as the words they stand for, as they do in text: won't = will not.
    if (body.includes("'") && !body.includes('|')) {
      return { kind: 'group', name: body, options: [this.parse(expandContraction(body).join(' '))], optional };
    }
    const field = /^\{\{([a-z0-9_]+)\}\}$/.exec(body);
    if (field) return { kind: 'field', name: field[1]!, optional };
    const tagged = /^(.*)\[([a-z]+)(?:(>=|<)(\d{1,9}))?\]$/i.exec(body);
    const words = tagged ? tagged[1]! : body;
    const pos = tagged ? tagged[2]!.toUpperCase() : undefined;
    const compared = tagged?.[3] !== undefined;
    // [hour<8], [hour>=21]: a clock time (text/clock.ts), only ever compared.
    if (pos === 'HOUR' && (!compared || words !== '')) throw new PatternError(`Pattern "${pattern}": "${piece}" reads a clock time; write it as [hour<N] or [hour>=N] on its own`);
    if (pos !== undefined && pos !== 'HOUR' && !partsOfSpeech.has(pos)) throw new PatternError(`Pattern "${pattern}": "${piece}" names the part of speech "${tagged![2]}"; use one of ${[...partsOfSpeech].map((p) => p.toLowerCase()).join(', ')}, or hour`);
    // [num>=7]: a number written in digits, at least 7 ("called you 22 times"); numbers in words are listed as words.
    if (compared && ((pos !== 'NUM' && pos !== 'HOUR') || words !== '' || (pos === 'NUM' && tagged![3] !== '>='))) throw new PatternError(`Pattern "${pattern}": "${piece}" compares a number; write it as [num>=N], [hour<N] or [hour>=N] on its own`);
    const bound = compared ? Number(tagged![4]) : undefined;
    if (tagged && words === '') {
      const comparison = bound === undefined ? {} : tagged[3] === '<' ? { below: bound } : { atLeast: bound };
      return { kind: 'word', stems: new Set(), exact: new Set(), optional, pos, any: true, ...comparison };
    }
    if (!/^=?[a-z0-9-]+(\|=?[a-z0-9-]+)*$/i.test(words)) throw new PatternError(`Pattern "${pattern}": "${piece}" is not a word, a|b alternatives, =exact, word[pos], [pos], {{field}}, $group or ...`);
    const stems = new Set<string>();
    const exact = new Set<string>();
    for (const word of words.toLowerCase().split('|')) {
      if (word.startsWith('=')) exact.add(word.slice(1));
      else stems.add(stem(word));
    }
    return { kind: 'word', stems, exact, optional, pos };
  }

  private group(name: string, pattern: string): Slot[][] {
    const cached = this.groups.get(name);
    if (cached) return cached;
    const phrases = this.lexicon[name];
    if (!phrases) throw new PatternError(`Pattern "${pattern}" uses $${name}, which is not in the lexicon`);
    if (this.compiling.has(name)) throw new PatternError(`Lexicon group $${name} refers to itself`);
    this.compiling.add(name);
    let options: Slot[][];
    try {
      options = phrases.map((phrase) => this.parse(phrase));
    } finally {
      // A group that failed is not "still compiling" for the next pattern that uses it.
      this.compiling.delete(name);
    }
    this.groups.set(name, options);
    return options;
  }
}

/**
 * The words a pattern writes that can never be negation cues: each word that
 * stands alone, as an alternative or between gaps ("(won't|never)",
 * "...4 not ...1"), and each pair of words it writes side by side ("not
 * paying", "never trade"), in the pattern or in the lexicon groups it names
 * ("$urge" writes "why not"). A negation the pattern names is part of the
 * phrase where it stands in it, and a cue elsewhere ("failure to pay is not a
 * criminal offence"). Each group is read once per pattern. Worked out when a
 * match first asks, and kept per lexicon: most patterns never match.
 */
export function patternWords(pattern: string, lexicon: Lexicon): ReadonlySet<string> {
  let known = wordsByLexicon.get(lexicon);
  if (!known) wordsByLexicon.set(lexicon, (known = new Map()));
  let words = known.get(pattern);
  if (!words) known.set(pattern, (words = wordsOf(pattern, lexicon)));
  return words;
}
const wordsByLexicon = new WeakMap<Lexicon, Map<string, Set<string>>>();

/** A pattern's word without its syntax: `=`, `?` and `[pos]` are not part of the words. */
const bareWord = (word: string) => word.replace(/^=|\?$|\[[a-z]+\]$/g, '');

/**
 * Whether `pattern` itself writes a negation: a word of the lexicon's `negation` list, "cannot" or a contraction in n't,
 * in the pattern, or in every phrase of a lexicon group it names (`$not-releasing`, not `$until-paid`, one of whose
 * phrases, "… not before", is a negation beside others that are none).
 */
export function writesNegation(pattern: string, lexicon: Lexicon, groups = new Set<string>()): boolean {
  const negation = lexicon['negation'] ?? [];
  for (const part of pattern.toLowerCase().split(/[\s()|+]+/)) {
    const word = bareWord(part);
    if (negation.includes(word) || word === 'cannot' || word.endsWith("n't")) return true;
    const group = /^\$([a-z0-9-]+)$/.exec(word)?.[1];
    if (group && !groups.has(group)) {
      groups.add(group);
      const phrases = lexicon[group] ?? [];
      if (phrases.length > 0 && phrases.every((phrase) => writesNegation(phrase, lexicon, groups))) return true;
    }
  }
  return false;
}

function wordsOf(pattern: string, lexicon: Lexicon, words = new Set<string>(), groups = new Set<string>()): Set<string> {
  for (const piece of pattern.toLowerCase().split(/[()|]+/)) {
    const parts = piece.trim().split(/\s+/).map(bareWord);
    const word = (i: number) => /^[a-z]+$/.test(parts[i] ?? '');
    for (let i = 0; i < parts.length; i++) {
      const group = /^\$([a-z0-9-]+)$/.exec(parts[i]!)?.[1];
      if (group && !groups.has(group)) {
        groups.add(group);
        for (const phrase of lexicon[group] ?? []) wordsOf(phrase, lexicon, words, groups);
      }
      if (!word(i)) continue;
      // A word with no word beside it (alone, or between gaps: "...4 not ...1") stands alone.
      if (!word(i - 1) && !word(i + 1)) words.add(parts[i]!);
      if (word(i + 1)) words.add(`${parts[i]} ${parts[i + 1]}`);
    }
  }
  return words;
}

/**
 * Index keys a match of `slots` can begin with, for indexing patterns by
 * their first word: `s:stem`, `w:exact word` or `f:field name`.
 */
export function firstKeys(slots: readonly Slot[]): Set<string> {
  const keys = new Set<string>();
  for (const slot of slots) {
    if (slot.kind === 'anchor') continue;
    if (slot.kind === 'gap') break;
    if (slot.kind === 'word') for (const key of wordKeys(slot)) keys.add(key);
    else if (slot.kind === 'field') keys.add(`f:${slot.name}`);
    else for (const option of slot.options) for (const key of firstKeys(option)) keys.add(key);
    if (!slot.optional) break;
  }
  return keys;
}

/** Splits on `separator` outside parentheses; unbalanced parentheses are an error. */
function splitTopLevel(text: string, separator: ' ' | '|'): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (depth < 0) throw new PatternError(`Pattern "${text}" has an unmatched ")"`);
    const splits = separator === ' ' ? /\s/.test(char) : char === separator;
    if (splits && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  if (depth !== 0) throw new PatternError(`Pattern "${text}" has an unmatched "("`);
  parts.push(current);
  return parts.map((part) => part.trim());
}

/**
 * For each slot a match cannot skip, the index keys one of which must occur
 * in the sentence. A pattern whose requirement a sentence cannot meet is
 * never tried there: most patterns are ruled out by one lookup.
 */
export function requiredKeys(slots: readonly Slot[]): { keys: ReadonlySet<string> }[] {
  return slots.flatMap((slot) => {
    const keys = 'optional' in slot && slot.optional ? undefined : keysOfSlot(slot);
    return keys ? [{ keys }] : [];
  });
}

/**
 * How often a sentence offers a key, roughly: a part of speech nearly always,
 * a function word or a merge field often, any other word seldom. Used to
 * choose which required words to look for first; never changes what matches.
 */
function keyWeight(key: string): number {
  if (key.startsWith('p:')) return 1000;
  return key.startsWith('f:') || functionWords.has(key.slice(2)) ? 300 : 1;
}

/** The sum of `keys`' weights: how likely a sentence is to offer one of them; a set's is computed once. */
export function keysWeight(keys: Iterable<string>): number {
  const known = keys instanceof Set ? setWeights.get(keys) : undefined;
  if (known !== undefined) return known;
  let weight = 0;
  for (const key of keys) weight += keyWeight(key);
  if (keys instanceof Set) setWeights.set(keys, weight);
  return weight;
}
const setWeights = new WeakMap<ReadonlySet<string>, number>();

// Computed once per group and per word slot.
const groupKeys = new WeakMap<readonly Slot[][], ReadonlySet<string> | null>();
const wordKeySets = new WeakMap<Slot, ReadonlySet<string>>();

/**
 * The keys one of which a match of `slot` must read, or undefined when it can
 * match without a word (a gap, an anchor, a group with an option that can be
 * empty). A group needs one of its options, and each option its least likely
 * required slot: "(=sign|=signed (form|letter))" needs "sign" or "signed",
 * not "letter"; "(your|their) ...2 (suppliers|lenders)" needs "suppliers" or
 * "lenders", which few sentences have, rather than "your", which most do.
 */
export function keysOfSlot(slot: Slot): ReadonlySet<string> | undefined {
  if (slot.kind === 'word') {
    let keys = wordKeySets.get(slot);
    if (!keys) wordKeySets.set(slot, (keys = new Set(wordKeys(slot))));
    return keys;
  }
  if (slot.kind === 'field') return new Set([`f:${slot.name}`]);
  if (slot.kind !== 'group') return undefined;
  let keys = groupKeys.get(slot.options);
  if (keys === undefined) {
    const all = new Set<string>();
    for (const option of slot.options) {
      let rarest: ReadonlySet<string> | undefined;
      let rarestWeight = Infinity;
      for (const inner of option) {
        const innerKeys = 'optional' in inner && inner.optional ? undefined : keysOfSlot(inner);
        if (!innerKeys) continue;
        const weight = keysWeight(innerKeys);
        if (weight < rarestWeight) [rarest, rarestWeight] = [innerKeys, weight];
      }
      if (!rarest) {
        all.clear();
        break;
      }
      for (const key of rarest) all.add(key);
    }
    groupKeys.set(slot.options, (keys = all.size > 0 ? all : null));
  }
  return keys ?? undefined;
}
