import type { Token } from './tokens.ts';
import { fieldPlaceholder } from './extract.ts';

/**
 * Clause breaks, from punctuation, subordinating words and parts of speech.
 * A negation reaches to the end of its own clause only ("If you do not pay
 * by Friday, | bailiffs will be instructed"), and a frame's parts must share
 * one clause. The heuristics are those of a shallow parser: a clause opens
 *
 * - at the start of a sentence, a line, or after ; : ( ), dashes, = and arrows;
 * - at a subordinating word (if, unless, because, although, whether …, and
 *   "that" tagged SCONJ), a relative pronoun (which, who), or a subject and
 *   its verb right after a noun ("goods | you cannot pay for");
 * - at until, before, after, since, once when a subject follows ("until you pay");
 * - at but, yet, so, or at and, or, nor when a subject and its verb follow
 *   and the clause before has its own verb ("you have not paid | and bailiffs
 *   will call", but "no bailiffs, agents or court action are involved" is one);
 *   joined so to a condition, the clause is part of the condition ("if we sued
 *   | and the court gave judgment, …");
 * - after a comma that closes a subordinate clause ("If …, we will …"; not
 *   one that goes on with its list: "that this letter is not a subpoena,
 *   summons or court document"), or
 *   when a subject and its verb follow the comma (the same proviso); in a subordinate clause of
 *   three words or more, at a subject pronoun and its verb even without the
 *   comma ("If it's not in by Monday | I'm tweeting").
 */
const subordinators = new Set(['if', 'unless', 'because', 'although', 'though', 'whereas', 'whether', 'while', 'whilst', 'when', 'whenever', 'otherwise', 'provided', 'providing', 'failing', 'lest']);
const conditions = new Set(['if', 'unless', 'provided', 'providing', 'failing', 'lest']);
const relatives = new Set(['which', 'who', 'whom']);
const temporal = new Set(['until', 'till', 'before', 'after', 'since', 'once']);
const contrast = new Set(['but', 'yet', 'so']);
/** Contrast words that are as often adverbs ("so far", "not yet", "have yet to"): they open a clause only before a subject and its verb. */
const adverbialContrast = new Set(['so', 'yet']);
const coordinators = new Set(['and', 'or', 'nor']);
/** Words that open a clause whose subject follows them ("what | you ordered"): no new clause starts at that subject. */
const whWords = new Set(['what', 'which', 'who', 'whom', 'whose', 'where', 'how', 'whatever', 'whoever']);
/** Nouns of time, which stand as adverbials before a clause's subject ("from today we will …"). */
const timeNouns = new Set(['today', 'tomorrow', 'tonight', 'yesterday', 'now', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'fortnight', 'time', 'moment', 'date']);
/** Words after which "but" means "except": "no choice but to", "nothing but", "anything but". */
const exceptive = new Set(['option', 'options', 'choice', 'alternative', 'nothing', 'anything', 'everything', 'all', 'none']);
/** Determiners that make a noun phrase the sender's: "our driver", "my brother". */
const senderDeterminers = new Set(['our', 'my']);
const subjectPronouns = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'someone', 'somebody', 'nobody', 'everyone', 'everybody', 'anyone', 'there']);
/** Words a subject's noun phrase is made of. */
const nominal = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/**
 * Auxiliaries by spelling: the tagger reads "I'm" after a name as two proper
 * nouns at times. The negation check (phrases/negation.ts) reads the same list.
 */
export const auxiliaries: ReadonlySet<string> = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'have', 'has', 'had', 'do', 'does', 'did']);
/** A verb or an auxiliary, by its tag or (the tagger misreads some) by spelling. The negation check reads the same test. */
export const isVerb = (token: Token) => token.pos === 'AUX' || token.pos === 'VERB' || auxiliaries.has(token.text);

/** Words that may open a noun phrase joined to another by "and" or "or": not a subject pronoun, which starts a clause ("… or penalties, and | we will"). */
const possessives = new Set(['your', 'our', 'my', 'their', 'his', 'her', 'its']);
const conjoinedNoun = (token: Token | undefined) => token !== undefined && token.punctuation === '' && (token.pos === 'PRON' ? possessives.has(token.text) : nominal.has(token.pos));

/** A subject pronoun and then its verb, in one sentence, start at `i` ("you'll only get", "I'm going"), read by spelling. */
export function pronounAndVerbAt(tokens: readonly Token[], i: number, end = tokens.length): boolean {
  const first = tokens[i];
  return first !== undefined && subjectPronouns.has(first.text) && i + 1 < end && tokens[i + 1]!.sentence === first.sentence && isVerb(tokens[i + 1]!);
}

