import { auxiliaries, isVerb, pronounAndVerbAt } from '../text/clauses.ts';
import type { Token } from '../text/tokens.ts';
import { articles } from '../text/word-classes.ts';
import type { Slot } from './pattern.ts';
import { matchEndAt, matchesAnyAt } from './matcher.ts';

/**
 * Words a negation is not read across when looking back, besides clause breaks
 * (text/clauses.ts): "you have not paid and | bailiffs …". Subjects are not
 * among them: in "we would never tell you to …" the "never" is in the clause.
 */
const clauseWords = new Set(['if', 'unless', 'but', 'and', 'or', 'because', 'when', 'so', 'then', 'otherwise', 'until', 'before', 'after', 'while', 'although', 'though', 'however', 'which', 'who']);

const lookBack = 6;

/** The copula in every form, the tagger leaving some unlemmatised ("you're", "being"). */
const copula: ReadonlySet<string> = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Negations that scope over a list of nouns. */
const determiners = new Set(['no', 'neither', 'nor']);

/**
 * Token `k` is "and" or "but" opening a second verb phrase of its clause, which
 * has its own auxiliary: "we have not been paid | and will now inform your
 * bank". What was negated before it is not negated after it.
 */
function opensVerbPhrase(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]!.text;
  if (word !== 'and' && word !== 'but') return false;
  // Up to three words of an adverbial first: "and, frankly, will", "and from tomorrow will".
  for (let next = k + 1; next <= k + 4; next++) {
    const token = tokens[next];
    if (!token || token.clause !== tokens[k]!.clause) return false;
    if (token.pos === 'AUX' || auxiliaries.has(token.text)) return true;
    if (!adverbial.has(token.pos)) return false;
  }
  return false;
}
const adverbial = new Set(['ADV', 'ADP', 'NOUN', 'NUM', 'PART']);

/**
 * Token `k` is "or" or "nor" joining a second bare verb to a verb phrase: "we
 * don't share your account with other suppliers | or put anyone on a list".
 * A negation of the first verb phrase negates the second too (neither is done);
 * "or" with a subject of its own ("or we will tell …") opens a clause instead.
 */
function joinsVerb(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]!.text;
  if (word !== 'or' && word !== 'nor') return false;
  const token = tokens[k + 1];
  if (!token || token.clause !== tokens[k]!.clause) return false;
  // The tagger reads some verbs there as nouns ("or post anything about you"): an object right after says verb.
  const object = tokens[k + 2]?.pos;
  return token.pos === 'VERB' || (token.pos === 'NOUN' && (object === 'PRON' || object === 'DET'));
}

/**
 * Token `i` opens its clause, follows a comma after an opening phrase ("to be clear, | no one from our company will
 * visit"), a subordinating word ("as | a fee was not agreed") or "there is / are / will be": a noun phrase there is the
 * subject.
 */
function subjectPosition(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  // (After a subordinating word too: "as | a reminder fee was not agreed in our contract, we have not charged one".)
  return !before || before.clause !== tokens[i]!.clause || tokens[i]!.punctuation.includes(',') || before.lemma === 'be' || before.text === 'there' || (openingConjunctions.has(before.text) && (i < 2 || tokens[i - 2]!.clause !== before.clause));
}
/** Words opening a clause whose subject follows them (the tagger reads "as" there as a preposition). */
const openingConjunctions = new Set(['as', 'since', 'because', 'although', 'though', 'whereas', 'while', 'whilst']);

export interface NegationCues {
  /** Single words that negate: not, no, never… */
  words: ReadonlySet<string>;
  /** Phrases starting with a negation word that are not negative: "not hesitate". */
  exceptions: readonly Slot[][];
  /** Phrases that negate the rest of their sentence: "we have no plans to …, … or …". */
  scopes: readonly Slot[][];
  /** Phrases that make what follows a question or report: "you asked whether we would …". */
  hypothetical: readonly Slot[][];
  /** The writer's regret for their own words, which withdraws what follows: "I shouldn't have said …". */
  regrets: readonly Slot[][];
  /** Phrases after a step, later in its sentence, that deny it: "some people name and shame on Facebook, I'm not going to do that". */
  retractions: readonly Slot[][];
  /** Words of a condition about paying or answering, which makes a negated step a threat ("… unless you pay"). */
  conditions: ReadonlySet<string>;
  /** The writer's own earlier words, reported ("I wrote that …"), and an error admitted after them ("That was wrong"). */
  ownPastWording: readonly Slot[][];
  errorAdmissions: readonly Slot[][];
}

const subjects = new Set(['we', 'i', 'you', 'they', 'our', 'it', 'he', 'she']);

/** Verbs of saying, whose object a colon may announce ("never say, write or imply: …"). */
const sayingVerbs = new Set(['say', 'write', 'imply', 'suggest', 'mention', 'claim', 'state', 'tell', 'threaten', 'hint', 'use', 'promise', 'print', 'send']);

/**
 * Words of thinking or feeling whose complement clause may come without "that": "he was worried | we might contact your
 * client", "I don't think | we will need to". A negation or a report before them reaches into it.
 */
const thinkingWords = new Set(['think', 'thought', 'believe', 'believed', 'know', 'knew', 'hope', 'hoped', 'fear', 'feared', 'worried', 'concerned', 'afraid', 'anxious', 'sure', 'suspect', 'suspected', 'expect', 'expected', 'imagine', 'imagined']);

/** Whether a negation exception opens at any token from `from` up to (not including) `to`: a scope's few words. */
function exceptionFrom(tokens: readonly Token[], from: number, to: number, cues: NegationCues): boolean {
  for (let k = from; k < to; k++) if (matchesAnyAt(cues.exceptions, tokens, k)) return true;
  return false;
}

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
/**
 * For each token: 1 when a negation scope reaches it, 2 when a hypothetical
 * (a question, report or denial: "whether", "we deny that") does, 3 both;
 * 4 besides where the scope reaches over a colon (what a denied "say" announces);
 * 8 besides where the hypothetical is the writer's regret ("I shouldn't have said").
 */
function scopeReach(tokens: readonly Token[], cues: NegationCues): Uint8Array {
  const cached = reaches.get(tokens);
  if (cached?.cues === cues) return cached.reach;
  const reach = new Uint8Array(tokens.length);
  // A new clause ends the reach ("this will not be forgotten: | the bailiffs are coming"; "when you had no way to pay
  // for it | it is fraud"); a list after a comma is the same clause ("no plans to sue, refer the account or stop supply").
  // A complement clause ("we have no intention of saying | that …", "only state | that …", "nobody is suggesting | you
  // are …") is still within reach.
  const complement = (i: number) => tokens[i]!.text === 'that' || sayingVerbs.has(tokens[i - 1]!.lemma) || (thinkingWords.has(tokens[i - 1]!.text) && tokens[i]!.punctuation === '');
  const newClause = (i: number) => !complement(i) && (tokens[i]!.clause !== tokens[i - 1]!.clause || (tokens[i]!.clauseStart && subjects.has(tokens[i]!.text)));
  // A scope reaches from its last word on: a pattern that writes the negation itself and starts inside the scope
  // ("will | not be responsible for what my lads do") is the phrase, not a step the scope denies.
  const scopeEnds = new Uint8Array(tokens.length + 1);
  for (let i = 1; i < tokens.length; i++) {
    const before = tokens[i - 1]!;
    const scopeEnd = matchEndAt(cues.scopes, tokens, i - 1);
    // A scope the negation exceptions take in is none: "ordering goods with no intention of paying | is obtaining property
    // by deception" describes the customer, and "you will not be able to stop us" asserts what follows. An exception may
    // open on the word before the scope or on any of its words (the scope "will not be", the exception "not be able to stop").
    if (scopeEnd !== undefined && !exceptionFrom(tokens, Math.max(0, i - 2), scopeEnd, cues)) scopeEnds[scopeEnd] = 1;
    if (before.sentence !== tokens[i]!.sentence || scopeBreakers.has(before.text)) continue;
    // A colon after a denied verb of saying announces what is not said: "staff must never say, write or imply: | '…',
    // '…', or that non-payment is a crime". Its list, quoted clauses and all, is within reach to the end of the sentence;
    // a subject of the writer's own starts a statement ("never say it is closed: | we will send …").
    const ownSubject = tokens[i]!.clauseStart && subjects.has(tokens[i]!.text) && !tokens[i]!.quoted && !tokens[i]!.mention;
    if (!ownSubject && ((reach[i - 1]! & 4) !== 0 || ((reach[i - 1]! & 1) !== 0 && tokens[i]!.punctuation.includes(':') && sayingVerbs.has(before.lemma)))) {
      reach[i] = reach[i - 1]! | 4;
      continue;
    }
    if (newClause(i)) continue;
    // A second verb phrase with its own auxiliary is out of a negation's reach, not a question's or report's: "you
    // asked whether we would tell your customers | and would send the bailiffs". A regret withdraws only the words it
    // reports, not the writer's next promise: "I should not have said you'd never trade again, | and will make sure …".
    const carried = opensVerbPhrase(tokens, i - 1) ? reach[i - 1]! & 2 : reach[i - 1]!;
    reach[i] = carried | scopeEnds[i]! | (matchesAnyAt(cues.hypothetical, tokens, i - 1) && !weighed(tokens, i - 1) ? 2 : 0) | (matchesAnyAt(cues.regrets, tokens, i - 1) ? 10 : 0);
  }
  reaches.set(tokens, { cues, reach });
  return reach;
}

