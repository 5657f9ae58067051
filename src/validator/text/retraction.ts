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
 * - apologises with the writer as its subject for something pointed back at
 *   ("I apologise for that", "we're sorry about that message", "I want to
 *   apologize for the post", "our apologies", or the apology standing alone:
 *   "I'm sorry."), or
 * - says of a pointer back ("that", "this", "it", "that message", "the post",
 *   "both statements", "neither statement" with its denial), or of the
 *   quotation itself or the subject it ends ("the subject line, “…”, was not
 *   approved"), in the past or perfect, that it was wrong,
 *   unacceptable, untrue or not approved, did not come from the sender, or has
 *   been withdrawn or taken down.
 * - refuses it at its sentence's end, with the writer as its subject, pointing
 *   back or leaving the verb out: "We won't be doing that", "we will never
 *   send that", "I'm not sending it", "I won't be doing either", "We won't.",
 *   "We said no"; or rules it out, a pointer back as its subject: "that will
 *   not happen", "it isn't going to happen"; or
 * - names the quotation as a kind of wording, right after it, with a verdict
 *   on that kind: "“We'll post it on the trade forum” is exactly the kind of
 *   line that gets a firm into trouble".
 * The sender's reported speech is retracted as a quotation is: the words after
 * a past verb of saying, to the end of its sentence ("Brent from our sales
 * team told you he would be visiting your site several times a day … That was
 * never our policy"; "one of our staff said that a default judgment would be
 * entered on the 20th. That was not true, and I apologize for it"), when the
 * verdict stands (`verdictStands`) and no one else's report comes between. So
 * is a step proposed, by anyone, and refused after it: "Someone here suggested
 * a Wall of Shame on our website. We said no", "our sales manager proposed
 * naming you in the trade newsletter. I have told him that will not happen" (not
 * on a condition: "Pay today and we won't"; nor an answer to the customer's own
 * asking: "You asked for another week. We said no").
 * An apology for anything else ("sorry for this delay", "sorry about what
 * happened, but …", "you owe us an apology"), a verdict in the present ("this
 * is not acceptable", said of the customer's conduct), one given to the reader
 * ("a mistake on your part") or a dummy "it" ("it is wrong to ignore us")
 * retracts nothing, nor does "that is not a threat" (no evaluation).
 */

/** How many sentences after a quotation's own a retraction may stand. */
const reach = 2;

const apologies = new Set(['apologise', 'apologize', 'apologised', 'apologized', 'apologising', 'apologizing', 'apology', 'apologies', 'sorry', 'regret']);
/** What a quotation was: the thing pointed back at in "that message", "the post". */
const messageNouns = new Set([
  'message', 'messages', 'text', 'texts', 'email', 'emails', 'e-mail', 'letter', 'letters', 'post', 'posts', 'comment', 'comments', 'remark', 'remarks',
  'voicemail', 'voicemails', 'call', 'calls', 'line', 'wording', 'words', 'word', 'language', 'tone', 'statement', 'statements', 'note', 'reply', 'tweet', 'sms',
]);
const determiners = new Set(['that', 'this', 'the', 'those', 'these', 'his', 'her', 'their', 'its', 'both', 'each', 'neither']);
/** Verdicts on wording: "that was wrong", "it is unacceptable", "this post was not approved". */
const verdicts = new Set(['wrong', 'unacceptable', 'inappropriate', 'unprofessional', 'untrue', 'false', 'mistake', 'error', 'inaccurate', 'misleading', 'unauthorised', 'unauthorized', 'regrettable', 'uncalled-for']);
/** What a verdict denies: "not acceptable", "not approved", "not true". */
const deniedVerdicts = new Set(['acceptable', 'appropriate', 'approved', 'authorised', 'authorized', 'true', 'accurate', 'right', 'okay', 'ok', 'sanctioned', 'professional', 'correct', 'policy']);
/** Undoing the message: "it has been withdrawn", "the post was taken down". */
const withdrawals = new Set(['withdrawn', 'withdraw', 'removed', 'remove', 'deleted', 'delete', 'retracted', 'retract', 'recalled', 'taken', 'take']);
const negations = new Set(['not', "n't", 'never', 'no']);
/** Past verbs of saying or writing: what follows them in their sentence is what was said ("told you he would …"). */
const pastSaying = new Set(['said', 'told', 'wrote', 'claimed', 'stated', 'mentioned', 'threatened', 'warned', 'promised', 'texted', 'emailed', 'implied', 'called']);
/** Past verbs of proposing a step: what follows is a proposal, whoever made it, and a refusal after it takes it back. */
const proposing = new Set(['suggested', 'proposed', 'floated', 'pitched']);
/** Past verbs of the customer's asking: "you asked for another week", which a refusal after it answers instead. */
const asking = new Set(['asked', 'requested', 'begged', 'wanted', 'offered', 'proposed', 'suggested']);

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
  // Where the first word of a condition or of paying stands, "and" apart and with it: the short refusals count only before it.
  const firstCondition = own.findIndex((t) => conditionWords.has(t.text) && t.text !== 'and');
  const firstJoined = own.findIndex((t) => conditionWords.has(t.text));
  for (let i = 0; i < own.length; i++) {
    // The quotation, or a subject it ends, judged by the verb right after it.
    if (afterQuotation.has(i) && (saysWrong(own, i, false) || namesKind(own, i))) return true;
    if (apologises(own, i) || refuses(own, i, firstJoined === -1 || firstJoined >= i)) return true;
    // A pointer back as a clause's subject, then what is said of it; or as what the writer told someone: "I have told him
    // it will not happen".
    if (own[i]!.clauseStart || (i >= 2 && own[i - 2]!.lemma === 'tell' && toldWhom.has(own[i - 1]!.text))) {
      const subjectEnd = pointerEnd(own, i, true);
      // "Neither statement was right": the determiner carries the negation.
      if (subjectEnd !== undefined && (saysWrong(own, subjectEnd, own[i]!.text === 'it', own[i]!.text === 'neither') || ((firstCondition === -1 || firstCondition >= i) && rulesOut(own, subjectEnd)))) return true;
    }
  }
  return false;
}

/** Whom the writer tells that a step will not happen. */
const toldWhom = new Set(['him', 'her', 'them', 'everyone', 'everybody']);

/** Words between an apologising "I" or "we" and the apology: "I'm so sorry", "we sincerely apologise", "I want to apologise". */
const apologyLead = new Set(['am', 'are', 'is', 'was', 'were', 'so', 'very', 'truly', 'sincerely', 'deeply', 'really', 'most', 'want', 'wish', 'would', 'like', 'to', 'must', 'do', 'again', 'also', 'have', 'should', 'unreservedly']);

/**
 * Own word `at` is an apology the writer makes for something pointed back at: "I" or "we" its subject ("I'm sorry",
 * "we sincerely apologise for that", "our apologies"), standing alone or with an object that points back ("for that", "for
 * the message"). Not "you owe us an apology", "we expect an apology", "sorry for this delay" or "sorry about what happened".
 */
function apologises(own: readonly Token[], at: number): boolean {
  const word = own[at]!.text;
  if (!apologies.has(word)) return false;
  const before = own[at - 1]?.text;
  if (word === 'apology' || word === 'apologies') {
    if (before !== 'my' && before !== 'our') return false;
  } else {
    let k = at - 1;
    while (k >= 0 && at - k <= 4 && apologyLead.has(own[k]!.text)) k--;
    if (k < 0 || (own[k]!.text !== 'i' && own[k]!.text !== 'we')) return false;
  }
  const next = own[at + 1];
  // "I'm sorry." alone, or "I apologise unreservedly.": the sentence ends with the apology or an adverb after it.
  if (next === undefined || (own.length - at <= 2 && /ly$/.test(next.text))) return word !== 'regret';
  return (next.text === 'for' || next.text === 'about') && pointerEnd(own, at + 2, false) !== undefined;
}

/** Words between a refusing "I" or "we" and its verb: "we will not be", "I am never going to", "we do not". */
const refusalLead = new Set(['am', 'are', 'will', 'would', 'shall', 'do', 'does', 'be', 'going', 'to', 'ever', 'certainly', 'definitely', 'simply', 'just']);
/** What a refusal declines to do with wording. */
const refusalVerbs = new Set(['do', 'doing', 'send', 'sending', 'use', 'using', 'post', 'posting', 'write', 'writing', 'put', 'putting', 'share', 'sharing']);

/**
 * Own word `at` is "I" or "we" refusing what was pointed back at: "we won't be doing that", "we will never send that", "I'm
 * not sending it". Not a refusal of anything else ("we will not do business with you") nor one without its negation. The
 * short forms ("We won't.", "… either") count only `unconditional`ly: not "Pay today and we won't".
 */
function refuses(own: readonly Token[], at: number, unconditional: boolean): boolean {
  if (own[at]!.text !== 'i' && own[at]!.text !== 'we') return false;
  // "We said no" opening its sentence and ending its clause: "We said no: we never publish anything about customers'
  // accounts" (not a request of the customer's refused: "they asked us to stop ringing the landline, and we said no").
  if (at === 0 && own[1]?.text === 'said' && own[2]?.text === 'no' && (own.length === 3 || own[3]!.clauseStart)) return true;
  let k = at + 1;
  let negated = false;
  for (; k < own.length && k <= at + 5; k++) {
    const word = own[k]!.text;
    if (negations.has(word)) negated = true;
    else if (!refusalLead.has(word)) break;
  }
  // The verb left out, the refusal ending its sentence: "We won't.", "I will not."
  if (negated && k === own.length && refusalLead.has(own[k - 2]?.text ?? '')) return unconditional;
  if (!negated || !refusalVerbs.has(own[k]?.text ?? '')) return false;
  // The pointer ends the sentence: "we won't be doing that." (not "we won't do that again until you pay", nor "we won't be
  // posting it — we'll be posting the whole file"); "either" points back to two.
  return pointerEnd(own, k + 1, false) === own.length || (unconditional && own[k + 1]?.text === 'either' && k + 2 === own.length);
}

/** Words that make what follows a condition's or the price of paying: "Pay today and we won't", "once the money is in, that will not happen". */
const conditionWords = new Set(['and', 'if', 'unless', 'once', 'when', 'after', 'until', 'till', 'provided', 'pay', 'paid', 'clear', 'cleared', 'settle', 'settled']);

/**
 * After a subject ending before `at` that points back, the step it names ruled out, ending its clause: "that will not
 * happen", "it isn't going to happen", "that is not happening". Not "that will not happen again if you pay", nor after a
 * condition (the caller's): "once the £3,000 is in our account, that will not happen".
 */
function rulesOut(own: readonly Token[], at: number): boolean {
  let negated = false;
  for (let k = at; k < own.length && k < at + 5; k++) {
    const word = own[k]!.text;
    if (negations.has(word)) negated = true;
    else if (word === 'happen' || word === 'happening') return negated && (k + 1 === own.length || own[k + 1]!.clauseStart);
    else if (!refusalLead.has(word) && word !== 'is' && word !== 'was' && word !== 'ever') return false;
  }
  return false;
}

/** Kinds of wording: "the kind of line", "the sort of message". */
const kindNouns = new Set(['kind', 'sort', 'type']);

/** What the kind of wording is said to do: "that gets a firm into trouble", "that has no place here", "we never use". */
const kindVerdicts = new Set(['get', 'gets', 'got', 'cause', 'causes', 'caused', 'lead', 'leads', 'land', 'lands', 'break', 'breaks', 'has', 'have', 'is', 'are', 'was', 'were']);

/**
 * Right after a quotation, "is" and within three words "kind of" a message noun, then a verdict on that kind: "… is exactly
 * the kind of line that gets a firm into trouble", "… is the kind of wording we never use". Not "… is the kind of message
 * you will see from us on Monday".
 */
function namesKind(own: readonly Token[], at: number): boolean {
  if (own[at]?.text !== 'is' && own[at]?.text !== 'are') return false;
  for (let k = at + 1; k <= at + 4 && k + 2 < own.length; k++) {
    if (!kindNouns.has(own[k]!.text) || own[k + 1]!.text !== 'of' || !messageNouns.has(own[k + 2]!.text)) continue;
    const next = own[k + 3]?.text;
    const after = own[k + 4]?.text;
    if ((next === 'that' || next === 'which') && after !== undefined && kindVerdicts.has(after)) return true;
    // "we never use", "we do not send": the writer's own refusal of the kind.
    return (next === 'we' || next === 'i') && own.slice(k + 4, k + 7).some((t) => negations.has(t.text));
  }
  return false;
}

/**
 * Where a subject or object that points back from `at` ends: after "that" or "it" ("this" too as a subject), or after a
 * message noun within three words of a determiner ("the post", "the LinkedIn post"); undefined if none does.
 */
function pointerEnd(own: readonly Token[], at: number, subject: boolean): number | undefined {
  const word = own[at]?.text;
  if (word === undefined) return undefined;
  if (determiners.has(word)) {
    // "That claim", "this claim": a claim pointed back at is what was said; "the claim" is as often one taken to court.
    if ((word === 'that' || word === 'this') && (own[at + 1]?.text === 'claim' || own[at + 1]?.text === 'claims')) return at + 2;
    for (let k = at + 1; k <= at + 3 && k < own.length; k++) {
      if (messageNouns.has(own[k]!.text)) return k + 1;
      if (own[k]!.clauseStart) break;
    }
  }
  if (word === 'that' || word === 'it' || (subject && word === 'this')) return at + 1;
  return undefined;
}

/** A verdict's verb looks back: "was wrong", "did not come from", "has been withdrawn", "should not have been sent". */
const pastVerbs = new Set(['was', 'were', 'has', 'have', 'had', 'did', 'should']);
/** Words that may stand between that verb and the verdict. */
const verdictFillers = new Set(['been', 'be', 'have', 'not', "n't", 'never', 'a', 'an', 'our', 'my', 'so', 'very', 'totally', 'quite', 'entirely', 'completely', 'simply', 'just', 'clearly', 'certainly', 'absolutely', 'also', 'since', 'now', 'ever']);
/** A verdict given to someone else: "that was a mistake on your part". */
const blamesReader = new Set(['on your part', 'of you', 'by you', 'of yours']);

/**
 * After a subject ending before `at`, its verb in the past or perfect and a verdict on it: "was wrong", "was not approved",
 * "did not come from us", "has been taken down". Only verb-group words may come between; `dummy`: the subject is "it",
 * which is no pointer when the verdict goes on to its real subject ("it was wrong to ignore our letters"); `negatedSubject`:
 * the subject denies it ("neither statement was right").
 */
function saysWrong(own: readonly Token[], at: number, dummy: boolean, negatedSubject = false): boolean {
  if (!pastVerbs.has(own[at]?.text ?? '')) return false;
  let negated = negatedSubject;
  for (let k = at + 1; k < own.length && k < at + 6; k++) {
    const token = own[k]!;
    if (token.clauseStart) return false;
    const word = token.text;
    if (negations.has(word)) negated = true;
    let verdict: boolean | undefined;
    if (verdicts.has(word)) verdict = !negated;
    else if (deniedVerdicts.has(word)) verdict = negated;
    else if (negated && token.lemma === 'come' && own[k + 1]?.text === 'from') verdict = true;
    else if (withdrawals.has(word) && !negated) verdict = true;
    // "That was out of line", "it was out of order": a verdict of three words.
    let last = k;
    if (word === 'out' && own[k + 1]?.text === 'of' && (own[k + 2]?.text === 'line' || own[k + 2]?.text === 'order')) {
      verdict = !negated;
      last = k + 2;
    }
    if (verdict !== undefined) {
      const after = own.slice(last + 1, last + 4).map((t) => t.text);
      if (blamesReader.has(after.slice(0, 3).join(' ')) || blamesReader.has(after.slice(0, 2).join(' '))) return false;
      if (dummy && (after[0] === 'to' || after[0] === 'that')) return false;
      return verdict;
    }
    if (!verdictFillers.has(word) && !/ly$/.test(word)) return false;
  }
  return false;
}

/** The sender's side, as the speaker of what it retracts: "Brent from our sales team told you", "one of our staff said". */
const ownSide = new Set(['i', 'we', 'our', 'my', 'us']);

/**
 * Reported speech in the sentence [start, end), by its first past verb of saying outside quotation marks: `from` where the
 * sender's own starts, with the sender's side within the six words before the verb (not in an "as" clause, which says it
 * again: "as I told you on Monday, we will now name you"); `other` when someone else's report stands there ("you said the
 * cheque was in the post", "the Provider's letter stated that …"), which a verdict after it points back to instead. A verb
 * of proposing (`proposing`) starts a proposal whoever made it: a refusal after it is the writer's.
 */
function reportIn(tokens: readonly Token[], start: number, end: number): { from?: number; to?: number; other?: true } {
  for (let i = start; i < end - 1; i++) {
    const word = tokens[i]!.text;
    if (tokens[i]!.quotation !== 0 || !(pastSaying.has(word) || proposing.has(word) || asking.has(word))) continue;
    // The customer's own asking is someone else's report: "You asked for another week. We said no."
    if (asking.has(word) && tokens.slice(Math.max(start, i - 2), i).some((t) => t.text === 'you')) return { other: true };
    // A step proposed, by whoever proposed it, not in an "as" clause that says it again: "Someone here suggested a Wall of Shame
    // on our website", not "as our solicitor suggested, we will report you".
    if (proposing.has(word)) return tokens.slice(Math.max(start, i - 4), i).some((t) => t.text === 'as') ? {} : { from: i + 1, to: proposalEnd(tokens, i + 1, end) };
    if (!pastSaying.has(word)) continue;
    for (let k = Math.max(start, i - 6); k < i; k++) {
      if (!ownSide.has(tokens[k]!.text)) continue;
      return tokens[k - 1]?.text === 'as' && k - 1 >= start ? {} : { from: i + 1 };
    }
    return { other: true };
  }
  return {};
}

/**
 * Where a proposal reported from `from` ends, before `end`: at a word that turns from it or a semicolon or colon, so what
 * the writer goes on to say is the writer's own ("someone suggested giving you more time, but on Monday we will post your
 * name").
 */
function proposalEnd(tokens: readonly Token[], from: number, end: number): number {
  for (let i = from; i < end; i++) if (turning.has(tokens[i]!.text) || /[;:]/.test(tokens[i]!.punctuation)) return i;
  return end;
}
const turning = new Set(['but', 'however', 'instead', 'yet', 'though', 'although']);

/**
 * Words that take a verdict back within its own sentence: "that was not our policy, but it is now", "… until today", or
 * make it a condition's: "that will not happen unless the invoice stays unpaid".
 */
const takenBack = new Set(['but', 'until', 'till', 'though', 'although', 'however', 'yet', 'except', 'instead', 'now', 'still', 'unless']);

/**
 * The retraction in the sentence [start, end) is not taken back within it: no "but it is now", "until today", nor a "will"
 * saying it happens after all ("that was not accurate: it will be Thursday"; "it won't happen" stands).
 */
function verdictStands(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (tokens[i]!.quotation !== 0) continue;
    const word = tokens[i]!.text;
    if (takenBack.has(word) || (word === 'will' && !negations.has(tokens[i + 1]?.text ?? ''))) return false;
  }
  return true;
}