/** A subject (a pronoun, or a short noun phrase) and then its verb start at `i`, within the sentence. */
function subjectAndVerbAt(tokens: readonly Token[], i: number, end: number): boolean {
  const first = tokens[i];
  if (!first) return false;
  if (subjectPronouns.has(first.text)) return pronounAndVerbAt(tokens, i, end);
  let nouns = 0;
  // (Two noun phrases joined by "and" or "or" are one subject: "no project files | or drawings were changed".)
  for (let j = i; j < end && j < i + 7 && tokens[j]!.sentence === first.sentence; j++) {
    const token = tokens[j]!;
    if (token.pos === 'AUX' || auxiliaries.has(token.text) || (token.pos === 'VERB' && nouns > 0)) return nouns > 0;
    if (nouns > 0 && (token.text === 'and' || token.text === 'or') && token.punctuation === '' && conjoinedNoun(tokens[j + 1])) continue;
    if (!nominal.has(token.pos)) return false;
    if (token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'PRON') nouns++;
  }
  return false;
}

/**
 * The comma before `i` goes on with a list, not to a new clause: the words
 * from `i` hold "and" or "or" and reach the next comma or the end of the
 * sentence with no verb ("that this letter is not a subpoena, | summons or
 * court document, …", "if you pay by Friday, | Monday or Tuesday, …"); not
 * "if you do not pay by Friday, | bailiffs or agents will call", whose verb
 * makes it the main clause. Looks at most 12 words ahead.
 */
function listGoesOn(tokens: readonly Token[], i: number, end: number): boolean {
  let joined = false;
  for (let j = i; ; j++) {
    if (j >= end || tokens[j]!.sentence !== tokens[i]!.sentence || (j > i && /[,;:]/.test(tokens[j]!.punctuation))) return joined;
    if (j >= i + 12 || isVerb(tokens[j]!)) return false;
    if (coordinators.has(tokens[j]!.text)) joined = true;
  }
}

/** Auxiliaries that open a condition when they come before their subject: "Should the balance still be outstanding, …". */
export const inversions: ReadonlySet<string> = new Set(['should', 'were', 'had']);

/**
 * A sentence opening with an auxiliary, then its subject, then a comma within
 * the sentence is a condition set before its main clause (subject-auxiliary
 * inversion): "Should the balance still be outstanding on Friday, | the
 * isolator will be switched off", "Had you paid on time, …", "Were the goods
 * to be collected, …"; not a question ("Should we call you tomorrow?", no
 * comma) nor a verb's own use ("Had a look at it, …": no subject). Looks at
 * most 40 words ahead.
 */
function invertedCondition(tokens: readonly Token[], i: number, end: number): boolean {
  const next = tokens[i + 1];
  if (!inversions.has(tokens[i]!.text) || !next || next.sentence !== tokens[i]!.sentence) return false;
  if (!subjectPronouns.has(next.text) && next.pos !== 'DET' && next.pos !== 'PROPN' && next.pos !== 'NOUN') return false;
  for (let j = i + 2; j < end && j < i + 40 && tokens[j]!.sentence === tokens[i]!.sentence; j++) if (tokens[j]!.punctuation.includes(',')) return true;
  return false;
}

/**
 * Clause numbers only need to differ between clauses, so one counter serves
 * every document. A clause interrupted by a relative clause keeps its number
 * when it resumes, so numbers are not in document order.
 */
let clauseCounter = 0;