/**
 * The "that" clause opening at `k` holds someone's thought or a contrast rather than the writer's denial: a verb of
 * thinking in it ("we note that you did not think | this was theft"), or a "but" later in the sentence ("…, but it is").
 */
function contradicted(tokens: readonly Token[], k: number): boolean {
  for (let i = k + 1; i < tokens.length && i <= k + limitReach && tokens[i]!.sentence === tokens[k]!.sentence; i++) {
    if (tokens[i]!.text === 'but' || (i - k <= lookBack && thinking.has(tokens[i]!.lemma))) return true;
    // A gerund's own negation, as the clause's subject: "please be advised that | not paying us | is theft".
    if (tokens[i]!.text === 'not' && tokens[i + 1]?.pos === 'VERB' && tokens[i + 1]!.text.endsWith('ing')) return true;
  }
  return false;
}

/** Verbs and adjectives of noting, whose "that" clause the writer asserts or denies in its own voice. */
const noting = new Set(['note', 'aware', 'understand', 'confirm', 'clarify', 'stress', 'emphasise', 'emphasize', 'accept', 'acknowledge', 'appreciate', 'recognise', 'recognize', 'realise', 'realize', 'advised', 'reassure', 'assured', 'out', 'mind']);

/** Verbs that put a question to the reader to weigh, not report: "you may wish to consider | whether anyone is likely to get hurt". */
const weighing = new Set(['consider', 'weigh', 'ponder', 'reflect', 'decide']);

/** The question opening at `k` is one the reader is asked to weigh: "consider whether …", "think about whether …", "ask yourself if …". */
function weighed(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before || before.sentence !== tokens[k]!.sentence) return false;
  if (weighing.has(before.lemma)) return true;
  const two = `${tokens[k - 2]?.lemma ?? ''} ${before.text}`;
  return two === 'think about' || two === 'ask yourself' || two === 'ask yourselves';
}

/**
 * Whether a match is negated: a negation word inside it, or shortly before it
 * in the same clause ("we have no plans to take legal action"). Words the
 * pattern itself names ("never trade again") are part of the phrase, and
 * phrases like "will not hesitate to" are not negations at all. A step
 * `heldOver` the customer is not denied by "not yet" (`notYet`).
 */
export function isNegated(tokens: readonly Token[], start: number, end: number, cues: NegationCues, patternWords: ReadonlySet<string>, subjectFirst: boolean, heldOver = false): boolean {
  // A match opening on a second conjunct is read from the first; its subject, if the pattern starts with one, is then an
  // object unless the first conjunct is in subject position ("nobody is calling | you or | your business a bunch of crooks").
  const from = firstConjunct(tokens, start);
  // Nor is it a subject after a preposition: "we do not publish it, list it on | our ProTrade portal or share it …".
  const object = tokens[from - 1]?.pos === 'ADP' && tokens[from - 1]!.clause === tokens[from]!.clause;
  return ((negatedHere(tokens, from, end, cues, patternWords, subjectFirst && !object && (from === start || subjectPosition(tokens, from))) && !(heldOver && notYet(tokens, start, end))) || retracted(tokens, end, cues) || powerDeniedToMatch(tokens, start, end)) && !threatenedOnCondition(tokens, end, cues) && !deferred(tokens, end);
}

/**
 * The match is the subject of a power the law denies it, as a statement of the law puts it: "bailiffs | may not enter
 * your premises …", "enforcement agents | cannot force entry". It opens its clause (after an article, if any) and a
 * power's denial follows it straight away (`deniesPower`).
 */
function powerDeniedToMatch(tokens: readonly Token[], start: number, end: number): boolean {
  const modal = tokens[end];
  if (!modal || modal.clause !== tokens[end - 1]!.clause || !deniesPower(tokens, end + 1)) return false;
  const opening = start > 0 && articles.has(tokens[start - 1]!.text) && tokens[start - 1]!.clause === tokens[start]!.clause ? start - 1 : start;
  return tokens[opening]!.clauseStart || opening === 0 || tokens[opening - 1]!.clause !== tokens[opening]!.clause;
}

/**
 * Token `i` is "not" after "can", "could", "may" or "must", denying a power: "cannot garnish", "may not enter". Not
 * before a passive or a wait ("cannot be stopped", "may not wait much longer"), which menace.
 */
function deniesPower(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.text === 'not' && powerModals.has(tokens[i - 1]?.text ?? '') && !menacingAfterDenial.has(tokens[i + 1]?.lemma ?? '');
}
const powerModals = new Set(['can', 'could', 'may', 'must']);
const menacingAfterDenial = new Set(['be', 'wait', 'hold', 'stay', 'remain', 'give', 'show', 'take']);

/**
 * "The bailiffs have not been instructed yet", "we have not yet passed this to the police", "there are no plans to
 * visit your site yet": "not yet" denies only that the step has happened so far and presupposes that it is to come, so
 * it is no denial of a step held over the customer (a lawful basis the letter states still makes it lawful). Read in the
 * match's own clause: "yet" straight after its "not" or "no", or closing the clause that holds one. Not "never yet" ("we
 * have never yet had to instruct bailiffs" looks back, not ahead), and not a "yet" that opens a clause ("yet we will").
 */
function notYet(tokens: readonly Token[], start: number, end: number): boolean {
  const clauses = new Set([tokens[start]!.clause, tokens[end - 1]!.clause]);
  const sentence = tokens[start]!.sentence;
  let from = start;
  while (from > 0 && start - from < lookBack && tokens[from - 1]!.sentence === sentence && clauses.has(tokens[from - 1]!.clause)) from--;
  let negation: boolean | 'later' = false;
  let yet = -1;
  // Within a few words of the match, so a long clause holding many matches is not read again for each.
  for (let i = from; yet < 0 && i < tokens.length && i < end + notYetReach && tokens[i]!.sentence === sentence && (i < end || clauses.has(tokens[i]!.clause)); i++) {
    const token = tokens[i]!;
    if (!clauses.has(token.clause)) continue;
    // A negation after the match opens a phrase of its own: in "no plans to instruct bailiffs and no judgment yet" the
    // "yet" is the judgment's.
    if (notYetNegations.has(token.text)) negation = i < end || negation === false ? true : 'later';
    if (token.text !== 'yet' || negation !== true || token.clauseStart) continue;
    const previous = tokens[i - 1]?.text;
    const closes = tokens[i + 1] === undefined || tokens[i + 1]!.sentence !== sentence || tokens[i + 1]!.clause !== token.clause;
    if (notYetNegations.has(previous ?? '') || closes) yet = i;
  }
  if (yet < 0) return false;
  // Unless the sentence goes on to rule the step out for good: "we have not yet told your bank, and we never will", "… and
  // have no intention of doing so", "… and none will be" (a denial in a condition rules nothing out: "… but we will if you
  // don't pay").
  for (let i = yet + 1; i < tokens.length && i <= yet + notYetReach && tokens[i]!.sentence === sentence; i++) {
    const token = tokens[i]!;
    if (!token.condition && (token.text === 'never' || token.text === 'none' || forGood(tokens, i))) return false;
  }
  return true;
}

/**
 * A denial of intent at `i`: "no intention", "no plans", or "not" after a modal or "do" ("we will not", "we do not
 * intend"); not "there is no more time" or "no reason to wait beyond Friday", which deny nothing of the step.
 */
function forGood(tokens: readonly Token[], i: number): boolean {
  const text = tokens[i]!.text;
  if (text === 'no') return intents.has(tokens[i + 1]?.text ?? '');
  return text === 'not' && denyingModals.has(tokens[i - 1]?.text ?? '');
}
const intents = new Set(['intention', 'intentions', 'plan', 'plans', 'wish', 'desire']);
const denyingModals = new Set(['will', 'would', 'shall', 'going', 'do', 'does', 'did']);

/** The negations whose "yet" holds a step open: "not yet", "no bailiffs … yet", "nobody has told them yet". */
const notYetNegations = new Set(['not', 'no', 'nobody']);

/** How far past a match "not yet" and a denial for good are looked for, in words. */
const notYetReach = 16;

/**
 * Whether a match whose wording holds its own negation (a group with `negation: false`: "not to show it to a lawyer",
 * "no longer able to supply you") is withdrawn by the writer: regretted before it ("I shouldn't have said not to show
 * it to a lawyer"), or reported as the writer's own words and admitted wrong in the next sentence. A negation word before
 * it is no cue, the wording being the step; nor is a question ("just checking whether you've learned to use a phone" is
 * the insult), nor a denial of some other step after it ("… and the bailiffs won't be involved": the retractions that
 * excuse a negated step's match name no step of their own).
 */
