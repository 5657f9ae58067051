import type { Token } from './tokens.ts';

/**
 * Quotations the writer retracts. A letter that apologises for an earlier
 * message, or says that it was wrong, quotes that message to disown it: "the
 * text Brett sent you: “pay up or I make sure every distributor knows”. I'm
 * sorry. That message did not come from our credit department". Its wording
 * is then reported, not used, however it was introduced.
 *
 * A retraction is a sentence, the quotation's own or one of the two after it,
 * that either
 * - apologises in the first person for something pointed back at ("I
 *   apologise for that", "we're sorry about this", "I want to apologize for
 *   the message", or the apology standing alone: "I'm sorry."), or
 * - says of a pointer back ("that", "this", "it", "that message", "the post"),
 *   or of the quotation itself or the subject it ends ("the subject line,
 *   “…”, was not approved"), that it was wrong, unacceptable, untrue or not
 *   approved, did not come from the sender, or has been withdrawn or taken
 *   down.
 * An apology for anything else ("sorry for the delay", "sorry, but …",
 * "sorry it has come to this") retracts nothing, nor does "that is not a
 * threat" (no evaluation of the wording).
 */

/** How many sentences after a quotation's own a retraction may stand. */
const reach = 2;

const firstPerson = new Set(['i', 'we', 'my', 'our', 'us']);
const apologies = new Set(['apologise', 'apologize', 'apologised', 'apologized', 'apologising', 'apologizing', 'apology', 'apologies', 'sorry', 'regret']);
/** Words that point back at what was quoted. */
const pointers = new Set(['that', 'this', 'it', 'these', 'those', 'what']);
/** What a quotation was: the thing pointed back at in "that message", "the post". */
const messageNouns = new Set([
  'message', 'messages', 'text', 'texts', 'email', 'emails', 'e-mail', 'letter', 'letters', 'post', 'posts', 'comment', 'comments', 'remark', 'remarks',
  'voicemail', 'voicemails', 'call', 'calls', 'line', 'wording', 'words', 'word', 'language', 'tone', 'statement', 'note', 'reply', 'tweet', 'sms',
]);
const determiners = new Set(['that', 'this', 'the', 'those', 'these', 'his', 'her', 'their', 'its']);
/** Verdicts on wording: "that was wrong", "it is unacceptable", "this post was not approved". */
const verdicts = new Set(['wrong', 'unacceptable', 'inappropriate', 'unprofessional', 'untrue', 'false', 'mistake', 'error', 'inaccurate', 'misleading', 'unauthorised', 'unauthorized', 'regrettable', 'uncalled-for']);
/** What a verdict denies: "not acceptable", "not approved", "not true". */
const deniedVerdicts = new Set(['acceptable', 'appropriate', 'approved', 'authorised', 'authorized', 'true', 'accurate', 'right', 'okay', 'ok', 'sanctioned', 'professional', 'correct']);
/** Undoing the message: "it has been withdrawn", "the post was taken down". */
const withdrawals = new Set(['withdrawn', 'withdraw', 'removed', 'remove', 'deleted', 'delete', 'retracted', 'retract', 'recalled', 'taken', 'take']);
const negations = new Set(['not', "n't", 'never', 'no']);