/** Sets `clause` and `condition` on tokens [start, end) of one paragraph, in one pass. */
export function markClauses(tokens: Token[], start: number, end: number): void {
  let subordinate = false;
  let condition = false;
  let clauseStart = start;
  let hasVerb = false;
  /** The clause is a relative clause inside another ("goods you cannot pay for"), which may resume after it. */
  let embedded = false;
  /** A parenthesis right after a subordinator is open ("whether, | as a director, | you would …"). */
  let aside = false;
  let current = ++clauseCounter;
  /** The clause an embedded one interrupted, and what it was. */
  let [outer, outerSubordinate, outerCondition] = [current, false, false];
  for (let i = start; i < end; i++) {
    const token = tokens[i]!;
    const sentenceStart = i === start || tokens[i - 1]!.sentence !== token.sentence;
    const word = token.text;
    // An equals sign or an arrow sets a consequence after its condition, as a note or a message writes it: "not paid by
    // Monday = | we freeze every account", "no payment -> | bailiffs".
    let opens = sentenceStart || /[;:()=>\u2014\u2013\u2192\u21D2]/.test(token.punctuation) || (token.clauseStart && token.punctuation === '');
    let opensSubordinate = false;
    let opensEmbedded = false;
    /** The clause opened is coordinated with a subordinate one, and is as subordinate as it. */
    let coordinated = false;
    let resumes = false;
    // A field reads as no word here, unless it names the addressee and reads as "you" (tokens.ts).
    if (!opens && (!token.field || token.text !== fieldPlaceholder)) {
      // "That" as a pronoun after a noun is relative too: "goods | that have not been paid for".
      if (relatives.has(word) || (word === 'that' && token.pos === 'PRON' && (tokens[i - 1]!.pos === 'NOUN' || tokens[i - 1]!.pos === 'PROPN'))) {
        opensSubordinate = true;
        opensEmbedded = true;
      // (Not "otherwise" inside a verb phrase, an adverb there: "our staff will otherwise be letting your subbies know".)
      } else if ((subordinates(tokens, i) && !(word === 'otherwise' && auxiliaries.has(tokens[i - 1]!.text))) || (word === 'that' && token.pos === 'SCONJ')) {
        opensSubordinate = true;
        // Inside a clause still waiting for its verb, a condition is set in it, which resumes after it: "the next step | if we
        // don't hear from you | is a notice in the classifieds".
        opensEmbedded = conditions.has(word) && !hasVerb && i > clauseStart;
      }
      else if (temporal.has(word) && subjectAndVerbAt(tokens, i + 1, end)) opensSubordinate = true;
      // "But" meaning "except" joins no clause: "we have no option | but to" is one ("no option but to let your suppliers know").
      // An adverb set off by a comma from what follows closes its clause instead: "the bailiffs have not been instructed yet, |
      // you have until Friday".
      else if (contrast.has(word) && (!adverbialContrast.has(word) || (subjectAndVerbAt(tokens, i + 1, end) && !tokens[i + 1]!.punctuation.includes(','))) && !(word === 'but' && exceptive.has(tokens[i - 1]!.text))) opens = true;
      // Only a clause that already has its verb can end: "No bailiffs, agents or court action | are involved" is one clause.
      // Inside a condition the second clause is part of it: "If we issued a claim | and the court gave judgment, …".
      else if (coordinators.has(word) && hasVerb && subjectAndVerbAt(tokens, i + 1, end)) {
        opens = true;
        coordinated = subordinate;
      }
      // A parenthesis set off by commas right after the subordinator is inside its clause, which goes on after it: "you
      // asked whether, as a director, | you would be held …", "if, as you say, | the goods were damaged". (Where the
      // subordinator has words of its own before the comma, "if not, | we will …", the comma closes it, as below.)
      else if (token.punctuation.includes(',') && subordinate && (aside || i - 1 === clauseStart)) {
        if (aside) token.clauseStart = false;
        aside = !aside;
      }
      else if (token.punctuation.includes(',') && ((subordinate && !listGoesOn(tokens, i, end)) || (hasVerb && subjectAndVerbAt(tokens, i, end)))) opens = true;
      // A condition without its comma ends where a subject and its verb begin: "If it's not in by Monday | I'm tweeting about it".
      // So does one with the sender's own people as the subject: "if we don't see it by 5pm | our driver will come round"
      // (not after a preposition, whose object it is: "if payment of our invoice is late", "anyone who asks us about you | will hear";
      // nor after a wh-word, whose clause it is: "if anything doesn't match what you ordered").
      // It starts its clause as a comma would have, so a negation there reads as the step's (negation.ts takes a step's
      // clause only where one starts).
      else if (subordinate && i - clauseStart >= 3 && (subjectPronouns.has(word) || senderDeterminers.has(word)) && tokens[i - 1]!.pos !== 'ADP' && !whWords.has(tokens[i - 1]!.text) && subjectAndVerbAt(tokens, i, end)) {
        opens = true;
        token.clauseStart = true;
      }
      // A relative clause without "that": "goods | you cannot pay for". (Not after a noun of time, an adverbial: "from today
      // we will stop texting", "next week we will call"; nor after a comma, which ends an opening phrase: "without
      // exception, we do not …" is the main clause.)
      else if (subjectPronouns.has(word) && token.punctuation === '' && i > start && tokens[i - 1]!.pos === 'NOUN' && !timeNouns.has(tokens[i - 1]!.text) && tokens[i - 1]!.sentence === token.sentence && subjectAndVerbAt(tokens, i, end)) {
        opensSubordinate = true;
        opensEmbedded = true;
      }
      // … which ends where the sentence's own verb comes back, and the clause it interrupted resumes:
      // "goods you haven't paid for | is theft", "your wife, who put up the money, | would like to hear".
      else if (embedded && hasVerb && isVerb(token) && tokens[i - 1]!.pos !== 'AUX' && tokens[i - 1]!.pos !== 'PART' && tokens[i - 1]!.pos !== 'ADV' && !auxiliaries.has(tokens[i - 1]!.text)) resumes = true;
    // A subordinator opens its clause at a sentence's start, and after a colon, a semicolon or a dash: "For completeness: | if
    // we had to issue a claim, …".
    } else if ((sentenceStart || /[;:\u2014\u2013]/.test(token.punctuation)) && (subordinates(tokens, i) || temporal.has(word))) opensSubordinate = true;
    const inverted = sentenceStart && invertedCondition(tokens, i, end);
    if (inverted) opensSubordinate = true;
    if (opensSubordinate) opens = true;
    if (resumes) {
      current = outer;
      embedded = false;
      subordinate = outerSubordinate;
      condition = outerCondition;
      clauseStart = i;
    } else if (opens) {
      aside = false;
      if (opensEmbedded) [outer, outerSubordinate, outerCondition] = [current, subordinate, condition];
      current = ++clauseCounter;
      clauseStart = i;
      hasVerb = false;
      embedded = opensEmbedded;
      if (!coordinated) {
        subordinate = opensSubordinate;
        condition = opensSubordinate && (conditions.has(word) || inverted);
      }
    }
    token.clause = current;
    token.condition = condition;
    if (isVerb(token)) hasVerb = true;
  }
}

