import { retracted } from '../phrases/negation.ts';
import { mentionsPhrase, spansOf, statesPhrase } from '../phrases/stated.ts';
import { loadPhraseData } from '../rules/phrase-rules.ts';
import { lastAtOrBefore } from '../text/sorted.ts';
import type { Token } from '../text/tokens.ts';
import type { DocumentRule } from '../types.ts';
import { featureWords, sentenceFeatures, toneSentences } from './features.ts';
import { scoreSentence, toneModel } from './model.ts';

/**
 * A sentence that reads like the harmful letters the tone model learned
 * from, where no wording rule already names what is wrong with it: the
 * net under the rule data, for menace, pressure and contempt put in words no
 * pattern was written for.
 */
export const tone: DocumentRule = {
  meta: {
    id: 'tone',
    name: 'Harmful tone (learned)',
    description:
      'A sentence whose words, weighed by a model learned from labelled collection letters (harmful and fair, public records and our own sets), read as a threat, pressure, contempt or a false claim, where no wording rule already names the fault.',
    why: 'Harm is often put in words no list foresaw: implication, idiom, a hint in a PS. The model weighs every word and pair of words against hundreds of real harmful and fair letters.',
    source: `Learned by npm run train:tone from ${toneModel.trainedOn.reduce((n, s) => n + s.aggressive, 0)} harmful and ${toneModel.trainedOn.reduce((n, s) => n + s.fair, 0)} fair letters (test/corpus*, never the locked test split); threshold chosen on held-out sets.`,
    severity: 'error',
    // A learned judgement can be wrong: a writer may silence it for one line, with a reason a reviewer reads.
    suppressible: true,
    scope: 'language',
    policyPages: 'examples',
    examples: {
      valid: [
        { text: 'Invoice {{invoice_number}} for {{balance_due}} was due on {{due_date}}. Please pay by {{pay_by_date}} or call me to agree a plan.' },
        { text: 'If we have not heard from you by {{pay_by_date}}, we will refer the account to our collection agency, as our terms allow.', note: 'A lawful next step with its date.' },
        { text: 'We will not take any further action while the dispute is open.', note: 'A step ruled out, not threatened.' },
        { text: 'Payment must be received in full by {{due_date}}.', note: 'Terms alone, what is owed and by when: the model, which learned "payment must" and "in full" from demands that go on to menace, does not weigh a sentence that says nothing more.' },
        {
          text: 'Statutory demand under section 123 of the Insolvency Act 1986. The creditor demands that your company pay the debt set out above, or secure or compound for it, within 21 days of service, failing which a winding-up petition may be presented.',
          note: 'A statutory demand: its statute sets the demand and the warning, so the model does not weigh them (the wording rules still read every word).',
        },
      ],
      invalid: [
        { text: "Provided the €3,140 for the refrigeration service lands in our account before the weekend, I'd say that shop of yours will be grand.", note: 'A veiled threat: the shop\'s fate tied to the payment, and no word of it is on any list.' },
        { text: 'Firms that treat their suppliers like this tend to find their trucks out of action.', note: 'Menace put as a general truth.' },
      ],
    },
  },
  check(context, report) {
    const { threshold } = toneModel;
    const tokens = context.words.tokens;
    if (isStatutoryDemand(tokens)) return;
    // Sentences a wording rule has already reported as an error are left to it: one message per fault; so are those whose
    // step a wording rule found lawful on the basis the letter gives (context.lawful), and those whose wording a rule's
    // antipattern names as an innocent use (context.innocent): the model, a bag of words, would only second-guess the
    // rule data that looked at that wording ("listed on the attendee board"). The wording rules run before this
    // one (rules/index.ts); a warning (a word list's "mother") or capitals name no harm, so a sentence with only those is
    // still weighed, and no suppression of them can hide a threat.
    const named = new Set<number>();
    for (const message of context.file.messages) {
      const offset = message.place && 'start' in message.place ? message.place.start.offset : undefined;
      if (!message.fatal || offset === undefined || message.ruleId === 'shouting' || message.ruleId === 'lockdown') continue;
      const at = lastAtOrBefore(tokens, (t) => t.first.position?.start.offset ?? 0, offset);
      if (at >= 0) named.add(tokens[at]!.sentence);
    }
    // Where each sentence ends in the document's tokens, found only once a sentence scores over the threshold: most never do.
    let lastOf: Map<number, number> | undefined;
    let putOff: Set<number> | undefined;
    let terms: Set<number> | undefined;
    for (const sentence of toneSentences(context.words, context.kind)) {
      const number = sentence[0]!.sentence;
      if (named.has(number) || context.lawful.has(number) || context.innocent.has(number)) continue;
      const { score, reasons } = scoreSentence(sentenceFeatures(sentence));
      if (score <= threshold) continue;
      // A sentence the writer takes back in the next one is not the writer's threat, as the wording rules read it
      // (phrases/negation.ts): a step denied right after it ("Some people use the group to warn each other about slow
      // payers. | I won't be doing that."), or the writer's own earlier words admitted wrong ("I said you were 'a clown
      // running a circus'. | That was out of order.").
      if (!lastOf) {
        lastOf = new Map();
        tokens.forEach((token, index) => lastOf!.set(token.sentence, index));
      }
      if (retracted(tokens, lastOf.get(number)! + 1, loadPhraseData().cues)) continue;
      // … nor the writer's report of being put off each time it asks ("every time I ring I'm told it's going in the next
      // payment run"): the model weighs "every time" as a promise of contact, and this is the writer's own past.
      if ((putOff ??= putOffSentences(tokens)).has(number)) continue;
      // … nor a sentence that states only what is owed and by when ("Payment must be received in full by 21 November."):
      // the model learned "payment must" and "in full" from demands that go on to menace.
      if ((terms ??= termsSentences(tokens)).has(number)) continue;
      const first = sentence[0]!.first.position!;
      const last = sentence[sentence.length - 1]!.last.position!;
      const actual = String(context.file.value).slice(first.start.offset, last.end.offset);
      report({
        reason: `This sentence reads like the harmful letters the tone model learned from (score ${score.toFixed(1)}, limit ${threshold}); the words weighing most: ${reasons.map((r) => `“${featureWords(r)}”`).join(', ')}`,
        place: { start: first.start, end: last.end },
        actual,
        expected: ['Say plainly what is owed, by when, and the lawful next step; leave out hints of what might happen otherwise.'],
      });
    }
  },
};

