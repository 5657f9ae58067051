import type { DocumentRule, ProjectRule, RuleMeta } from '../types.ts';
import { mergeFields, notices, requiredContent, schedule, subjectLine } from './content.ts';
import { fixedDate } from './fixed-date.ts';
import { wrongDate } from './wrong-date.ts';
import { escalationRule } from './escalation.ts';
import { phraseRule } from './phrase.ts';
import { loadPhraseData } from './phrase-rules.ts';
import { projectRules } from './project.ts';
import { equality, profanity } from './wordlists.ts';
import { contactLog } from './contact-log.ts';
import { ownAgency } from './own-agency.ts';
import { hiddenText } from './hidden-text.ts';
import { language } from './language.ts';
import { shouting } from './shouting.ts';
import { lockdown } from './lockdown.ts';
import { builtinRules } from './builtin.ts';
import { chapterFilesMeta } from './chapters.ts';
import { reviewDue } from './review.ts';
import { tone } from '../tone/rule.ts';

export interface RuleSet {
  document: DocumentRule[];
  project: readonly ProjectRule[];
  /** Every rule's metadata, in the order of the rules reference. */
  meta: RuleMeta[];
}

let rules: RuleSet | undefined;

/** All rules: wording rules first (phrase rules from their data files), then content and project rules. */
export function loadRules(): RuleSet {
  if (rules) return rules;
  const phrases = loadPhraseData();
  const document: DocumentRule[] = [
    lockdown,
    hiddenText,
    language,
    ...phrases.rules.map(phraseRule),
    contactLog,
    ownAgency,
    shouting,
    profanity,
    tone,
    equality,
    escalationRule(),
    mergeFields,
    notices,
    requiredContent,
    subjectLine,
    schedule,
    fixedDate,
    wrongDate,
    reviewDue,
  ];
  rules = { document, project: projectRules, meta: [...document, ...projectRules].map((rule) => rule.meta).concat(chapterFilesMeta, builtinRules) };
  return rules;
}
