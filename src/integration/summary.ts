import path from 'node:path';
import type { Report } from '../validator/engine.ts';
import type { RuleMeta } from '../validator/types.ts';

/** What the site needs of a validation run: serialisable, paths relative to the project. */
export interface ValidationSummary {
  projectRoot: string;
  rules: RuleMeta[];
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
  return {
    projectRoot: root,
    rules: report.rules,
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
