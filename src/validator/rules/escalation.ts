import { escalationTopicNames, escalationTopics, type EscalationTopic, type Stage } from '../../model/index.ts';
import { matchesAt } from '../phrases/matcher.ts';
import { matchPlace, selectMatches } from '../phrases/select.ts';
import type { DocumentContext, DocumentRule } from '../types.ts';
import type { Token } from '../text/tokens.ts';
import { loadPhraseData, phraseRuleMeta, type NoticePart } from './phrase-rules.ts';

const months = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const weekdays = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/** A calendar date, a weekday, or a stated period ("within 14 days"). */
const literalDate = new RegExp(
  `\\b(?:\\d{1,2}(?:st|nd|rd|th)? (?:${months})\\b|(?:${months}) \\d{1,2}\\b|${weekdays}|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|\\d{4}-\\d{2}-\\d{2}|(?:within|in) \\d+ (?:working |business )?days)`,
  'i',
);

/** The first step of the ladder whose letters may mention a topic. */
function earliestStage(stages: readonly Stage[], topic: EscalationTopic): Stage | undefined {
  return [...stages].sort((a, b) => a.days.from - b.days.from).find((s) => s.kind === 'step' && s.mayMention.includes(topic));
}

const partNames: Record<NoticePart, string> = {
  condition: 'a condition (if…, unless…)',
  date: 'a date',
  resolution: 'a way to resolve it (pay, agree a plan, contact us)',
  basis: 'its basis (the contract, or the law)',
};

/** Labels, not statements: only the stage gate applies to them. */
const labelContexts = new Set(['heading', 'table', 'subject', 'title', 'summary']);

/** Which of the parts a topic needs are missing from the text around a mention. */
function missingParts(context: DocumentContext, tokens: readonly Token[], needs: readonly NoticePart[], dateFields: ReadonlySet<string>): string[] {
  const { parts } = loadPhraseData();
  const all = context.words.tokens;
  const present = (part: NoticePart) => {
    if (part === 'date') {
      const text = tokens.map((t) => (t.field ? '' : t.raw)).join(' ');
      return tokens.some((t) => t.field !== undefined && dateFields.has(t.field)) || literalDate.test(text);
    }
    return tokens.some((t) => matchesAt(parts[part], all, all.indexOf(t)));
  };
  return needs.filter((part) => !present(part)).map((part) => partNames[part]);
}

export function escalationRule(): DocumentRule {
  const data = loadPhraseData();
  return {
    meta: phraseRuleMeta(data.escalation),
    check(context, report) {
      // Policy pages discuss every step; the gates apply to what is sent.
      if (context.kind === 'chapter') return;
      const stages = context.catalog?.ladder.stages ?? [];
      const allowed = new Set<string>(context.stage ? context.stage.mayMention : escalationTopics);
      // Without a catalogue (its data is broken), a field named like a date is taken for one.
      const dateFields = new Set(
        context.catalog ? context.catalog.fields.filter((f) => f.format === 'date').map((f) => f.name) : context.text.fields.map((f) => f.name).filter((n) => n.endsWith('_date')),
      );
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
          const index = context.words.paragraphs.findIndex((p) => match.start >= p.start && match.start < p.end);
          // Notices are fixed wording, reviewed once; which letters may carry their topics is checked per template.
          if (context.kind === 'notice' || labelContexts.has(context.words.paragraphs[index]!.data.context)) continue;
          // A statement and its condition often sit in neighbouring paragraphs of a letter.
          const around = context.words.paragraphs.slice(Math.max(0, index - 1), index + 2);
          const tokens = context.words.tokens.slice(around[0]!.start, around[around.length - 1]!.end);
          const missing = missingParts(context, tokens, data.escalation.topics[topic]?.needs ?? [], dateFields);
          if (missing.length > 0) {
            report({
              reason: `${name} mentioned without ${missing.join(', ')}: “${actual}”`,
              place,
              actual,
              expected: ['State it as notice: “If we have not received payment or agreed a plan by {{next_step_date}}, we will …”.'],
            });
          }
        }
      }
    },
  };
}