export function withdrawn(tokens: readonly Token[], start: number, end: number, cues: NegationCues): boolean {
  return ((scopeReach(tokens, cues)[start]! & 8) !== 0 || withdrawnOwnWords(tokens, end, cues)) && !threatenedOnCondition(tokens, end, cues) && !deferred(tokens, end);
}

/**
 * "We won't tell your customers about this debt… yet": a denial held open by
 * a "yet" set off by a pause (an ellipsis or a dash) at the end of its
 * sentence, or standing as a sentence of its own after it, promises the step
 * later. Not "we have not yet decided", nor "we have not called them yet"
 * (no pause). Looks to the end of the sentence and one word after it.
 */
function deferred(tokens: readonly Token[], end: number): boolean {
  const sentence = tokens[end - 1]!.sentence;
  let last = end - 1;
  while (last + 1 < tokens.length && tokens[last + 1]!.sentence === sentence) last++;
  const paused = (token: Token | undefined) => token?.text === 'yet' && /\.\.\.|[…—–-]/.test(token.punctuation);
  if (last >= end && paused(tokens[last])) return true;
  const after = tokens[last + 1];
  return after !== undefined && after.text === 'yet' && tokens[last + 2]?.sentence !== after.sentence;
}

/** Words looked ahead for a retraction, within the sentence. */
const retractionReach = 16;

/**
 * "Some people go on Facebook and name and shame, | I'm not going to do that":
 * a step the sender denies afterwards in the same sentence, by a phrase of
 * the lexicon's `negation-retractions` within `retractionReach` words, with
 * no condition after it ("… we won't do that if you pay by Friday" still
 * promises it); or the writer's own words withdrawn (`withdrawnOwnWords`).
 * `end`: the index after the match's last token in `tokens` (the document's);
 * the tone model asks it of a whole sentence.
 */
export function retracted(tokens: readonly Token[], end: number, cues: NegationCues): boolean {
  const sentence = tokens[end - 1]!.sentence;
  let i = end;
  for (; i < tokens.length && i < end + retractionReach && tokens[i]!.sentence === sentence; i++) {
    const close = matchEndAt(cues.retractions, tokens, i);
    if (close !== undefined) return unconditional(tokens, close, cues.words) && !boughtBy(tokens, end, i, cues.conditions) && !heldOpenAfter(tokens, close, cues.conditions);
  }
  // Or, the sentence ending within reach, the next one opens with one: "A few of the lads have been on at me to put your name
  // up on there. | I'm not going to do that."
  const opening = i < tokens.length && tokens[i]!.sentence !== sentence ? matchEndAt(cues.retractions, tokens, i) : undefined;
  if (opening !== undefined) return unconditional(tokens, opening, cues.words) && !heldOpenAfter(tokens, opening, cues.conditions);
  return withdrawnOwnWords(tokens, end, cues);
}

/**
 * The sentence after a retraction's takes it back or holds it open: "I won't mention it to her. | Yet.", "Not unless I have
 * to.", "Pay in full and it never will." Its first word tells (not "But", which as often goes on to the lawful step:
 * "We do not do this. But if we are not paid by 10 May, we will pass the invoice to our agency"); `from` is a token of the
 * retraction's sentence.
 */
function heldOpenAfter(tokens: readonly Token[], from: number, conditions: ReadonlySet<string>): boolean {
  const sentence = tokens[from - 1]!.sentence;
  // Within `retractionReach` words: a retraction ends its sentence, and a long one holds nothing after it (each look stays short).
  let next = from;
  while (next < tokens.length && next < from + retractionReach && tokens[next]!.sentence === sentence) next++;
  const first = tokens[next];
  if (first === undefined || first.sentence !== sentence + 1) return false;
  if (first.text === 'for') return tokens[next + 1]?.text === 'now';
  // An order to pay (a verb of the lexicon's `threat-conditions`, as `boughtBy` reads one) holds it open only as its price:
  // "Pay in full | and it never will", not "Pay when you're able".
  if (first.pos === 'VERB' && conditions.has(first.lemma)) {
    for (let k = next + 1; k < tokens.length && k <= next + retractionReach && tokens[k]!.sentence === first.sentence; k++) if (tokens[k]!.text === 'and') return true;
    return false;
  }
  return holdingOpen.has(first.text);
}
const holdingOpen = new Set(['yet', 'not', 'unless', 'until', 'otherwise']);

/**
 * A retraction at token `at` that an order to pay, joined to it by "and", buys: "I'll see your father at the show; | pay by
 * Friday and I won't raise the invoice with him" promises the step unless paid. Looks back from `at` to `from` (the match's
 * end) for "and" after a clause that opens on a verb of paying or answering (the lexicon's `threat-conditions`).
 */
function boughtBy(tokens: readonly Token[], from: number, at: number, conditions: ReadonlySet<string>): boolean {
  for (let j = at - 1; j > from; j--) {
    if (tokens[j]!.text !== 'and') continue;
    let open = j - 1;
    while (open > from && !tokens[open]!.clauseStart) open--;
    if (!tokens[open]!.clauseStart) return false;
    // After a linking word: "so settle up and I won't …", "just pay and …".
    if (linking.has(tokens[open]!.text)) open++;
    const verb = tokens[open]!;
    // "Pay or not" concedes: nothing is bought.
    const concedes = tokens.slice(open, j).some((token) => token.text === 'or');
    return verb.pos === 'VERB' && conditions.has(verb.lemma) && !concedes;
  }
  return false;
}
const linking = new Set(['so', 'then', 'just', 'simply', 'now', 'please']);

/**
 * The retraction is whole: no condition follows in its sentence ("… we won't do that if you pay by Friday"; "even if"
 * concedes), nor a limit of time or person that holds the step open ("… yet", "… until Monday", "… today", "… for the
 * moment", "… at this stage", "… myself"), nor worse or other in its place ("we will not be doing that; we will be doing
 * worse", "… doing something far more effective").
 */
function unconditional(tokens: readonly Token[], from: number, negation: ReadonlySet<string>): boolean {
  const sentence = tokens[from - 1]!.sentence;
  let conceded = -1;
  // A later clause with a subject of its own says something else, and its limits are its own: "hounding you is the last
  // thing I want, | so you'll only get this one email from me this week".
  let ownSubject = false;
  for (let j = from; j < tokens.length && tokens[j]!.sentence === sentence; j++) {
    const token = tokens[j]!;
    const before = tokens[j - 1]?.text ?? '';
    if (token.clause !== tokens[j - 1]!.clause && opensWithSubject(tokens, j)) {
      // … unless the writer says there that it will do it after all: "naming you on Facebook is the last thing I'd do, | so I
      // will do it just once, on Friday".
      if (affirmsOwnStep(tokens, j, negation)) return false;
      ownSubject = true;
    }
    // "Even if" concedes the condition, whatever it is: "we would never do that, even if the invoice stays unpaid".
    if (token.text === 'if' && before === 'even') conceded = token.clause;
    if (token.condition && token.clause !== conceded && !(token.text === 'even' && tokens[j + 1]?.text === 'if')) return false;
    // A condition by another name: "… as long as you pay", "so long as", "on condition that"; and a privacy shared with
    // others: "this stays between us | and them".
    if ((token.text === 'long' && (before === 'as' || before === 'so')) || (token.text === 'condition' && before === 'on') || (token.text === 'and' && before === 'us')) return false;
    // ("Yet" as a conjunction opens a clause: "I won't do that, yet we do need a date from you".)
    if (token.text === 'yet' && !token.clauseStart) return false;
    if ((token.text === 'worse' && worsening.has(before)) || (token.text === 'something' && before === 'doing')) return false;
    if (ownSubject) continue;
    // (One party named, the denial is of that party alone: "… I won't mention it to your bank".)
    if (limits.has(token.text) || (token.text === 'before' && before === 'not') || (token.text === 'your' && (before === 'to' || before === 'with'))) return false;
    if (heldOpen.has(token.text) && (before === 'for' || (before === 'the' && (tokens[j - 2]?.text === 'for' || tokens[j - 2]?.text === 'at')) || (before === 'this' && token.text !== 'present'))) return false;
  }
  return true;
}

/**
 * The clause of token `i` is a short phrase with no verb: one set before a clause ("as a director", "in our view"). Read
 * within `lookBack` words each way; a longer clause is not such a phrase.
 */
function verbless(tokens: readonly Token[], i: number): boolean {
  const clause = tokens[i]!.clause;
  const inClause = (j: number) => j >= 0 && j < tokens.length && tokens[j]!.clause === clause;
  if (inClause(i - lookBack) || inClause(i + lookBack)) return false;
  for (let j = i - lookBack + 1; j < i + lookBack; j++) if (inClause(j) && isVerb(tokens[j]!)) return false;
  return true;
}

/** Clause `j` opens, after a connective (so, and, but), on a pronoun and its verb: "so you'll only get …", "and we have …". */
function opensWithSubject(tokens: readonly Token[], j: number): boolean {
  const k = pastConnective(tokens, j);
  // By the word, as the tagger reads "and I'm going" as names.
  return tokens[k]?.clause === tokens[j]!.clause && pronounAndVerbAt(tokens, k);
}
const connectives = new Set(['so', 'and', 'but']);
/** The first word of clause `j` after its connective, if it opens on one. */
const pastConnective = (tokens: readonly Token[], j: number) => (connectives.has(tokens[j]!.text) ? j + 1 : j);