/** The sentence's words outside quotation marks, [start, end) of `tokens`, are a retraction (see the module comment). */
function retracts(tokens: readonly Token[], start: number, end: number): boolean {
  const own: Token[] = [];
  /** Positions in `own` of the words right after a quotation closes: "the subject line, “…”, was not approved". */
  const afterQuotation = new Set<number>();
  for (let i = start; i < end; i++) {
    if (tokens[i]!.quotation !== 0) continue;
    if (i > start && tokens[i - 1]!.quotation !== 0) afterQuotation.add(own.length);
    own.push(tokens[i]!);
  }
  for (let i = 0; i < own.length; i++) {
    // The quotation, or a subject it ends, judged by the verb after it.
    if (afterQuotation.has(i) && saysWrong(own, i)) return true;
    const word = own[i]!.text;
    if (apologies.has(word) && hasFirstPersonBefore(own, i)) {
      const next = own[i + 1];
      // "I'm sorry." alone, or the apology's object pointing back.
      if (next === undefined && i <= 3) return true;
      if (next && (next.text === 'for' || next.text === 'about') && pointerEnd(own, i + 2) !== undefined) return true;
      // "I want to apologise unreservedly", "our apologies" with nothing after but the sentence's end.
      // (At most two adverbs after it: a bounded look, whatever the sentence's length.)
      if (word !== 'sorry' && word !== 'regret' && own.length - i <= 3 && own.slice(i + 1).every((t) => /ly$/.test(t.text))) return true;
    }
    // A pointer back as a clause's subject, then what is said of it within the clause.
    if (own[i]!.clauseStart) {
      const subjectEnd = pointerEnd(own, i);
      if (subjectEnd !== undefined && saysWrong(own, subjectEnd)) return true;
    }
  }
  return false;
}

/** The writer is the subject of the apology's clause: "I'm sorry", "I write to sincerely apologise". */
function hasFirstPersonBefore(own: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 12; k--) {
    if (firstPerson.has(own[k]!.text)) return true;
    if (own[k]!.clauseStart) break;
  }
  return false;
}

/** Where the subject that points back from `at` ends: after "that", "this", "it", or after a message noun within three words of a determiner ("the post", "the LinkedIn post"); undefined if none does. */
function pointerEnd(own: readonly Token[], at: number): number | undefined {
  const word = own[at]?.text;
  if (word === undefined) return undefined;
  if (determiners.has(word)) {
    for (let k = at + 1; k <= at + 3 && k < own.length; k++) {
      if (messageNouns.has(own[k]!.text)) return k + 1;
      if (own[k]!.clauseStart) break;
    }
  }
  return pointers.has(word) ? at + 1 : undefined;
}

/** After a subject ending before `at`: "was wrong", "is not acceptable", "did not come from us", "has been taken down". */
function saysWrong(own: readonly Token[], at: number): boolean {
  let negated = false;
  for (let k = at; k < own.length && k < at + 5; k++) {
    const token = own[k]!;
    if (k > at && token.clauseStart) return false;
    const word = token.text;
    if (negations.has(word)) negated = true;
    else if (verdicts.has(word)) return !negated;
    else if (deniedVerdicts.has(word)) return negated;
    else if (negated && token.lemma === 'come' && own[k + 1]?.text === 'from') return true;
    else if (withdrawals.has(word) && !negated && own.slice(at, k).some((t) => t.lemma === 'be' || t.lemma === 'have')) return true;
  }
  return false;
}

/**
 * Marks as `mention` the words of every quotation in `tokens` (a draft's)
 * that a retraction follows within `reach` sentences or stands in its own
 * sentence. One pass over the sentences, each judged once; a quotation's
 * words are found again by its number (`Token.quotation`).
 */
export function markRetractedQuotations(tokens: Token[]): void {
  const retracted = new Set<number>();
  // Each sentence's quotations, carried forward until `reach` sentences after them have been judged.
  const pending: { sentence: number; quotations: Set<number> }[] = [];
  for (let start = 0; start < tokens.length; ) {
    let end = start + 1;
    while (end < tokens.length && tokens[end]!.sentence === tokens[start]!.sentence) end++;
    const quotations = new Set<number>();
    for (let i = start; i < end; i++) if (tokens[i]!.quotation !== 0) quotations.add(tokens[i]!.quotation);
    const sentence = tokens[start]!.sentence;
    while (pending.length > 0 && pending[0]!.sentence < sentence - reach) pending.shift();
    if (quotations.size > 0) pending.push({ sentence, quotations });
    if (pending.length > 0 && retracts(tokens, start, end)) {
      for (const { quotations: earlier } of pending) for (const q of earlier) retracted.add(q);
      pending.length = 0;
    }
    start = end;
  }
  // The whole quotation, however many sentences it spans.
  if (retracted.size > 0) for (const token of tokens) if (retracted.has(token.quotation)) token.mention = true;
}
