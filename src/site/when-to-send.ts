import type { Stage } from '../model/index.ts';

/** The ways staff say an invoice is past its due date; a search may use any of them ("20 days late", "30 days overdue"). */
const pastDue = 'days past due / late / overdue';

/**
 * A template's "When to send" line: its stage's days from content/ladder.yaml,
 * in the words staff search with. Pagefind matches words, not numbers in a
 * range, so "20 days late" meets "days" and "late" here; the template page
 * gives this line a search weight, so templates rank above chapters that only
 * mention days in passing. Side paths that start on the due date or before
 * are about an event, not a number of days, and say so.
 */
export function whenToSend(stage: Pick<Stage, 'kind' | 'days'>): string {
  const { from, to } = stage.days;
  if (stage.kind === 'side') return from > 0 ? `from ${from} ${pastDue}, when it applies` : 'when it happens, before or after the due date';
  if (to === undefined) return from > 0 ? `from ${from} ${pastDue}` : `from ${from === 0 ? 'the due date' : `${-from} days before the due date`}`;
  if (to < 0) return `${-to}–${-from} days before the due date`;
  if (from > 0) return `${from}–${to} ${pastDue}`;
  return `${from === 0 ? 'on the due date' : `${-from} days before the due date`} to ${to} ${pastDue}`;
}