/** Clause `j`, opening on its subject, is the writer's own "I/we will …" with no negation (the lexicon's `negation`) in it. */
function affirmsOwnStep(tokens: readonly Token[], j: number, negation: ReadonlySet<string>): boolean {
  const k = pastConnective(tokens, j);
  if (tokens[k]?.text !== 'i' && tokens[k]?.text !== 'we') return false;
  let future = false;
  for (let i = k + 1; i < tokens.length && tokens[i]!.clause === tokens[j]!.clause; i++) {
    if (negation.has(tokens[i]!.text)) return false;
    if (tokens[i]!.lemma === 'will' || tokens[i]!.text === 'shall' || tokens[i]!.text === 'going') future = true;
  }
  return future;
}
/** Words before "worse" that put it in the step's place: "doing worse", "something worse", "far worse". */
const worsening = new Set(['doing', 'something', 'even', 'far', 'much', 'do']);
/**
 * Limits of time or person that leave the step to come: "until Monday", "today", "myself", "alone"; or leave it to others:
 * "I won't mention it to your bank, though", "except to your suppliers".
 */
const limits = new Set(['until', 'till', 'today', 'tonight', 'tomorrow', 'myself', 'ourselves', 'alone', 'personally', 'though', 'except', 'besides', 'apart']);
/** "For now", "for the moment", "for the time being", "at the moment", "at this stage", "this week": the word that holds a denial open. */
const heldOpen = new Set(['now', 'moment', 'time', 'present', 'stage', 'point', 'week', 'month']);

/**
 * "In my email of 2 May I wrote that I was “entitled to charge 20% a month”. I was wrong about that": the writer's own
 * earlier words (the lexicon's `own-past-wording`), reported before the match in its sentence, and an error admitted at
 * the start of the next (`error-admissions`, which may open on how the writer felt: "I was angry and up late and I
 * shouldn't have written it"). Each sentence's facts are found once per document.
 */
function withdrawnOwnWords(tokens: readonly Token[], end: number, cues: NegationCues): boolean {
  let facts = withdrawals.get(tokens);
  if (!facts) {
    // Per sentence: its first token of reported own words, and whether the sentence after it opens by admitting an error.
    const reported = new Map<number, number>();
    const admitted = new Set<number>();
    for (let i = 0; i < tokens.length; i++) {
      const sentence = tokens[i]!.sentence;
      if (i > 0 && tokens[i - 1]!.sentence !== sentence && matchEndAt(cues.errorAdmissions, tokens, i) !== undefined) admitted.add(tokens[i - 1]!.sentence);
      if (!reported.has(sentence) && matchesAnyAt(cues.ownPastWording, tokens, i)) reported.set(sentence, i);
    }
    withdrawals.set(tokens, (facts = { reported, admitted }));
  }
  const sentence = tokens[end - 1]!.sentence;
  return facts.admitted.has(sentence) && (facts.reported.get(sentence) ?? Infinity) < end;
}
const withdrawals = new WeakMap<readonly Token[], { reported: ReadonlyMap<number, number>; admitted: ReadonlySet<number> }>();

/**
 * "We will not tell your customers unless you pay today" promises the step on
 * a condition: a negated match followed, in its sentence, by an if/unless
 * clause about paying or answering (the lexicon's `threat-conditions`) is
 * not excused by its negation. "Even if" concedes, and conditions about
 * anything else ("unless you ask us to") keep the negation.
 */
function threatenedOnCondition(tokens: readonly Token[], end: number, cues: NegationCues): boolean {
  const sentence = tokens[end - 1]!.sentence;
  for (let i = end; i < tokens.length && i < end + 12 && tokens[i]!.sentence === sentence; i++) {
    const token = tokens[i]!;
    // Only the condition attached to the step's clause: "… and if you pay …" starts another statement.
    if (token.text === 'and' || token.text === 'but' || token.text === 'or') return false;
    if (token.text !== 'unless' && token.text !== 'if') continue;
    if (!token.condition || tokens[i - 1]?.text === 'even') return false;
    for (let j = i + 1; j < tokens.length && j < i + 10 && tokens[j]!.clause === token.clause; j++) if (cues.conditions.has(tokens[j]!.lemma) || cues.conditions.has(tokens[j]!.text)) return true;
    return false;
  }
  return false;
}

/**
 * Whether a negation exception takes in the negation at token `i`: one opening on it, or on one of the two words before it
 * and reaching past it ("residents with no water … ought to concentrate minds", "why don't you sell the van", read "why do
 * not you").
 */
function excepted(tokens: readonly Token[], i: number, cues: NegationCues): boolean {
  if (matchesAnyAt(cues.exceptions, tokens, i)) return true;
  for (let k = Math.max(0, i - 2); k < i; k++) if ((matchEndAt(cues.exceptions, tokens, k) ?? 0) > i) return true;
  return false;
}

function negatedHere(tokens: readonly Token[], start: number, end: number, cues: NegationCues, patternWords: ReadonlySet<string>, subjectFirst: boolean): boolean {
  const isCue = (i: number) => {
    const token = tokens[i]!;
    if (!cues.words.has(token.text)) return ceases(tokens, i, cues.words) && !patternWords.has(token.text);
    // "No, we will post about you online": an answer, set off by its comma, negates nothing after it.
    if (token.text === 'no' && token.clauseStart && /[,\u2014\u2013-]/.test(tokens[i + 1]?.punctuation ?? '')) return false;
    // "Whether I do or not", "whether or not you pay": the other alternative, which denies nothing.
    if (token.text === 'not' && tokens[i - 1]?.text === 'or') return false;
    // "… will be withheld and not handed over …": inside a match, after its start, "and not" denies a second verb phrase
    // joined to the step, not the step.
    if (token.text === 'not' && tokens[i - 1]?.text === 'and' && i > start && i < end && !contrastive(tokens, i)) return false;
    // "Don't think we won't …": a denied thought of a denial asserts it, so neither negation is a cue.
    if (doubleNegation(tokens, i, cues.words)) return false;
    // A negation the pattern itself names ("not paying", "never trade again") is part of the phrase where the match holds
    // it, not a cue; the same word elsewhere is one ("failure to pay is not a criminal offence"), and so is one before a
    // match that took another of its alternatives ("we will not delete, lock or | withhold your records", where the
    // pattern could also have read "not release").
    const named = patternWords.has(token.text) || patternWords.has(`${token.text} ${tokens[i + 1]?.text ?? ''}`) || patternWords.has(`${tokens[i - 1]?.text ?? ''} ${token.text}`);
    if (named && i >= start && i < end) return false;
    return !excepted(tokens, i, cues);
  };
  const last = tokens[end - 1]!;
  // A match that opens on its condition and ends on the step it conditions ("if the balance is not settled by noon, | your
  // files will be deleted") is the step's: the condition's negation belongs to the condition.
  const clause = tokens[start]!.condition && !last.condition ? last.clause : tokens[start]!.clause;
  // A match whose gap runs on past punctuation into a clause of its own ends on its step there: "I want to reassure
  // you: | we will not contact your customers". A negation in that clause negates the step too, unless the clause is
  // a condition, or one with no punctuation before it: a relative clause ("keeping goods | you cannot pay for is theft").
  let opening = end - 1;
  while (opening > start && tokens[opening - 1]!.clause === last.clause) opening--;
  // So does a match that opens in a phrase with no verb of its own, before its clause: "as a director | you aren't
  // personally liable".
  // So does one whose gap runs into a clause that "that" opens after a verb of noting: "we note | that this is not a
  // criminal matter", "please be aware | that failing to pay … is not a criminal offence" (not after one of telling, where
  // the clause is what is told: "we'll be letting Harcourt Homes know | that you don't pay your subcontractors").
  const complementOpens = tokens[opening]!.text === 'that' && (noting.has(tokens[opening - 1]?.lemma ?? '') || noting.has(tokens[opening - 1]?.text ?? '')) && !contradicted(tokens, opening);
  const stepClause = last.clause !== clause && !last.condition && tokens[opening]!.clause === last.clause && (tokens[opening]!.clauseStart || complementOpens || verbless(tokens, start)) ? last.clause : clause;
  // A negation inside the match counts only in the match's own clause (or its step's): not in a condition ("we will,
  // if you do not pay, sue") or a relative clause ("keeping goods you cannot pay for is theft"); and only in the verb
  // phrase of its step ("we have not been paid | and will now inform your bank").
  let stepPhrase = start;
  for (let k = start; k < end - 1; k++) if (opensVerbPhrase(tokens, k)) stepPhrase = k + 1;
  for (let i = stepPhrase; i < end; i++) if ((tokens[i]!.clause === clause || tokens[i]!.clause === stepClause) && isCue(i)) return true;
  const sentence = tokens[start]!.sentence;
  // A scope before the match, or a hypothetical opening inside it and reaching its end ("we deny that we will tell your
  // customers"); a negation inside a menace is the menace ("you don't want to find out how unpleasant we can be").
  const reach = scopeReach(tokens, cues);
  if (reach[start] || (reach[end - 1]! & 2) !== 0) return true;
  // A pattern that starts with its subject is negated before it only by inversion: "nor will we", "never would we",
  // "at no time will we", "not once have we".
  if (subjectFirst) {
    for (let i = start - 1; i >= 0 && start - i <= 2 && tokens[i]!.clause === clause; i--) if (isCue(i)) return true;
    // Or the subject is a negated one's complement, after its preposition: "no one from | our company will call",
    // "not one of | our staff will ring".
    if (start > 0 && tokens[start - 1]!.pos === 'ADP' && tokens[start - 1]!.clause === clause) {
      for (let i = start - 2; i >= 0 && start - i <= 4 && tokens[i]!.clause === clause && (!isVerb(tokens[i]!) || modifiesNoun(tokens, i)); i--) if (isCue(i)) return true;
    }
    for (let i = start - 3; i >= 0 && start - i <= lookBack && tokens[i]!.clause === clause; i--) if (isCue(i) && inverted(tokens, i, start)) return true;
    return deniedAfter(tokens, start, end, isCue) || deniedByObject(tokens, start, end);
  }
  // Before the match, a negation reaches it only from within its own clause (clauses.ts). "No" negates its noun
  // phrase: past a verb it reaches the match only as the clause's subject ("no agent of ours will visit"), not
  // as an object ("placing an order when you had no way to pay for it is fraud").
  let verbBetween = false;
  for (let i = start - 1; i >= 0 && start - i <= lookBack; i--) {
    const token = tokens[i]!;
    if (token.sentence !== sentence || token.clause !== clause || clauseWords.has(token.text)) break;
    if (isCue(i) && (!verbBetween || !determiners.has(token.text) || subjectPosition(tokens, i) || inverted(tokens, i, start))) return true;
    if (token.pos === 'VERB' || token.pos === 'AUX') verbBetween = true;
  }
  if (negatedSubjectOf(tokens, start, isCue, cues) || negatedPredicateOf(tokens, start, isCue, cues) || negatedBeforeOr(tokens, start, isCue, cues) || deniedAfter(tokens, start, end, isCue) || deniedByObject(tokens, start, end)) return true;
  // "no bailiffs, enforcement agents or court action": a determiner negation over a list, with no verb in between; so is
  // "not" before an article ("this letter is not a writ, summons or warrant").
  for (let i = start - 1; i >= 0 && start - i <= 10 && !subjects.has(tokens[start]!.text); i--) {
    const token = tokens[i]!;
    // A subject starts a predication of its own: "no payment by Friday and | we take your equipment".
    if (token.sentence !== sentence || token.clause !== clause || token.pos === 'VERB' || auxiliaries.has(token.text) || subjects.has(token.text) || (clauseWords.has(token.text) && token.text !== 'and' && token.text !== 'or')) return false;
    if ((determiners.has(token.text) || (token.text === 'not' && (tokens[i + 1]?.pos === 'DET' || contrastive(tokens, i)))) && isCue(i)) return true;
  }
  return false;
}

