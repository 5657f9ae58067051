import { escalationTopicNames, escalationTopics, type EscalationTopic, type Stage } from '../../model/index.ts';
import { matchesWithin } from '../phrases/matcher.ts';
import { matchPlace, selectMatches } from '../phrases/select.ts';
import type { DocumentContext, DocumentRule } from '../types.ts';
import { statesDate } from '../text/dates.ts';
import { paragraphOf, type Token } from '../text/tokens.ts';
import { loadPhraseData, phraseRuleMeta, type NoticePart } from './phrase-rules.ts';

/** The first step of the ladder whose letters may mention a topic; with `sidePaths`, the first stage of any kind (a payment plan's). */
function earliestStage(stages: readonly Stage[], topic: EscalationTopic, sidePaths = false): Stage | undefined {
  return [...stages].sort((a, b) => a.days.from - b.days.from).find((s) => (sidePaths || s.kind === 'step') && s.mayMention.includes(topic));
}

const partNames: Record<NoticePart, string> = {
  condition: 'a condition (if…, unless…)',
  date: 'a date',
  resolution: 'a way to resolve it (pay, agree a plan, contact us)',
  basis: 'its basis (the contract, or the law)',
};

/** Labels, not statements: only the stage gate applies to them. */
const labelContexts = new Set(['heading', 'table', 'subject', 'title', 'summary']);

/**
 * Per document: the topics whose steps each paragraph gives notice of (paragraph index → topics), worked out once. Only
 * topics that need their own condition and date count: interest needs its basis, and borrows no one's date.
 */
const stepsByParagraph = new WeakMap<DocumentContext, Map<number, Set<EscalationTopic>>>();

/** Whether a topic is a step given as notice (a condition, a date, a way out), not a charge that needs only its basis. */
const isStep = (topic: EscalationTopic) => loadPhraseData().escalation.topics[topic]?.needs.includes('condition') ?? false;

function stepsIn(context: DocumentContext, index: number): ReadonlySet<EscalationTopic> | undefined {
  let steps = stepsByParagraph.get(context);
  if (!steps) {
    const data = loadPhraseData();
    stepsByParagraph.set(context, (steps = new Map()));
    for (const topic of escalationTopics) {
      if (!isStep(topic)) continue;
      for (const match of selectMatches(context, data.escalation.id, data.cues, topic)) {
        const at = paragraphOf(context.words.paragraphs, match.start);
        (steps.get(at) ?? steps.set(at, new Set()).get(at)!).add(topic);
      }
    }
  }
  return steps.get(index);
}

/**
 * Whether each notice part is present in the text around paragraph `index`
 * (it and its neighbours), computed once per paragraph, topic and part: a
 * paragraph with thousands of mentions is read once, not once per mention.
 * A statement and its condition often sit in neighbouring paragraphs of a
 * letter, but a neighbour that states a step of another topic keeps its
 * condition, date and way out for that step: "If it is not paid by 21
 * December, we will refer the account to our agency." gives no notice of the
 * next paragraph's "We may issue court proceedings against you." A step
 * that means to share its neighbour's date says it again ("We will also refer
 * it to our agency on 14 December"): words that seem to link back ("also",
 * "then", "at that time") are as often about something else.
 */
const partsAround = new WeakMap<DocumentContext, Map<string, boolean>>();
function partPresent(context: DocumentContext, topic: EscalationTopic, index: number, part: NoticePart, dateFields: ReadonlySet<string>): boolean {
  let known = partsAround.get(context);
  if (!known) partsAround.set(context, (known = new Map()));
  const key = `${index}:${topic}:${part}`;
  let present = known.get(key);
  if (present === undefined) {
    const { paragraphs, tokens } = context.words;
    const lends = (neighbour: number) => {
      const steps = stepsIn(context, neighbour);
      return steps === undefined || steps.has(topic);
    };
    const from = paragraphs[index > 0 && lends(index - 1) ? index - 1 : index]!.start;
    const to = paragraphs[index + 1 < paragraphs.length && lends(index + 1) ? index + 1 : index]!.end;
    if (part === 'date') {
      const around = tokens.slice(from, to);
      const text = around.map((t) => (t.field ? '' : t.raw)).join(' ');
      present = around.some((t) => t.field !== undefined && dateFields.has(t.field)) || statesDate(text);
    } else {
      present = matchesWithin(loadPhraseData().parts[part], tokens, from, to);
    }
    known.set(key, present);
  }
  return present;
}

