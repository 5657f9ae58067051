import { supposed } from '../text/clauses.ts';
import type { Token } from '../text/tokens.ts';
import { matchEndAt } from './matcher.ts';
import { isNegated, type NegationCues } from './negation.ts';
import type { Slot } from './pattern.ts';

const stated = new WeakMap<readonly Token[], boolean>();

/**
 * Whether a document states, as a fact, that a court has ordered payment: a
 * phrase of the lexicon's `court-order` group ("Judgment was entered against
 * you on 14 April", "the court granted decree on 14 March", "the judgment
 * remains unpaid") that no condition supposes ("if judgment is entered") and
 * no negation denies ("no judgment has been entered"). Enforcement by the
 * court's officers and orders follows such an order lawfully (a group's
 * `courtOrdered`); without one it is a threat. One pass over the tokens,
 * answered once per document.
 */
export function statesCourtOrder(tokens: readonly Token[], courtOrder: readonly Slot[][], cues: NegationCues): boolean {
  let answer = stated.get(tokens);
  if (answer === undefined) {
    answer = false;
    for (let i = 0; i < tokens.length && !answer; i++) {
      const end = matchEndAt(courtOrder, tokens, i);
      answer = end !== undefined && !supposed(tokens, i, end) && !isNegated(tokens, i, end, cues, noWords, false);
    }
    stated.set(tokens, answer);
  }
  return answer;
}
const noWords: ReadonlySet<string> = new Set();
