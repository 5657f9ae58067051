import { inversions } from '../text/clauses.ts';
import type { Paragraphs, Token } from '../text/tokens.ts';

/** Words that open a condition or deadline of not complying: "unless you pay", "until the balance is cleared", "otherwise". */
const unlessWords = new Set(['unless', 'until', 'till', 'otherwise', 'failing', 'lest']);
/**
 * Words that open a condition which is one of not complying only when negated: "if it isn't paid", not "if you pay";
 * and the auxiliaries of an inverted one ("should the balance still be outstanding, …"), when the clauses mark it so.
 */
const ifWords = new Set(['if', 'provided', 'providing', ...inversions]);
/**
 * Words that make an "if" clause one of not complying: "if it isn't paid", "if this invoice remains unpaid", "if the
 * invoice remains open", "should the balance still be owing".
 */
const negations = new Set(['not', 'no', 'never', 'nothing', 'fail', 'refuse', 'unpaid', 'outstanding', 'overdue', 'unsettled', 'open', 'owing', 'arrears', 'uncleared', 'unresolved']);
/** In a "once" clause, the debt's age ("passes 90 days") or the sender's next step ("issue our claim") makes it one of not complying. */
const ageUnits = new Set(['day', 'week', 'month']);
const enforcementSteps = new Set(['claim', 'proceedings', 'proceeding', 'court', 'agency', 'solicitor', 'lawyer', 'collector', 'collection', 'collections']);
/** Not paying named as a thing: "non-payment will result in …", "failure to pay will mean …". */
const nonPayment = new Set(['non-payment', 'nonpayment', 'failure', 'default', 'late']);
/** Verbs that make their object the outcome of their subject: "non-payment will result in / lead to / mean …". */
const causing = new Set(['result', 'lead', 'mean', 'trigger', 'cause']);
/**
 * The token is an amount of money as letters write one, so that a condition naming it speaks of paying ("unless I've got
 * £4,200.00 by Friday", "should the $5,755.00 not be with us"): the tokens keep no currency sign, but a thousands group
 * split off its number ("4" "200.00") or pence and cents after more than a clock's hours ("75.50") are amounts, where
 * "by 5.30" is a time.
 */
function isMoney(tokens: readonly Token[], index: number): boolean {
  const text = tokens[index]!.text;
  const before = tokens[index - 1];
  if (/^\d{3}(\.\d\d)?$/.test(text) && before && /^\d{1,3}$/.test(before.text) && before.clause === tokens[index]!.clause) return true;
  const decimals = /^(\d+)\.\d\d$/.exec(text);
  return decimals !== null && Number(decimals[1]) > 24;
}
/** A deadline: "by 5pm tomorrow", "in two minutes", "within 7 days", "before Friday". */
const deadlinePrepositions = new Set(['by', 'within', 'in', 'before']);
const timeWords = new Set(['today', 'tomorrow', 'tonight', 'noon', 'midday', 'midnight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend', 'end', 'close', 'cob', 'eod', 'morning', 'afternoon', 'evening', 'lunchtime']);
/** Words after which what follows is the price of not complying: "pay by Friday or | we …", "otherwise | …". */
const ultimatumWords = new Set(['or', 'otherwise', 'else']);

const marked = new WeakMap<readonly Token[], { about: ReadonlySet<string>; marks: Uint8Array }>();