/**
 * Token `i` is a "not" that sets what follows against what went before, after a comma or "and": "passed to our own credit
 * team, not | MBIE or any government unit", "… and not | to any government unit". Not "not just" or "not only", which add.
 */
function contrastive(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || !after || before.clause !== tokens[i]!.clause || isVerb(after) || adding.has(after.text)) return false;
  return /[,;\u2014\u2013]/.test(tokens[i]!.punctuation) || before.text === 'and' || before.text === 'but';
}
const adding = new Set(['just', 'only', 'merely', 'simply', 'even']);

const coordinators = new Set(['and', 'but', 'or', 'so', 'yet', 'nor']);

/** Verbs whose object or complement is what is said or thought of someone: "call you a liar", "consider him a cowboy". */
const predicating = new Set(['call', 'consider', 'think', 'believe', 'describe', 'say', 'suggest', 'imply', 'accuse', 'label', 'brand', 'name', 'regard', 'see', 'view', 'class', 'classify', 'mean', 'claim', 'allege', 'assume', 'suspect', 'deem', 'judge', 'presume', 'insinuate', 'state', 'refer']);
const predicationReach = 8;
/** Verbs that name someone something, with two objects: "call you thieves", "consider you fools". */
const naming = new Set(['call', 'name', 'label', 'brand', 'consider', 'deem', 'dub', 'judge']);

/**
 * For an epithet (a group with `negation: predication`): whether a negation denies the saying or thinking of it. The
 * match must be negated as any is (`negated`), or its verb of saying or thinking (`predicating`) must be, however far
 * back its negation stands ("no one here has ever | called you a liar"); the nearest verb before the epithet in its clause
 * must be that verb, or the negation stand before any verb ("not liars, just late"). Not when that verb does something
 * else to the people the epithet names ("we won't waste time on | you thieves", "we do not extend credit to | deadbeats"),
 * when the epithet addresses the reader ("I don't think | you muppets understand", "nobody believes you, | you pathetic
 * liar"), nor in the figure that denies saying it and says it ("I'm not saying you're a liar, but …").
 */
export function deniesPredication(tokens: readonly Token[], start: number, end: number, cues: NegationCues, negated: (start: number, end: number) => boolean): boolean {
  const clause = tokens[start]!.clause;
  const sentence = tokens[start]!.sentence;
  for (let i = end; i < tokens.length && i < end + predicationReach && tokens[i]!.sentence === sentence; i++) if (tokens[i]!.text === 'but' && tokens[i]!.clause !== clause) return false;
  // The epithet, its adjectives before it, and "you" before those: an address, not a predicate ("you a liar" is one).
  let epithet = start;
  while (epithet < end - 1 && tokens[epithet]!.pos !== 'NOUN') epithet++;
  let k = epithet - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADJ') k--;
  // (After a verb of naming it is the object: "we are not calling | you thieves"; not after one of thinking, "I don't think
  // | you muppets understand".)
  if (tokens[k]?.text === 'you' && tokens[k]!.clause === tokens[epithet]!.clause && !naming.has(tokens[k - 1]?.lemma ?? '')) return false;
  // Words between the negation and the epithet other than its determiners and adjectives ("we are not a charity for |
  // deadbeats"), or a preposition the match opens with ("running a shop isn't | for little girls who …"): the negation
  // is of something else.
  let between = false;
  for (let i = start; i < end && tokens[i]!.pos !== 'NOUN'; i++) if (tokens[i]!.pos === 'ADP') between = true;
  for (let i = start - 1; i >= 0 && start - i <= predicationReach && tokens[i]!.clause === clause; i--) {
    const token = tokens[i]!;
    // (A verb: "a phone call", "any more calls", "take calls" name no saying.)
    const previous = tokens[i - 1]?.pos ?? '';
    if (predicating.has(token.lemma) && token.pos !== 'NOUN' && token.pos !== 'PROPN' && !['DET', 'ADJ', 'NUM', 'VERB'].includes(previous)) return negated(start, end) || negated(i, i + 1);
    if (cues.words.has(token.text)) return !between && negated(start, end);
    if (token.lemma === 'be' || copula.has(token.text)) continue;
    // An auxiliary before an object is the clause's verb ("we don't do | business with liars"); a copula (passed over
    // above) is the predication itself ("we never said your staff | were idiots").
    const mainAuxiliary = token.pos === 'AUX' && !['VERB', 'AUX', 'PART', 'ADV'].includes(tokens[i + 1]?.pos ?? '');
    if (token.pos === 'VERB' || mainAuxiliary) return false;
    if (token.pos !== 'DET' && token.pos !== 'ADJ') between = true;
  }
  return negated(start, end);
}

const nominal = new Set(['NOUN', 'PROPN', 'PRON']);
const nounPhraseWords = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * Where the noun phrases a match's first one is coordinated with begin: "we are not accusing | you or | your company of
 * cheating" reads from "you", so what negates the first conjunct negates the match. A noun phrase with a verb of its own
 * after it is a new clause's subject, not a conjunct ("… and you and | your company are cheating us"). Looks back at
 * most `conjunctReach` words.
 */
function firstConjunct(tokens: readonly Token[], start: number): number {
  let from = start;
  while (from >= 2 && start - from < conjunctReach && joinsNounPhrases(tokens, from - 1)) {
    let k = from - 2;
    while (k > 0 && start - k < conjunctReach && tokens[k - 1]!.clause === tokens[k]!.clause && nounPhraseWords.has(tokens[k - 1]!.pos)) k--;
    from = k;
  }
  return from;
}
const conjunctReach = 8;

/**
 * Token `k` is "and", "or" or "nor" between two noun phrases of its clause, the second with no verb of its own; not an
 * "or" before a verb the tagger read as a noun ("any banner at your premises, | or contact your workers": `joinsVerb`).
 */
