import type { Token } from '../text/tokens.ts';
import { firstKeys, requiredKeys, type Slot } from './pattern.ts';

export interface Match<T> {
  entry: T;
  /** Token range [start, end). */
  start: number;
  end: number;
}

type Continuation = (index: number) => number | undefined;

/** Keys a group's match can start with, or null if it can start anywhere; computed once per group. */
const groupStarts = new WeakMap<Slot, Set<string> | null>();
function startsOf(slot: Extract<Slot, { kind: 'group' }>): Set<string> | null {
  let starts = groupStarts.get(slot);
  if (starts === undefined) {
    const canBeEmpty = slot.options.some((option) => option.every((s) => s.kind === 'gap' || s.kind === 'anchor' || s.optional));
    starts = canBeEmpty ? null : new Set(slot.options.flatMap((option) => [...firstKeys(option)]));
    groupStarts.set(slot, starts);
  }
  return starts;
}

function slotMatches(slot: Extract<Slot, { kind: 'word' | 'field' }>, token: Token): boolean {
  if (slot.kind === 'field') return token.field === slot.name;
  if (token.field) return false;
  return slot.exact.has(token.text) || slot.exact.has(token.plain) || token.stems.some((s) => slot.stems.has(s));
}

function canStart(slot: Extract<Slot, { kind: 'group' }>, token: Token): boolean {
  const starts = startsOf(slot);
  return starts === null || keysOf(token).some((key) => starts.has(key));
}

function keysOf(token: Token): string[] {
  return token.keys;
}

/** Tries to match `slots` from token `index`, never leaving `sentence`; returns the end of the first full match. */
function matchSlots(slots: readonly Slot[], at: number, tokens: readonly Token[], index: number, sentence: number, next: Continuation): number | undefined {
  if (at === slots.length) return next(index);
  const slot = slots[at]!;
  const inSentence = (i: number) => i < tokens.length && tokens[i]!.sentence === sentence;
  if (slot.kind === 'anchor') return inSentence(index) && tokens[index]!.clauseStart ? matchSlots(slots, at + 1, tokens, index, sentence, next) : undefined;
  if (slot.kind === 'gap') {
    for (let skip = 0; skip <= slot.max; skip++) {
      if (skip > 0 && !inSentence(index + skip - 1)) break;
      const end = matchSlots(slots, at + 1, tokens, index + skip, sentence, next);
      if (end !== undefined) return end;
    }
    return undefined;
  }
  if (slot.kind === 'word' || slot.kind === 'field') {
    if (inSentence(index) && slotMatches(slot, tokens[index]!)) {
      const end = matchSlots(slots, at + 1, tokens, index + 1, sentence, next);
      if (end !== undefined) return end;
    }
  } else if (startsOf(slot) === null || (inSentence(index) && canStart(slot, tokens[index]!))) {
    for (const option of slot.options) {
      const end = matchSlots(option, 0, tokens, index, sentence, (after) => matchSlots(slots, at + 1, tokens, after, sentence, next));
      if (end !== undefined) return end;
    }
  }
  return slot.optional ? matchSlots(slots, at + 1, tokens, index, sentence, next) : undefined;
}

/** Whether `slots` match starting exactly at token `index`. */
export function matchesAt(slots: readonly Slot[], tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return token !== undefined && matchSlots(slots, 0, tokens, index, token.sentence, (i) => i) !== undefined;
}

/**
 * Every pattern of every rule, indexed by the stems a match can start with,
 * so the words of a document are walked once for all rules together.
 */
interface Candidate<T> {
  slots: Slot[];
  entry: T;
  requires: Set<string>[];
}

export class PhraseMatcher<T> {
  private readonly index = new Map<string, Candidate<T>[]>();

  add(slots: Slot[], entry: T): void {
    const candidate = { slots, entry, requires: requiredKeys(slots) };
    for (const key of firstKeys(slots)) {
      let list = this.index.get(key);
      if (!list) this.index.set(key, (list = []));
      list.push(candidate);
    }
  }

  /** All matches, at most one per entry per start token, in document order. */
  scan(tokens: readonly Token[]): Match<T>[] {
    const matches: Match<T>[] = [];
    let sentence = -1;
    let present = new Set<string>();
    let possible = new Map<Candidate<T>, boolean>();
    for (let start = 0; start < tokens.length; start++) {
      const token = tokens[start]!;
      if (token.sentence !== sentence) {
        // Every key the sentence offers, to rule out patterns that need a word it lacks.
        sentence = token.sentence;
        present = new Set();
        for (let i = start; i < tokens.length && tokens[i]!.sentence === sentence; i++) for (const key of keysOf(tokens[i]!)) present.add(key);
        possible = new Map();
      }
      const seen = new Set<T>();
      for (const key of keysOf(token)) {
        for (const candidate of this.index.get(key) ?? []) {
          if (seen.has(candidate.entry)) continue;
          let can = possible.get(candidate);
          if (can === undefined) {
            can = candidate.requires.every((keys) => {
              // Walk whichever set is smaller: a sentence offers a few dozen keys, a word group may hold hundreds.
              if (keys.size <= present.size) {
                for (const k of keys) if (present.has(k)) return true;
              } else {
                for (const k of present) if (keys.has(k)) return true;
              }
              return false;
            });
            possible.set(candidate, can);
          }
          if (!can) continue;
          const end = matchSlots(candidate.slots, 0, tokens, start, token.sentence, (i) => i);
          if (end !== undefined && end > start) {
            seen.add(candidate.entry);
            matches.push({ entry: candidate.entry, start, end });
          }
        }
      }
    }
    return matches;
  }
}