/**
 * Token `i` is a subordinating word: not "failing" or "providing" before "to", a verb's gerund there ("failing to pay a
 * commercial invoice | is not a criminal offence"), where "failing payment by Friday" and "providing you pay" set conditions.
 */
function subordinates(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!.text;
  if (!subordinators.has(word) || ((word === 'failing' || word === 'providing') && tokens[i + 1]?.text === 'to')) return false;
  // "Provided" as a participle, after its auxiliary or before its preposition, opens nothing: "a summary will be provided to
  // your landlord", "the services provided by us" (a condition: "provided that you pay", "provided payment reaches us").
  return !(word === 'provided' && (participleLeads.has(tokens[i - 1]?.lemma ?? '') || participleFollows.has(tokens[i + 1]?.text ?? '')));
}

const participleLeads = new Set(['be', 'have', 'get']);
const participleFollows = new Set(['to', 'by', 'for', 'with', 'in', 'on', 'under', 'at', 'from', 'free', 'below', 'above', 'overleaf', 'herein']);

/** Words that open a clause supposing something: "once the court has found in our favour, …". */
const supposing = new Set(['once', 'when', 'whenever', 'after', 'before', 'until', 'till', 'should', 'suppose', 'supposing']);

/** Words of paying, or of the letter itself: a condition that holds one is the price of not paying ("if you ignore this letter"), not a step of procedure. */
const paying = new Set(['pay', 'paid', 'payment', 'settle', 'settled', 'settlement', 'clear', 'cleared', 'balance', 'invoice', 'debt', 'money', 'amount', 'sum', 'cheque', 'transfer', 'funds', 'arrears', 'owe', 'owed', 'ignore', 'ignores', 'ignored', 'expire', 'expires', 'expired', 'letter', 'demand', 'reminder']);

/** Whether the clause opening at `from` speaks of paying. */
function aboutPaying(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length && i < from + 16 && tokens[i]!.clause === tokens[from]!.clause; i++) if (paying.has(tokens[i]!.text) || paying.has(tokens[i]!.lemma)) return true;
  return false;
}

/** Finite forms of the past and the future, and what leads a passive's participle ("is entered", "gets struck off"). */
const pastOrFuture = new Set(['was', 'were', 'did', 'had', 'will', 'shall', "'ll", 'going']);
const passiveLeads = new Set(['be', 'get']);

/** The lemma of the word before `i` in its clause (from `first`), past adverbs: the "is" of "is only entered". */
function leadOf(tokens: readonly Token[], i: number, first: number): string {
  let j = i - 1;
  while (j > first && tokens[j]!.pos === 'ADV') j--;
  return j >= first ? tokens[j]!.lemma : '';
}