function joinsNounPhrases(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]!.text;
  const before = tokens[k - 1]!;
  if ((word !== 'and' && word !== 'or' && word !== 'nor') || !nominal.has(before.pos) || before.clause !== tokens[k]!.clause || joinsVerb(tokens, k)) return false;
  let j = k + 1;
  // (The tagger reads some auxiliaries as nouns: "and neither | will your phone".)
  while (j < tokens.length && j - k <= 4 && tokens[j]!.clause === tokens[k]!.clause && nounPhraseWords.has(tokens[j]!.pos) && !auxiliaries.has(tokens[j]!.text)) j++;
  const after = tokens[j];
  return j > k + 1 && !(after && after.clause === tokens[k]!.clause && (after.pos === 'AUX' || after.pos === 'VERB' || auxiliaries.has(after.text)));
}

/** Who may follow an inverted auxiliary as its subject: "will we", "would anyone", "will our staff", "will the bailiffs". */
const invertedSubjects = new Set([...subjects, 'anyone', 'anybody', 'any', 'the', 'my', 'your']);

/**
 * Whether negation `i` is fronted with its phrase and inverts the clause that follows: "at no time | will we …",
 * "under no circumstances | would anyone …", "not once | have we …". The negation stands among the first three words
 * of its clause (or of one a conjunction joins), and an auxiliary followed by its subject comes after it before
 * `start`, with no verb between. A determiner there ("no") negates the whole clause, not only its noun phrase.
 */
function inverted(tokens: readonly Token[], i: number, start: number): boolean {
  const clause = tokens[i]!.clause;
  // Among the first three words of its clause, or of a clause a conjunction joins ("…, and not once have we …").
  for (let k = i - 1; ; k--) {
    if (k < 0 || tokens[k]!.clause !== clause || coordinators.has(tokens[k]!.text)) break;
    if (i - k >= 3) return false;
  }
  for (let k = i + 1; k < start; k++) {
    const token = tokens[k]!;
    if (auxiliaries.has(token.text)) return invertedSubjects.has(tokens[k + 1]?.text ?? '');
    if (token.pos === 'VERB' || token.clause !== clause) return false;
  }
  return false;
}

/** A past participle: a verb whose form is not its lemma ("told", "sent"), or one the tagger reads as an adjective ("involved"). */
const participle = (token: Token) => (token.pos === 'VERB' && token.lemma !== token.text) || (token.pos === 'ADJ' && /[^e]ed$/.test(token.text));

/** Auxiliaries of a passive or perfect after its subject: "are (not) involved", "have (not) been instructed". */
const passiveAuxiliaries = new Set([...copula, 'will', 'would', 'shall', 'can', 'could', 'may', 'might', 'have', 'has', 'had']);

/**
 * A match that is its clause's subject, denied by the passive or perfect after it: "bailiffs are not involved",
 * "enforcement agents have not been instructed", "your customers will never be told". The verb is a participle (its
 * form is not its lemma: told, sent; or an adjective made of one: involved, needed); a negated adjective or adverb is
 * the menace itself ("the bailiffs will not be gentle", "won't be far behind"), and a negation the exceptions name
 * ("will not hesitate") is no cue. Looks at most three words before the match (its determiner and adjectives) and
 * four past it, within its clause.
 */
function deniedAfter(tokens: readonly Token[], start: number, end: number, isCue: (i: number) => boolean): boolean {
  let first = start;
  while (first > 0 && start - first < 3 && tokens[first - 1]!.clause === tokens[start]!.clause && (tokens[first - 1]!.pos === 'DET' || tokens[first - 1]!.pos === 'ADJ')) first--;
  if (!subjectPosition(tokens, first)) return false;
  let negated = false;
  for (let k = end; k < tokens.length && k < end + 5 && tokens[k]!.clause === tokens[end - 1]!.clause; k++) {
    const token = tokens[k]!;
    if (passiveAuxiliaries.has(token.text)) continue;
    if (!negated && isCue(k)) {
      negated = true;
      continue;
    }
    return negated && participle(token);
  }
  return false;
}

/**
 * A step whose object is "nothing", right after the match: "your customers and landlord will hear | nothing from us",
 * "your suppliers will be told | nothing", "we will tell your bank | nothing". The match's last verb is at most two words
 * before its end (its object), with no punctuation from there to "nothing". "Nothing but", "nothing short of" and
 * "nothing good" (an evaluation: only bad things will be heard) say the step, not its denial.
 */
function deniedByObject(tokens: readonly Token[], start: number, end: number): boolean {
  const object = tokens[end];
  if (object?.text !== 'nothing' || object.punctuation !== '' || object.clause !== tokens[end - 1]!.clause) return false;
  let verb = end - 1;
  while (verb > start && end - 1 - verb < 2 && !isVerb(tokens[verb]!)) verb--;
  if (!isVerb(tokens[verb]!) && !participle(tokens[verb]!)) return false;
  for (let k = verb + 1; k <= end; k++) if (tokens[k]!.punctuation !== '') return false;
  const next = tokens[end + 1];
  if (next && next.clause === object.clause && (exceptiveAfterNothing.has(next.text) || (next.pos === 'ADJ' && !quantityAfterNothing.has(next.text)))) return false;
  // A denial held open is the step promised: on a condition anywhere in the sentence ("if you pay by Friday, your customers
  // will hear nothing"), after an imperative ("pay today and your bank will be told nothing"), or with a limit of time after
  // it ("… nothing for now", "… until Friday", "… yet", "… today", "but that changes").
  const sentence = object.sentence;
  let first = start;
  while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
  if (tokens[first]!.pos === 'VERB' && tokens[first]!.text === tokens[first]!.lemma) return false;
  for (let k = first; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const token = tokens[k]!;
    if (token.condition || (k > end && (limits.has(token.text) || heldOpen.has(token.text) || token.text === 'yet' || token.text === 'but'))) return false;
  }
  return true;
}
const exceptiveAfterNothing = new Set(['but', 'except', 'short', 'less', 'other', 'save']);
const quantityAfterNothing = new Set(['more', 'further', 'else', 'whatsoever', 'whatever']);

/** Verbs of thinking: denied before a denial ("don't think we won't"), they assert it. */
const thinking = new Set(['think', 'imagine', 'assume', 'believe', 'suppose', 'presume', 'expect']);
const doubleReach = 6;

/**
 * Whether negation word `i` is half of a double negation: "don't think we
 * won't send them", "do not assume we will not tell your customers". Either
 * it denies a verb of thinking and another negation follows within six words
 * of its sentence, or it follows such a denied verb of thinking.
 */
function doubleNegation(tokens: readonly Token[], i: number, words: ReadonlySet<string>): boolean {
  const sentence = tokens[i]!.sentence;
  const deniesThought = (k: number) => thinking.has(tokens[k + 1]?.lemma ?? '') && tokens[k + 1]!.sentence === sentence;
  if (deniesThought(i)) {
    for (let k = i + 2; k < tokens.length && k <= i + 1 + doubleReach && tokens[k]!.sentence === sentence; k++) if (words.has(tokens[k]!.text)) return true;
    return false;
  }
  for (let k = i - 1; k >= 0 && i - k <= doubleReach && tokens[k]!.sentence === sentence; k--) if (words.has(tokens[k]!.text) && deniesThought(k)) return true;
  return false;
}

/** Words looked back over for a verb phrase joined by "or" (`joinsVerb`), and for the negation of the one before it. */
const coordinationReach = 12;

/**
 * Whether the verb phrase holding token `start` is joined by "or"/"nor" to one
 * before it that the sender denies with a verb's negation ("we do not", "our
 * staff will never"): "we will not contact your customers or post anything
 * about you". Only the sender's: after an imperative "or" means otherwise
 * ("don't delay or face the bailiffs"), and said of anyone else the negation is
 * the menace ("you can't hide from us or ignore the bailiffs"). Not over a verb
 * the negation exceptions name ("we won't wait or hesitate to send them"). Both
 * looks stay within the clause and `coordinationReach` words.
 */
function negatedBeforeOr(tokens: readonly Token[], start: number, isCue: (i: number) => boolean, cues: NegationCues): boolean {
  const clause = tokens[start]!.clause;
  let joint = -1;
  for (let k = start - 1; k >= 0 && start - k <= coordinationReach && tokens[k]!.clause === clause; k--) {
    if (joinsVerb(tokens, k)) {
      joint = k;
      break;
    }
    if (opensVerbPhrase(tokens, k)) return false;
  }
  if (joint < 0 || isLeadIn(tokens[joint + 1]!, cues)) return false;
  for (let i = joint - 1; i >= 0 && joint - i <= coordinationReach && tokens[i]!.clause === clause; i--) {
    if (opensVerbPhrase(tokens, i) || scopeBreakers.has(tokens[i]!.text)) return false;
    // A negated subject denies every verb of its predicate: "nobody here is going to post or review anything".
    if (isCue(i) && subjectPosition(tokens, i) && negatedSubject(tokens, i)) return true;
    // A verb's negation: after its auxiliary ("do not", "will never") or before its verb ("never share").
    if (isCue(i) && !determiners.has(tokens[i]!.text) && [tokens[i - 1], tokens[i + 1]].some((t) => t !== undefined && isVerb(t))) return saidBySender(tokens, i);
  }
  return false;
}