/**
 * For each token, 1 where it is part of the price of not paying or
 * complying (a rule group's `consequence: true`). In a sentence whose
 * unless/until/otherwise clause, or whose "if" clause with a negation, is
 * about paying or answering (`about`: the lexicon's `threat-conditions`, read
 * by lemma or spelling: "if the £7,600 isn't paid", or names an amount of
 * money: "unless I've got £4,200.00 by Friday") or sets a deadline for
 * "it" or "this" ("if we don't see it by 5pm tomorrow"; not "unless you return
 * the keys by Friday"), every word
 * outside that clause; and every word after "or", "otherwise" or "or else"
 * where the words before it in the sentence speak of paying or name a number
 * ("$9,300 by the 20th or …"), unless a verb follows it ("or call us" is an
 * alternative). A "once" clause counts when it names the debt's age or the
 * sender's next step ("once the debt passes 90 days", "once we issue our
 * claim"), and not paying named as a thing makes what its verb of causing
 * leads to the price ("non-payment will result in | …", "failure to pay will
 * mean | …"). So does a phrase of payment missing, for the rest of its
 * sentence ("in the absence of payment within seven days, | …"), and a step
 * that paying is said to call off, for its sentence and the two before it
 * ("… | Payment by Monday will cancel the visit"). A condition about anything
 * else ("unless you tell us otherwise", "if you no longer want the service",
 * "once payment is received") marks nothing. A list goes on the sentence
 * before it: after one with a condition of not paying ("Unless the balance
 * is received by 30 September: | - our engineers will …"), every item of
 * the list is marked.
 * Three passes over each sentence, and one over the paragraphs, once per
 * document.
 */
export function consequences(words: Paragraphs, about: ReadonlySet<string>): Uint8Array {
  const { tokens } = words;
  const cached = marked.get(tokens);
  if (cached?.about === about) return cached.marks;
  const marks = new Uint8Array(tokens.length);
  /** Sentences with a condition of not paying, which a list may go on: "Unless the balance is received by 30 September:". */
  const introducing = new Set<number>();
  const speaksOfPaying = (token: Token) => about.has(token.lemma) || about.has(token.text);
  for (let first = 0; first < tokens.length; ) {
    let last = first;
    /** Clauses of the sentence that state a condition of not paying or answering. */
    const conditions = new Set<number>();
    /** The condition clause being read: its number, whether it is one of not complying, whether it speaks of paying. */
    let clause = -1;
    let once = false;
    let complying = false;
    let paying = false;
    /** Where the last deadline preposition of the clause stood. */
    let deadline = -10;
    /** The clause speaks of "it" or "this", which in a deadline stands for the payment ("if we don't see it by 5pm"). */
    let standsForPayment = false;
    const close = () => {
      if (clause >= 0 && complying && paying) conditions.add(clause);
    };
    while (last < tokens.length && tokens[last]!.sentence === tokens[first]!.sentence) {
      const token = tokens[last]!;
      if (last === first || tokens[last - 1]!.clause !== token.clause) {
        close();
        const unless = unlessWords.has(token.text);
        // "Once" opening its clause, a condition of reaching a point ("once the debt passes 90 days"), not "once again" or "once more".
        once = token.text === 'once' && tokens[last + 1]?.text !== 'again' && tokens[last + 1]?.text !== 'more';
        clause = unless || once || (ifWords.has(token.text) && token.condition) ? token.clause : -1;
        complying = unless;
        paying = false;
        standsForPayment = false;
      } else if (token.clause === clause) {
        if (negations.has(token.text) || negations.has(token.lemma)) complying = true;
        if (once && (enforcementSteps.has(token.lemma) || (ageUnits.has(token.lemma) && tokens[last - 1]!.pos === 'NUM'))) complying = paying = true;
        if (speaksOfPaying(token) || isMoney(tokens, last) || (standsForPayment && last - deadline <= 3 && (token.pos === 'NUM' || timeWords.has(token.text)))) paying = true;
        if (deadlinePrepositions.has(token.text)) deadline = last;
        if (token.text === 'it' || token.text === 'this') standsForPayment = true;
      }
      last++;
    }
    close();
    if (conditions.size > 0) introducing.add(tokens[first]!.sentence);
    let demanded = false;
    let after = false;
    /** The clause in which not paying was named as a thing ("non-payment of the account"), awaiting a verb of causing. */
    let notPaying = -1;
    const defiance = defied(tokens, first, last, speaksOfPaying);
    const [absentFrom, absentTo] = absentPayment(tokens, first, last, speaksOfPaying);
    for (let i = first; i < last; i++) {
      const token = tokens[i]!;
      if (!conditions.has(token.clause) && !token.condition && (conditions.size > 0 || after || (absentFrom >= 0 && (i < absentFrom || i >= absentTo)))) marks[i] = 1;
      if (nonPayment.has(token.lemma) || nonPayment.has(token.text)) notPaying = token.clause;
      // "Non-payment of wholesaler accounts will result in | your registration being reviewed": what it causes is its price.
      if (notPaying === token.clause && causing.has(token.lemma) && token.pos === 'VERB') after = true;
      if (speaksOfPaying(token) || token.pos === 'NUM') demanded = true;
      if (demanded && ultimatumWords.has(token.text) && !(i + 1 < last && tokens[i + 1]!.pos === 'VERB')) after = true;
      // "Don't pay and we'll …", "keep ignoring us and see …": an imperative of not complying, then what follows it.
      if (defiance && token.text === 'and') after = true;
    }
    // "The removal … has been scheduled for Tuesday. | Payment in full before Monday will cancel the visit.": a step that
    // payment is said to call off is its price, in this sentence and the two before it.
    if (calledOffByPayment(tokens, first, last, speaksOfPaying)) {
      const from = tokens[first]!.sentence - 2;
      for (let i = first - 1; i >= 0 && tokens[i]!.sentence >= from; i--) if (!tokens[i]!.condition) marks[i] = 1;
      for (let i = first; i < last; i++) if (!tokens[i]!.condition) marks[i] = 1;
    }
    first = last;
  }
  // The items of a list after a paragraph that ends on a sentence with such a condition are each its price.
  const { paragraphs } = words;
  for (let p = 0; p + 1 < paragraphs.length; p++) {
    const { start, end, data } = paragraphs[p]!;
    if (data.context === 'list' || end <= start || !introducing.has(tokens[end - 1]!.sentence)) continue;
    for (let q = p + 1; q < paragraphs.length && paragraphs[q]!.data.context === 'list'; q++) marks.fill(1, paragraphs[q]!.start, paragraphs[q]!.end);
  }
  marked.set(tokens, { about, marks });
  return marks;
}