/** Words that put a step still to come: a modal, "going to", "about to", "due to", "set to", or a condition's "if". */
const toCome = new Set(['will', 'shall', 'would', 'going', 'may', 'might', 'could', 'can', 'must', 'if', 'unless', "'ll", 'to', 'about', 'due', 'set', 'without', 'failing', 'or', 'otherwise']);
/** Auxiliaries of a step already taken: the perfect ("have stopped") and the past passive ("was placed"). */
const taken = new Set(['have', 'has', 'had', "'ve", 'was', 'were']);

/**
 * Whether a step the tokens `start`–`end` name is reported as taken: its first verb (or the one just before a step named
 * by its state, "placed on stop") is a past form after the perfect or the past passive ("have stopped", "was placed"), or
 * a simple past after its subject ("we stopped"); not after a modal, "to", a condition or an ultimatum's "or" in its clause
 * ("will stop", "is about to be referred", "or the account is referred"). Linear in the clause.
 */
function reportedAsTaken(tokens: readonly Token[], start: number, end: number): boolean {
  let verb = -1;
  // A step named by its state ("on stop") takes the verb just before it in its clause ("was placed on stop").
  if (tokens[start]!.pos === 'ADP') for (let i = start - 1; verb < 0 && i >= Math.max(0, start - 3) && tokens[i]!.clause === tokens[start]!.clause; i--) if (tokens[i]!.pos === 'VERB') verb = i;
  for (let i = start; i < end && verb < 0; i++) if (tokens[i]!.pos === 'VERB') verb = i;
  if (verb < 0) return false;
  const { raw, lemma, clause } = tokens[verb]!;
  const word = raw.toLowerCase();
  if (word === lemma || word.endsWith('ing') || word === `${lemma}s` || word === `${lemma}es`) return false;
  // The auxiliary nearest the verb decides: "have stopped", "was placed" are taken; "is referred", "is being referred",
  // "is to be passed" are not. No auxiliary: a simple past after its subject ("we stopped").
  let auxiliary: string | undefined;
  for (let i = verb - 1; i >= 0 && tokens[i]!.clause === clause; i--) {
    const token = tokens[i]!;
    if (toCome.has(token.text) || token.condition) return false;
    if (auxiliary === undefined && token.pos === 'AUX' && token.text !== 'been') auxiliary = token.text;
  }
  return auxiliary === undefined ? tokens[verb - 1]?.pos === 'PRON' || tokens[verb - 1]?.pos === 'NOUN' || tokens[verb - 1]?.pos === 'PROPN' : taken.has(auxiliary);
}

/** The parts a topic needs (escalation.yaml's `needs`) missing from the text around paragraph `index`; none: the step is given as notice. */
function missingParts(context: DocumentContext, topic: EscalationTopic, index: number, dateFields: ReadonlySet<string>): NoticePart[] {
  return (loadPhraseData().escalation.topics[topic]?.needs ?? []).filter((part) => !partPresent(context, topic, index, part, dateFields));
}

/** The merge fields that hold a date; without a catalogue (its data is broken), a field named like a date is taken for one. */
function dateFieldsOf(context: DocumentContext): ReadonlySet<string> {
  return new Set(
    context.catalog ? context.catalog.fields.filter((f) => f.format === 'date').map((f) => f.name) : context.text.fields.map((f) => f.name).filter((n) => n.endsWith('_date')),
  );
}

/**
 * Whether the document gives a lawful step as notice: a topic of the escalation data (legal action, a referral to an
 * agency, a suspension) in the writer's own words, outside a heading or table, with every part the topic needs around
 * it (a condition, a date, a way to resolve it). Worked out once a document; what a phrase rule group's
 * `lawfulWhenNotice` reads.
 */
export function givesNotice(context: DocumentContext): boolean {
  // A policy page discusses steps; it gives no one notice of them.
  if (context.kind === 'chapter') return false;
  let known = notice.get(context);
  if (known === undefined) {
    const data = loadPhraseData();
    const dateFields = dateFieldsOf(context);
    known = escalationTopics.some((topic) =>
      selectMatches(context, data.escalation.id, data.cues, topic).some((match) => {
        const index = paragraphOf(context.words.paragraphs, match.start);
        if (labelContexts.has(context.words.paragraphs[index]!.data.context)) return false;
        return missingParts(context, topic, index, dateFields).length === 0;
      }),
    );
    notice.set(context, known);
  }
  return known;
}
const notice = new WeakMap<DocumentContext, boolean>();