/** Verbs of ceasing, which deny the contact after them: "we have stopped calling your home number". */
const ceasing = new Set(['stop', 'cease', 'quit']);
/** Contact, by its lemma: ceasing it is a promise to the customer ("stop texting"), ceasing anything else may be the menace ("vans stopped starting"). */
const contacting = new Set(['call', 'ring', 'phone', 'telephone', 'text', 'message', 'messag', 'email', 'contact', 'chase', 'visit', 'write', 'knock', 'dial', 'send', 'whatsapp', 'pester', 'hound']);

/**
 * Whether token `i` ceases the contact its gerund names ("we will stop texting your personal phone", "ceased visiting
 * your site"), and so negates it as "not" would. Not when itself denied ("we won't stop calling until you pay": the lexicon's
 * negation exceptions keep that a threat), nor when the pattern names the stop itself (`patternWords`: "stop supplying").
 */
function ceases(tokens: readonly Token[], i: number, words: ReadonlySet<string>): boolean {
  const next = tokens[i + 1];
  // (By lemma or stem: the tagger leaves some gerunds whole, "texting", "messaging".)
  if (!ceasing.has(tokens[i]!.lemma) || !next || !next.text.endsWith('ing') || !(contacting.has(next.lemma) || next.stems.some((stem) => contacting.has(stem)))) return false;
  for (let k = i - 1; k >= 0 && i - k <= 3 && tokens[k]!.clause === tokens[i]!.clause; k--) if (words.has(tokens[k]!.text) || tokens[k]!.text.endsWith("n't")) return false;
  return true;
}

/** How far back a clause's subject is looked for before its verb: a subject with its complements ("nobody from our company or on our behalf"). */
const subjectReach = 12;

/**
 * Whether the match at `start` is its clause's predicate and the clause's subject is a negated one, however long:
 * "nobody from our company or on our behalf will | come to your home", "no member of our staff, now or later, will |
 * visit". Read back from the match over its verb group (auxiliaries, adverbs) and then a subject of nouns, pronouns,
 * prepositions and conjunctions, to the clause's first word; a verb on the way means the match is not the subject's
 * predicate ("nobody told us | our team would come").
 */
function negatedSubjectOf(tokens: readonly Token[], start: number, isCue: (i: number) => boolean, cues: NegationCues): boolean {
  const clause = tokens[start]!.clause;
  let i = start - 1;
  while (i >= 0 && start - i <= subjectReach && tokens[i]!.clause === clause && (isVerb(tokens[i]!) || tokens[i]!.pos === 'ADV' || tokens[i]!.pos === 'PART')) {
    if (assertingVerbs.has(tokens[i]!.lemma)) return false;
    i--;
  }
  // A subject pronoun right before the verb is the clause's subject: "no money by Friday and | we'll take your stock".
  if (i === start - 1 || (i >= 0 && personalSubjects.has(tokens[i]!.text) && i > 0 && tokens[i - 1]!.clause === clause)) return false;
  const negatedFirst = (k: number) => tokens[k]!.text !== 'nothing' && deniesPredicate(tokens, k, isCue, cues);
  for (; i >= 0 && start - i <= subjectReach && tokens[i]!.clause === clause; i--) {
    const token = tokens[i]!;
    const first = i === 0 || tokens[i - 1]!.clause !== clause;
    // A clause that a complementizer opens has its subject after it: "please note that | neither we nor the agency will come".
    if (first && token.text === 'that' && token.pos === 'SCONJ' && i + 1 < start) return negatedFirst(i + 1);
    // The subject reached past a phrase fronted before it, whatever the tagger made of its words: "under the Consumer Credit
    // Act | no one can take your goods without a court order".
    if (!first && isCue(i)) {
      let opening = i;
      while (opening > 0 && i - opening <= frontedReach && tokens[opening - 1]!.clause === clause) opening--;
      if ((opening === 0 || tokens[opening - 1]!.clause !== clause) && afterFrontedPhrase(tokens, opening, isCue) === i) return negatedFirst(i);
    }
    if (!modifiesNoun(tokens, i) && (isVerb(token) || !subjectWords.has(token.pos))) return false;
    // The first word: "nobody", "none", "no one", or "no" before its noun ("no member of our staff").
    if (first) return negatedFirst(i);
  }
  return false;
}
const personalSubjects = new Set(['we', 'i', 'you', 'they', 'he', 'she', 'it']);

/** How far a phrase fronted before a clause's subject is read, in words: "under state law", "for the avoidance of doubt". */
const frontedReach = 6;

/**
 * Where the subject of the clause opening at `first` starts, past a prepositional phrase fronted before it: the negation
 * right after "under state law" in "under state law | no creditor can garnish wages without a court judgment". `first`
 * itself when the clause opens on no preposition, or no negation follows its noun phrase.
 */
function afterFrontedPhrase(tokens: readonly Token[], first: number, isCue: (i: number) => boolean): number {
  if (tokens[first]!.pos !== 'ADP') return first;
  for (let k = first + 1; k < tokens.length && k - first <= frontedReach && tokens[k]!.clause === tokens[first]!.clause; k++) {
    if (isCue(k)) return k;
    // (Its noun phrase may take an "of" phrase, "for the avoidance of doubt, | no notice will go up", or name a statute the
    // tagger reads as a verb, "under the Consumer Credit Act | no one can take your goods".)
    if (!nounPhraseWords.has(tokens[k]!.pos) && tokens[k]!.text !== 'of' && tokens[k]!.text !== 'act') return first;
  }
  return first;
}

/** How far back the first word of a match's clause is looked for, in words: a negated subject, its verb group and the complements before the match. */
const predicateReach = 20;

/**
 * Whether the match lies among the complements of a clause whose subject is a negated one, past its verb, however far:
 * "no notice will go up in our trade counter window or | on our Facebook page". Read forward from the clause's first
 * word: the negated subject ("no" before its noun, "nobody", "none", "no one"), one verb group, then words with no verb
 * among them up to the match (so "nobody will stop us | telling your customers" denies the stopping, not the telling).
 * Only a step the verb names itself (`deniedSteps`), never one the sentence limits or excepts ("… until you pay"); not a
 * subject that is the absence of a payment or an answer (`deniesPredicate`), nor a verb that asserts what follows ("no word
 * from you will lead to | a visit").
 */
function negatedPredicateOf(tokens: readonly Token[], start: number, isCue: (i: number) => boolean, cues: NegationCues): boolean {
  const clause = tokens[start]!.clause;
  let first = start;
  while (first > 0 && start - first < predicateReach && tokens[first - 1]!.clause === clause) first--;
  if (first > 0 && tokens[first - 1]!.clause === clause) return false;
  first = afterFrontedPhrase(tokens, first, isCue);
  if (!deniesPredicate(tokens, first, isCue, cues)) return false;
  let i = first + 1;
  for (; i < start && !isVerb(tokens[i]!); i++) if (!subjectWords.has(tokens[i]!.pos)) return false;
  if (i === start) return false;
  let mainVerb = false;
  let step = false;
  for (; i < start && (isVerb(tokens[i]!) || tokens[i]!.pos === 'ADV' || tokens[i]!.pos === 'PART'); i++) {
    if (assertingVerbs.has(tokens[i]!.lemma)) return false;
    mainVerb ||= tokens[i]!.pos === 'VERB';
    step ||= tokens[i]!.pos === 'VERB' && deniedSteps.has(tokens[i]!.lemma);
  }
  // Only a step that is itself denied (it goes up, appears, is shared, comes, calls): "no court will hear your excuses
  // over | the sound of our bailiffs", "no part of your stock will be safe from | our bailiffs" deny something else.
  // (After an auxiliary and an aside, the match's own verb is the step: "no member of our team will, at any point, | turn up".)
  if (!mainVerb && isVerb(tokens[start]!)) step = deniedSteps.has(tokens[start]!.lemma);
  if (!step) return false;
  // Nor a denial the sentence limits or excepts: "no notice will go up on our Facebook page | until you pay", "… only on
  // our Facebook page", "nobody will be at your door other than our bailiffs", "no one will come without our officers".
  for (let k = first; k < tokens.length && k < start + limitReach && tokens[k]!.sentence === tokens[first]!.sentence; k++) if (limitsDenial(tokens, k)) return false;
  // After a main verb and its complements, a match opening on a verb is a second verb phrase: "no creditor can stop us |
  // garnishing".
  if (mainVerb && i < start && isVerb(tokens[start]!)) return false;
  for (; i < start; i++) {
    const token = tokens[i]!;
    if ((isVerb(token) && !compoundNoun(tokens, i)) || personalSubjects.has(token.text) || opensVerbPhrase(tokens, i)) return false;
    // "… can be considered, and | any query about the goods can only be reviewed once paid": a conjunct that is no
    // phrase of place or manner ("or on our Facebook page") may be a new clause's subject.
    if ((token.text === 'and' || token.text === 'but') && tokens[i + 1]?.pos !== 'ADP') return false;
  }
  return true;
}
/**
 * Verbs that make a negated subject the cause of what follows, or deny a hindrance to it, so assert it: "no word from you
 * will lead to | a visit", "nobody will stop | our team".
 */
