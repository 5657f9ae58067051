import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { RuleMeta } from './types.ts';

/** A writer's note silencing one warning on the next line, with the reason shown in the report. */
export interface Suppression {
  ruleId: string;
  reason: string;
  /** The line whose messages it silences. */
  line: number;
  /** Where the comment itself is. */
  commentLine: number;
  /** What it silenced. */
  silenced: string[];
}

const directive = /^\s*(?:\/\*|<!--)\s*fair-collections-disable-next-line\s+([a-z][a-z0-9-]*)(?:\s+--\s*([\s\S]*?))?\s*(?:\*\/|-->)\s*$/;

/** Finds `{/* fair-collections-disable-next-line <rule> -- <reason> *\/}` (MDX) or the same in `<!-- -->` (Markdown). */
export function findSuppressions(tree: Root): Suppression[] {
  const found: Suppression[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression' && node.type !== 'html') return;
    const match = directive.exec((node as { value: string }).value);
    if (!match || !node.position) return;
    found.push({ ruleId: match[1]!, reason: (match[2] ?? '').trim(), line: node.position.end.line + 1, commentLine: node.position.start.line, silenced: [] });
  });
  return found;
}

/**
 * True for an MDX expression that is empty or only block comments: allowed,
 * because it cannot run. As in JavaScript, a comment ends at its first closing
 * star-slash, so a "comment" followed by code and a line comment hiding a
 * second star-slash is code. Each comment body is scanned once (`[^*]` and a
 * star not before a slash cannot overlap), so the test is linear.
 */
export function isCommentOnly(value: string): boolean {
  return /^(?:\s*\/\*(?:[^*]|\*(?!\/))*\*\/)*\s*$/.test(value);
}

/**
 * Moves silenced warnings out of the file's messages into their suppression,
 * and reports suppressions that are not allowed, lack a reason or silence nothing.
 */
export function applySuppressions(file: VFile, suppressions: Suppression[], rules: ReadonlyMap<string, RuleMeta>, url: (ruleId: string) => string): void {
  for (const suppression of suppressions) {
    const rule = rules.get(suppression.ruleId);
    const problem = (reason: string, fatal: boolean) => {
      const message = file.message(reason, { place: { line: suppression.commentLine, column: 1 }, ruleId: 'suppression', source: 'fair-collections' });
      message.fatal = fatal;
      message.url = url('suppression');
    };
    if (!rule) {
      problem(`Suppression names an unknown rule "${suppression.ruleId}"`, true);
      continue;
    }
    if (!rule.suppressible) {
      problem(`“${rule.name}” (${rule.id}) cannot be silenced: a false positive is fixed in the rule data, with a test`, true);
      continue;
    }
    if (!suppression.reason) {
      problem(`Suppression of ${rule.id} needs a reason: add " -- why this is fine" before the closing */`, true);
      continue;
    }
    const keep = file.messages.filter((m) => !(m.ruleId === suppression.ruleId && m.line === suppression.line));
    suppression.silenced = file.messages.filter((m) => !keep.includes(m)).map((m) => m.reason);
    file.messages = keep;
    if (suppression.silenced.length === 0) problem(`Suppression of ${rule.id} silences nothing on line ${suppression.line}; remove it`, false);
  }
}