/**
 * Marks as `mention` the words of every quotation in `tokens` (a draft's),
 * and of every sentence's reported speech, that a retraction follows within
 * `reach` sentences or stands in its own sentence. One pass over the
 * sentences, each judged once; a quotation's words are found again by its
 * number (`Token.quotation`), reported speech by its span.
 */
export function markRetractedWording(tokens: Token[]): void {
  const retracted = new Set<number>();
  // Each sentence's quotations and reported speech, carried forward until `reach` sentences after them have been judged.
  const pending: { sentence: number; quotations: Set<number>; reported: [number, number] | undefined }[] = [];
  for (let start = 0; start < tokens.length; ) {
    let end = start + 1;
    while (end < tokens.length && tokens[end]!.sentence === tokens[start]!.sentence) end++;
    const quotations = new Set<number>();
    for (let i = start; i < end; i++) if (tokens[i]!.quotation !== 0) quotations.add(tokens[i]!.quotation);
    const report = reportIn(tokens, start, end);
    const reported: [number, number] | undefined = report.from === undefined ? undefined : [report.from, report.to ?? end];
    const sentence = tokens[start]!.sentence;
    while (pending.length > 0 && pending[0]!.sentence < sentence - reach) pending.shift();
    // Someone else's report comes between: a verdict after it is about that.
    if (report.other) for (const entry of pending) entry.reported = undefined;
    if (quotations.size > 0 || reported) pending.push({ sentence, quotations, reported });
    if (pending.length > 0 && retracts(tokens, start, end)) {
      const stands = pending.some((entry) => entry.reported) && verdictStands(tokens, start, end);
      for (const { quotations: earlier, reported: span } of pending) {
        for (const q of earlier) retracted.add(q);
        if (span && stands) for (let i = span[0]; i < span[1]; i++) tokens[i]!.mention = true;
      }
      pending.length = 0;
    }
    start = end;
  }
  // The whole quotation, however many sentences it spans.
  if (retracted.size > 0) for (const token of tokens) if (retracted.has(token.quotation)) token.mention = true;
}
