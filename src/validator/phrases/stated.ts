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

/** Per document and group: the earliest end and the latest start of the phrases stated (none: an empty span). */
const answers = new WeakMap<readonly Token[], Map<string, { firstEnd: number; lastStart: number }>>();

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
 * "LEGAL NOTICE" heading lawful). One pass over the tokens, once per document
 * and group.
 */
export function statesPhrase(tokens: readonly Token[], name: string, group: StatedGroup, cues: NegationCues, match?: { start: number; end: number }): boolean {
  let byName = answers.get(tokens);
  if (!byName) answers.set(tokens, (byName = new Map()));
  let stated = byName.get(name);
  if (stated === undefined) {
    // A phrase outside the match ends before it or starts after it: the earliest end and the latest start tell.
    stated = { firstEnd: Infinity, lastStart: -Infinity };
    for (let i = 0; i < tokens.length; i++) {
      const end = matchEndAt(group.phrases, tokens, i);
      if (end === undefined || supposed(tokens, i, end) || isNegated(tokens, i, end, cues, group.words, false)) continue;
      stated.firstEnd = Math.min(stated.firstEnd, end);
      stated.lastStart = i;
    }
    byName.set(name, stated);
  }
  if (!match) return stated.lastStart >= 0;
  return stated.firstEnd <= match.start || stated.lastStart >= match.end;
}

/** Per document and group: the sentences in which a phrase of the group is supposed. */
const supposedIn = new WeakMap<readonly Token[], Map<string, Set<number>>>();

/**
 * Whether the sentence of `match` supposes a phrase of the lexicon group
 * `name` (`group`) in a condition or time clause, or with a
 * modal under one ("if judgment is entered and not paid, …", "once the court
 * gives judgment, …"): the match is then explained as what may follow it. A rule
 * group's `lawfulWhenSupposed` names such a group. One pass over the tokens,
 * once per document and group.
 */
export function supposesPhrase(tokens: readonly Token[], name: string, group: StatedGroup, match: { start: number }): boolean {
  let byName = supposedIn.get(tokens);
  if (!byName) supposedIn.set(tokens, (byName = new Map()));
  let sentences = byName.get(name);
  if (!sentences) {
    sentences = new Set();
    for (let i = 0; i < tokens.length; i++) {
      const end = matchEndAt(group.phrases, tokens, i);
      if (end !== undefined && supposed(tokens, i, end)) sentences.add(tokens[i]!.sentence);
    }
    byName.set(name, sentences);
  }
  return sentences.has(tokens[match.start]!.sentence);
}
