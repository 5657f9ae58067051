import type { Token } from '../text/tokens.ts';
import type { Slot } from './pattern.ts';
import { matchesAnyAt } from './matcher.ts';

/**
 * Words a negation is not read across when looking back, besides clause breaks
 * (text/clauses.ts): "you have not paid and | bailiffs …". Subjects are not
 * among them: in "we would never tell you to …" the "never" is in the clause.
 */
const clauseWords = new Set(['if', 'unless', 'but', 'and', 'or', 'because', 'when', 'so', 'then', 'otherwise', 'until', 'before', 'after', 'while', 'although', 'though', 'however', 'which', 'who']);

const lookBack = 6;

/** Verbs that mark a clause of its own: a determiner negation ("no bailiffs, agents or court action") does not reach past them. */
const auxiliaries = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', 'do', 'does', 'did']);

/** Negations that scope over a list of nouns. */
const determiners = new Set(['no', 'neither', 'nor']);

/** Token `i` opens its clause, or follows "there is / are / will be": a noun phrase there is the subject. */
function subjectPosition(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !before || before.clause !== tokens[i]!.clause || before.lemma === 'be' || before.text === 'there';
}

export interface NegationCues {
  /** Single words that negate: not, no, never… */
  words: ReadonlySet<string>;
  /** Phrases starting with a negation word that are not negative: "not hesitate". */
  exceptions: readonly Slot[][];
  /** Phrases that negate the rest of their sentence: "we have no plans to …, … or …". */
  scopes: readonly Slot[][];
  /** Phrases that make what follows a question or report: "you asked whether we would …". */
  hypothetical: readonly Slot[][];
}

const subjects = new Set(['we', 'i', 'you', 'they', 'our', 'it', 'he', 'she']);

/** Words that start a new, positive clause, ending the reach of a negation scope. */
const scopeBreakers = new Set(['but', 'however', 'if', 'unless', 'otherwise', 'although', 'though', 'until']);

/**
 * For each token of a document, whether a negation scope or a hypothetical
 * earlier in its sentence still reaches it: one was found looking back with
 * no "but", "if" or new clause with its own subject in between. Computed once
 * per document in one pass, each token from the one before, instead of
 * looking back over the whole sentence for every match.
 */
const reaches = new WeakMap<readonly Token[], { cues: NegationCues; reach: Uint8Array }>();
function scopeReach(tokens: readonly Token[], cues: NegationCues): Uint8Array {
  const cached = reaches.get(tokens);
  if (cached?.cues === cues) return cached.reach;
  const reach = new Uint8Array(tokens.length);
  // A new clause with a subject of its own ends the reach: "when you had no way to pay for it | it is fraud".
  const newClause = (i: number) => (tokens[i]!.clauseStart || tokens[i]!.clause !== tokens[i - 1]!.clause) && subjects.has(tokens[i]!.text);
  for (let i = 1; i < tokens.length; i++) {
    const before = tokens[i - 1]!;
    if (before.sentence !== tokens[i]!.sentence || newClause(i) || scopeBreakers.has(before.text)) continue;
    if (reach[i - 1] || matchesAnyAt(cues.scopes, tokens, i - 1) || matchesAnyAt(cues.hypothetical, tokens, i - 1)) reach[i] = 1;
  }
  reaches.set(tokens, { cues, reach });
  return reach;
}

/**
 * Whether a match is negated: a negation word inside it, or shortly before it
 * in the same clause ("we have no plans to take legal action"). Words the
 * pattern itself names ("never trade again") are part of the phrase, and
 * phrases like "will not hesitate to" are not negations at all.
 */
export function isNegated(tokens: readonly Token[], start: number, end: number, cues: NegationCues, patternWords: ReadonlySet<string>, subjectFirst: boolean): boolean {
  const isCue = (i: number) => {
    const token = tokens[i]!;
    if (!cues.words.has(token.text) || patternWords.has(token.text)) return false;
    return !matchesAnyAt(cues.exceptions, tokens, i);
  };
  const clause = tokens[start]!.clause;
  // A negation inside the match counts only in the match's own clause: not in a condition ("we will, if you do not pay, sue")
  // or a relative clause ("keeping goods you cannot pay for is theft").
  for (let i = start; i < end; i++) if (tokens[i]!.clause === clause && isCue(i)) return true;
  const sentence = tokens[start]!.sentence;
  if (scopeReach(tokens, cues)[start]) return true;
  if (subjectFirst) return false;
  // Before the match, a negation reaches it only from within its own clause (clauses.ts). "No" negates its noun
  // phrase: past a verb it reaches the match only as the clause's subject ("no agent of ours will visit"), not
  // as an object ("placing an order when you had no way to pay for it is fraud").
  let verbBetween = false;
  for (let i = start - 1; i >= 0 && start - i <= lookBack; i--) {
    const token = tokens[i]!;
    if (token.sentence !== sentence || token.clause !== clause || clauseWords.has(token.text)) break;
    if (isCue(i) && (!verbBetween || !determiners.has(token.text) || subjectPosition(tokens, i))) return true;
    if (token.pos === 'VERB' || token.pos === 'AUX') verbBetween = true;
  }
  // "no bailiffs, enforcement agents or court action": a determiner negation over a list, with no verb in between.
  for (let i = start - 1; i >= 0 && start - i <= 10; i--) {
    const token = tokens[i]!;
    if (token.sentence !== sentence || token.clause !== clause || token.pos === 'VERB' || auxiliaries.has(token.text) || (clauseWords.has(token.text) && token.text !== 'and' && token.text !== 'or')) return false;
    if (determiners.has(token.text) && isCue(i)) return true;
  }
  return false;
}