const assertingVerbs = new Set(['mean', 'result', 'lead', 'leave', 'force', 'trigger', 'cause', 'bring', 'prompt', 'stop', 'prevent', 'keep', 'save', 'spare', 'protect', 'shield']);

/** Steps a negated subject denies outright: notices going up, things appearing, being shared or sent, people coming or calling. */
const deniedSteps = new Set(['go', 'appear', 'share', 'post', 'publish', 'send', 'pass', 'tell', 'inform', 'notify', 'contact', 'call', 'ring', 'phone', 'write', 'visit', 'attend', 'come', 'turn', 'show', 'list', 'name', 'mention', 'report', 'display', 'print', 'put', 'place', 'give', 'disclose', 'reveal', 'forward', 'garnish', 'seize', 'take', 'remove', 'enter']);
/**
 * Token `k` limits, conditions or excepts a denial within its sentence: a time it holds for ("until", "before Friday",
 * "for the time being", "at present", "this side of Christmas", "today"), a condition ("provided", "so long as", "while"),
 * or an exception ("only", "other than", "apart from", "beyond", "without", "but").
 */
function limitsDenial(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  return limiting.has(token.text) || (token.text === 'other' && tokens[k + 1]?.text === 'than') || token.pos === 'SCONJ' || (token.pos === 'PROPN' && /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|june|july|august|september|october|november|december|christmas|easter)$/.test(token.text));
}
const limiting = new Set(['until', 'till', 'unless', 'yet', 'only', 'just', 'except', 'without', 'but', 'apart', 'aside', 'beyond', 'before', 'after', 'while', 'whilst', 'provided', 'providing', 'long', 'now', 'present', 'moment', 'being', 'today', 'tomorrow', 'week', 'month', 'another', 'least', 'side', 'when', 'once', 'if']);
/** How far past a match a limit or a contrast is looked for, in words: a sentence of a megabyte is not read again for each match. */
const limitReach = 24;

/**
 * Token `k` opens a negated subject that denies its predicate: "nobody", "none", "no one", "nothing", or "no" before its
 * noun. Not the absence of a payment or an answer (its head noun one of the lexicon's `threat-conditions`: "no payment by
 * Friday", "no bank transfer from you"), which puts a condition.
 */
function deniesPredicate(tokens: readonly Token[], k: number, isCue: (i: number) => boolean, cues: NegationCues): boolean {
  const opening = tokens[k]!.text;
  if (!isCue(k) || !(negatedSubject(tokens, k) || opening === 'nothing' || (opening === 'no' && tokens[k + 1]?.pos === 'NOUN'))) return false;
  // The head: its last noun before a preposition or a verb ("no bank transfer | from you", "nothing | about this account").
  let head: Token | undefined;
  for (let i = k + 1; i < tokens.length && i - k <= subjectReach && tokens[i]!.clause === tokens[k]!.clause && !isVerb(tokens[i]!) && tokens[i]!.pos !== 'ADP'; i++) {
    if (tokens[i]!.pos === 'NOUN') head = tokens[i];
  }
  return !head || !(cues.conditions.has(head.lemma) || cues.conditions.has(head.text));
}

/** Token `i`, read as a verb, sits between two words of a noun phrase, as the tagger misreads a compound: "our trade | counter | window". */
function compoundNoun(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return tokens[i]!.pos === 'VERB' && before !== undefined && (before.pos === 'NOUN' || before.pos === 'ADJ' || before.pos === 'PROPN') && tokens[i + 1]?.pos === 'NOUN';
}

/**
 * Token `i` is a participle right after a noun or pronoun, which it modifies inside a subject (a reduced relative clause):
 * "neither our staff nor any agency | acting on our behalf | will", "nobody | employed by this company | will".
 */
function modifiesNoun(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  return token.pos === 'VERB' && /(?:ing|ed)$/.test(token.text) && before !== undefined && before.clause === token.clause && (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'PRON');
}
/** What a subject and its complements are made of: "nobody from our company or on our behalf", "no one at all". */
const subjectWords = new Set(['PRON', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'ADP', 'CCONJ', 'ADV']);

/** Subjects that are themselves a negation: "nobody", "none of us", "neither of us"; and "no" before "one". */
const negatedSubjects = new Set(['nobody', 'none', 'neither']);
function negatedSubject(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!.text;
  return negatedSubjects.has(word) || (word === 'no' && tokens[i + 1]?.text === 'one');
}

/**
 * Who denies: "we", "I" or "our …" (our staff, our agents) comes before the negation `i` in its clause, or the firm
 * speaks of itself in the third person, as a policy does: its clause opens with a name of two words or more ("Alder and
 * Finch does not publish, share or …") or "the company" / "this firm", then "does", "do" or "did" and the negation.
 */
function saidBySender(tokens: readonly Token[], i: number): boolean {
  const clause = tokens[i]!.clause;
  for (let j = i - 1; j >= 0 && i - j <= coordinationReach && tokens[j]!.clause === clause; j--) if (senders.has(tokens[j]!.text)) return true;
  if (powerDenied(tokens, i)) return true;
  // In the present or past simple, as a policy states what a firm does: "Tallow Plumbing can't hide from us or avoid the
  // bailiffs" names the customer, and its "can't" is the menace.
  const auxiliary = i - 1;
  if (auxiliary < 1 || !policyAuxiliaries.has(tokens[auxiliary]!.text)) return false;
  // The subject starts its clause, or follows the comma of an opening phrase ("Without exception, Alder & Finch does not").
  const opens = (k: number) => k === 0 || tokens[k - 1]!.clause !== clause || tokens[k]!.punctuation.includes(',');
  const firm = auxiliary - 2;
  if (firm >= 0 && (tokens[firm]!.text === 'the' || tokens[firm]!.text === 'this') && firmNouns.has(tokens[firm + 1]!.text) && opens(firm)) return true;
  // A name of two words or more: one capitalised word opening a sentence may be a common noun ("Debtors can't hide …").
  let name = auxiliary;
  let words = 0;
  while (name > 0 && auxiliary - name < 6 && tokens[name - 1]!.clause === clause && (tokens[name - 1]!.pos === 'PROPN' || tokens[name - 1]!.text === 'and')) {
    name--;
    if (tokens[name]!.pos === 'PROPN') words++;
    if (tokens[name]!.pos === 'PROPN' && words >= 2 && opens(name)) return true;
  }
  return false;
}
const senders = new Set(['we', 'i', 'our']);

/**
 * A power denied to an officer or an agency, as a statement of the law does: "an agency | cannot garnish or seize anything
 * without a court judgment", "a bailiff may not force entry or …". The negation `i` denies a power (`deniesPower`), and
 * the subject opening its clause is an article and a noun naming who holds such powers (`powerHolders`), or "it" where
 * one was named earlier in the sentence ("an agency can contact you; | it cannot …"). Not the customer ("the business
 * can't hide from us or dodge the bailiffs"), whose denied ability is the menace.
 */
function powerDenied(tokens: readonly Token[], i: number): boolean {
  if (!deniesPower(tokens, i)) return false;
  const clause = tokens[i]!.clause;
  let k = i - 1;
  while (k > 0 && i - k <= 5 && tokens[k - 1]!.clause === clause) k--;
  const subject = tokens[k]!;
  if (subject.text === 'it' && k === i - 2) {
    for (let j = k - 1; j >= 0 && k - j <= coordinationReach && tokens[j]!.sentence === subject.sentence; j--) if (powerHolders.has(tokens[j]!.lemma)) return true;
    return false;
  }
  return articles.has(subject.text) && powerHolders.has(tokens[i - 2]!.lemma) && tokens.slice(k + 1, i - 2).every((token) => token.pos === 'NOUN' || token.pos === 'ADJ');
}
/** Who holds powers of collection or enforcement that the law limits. */
const powerHolders = new Set(['agency', 'agent', 'collector', 'bailiff', 'officer', 'sheriff', 'marshal', 'constable', 'court', 'creditor', 'lender', 'landlord', 'supplier', 'bank', 'solicitor', 'lawyer', 'attorney']);
const firmNouns = new Set(['company', 'firm', 'business', 'partnership', 'practice', 'group']);
const policyAuxiliaries = new Set(['does', 'do', 'did']);

/** The words right after a negation in the exceptions ("not hesitate", "not stop"): a negation over them asserts. */
const leadInWords = new WeakMap<NegationCues, { exact: Set<string>; stems: Set<string> }>();
function isLeadIn(token: Token, cues: NegationCues): boolean {
  let words = leadInWords.get(cues);
  if (!words) {
    words = { exact: new Set(), stems: new Set() };
    for (const slots of cues.exceptions) {
      // The word after the negation ("^ not to mention" opens with an anchor, which reads no word).
      const second = slots.filter((slot) => slot.kind !== 'anchor')[1];
      if (second?.kind !== 'word') continue;
      for (const word of second.exact) words.exact.add(word);
      for (const stem of second.stems) words.stems.add(stem);
    }
    leadInWords.set(cues, words);
  }
  return words.exact.has(token.text) || token.stems.some((stem) => words.stems.has(stem));
}