export function escalationRule(): DocumentRule {
  const data = loadPhraseData();
  return {
    meta: phraseRuleMeta(data.escalation),
    check(context, report) {
      // Policy pages discuss every step; the gates apply to what is sent.
      if (context.kind === 'chapter') return;
      const stages = context.catalog?.ladder.stages ?? [];
      const allowed = new Set<string>(context.stage ? context.stage.mayMention : escalationTopics);
      const dateFields = dateFieldsOf(context);
      const unstagedAt = new Set<number>();
      // One note per topic and paragraph: its parts are looked for around the paragraph, so a second mention there ("… won't
      // release new orders on account until it is paid. Orders on prepayment can still go out") lacks what the first lacks.
      const notedIn = new Set<string>();
      const firstDay = Math.min(...stages.map((s) => s.days.from));
      for (const topic of escalationTopics) {
        for (const match of selectMatches(context, data.escalation.id, data.cues, topic)) {
          const { actual, place } = matchPlace(context, match);
          const name = escalationTopicNames[topic];
          if (!allowed.has(topic)) {
            const from = earliestStage(stages, topic);
            report({
              reason: `${name} mentioned at stage “${context.stage!.name}”: “${actual}”`,
              place,
              actual,
              expected: [from ? `Leave it out until the “${from.name}” stage (day ${from.days.from} on), as content/ladder.yaml sets.` : 'Leave it out of letters.'],
            });
            continue;
          }
          const index = paragraphOf(context.words.paragraphs, match.start);
          // Notices are fixed wording, reviewed once; which letters may carry their topics is checked per template.
          if (context.kind === 'notice' || labelContexts.has(context.words.paragraphs[index]!.data.context)) continue;
          // A step reported as taken ("we have stopped further credit until …", "the account was placed on stop") is a fact, not
          // notice of one: it has no date to come. A charge reported as added still needs its basis ("a $750 administration fee has
          // now been added"): the interest topic needs no condition, only a basis.
          const stepNeedsNotice = isStep(topic);
          if (stepNeedsNotice && reportedAsTaken(context.words.tokens, match.start, match.end)) continue;
          if (notedIn.has(`${topic} ${index}`)) continue;
          const missing = missingParts(context, topic, index, dateFields).map((part) => partNames[part]);
          // A draft checked with no stage is judged as the latest, where every step is allowed: its writer is told from which
          // stage the letter may name a step that needs notice (a condition, a date, a way out: not interest, which needs its
          // basis), so that one named too early is not passed in silence.
          // One note per wording: "refer the account to our solicitors" is both legal action and a referral.
          const needsNotice = stepNeedsNotice && !unstagedAt.has(match.start);
          const from = context.stage || context.kind !== 'draft' || !needsNotice ? undefined : earliestStage(stages, topic, true);
          const unstaged = from && from.days.from > firstDay ? ` (no stage is given: letters may name it from the “${from.name}” stage, day ${from.days.from} on)` : '';
          if (unstaged) unstagedAt.add(match.start);
          if (missing.length > 0 || unstaged) notedIn.add(`${topic} ${index}`);
          if (missing.length > 0) {
            // A lawful step without its date or condition is advice to a draft's writer; a template at a stage is held to the ladder.
            report({
              severity: context.kind === 'draft' || context.languageOnly ? 'warning' : undefined,
              reason: `${name} mentioned without ${missing.join(', ')}${unstaged}: “${actual}”`,
              place,
              actual,
              // A template names the date by its merge field; a clerk's draft is a letter to send, with a real date. A charge needs
              // no date, only what gives it.
              expected: [
                stepNeedsNotice
                  ? `State it as notice: “If we have not received payment or agreed a plan by ${context.kind === 'draft' ? '14 December' : '{{next_step_date}}'}, we will …”${context.kind === 'draft' ? ', with your own date' : ''}.`
                  : 'Name what gives it in the same sentence: the clause of your terms (“under clause 7 of our terms”) or the statute (“under the Late Payment of Commercial Debts (Interest) Act 1998”). If neither does, leave the charge out.',
              ],
            });
          } else if (unstaged) {
            report({
              severity: 'warning',
              reason: `${name} given as notice${unstaged}: “${actual}”`,
              place,
              actual,
              expected: ['Give the stage the letter is sent at (--stage, or “Stage it will be sent at” on Check a letter) to check it against content/ladder.yaml.'],
            });
          }
        }
      }
    },
  };
}