/** Verbs of calling a step off: "payment will cancel the visit", "settling now avoids the removal". */
const callingOff = new Set(['cancel', 'stop', 'prevent', 'avoid', 'halt', 'avert', 'spare']);
/** What a purpose of calling off refers back to: "to prevent this", "to avoid that". */
const referring = new Set(['this', 'that', 'it', 'these', 'them']);
/** Words of a step made unneeded: "which we hope will not be necessary if payment is received". */
const needed = new Set(['necessary', 'needed', 'required']);

/**
 * The sentence [first, last) says that paying calls a step off: a word of
 * paying and, after it outside a condition, a verb of calling off ("payment in
 * full before the Monday will cancel the visit"); a sentence opening with a
 * purpose of calling off that paying then serves ("To prevent this, please
 * make a payment"); or a step said to be unneeded if paid ("which we hope
 * will not be necessary if payment is received").
 */
function calledOffByPayment(tokens: readonly Token[], first: number, last: number, speaksOfPaying: (token: Token) => boolean): boolean {
  let paying = false;
  let unneeded = -10;
  /** "To prevent this, | please make a payment": a purpose of calling off that paying then serves. */
  let purpose = false;
  for (let i = first; i < last; i++) {
    const token = tokens[i]!;
    if (speaksOfPaying(token) && !token.condition) {
      if (purpose) return true;
      paying = true;
    }
    if (i === first && token.text === 'to' && callingOff.has(tokens[i + 1]?.lemma ?? '') && referring.has(tokens[i + 2]?.text ?? '')) purpose = true;
    if (paying && !token.condition && callingOff.has(token.lemma) && token.pos === 'VERB') return true;
    if (needed.has(token.text) && [tokens[i - 1], tokens[i - 2], tokens[i - 3]].some((t) => t?.text === 'not' || t?.text === 'unnecessary')) unneeded = i;
    if (token.condition && speaksOfPaying(token) && i - unneeded <= 6) return true;
  }
  return false;
}

