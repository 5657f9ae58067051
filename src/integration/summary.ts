import path from 'node:path';
import type { Report } from '../validator/engine.ts';
import { loadRules } from '../validator/rules/index.ts';
import { loadPhraseData, phraseDirectory } from '../validator/rules/phrase-rules.ts';
import type { RuleMeta } from '../validator/types.ts';

/** What a phrase rule looks for, for its page in the rules reference. */
export interface PhraseGroupSummary {
  label: string;
  instead?: string | undefined;
  patterns: string[];
  /** Parts joined by " + " that must share one clause, in any order. */
  frames: string[];
  /** Antipatterns: known innocent uses that cancel a match they overlap. */
  except: string[];
  /** Wording whose negation is itself the step (escalation topics), or a group read without negation. */
  negatives: string[];
  /** Counted only as the price of not paying or complying (the group's `consequence`). */
  consequence: boolean;
  /** A claim of fact, not counted where a condition only supposes it (the group's `claim`). */
  claim: boolean;
}

/** What the site needs of a validation run: serialisable, paths relative to the project. */
export interface ValidationSummary {
  projectRoot: string;
  rules: RuleMeta[];
  /** Phrase groups of the wording rules whose phrases are data, by rule id, with the data file. */
  phrases: Record<string, { file: string; groups: PhraseGroupSummary[]; heldOver: boolean }>;
  files: {
    path: string;
    kind: string;
    errors: number;
    warnings: number;
    messages: { ruleId: string; severity: 'error' | 'warning'; reason: string; line: number; column: number }[];
    suppressions: { ruleId: string; reason: string; line: number; silenced: string[] }[];
  }[];
}

export function summarize(report: Report, root: string): ValidationSummary {
  const data = loadPhraseData();
  const file = (id: string) => path.relative(root, path.join(phraseDirectory, `${id}.yaml`)).split(path.sep).join('/');
  const phrases: ValidationSummary['phrases'] = Object.fromEntries(
    data.rules.map((rule) => [
      rule.id,
      {
        file: file(rule.id),
        heldOver: rule.heldOver,
        groups: rule.groups.map((group) => ({
          label: group.label,
          instead: group.instead,
          // A group read without negation ("your reputation will not survive this") lists its patterns as negatives.
          patterns: group.negation ? group.patterns : [],
          negatives: group.negation ? [] : group.patterns,
          frames: group.frames,
          except: group.except,
          consequence: group.consequence,
          claim: group.claim,
        })),
      },
    ]),
  );
  phrases[data.escalation.id] = {
    file: file(data.escalation.id),
    heldOver: false,
    groups: Object.values(data.escalation.topics).map(({ label, patterns, negatives }) => ({ label, patterns, negatives, frames: [], except: [], consequence: false, claim: false })),
  };
  return {
    projectRoot: root,
    rules: loadRules().meta,
    phrases,
    files: report.files.map(({ file, kind, suppressions }) => ({
      path: path.relative(root, file.path).split(path.sep).join('/'),
      kind,
      errors: file.messages.filter((m) => m.fatal).length,
      warnings: file.messages.filter((m) => !m.fatal).length,
      messages: file.messages.map((m) => ({ ruleId: String(m.ruleId), severity: m.fatal ? 'error' : 'warning', reason: m.reason, line: m.line ?? 1, column: m.column ?? 1 })),
      suppressions: suppressions.map(({ ruleId, reason, line, silenced }) => ({ ruleId, reason, line, silenced })),
    })),
  };
}
