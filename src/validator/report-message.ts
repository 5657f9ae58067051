import type { VFile } from 'vfile';
import { ruleUrl } from './rule-url.ts';
import type { ReportSpec, RuleMeta } from './types.ts';

/** Records a rule's finding on a file: severity from the rule, its one-line why, and its page. */
export function reportMessage(file: VFile, meta: RuleMeta, spec: ReportSpec): void {
  const message = file.message(spec.reason, { place: spec.place ?? undefined, ruleId: meta.id, source: 'fair-collections' });
  message.fatal = (spec.severity ?? meta.severity) === 'error';
  message.note = meta.why;
  message.url = ruleUrl(meta.id);
  if (spec.actual !== undefined) message.actual = spec.actual;
  if (spec.expected) message.expected = spec.expected;
}