/** Nouns of payment missing after "in (the)" or "for": "in (the) absence of payment", "in default of payment", "for want of payment". */
const absenceNouns = new Set(['absence', 'default', 'want']);
/** Prepositions of payment missing or awaited: "absent payment", "pending settlement". */
const absencePrepositions = new Set(['absent', 'pending']);

/**
 * Where, in the sentence [first, last), a prepositional phrase of payment
 * missing stands: "in (the) absence of payment within seven days", "in
 * default of payment", "absent payment", "pending settlement of the
 * balance" (a word of paying within four words after it; not "the pending
 * payment", an adjective). The phrase runs to the next comma or the end of
 * its clause; the rest of the sentence is its price. [-1, -1] when there is
 * none.
 */
function absentPayment(tokens: readonly Token[], first: number, last: number, speaksOfPaying: (token: Token) => boolean): [number, number] {
  for (let i = first; i < last; i++) {
    const word = tokens[i]!.text;
    let from = -1;
    if (absencePrepositions.has(word) && (i === first || tokens[i - 1]!.pos !== 'DET')) from = i;
    else if (absenceNouns.has(word)) {
      if (tokens[i - 1]?.text === 'in' || tokens[i - 1]?.text === 'for') from = i - 1;
      else if (tokens[i - 1]?.text === 'the' && tokens[i - 2]?.text === 'in') from = i - 2;
    }
    if (from < first) continue;
    let paying = false;
    for (let j = i + 1; j < Math.min(last, i + 5); j++) if (speaksOfPaying(tokens[j]!)) paying = true;
    if (!paying) continue;
    let to = i + 1;
    while (to < last && tokens[to]!.clause === tokens[i]!.clause && !tokens[to]!.punctuation.includes(',')) to++;
    return [from, to];
  }
  return [-1, -1];
}

const persisting = new Set(['keep', 'continue', 'carry', 'go']);
const evading = new Set(['ignore', 'avoid', 'dodge', 'stall', 'delay', 'hide']);
/** What is evaded, when it is the sender's chasing: "ignore this", "keep dodging my calls". */
const ours = new Set(['this', 'us', 'me', 'my', 'our', 'it', 'these', 'them', 'letter', 'letters', 'reminder', 'reminders', 'invoice', 'invoices', 'calls', 'emails', 'messages', 'texts']);

/**
 * The sentence [first, last) opens with an imperative of not complying: "don't
 * pay", "do not reply", "ignore this letter", "keep ignoring us", "carry on
 * dodging my calls" (a word of paying or evading within its first five words).
 */
function defied(tokens: readonly Token[], first: number, last: number, speaksOfPaying: (token: Token) => boolean): boolean {
  const opener = tokens[first]!;
  // "Ignore this letter and …", not "ignore the alarm test and …".
  if (evading.has(opener.lemma)) return ours.has(tokens[first + 1]?.text ?? '') || ours.has(tokens[first + 2]?.text ?? '');
  const negated = opener.text === 'do' && (tokens[first + 1]?.text === 'not' || tokens[first + 1]?.text === 'never');
  if (!negated && !persisting.has(opener.lemma)) return false;
  for (let i = first + 1; i < Math.min(last, first + 5); i++) {
    const token = tokens[i]!;
    if ((negated && speaksOfPaying(token)) || (evading.has(token.lemma) && (ours.has(tokens[i + 1]?.text ?? '') || ours.has(tokens[i + 2]?.text ?? '')))) return true;
  }
  return false;
}
