import type { Token } from '../text/tokens.ts';
import { firstKeys, type Slot } from './pattern.ts';

export interface Match<T> {
  entry: T;
  /** Token range [start, end). */
  start: number;
  end: number;
}

type Continuation = (index: number) => number | undefined;

function slotMatches(slot: Extract<Slot, { kind: 'word' | 'field' }>, token: Token): boolean {
  if (slot.kind === 'field') return token.field === slot.name;
  if (token.field) return false;
  return slot.exact.has(token.text) || token.stems.some((s) => slot.stems.has(s));
}

/** Index keys a token can be looked up by. */
function keysOf(token: Token): string[] {
  return token.field ? [`f:${token.field}`] : [`w:${token.text}`, ...token.stems.map((s) => `s:${s}`)];
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
  } else {
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
export class PhraseMatcher<T> {
  private readonly index = new Map<string, { slots: Slot[]; entry: T }[]>();

  add(slots: Slot[], entry: T): void {
    for (const key of firstKeys(slots)) {
      let list = this.index.get(key);
      if (!list) this.index.set(key, (list = []));
      list.push({ slots, entry });
    }
  }

  /** All matches, at most one per entry per start token, in document order. */
  scan(tokens: readonly Token[]): Match<T>[] {
    const matches: Match<T>[] = [];
    for (let start = 0; start < tokens.length; start++) {
      const token = tokens[start]!;
      const seen = new Set<T>();
      for (const key of keysOf(token)) {
        for (const candidate of this.index.get(key) ?? []) {
          if (seen.has(candidate.entry)) continue;
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
