import { supposed } from '../text/clauses.ts';
import type { Token } from '../text/tokens.ts';
import { matchEndAt } from './matcher.ts';
import { isNegated, type NegationCues } from './negation.ts';
import type { Slot } from './pattern.ts';

/** A lexicon group as a basis or setting is read: its phrases, and the words they name (a "not" named is part of a phrase). */
export interface StatedGroup {
  phrases: readonly Slot[][];
  words: ReadonlySet<string>;
}

/** Per document and group name: where the group's phrases occur, as [start, end) token ranges, in document order. */
const spans = new WeakMap<readonly Token[], Map<string, { start: number; end: number }[]>>();

/** Where a phrase of the lexicon group `name` (`group`) occurs in `tokens`: one pass over the tokens, once per document and group. */
export function spansOf(tokens: readonly Token[], name: string, group: StatedGroup): readonly { start: number; end: number }[] {
  return derived(spans, tokens, name, () => {
    const found: { start: number; end: number }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const end = matchEndAt(group.phrases, tokens, i);
      if (end !== undefined) found.push({ start: i, end });
    }
    return found;
  });
}

/** Whether a phrase of the lexicon group `name` (`group`) occurs anywhere in `tokens`, stated, supposed or denied. */
export function mentionsPhrase(tokens: readonly Token[], name: string, group: StatedGroup): boolean {
  return spansOf(tokens, name, group).length > 0;
}

/**
 * Whether a document states, as a fact, a phrase of the lexicon group `name`
 * (`group`): one that no condition supposes ("if judgment is entered") and no
 * negation outside the words it names denies ("no judgment has been entered";
 * "these were not sent by us" names its "not"), and,
 * given a claim of fact it would make lawful (`match`), that lies outside it:
 * "judgment has been entered" is no evidence of itself. A rule group's
 * `lawfulWhenStated` names such a group: its wording is lawful in a letter
 * that states the basis for it (the lexicon's `court-order`: "Judgment was
 * entered against you on 14 April" makes enforcement officers lawful;
 * `acting-for-client`: "We act for Glamorgan Worktops Ltd" makes a solicitor's
 * "LEGAL NOTICE" heading lawful).
 */
export function statesPhrase(tokens: readonly Token[], name: string, group: StatedGroup, cues: NegationCues, match?: { start: number; end: number }): boolean {
  const stated = derived(statedSpans, tokens, name, () => {
    // A phrase outside the match ends before it or starts after it: the earliest end and the latest start tell.
    const found = { firstEnd: Infinity, lastStart: -Infinity };
    for (const { start, end } of spansOf(tokens, name, group)) {
      if (supposed(tokens, start, end) || isNegated(tokens, start, end, cues, group.words, false)) continue;
      found.firstEnd = Math.min(found.firstEnd, end);
      found.lastStart = start;
    }
    return found;
  });
  if (!match) return stated.lastStart >= 0;
  return stated.firstEnd <= match.start || stated.lastStart >= match.end;
}

/**
 * Whether the sentence of `match` supposes a phrase of the lexicon group
 * `name` (`group`) in a condition or time clause, or with a modal under one
 * ("if judgment is entered and not paid, …", "once the court gives judgment,
 * …"): the match is then explained as what may follow it. A rule group's
 * `lawfulWhenSupposed` names such a group.
 */
export function supposesPhrase(tokens: readonly Token[], name: string, group: StatedGroup, match: { start: number }): boolean {
  const sentences = derived(supposedSentences, tokens, name, () => new Set(spansOf(tokens, name, group).filter(({ start, end }) => supposed(tokens, start, end)).map(({ start }) => tokens[start]!.sentence)));
  return sentences.has(tokens[match.start]!.sentence);
}

/** Per document and group: the earliest end and the latest start of the phrases stated (none: an empty span). */
const statedSpans = new WeakMap<readonly Token[], Map<string, { firstEnd: number; lastStart: number }>>();
/** Per document and group: the sentences in which a phrase of the group is supposed. */
const supposedSentences = new WeakMap<readonly Token[], Map<string, Set<number>>>();

/** `compute()`, kept per document and group name in `cache`: what a group's phrases tell is worked out once, not once per match. */
function derived<T>(cache: WeakMap<readonly Token[], Map<string, T>>, tokens: readonly Token[], name: string, compute: () => T): T {
  let byName = cache.get(tokens);
  if (!byName) cache.set(tokens, (byName = new Map()));
  let value = byName.get(name);
  if (value === undefined) byName.set(name, (value = compute()));
  return value;
}
