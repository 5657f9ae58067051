import { supposed } from '../text/clauses.ts';
import type { Token } from '../text/tokens.ts';
import { matchEndAt } from './matcher.ts';
import { isNegated, type NegationCues } from './negation.ts';
import type { Slot } from './pattern.ts';

const answers = new WeakMap<readonly Token[], Map<string, boolean>>();

/**
 * Whether a document states, as a fact, a phrase of the lexicon group `name`
 * (compiled as `phrases`): one that no condition supposes ("if judgment is
 * entered") and no negation denies ("no judgment has been entered"). A rule
 * group's `lawfulWhenStated` names such a group: its wording is lawful in a
 * letter that states the basis for it (the lexicon's `court-order`: "Judgment
 * was entered against you on 14 April" makes enforcement officers lawful;
 * `acting-for-client`: "We act for Glamorgan Worktops Ltd" makes a solicitor's
 * "LEGAL NOTICE" heading lawful). One pass over the tokens, answered once per
 * document and group.
 */
export function statesPhrase(tokens: readonly Token[], name: string, phrases: readonly Slot[][], cues: NegationCues): boolean {
  let byName = answers.get(tokens);
  if (!byName) answers.set(tokens, (byName = new Map()));
  let answer = byName.get(name);
  if (answer === undefined) {
    answer = false;
    for (let i = 0; i < tokens.length && !answer; i++) {
      const end = matchEndAt(phrases, tokens, i);
      answer = end !== undefined && !supposed(tokens, i, end) && !isNegated(tokens, i, end, cues, noWords, false);
    }
    byName.set(name, answer);
  }
  return answer;
}
const noWords: ReadonlySet<string> = new Set();
