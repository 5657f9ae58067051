import { matchPlace, selectMatches } from '../phrases/select.ts';
import type { DocumentRule } from '../types.ts';
import { givesNotice } from './escalation.ts';
import { loadPhraseData, phraseRuleMeta, type PhraseRuleData } from './phrase-rules.ts';

/** A wording rule whose phrases are data (rules/phrases/<id>.yaml); the logic is shared. */
export function phraseRule(data: PhraseRuleData): DocumentRule {
  return {
    meta: phraseRuleMeta(data),
    check(context, report) {
      const { cues } = loadPhraseData();
      for (const match of selectMatches(context, data.id, cues, undefined, data.policyPages)) {
        if (match.entry.lawfulWhenNotice && givesNotice(context)) {
          context.lawful.add(context.words.tokens[match.start]!.sentence);
          continue;
        }
        const { actual, place } = matchPlace(context, match);
        report({ reason: `${match.entry.label}: “${actual}”`, place, actual, expected: match.entry.instead ? [match.entry.instead] : undefined });
      }
    },
  };
}