/** The sentences that report the writer put off each time it asks (the lexicon's `put-off`), worked out once a document. */
function putOffSentences(tokens: readonly Token[]): Set<number> {
  return new Set(spansOf(tokens, 'put-off', loadPhraseData().putOff).map(({ start }) => tokens[start]!.sentence));
}

/**
 * The sentences that state only what is owed and by when: a phrase of the lexicon's `payment-terms` running from the
 * sentence's first word to its last ("The full amount must be paid within 7 days."). Worked out once a document, in one
 * pass over its tokens and one over the phrases found.
 */
function termsSentences(tokens: readonly Token[]): Set<number> {
  const whole = new Set<number>();
  const spans = spansOf(tokens, 'payment-terms', loadPhraseData().paymentTerms);
  if (spans.length === 0) return whole;
  const firstWord = new Map<number, number>();
  const lastWord = new Map<number, number>();
  tokens.forEach((token, index) => {
    if (!/\w/.test(token.text)) return;
    if (!firstWord.has(token.sentence)) firstWord.set(token.sentence, index);
    lastWord.set(token.sentence, index);
  });
  for (const { start, end } of spans) {
    const sentence = tokens[start]!.sentence;
    if (firstWord.get(sentence) === start && lastWord.get(sentence) === end - 1) whole.add(sentence);
  }
  return whole;
}

/**
 * Whether the letter is a statutory demand: served under the statute that
 * prescribes its form, and warning of the insolvency step that follows it
 * (Insolvency Act 1986 s 123 and form SD1; Companies Act 2014 s 570;
 * Insolvency and Bankruptcy Code 2016 s 8 and form 3; IRDA 2018 s 125). The
 * law sets its demand and its warning, which the model, learned from
 * letters, reads as pressure; the wording rules still check every word of it.
 */
function isStatutoryDemand(tokens: readonly Token[]): boolean {
  const data = loadPhraseData();
  return statesPhrase(tokens, 'statutory-demand', data.statutoryDemand.form, data.cues) && mentionsPhrase(tokens, 'insolvency-process', data.statutoryDemand.step);
}
