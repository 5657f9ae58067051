import type { VFile } from 'vfile';
import { ruleUrl } from './rule-url.ts';
import type { ReportSpec, RuleMeta } from './types.ts';

/** Records a rule's finding on a file: severity from the rule, its one-line why, and its page. */
export function reportMessage(file: VFile, meta: RuleMeta, spec: ReportSpec): void {
  // A VFileMessage is an Error, whose stack vfile-message then blanks: capturing it is wasted, and with many thousands
  // of messages (a file repeating one typo) it was a third of the time spent reporting.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let message: ReturnType<VFile['message']>;
  try {
    // A reason is one line: wording it quotes across a line break reads as the sentence does, with a space there.
    // (Split and trimmed, not one regular expression: a run of blanks with no line break in it would be retried from each blank.)
    const reason = spec.reason.includes('\n') ? spec.reason.split('\n').map((line) => line.trim()).join(' ') : spec.reason;
    message = file.message(reason, { place: spec.place ?? undefined, ruleId: meta.id, source: 'fair-collections' });
  } finally {
    Error.stackTraceLimit = limit;
  }
  message.fatal = (spec.severity ?? meta.severity) === 'error';
  message.note = spec.why ?? meta.why;
  message.url = ruleUrl(meta.id);
  if (spec.actual !== undefined) message.actual = spec.actual;
  if (spec.expected) message.expected = spec.expected;
}

/**
 * A file's messages as a report shows them: those raised while reading and
 * parsing get their rule's why and link like rule messages, and all are in
 * order of place, then rule, then reason. `metaById` maps rule ids to metadata.
 */
export function completeMessages(file: VFile, metaById: ReadonlyMap<string, RuleMeta>): void {
  for (const message of file.messages) {
    if (message.note && message.url) continue;
    const meta = metaById.get(String(message.ruleId));
    if (meta) {
      message.note ??= meta.why;
      message.url ??= ruleUrl(meta.id);
    }
  }
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || String(a.ruleId).localeCompare(String(b.ruleId)) || a.reason.localeCompare(b.reason));
}
