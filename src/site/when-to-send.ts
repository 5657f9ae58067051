import type { Stage } from '../model/index.ts';

export const pastDue = 'past due';
/**
 * The other ways staff say an invoice is past its due date ("20 days late", "30 days overdue"), for search: the template page
 * writes them beside the line, visually hidden, so the line reads as a sentence and a search by any of the words finds it.
 */
export const pastDueWords = ' (late, overdue)';
const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/**
 * A template's "When to send" line: its stage's days from content/ladder.yaml
 * (with `pastDueWords`, the words staff search with). Pagefind matches words, not numbers in a
 * range, so "20 days late" meets "days" and "late" here; the template page
 * gives this line a search weight, so templates rank above chapters that only
 * mention days in passing. A side path that can start on the due date or
 * before is about an event, not a number of days: it has no line (the page's
 * "Send" says what sets it off).
 */
export function whenToSend(stage: Pick<Stage, 'kind' | 'days'>): string | undefined {
  const { from, to } = stage.days;
  const start = from === 0 ? 'the due date' : from < 0 ? `${days(-from)} before the due date` : `${days(from)} ${pastDue}`;
  if (stage.kind === 'side') return from > 0 ? `from ${start}` : undefined;
  if (to === undefined) return `from ${start}`;
  if (to < 0) return `${-to}–${-from} days before the due date`;
  if (from > 0) return `${from}–${to} days ${pastDue}`;
  return `from ${start} to ${to === 0 ? 'the due date' : `${days(to)} ${pastDue}`}`;
}