/** Words opening the alternative to what a sentence asks: "respond by Friday, | or judgment may be entered". */
const alternative = new Set(['or', 'otherwise']);

/** Modals of a supposed outcome: "if we sued and won, a judgment could be entered". */
const hypotheticalModals = new Set(['would', 'could', 'might', 'may']);

/**
 * Whether the words [start, end) are supposed rather than stated: they start
 * in a condition (if, unless …) or in a clause opened by once, when, after,
 * should …; or they (or up to six words of their clause before them) hold
 * "would", "could", "might" or "may" and a condition stands within 40 words
 * of them in their sentence or the one before ("a judgment could be entered
 * only if we issued a claim and won", "if you do not respond, the court may
 * enter a default judgment"); or their clause, in the generic present, holds
 * "only" and a condition or time clause (if, after, once …) follows it with no
 * pause between, of anything but paying or this letter ("judgment is entered
 * only if you do not respond", "a judgment only happens if a claim is
 * issued"); or they run on from their clause into a condition. Looks at most
 * 40 words each way.
 */
export function supposed(tokens: readonly Token[], start: number, end: number): boolean {
  const token = tokens[start]!;
  if (token.condition) return true;
  // A match that runs on from its clause into a condition ends on a verb the condition only supposes: "a County Court
  // Judgment only happens | if a claim is issued".
  const last = tokens[end - 1]!;
  if (last.condition && last.clause !== token.clause && last.sentence === token.sentence) return true;
  let first = start;
  while (first > 0 && start - first < 40 && tokens[first - 1]!.clause === token.clause) first--;
  if (supposing.has(tokens[first]!.text) && (first === 0 || tokens[first - 1]!.clause !== token.clause)) return true;
  // A necessary condition, opened by "only": "only after a judgment could an execution order be lodged …".
  if (token.text === 'only' && supposing.has(tokens[start + 1]?.text ?? '')) return true;
  // Or "only if" follows its clause with no pause: "a County Court Judgment is entered | only if the company does not
  // respond" states what the court does, not what it has done; the past or perfect still claims it done ("proceedings have
  // been issued unless you pay today", "the line was paid, yes, …"), the future promises it ("judgment will be entered
  // against you if this is not paid"), and so does a condition of paying ("judgment is entered against you only if you do
  // not pay within 7 days").
  // The end of the match's first clause, which the condition follows (the match may run on into it).
  let after = start;
  while (after < tokens.length && after < end + 8 && tokens[after]!.clause === token.clause) after++;
  const next = tokens[after];
  let done = false;
  // "Only" may stand before the verb and still bound the condition, or a time clause as "only after" does: "a County Court
  // Judgment only happens | if a claim is issued", "a judgment can be entered only | after a claim has been issued".
  let only = false;
  for (let i = first; i < after; i++) {
    const word = tokens[i]!;
    if ((word.lemma === 'have' && word.pos === 'AUX') || pastOrFuture.has(word.text) || (word.pos === 'VERB' && word.text.endsWith('ed') && !passiveLeads.has(leadOf(tokens, i, first)))) done = true;
    if (word.text === 'only') only = true;
  }
  if (!done && only && next && (next.condition || supposing.has(next.text)) && next.sentence === token.sentence && next.punctuation === '' && !aboutPaying(tokens, after)) return true;
  let modal = false;
  // The modal in the match or just before it in its clause: "the court may enter a default judgment".
  // (… or right after it: "judgment in default | may be entered".)
  for (let i = Math.max(first, start - 6); i < Math.min(tokens.length, end + 3) && (i < end || tokens[i]!.clause === token.clause); i++) if (hypotheticalModals.has(tokens[i]!.text)) modal = true;
  if (!modal) return false;
  // A modal clause offered as the alternative to what the sentence asks: "you must respond within 14 days, | or judgment may
  // be entered against the company".
  if (alternative.has(tokens[first]!.text) && first > 0 && tokens[first - 1]!.sentence === token.sentence) return true;
  // The condition may stand in the sentence before, which the modal goes on supposing (modal subordination): "If no
  // response is filed by 30 November, we may ask the court to enter judgment. | A judgment would be recorded …".
  const previous = token.sentence - 1;
  for (let i = Math.max(0, start - 40); i < Math.min(tokens.length, end + 40); i++) if ((tokens[i]!.sentence === token.sentence || tokens[i]!.sentence === previous) && tokens[i]!.condition) return true;
  return false;
}
