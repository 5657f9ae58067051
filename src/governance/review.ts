import type { ReviewPolicy, Stage } from '../model/index.ts';

/**
 * Review dates: which interval applies to a template or chapter under the
 * policy in content/review.yaml, and whether it is past its review date.
 * "Today" is always passed in or read by `today()`, so a test can fix it.
 */

/** Set to a date (YYYY-MM-DD) to check review dates as of that day instead of the real one (tests, reproducible builds). */
export const todayVariable = 'FAIR_COLLECTIONS_TODAY';

/**
 * In browser code, the build's FAIR_COLLECTIONS_TODAY (astro.config.mjs defines it); Node has no `import.meta.env`.
 * Read once: in Node the read throws, and an exception per checked document cost a tenth of a second per thousand.
 */
let built: { value: string | undefined } | undefined;
function builtToday(): string | undefined {
  if (!built) {
    try {
      built = { value: import.meta.env.FAIR_COLLECTIONS_TODAY || undefined };
    } catch {
      built = { value: undefined };
    }
  }
  return built.value;
}

/** Today at 00:00 UTC, or the day `FAIR_COLLECTIONS_TODAY` names. Works in the browser too (no `process` there). */
export function today(): Date {
  const set = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[todayVariable] || builtToday();
  if (set && /^\d{4}-\d{2}-\d{2}$/.test(set) && !Number.isNaN(Date.parse(`${set}T00:00:00Z`))) return new Date(`${set}T00:00:00Z`);
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** A frontmatter date as the validator or a cache gives it back: a Date, or its JSON string. */
export function asDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

/** `date` plus `months` calendar months, in UTC; the 31st of a shorter month becomes its last day. */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/** What the policy asks of one document. */
export interface ReviewInterval {
  months: number;
  /** Why it is shorter than the policy's default; undefined for the default. */
  reason?: string | undefined;
}

/** The interval for a template (its notices and stage) or, with neither, a chapter: the shortest that applies. */
export function reviewInterval(policy: ReviewPolicy, template?: { notices: readonly string[]; stage?: Pick<Stage, 'mayMention'> | undefined }): ReviewInterval {
  let interval: ReviewInterval = { months: policy.months };
  if (!template) return interval;
  for (const rule of policy.sooner) {
    const applies = rule.notices.some((id) => template.notices.includes(id)) || rule.mayMention.some((topic) => template.stage?.mayMention.includes(topic));
    if (applies && rule.months < interval.months) interval = { months: rule.months, reason: rule.reason };
  }
  return interval;
}

export interface ReviewStatus extends ReviewInterval {
  lastReviewed: Date;
  /** The day the next review is due. */
  due: Date;
  /** Past the due date on `today`. */
  overdue: boolean;
  /** Whole days past due (0 when not overdue). */
  daysOverdue: number;
}

const dayMs = 86_400_000;

/** Whether a document reviewed on `lastReviewed` is past its review date on `on`. */
export function reviewStatus(policy: ReviewPolicy, lastReviewed: Date | string, on: Date, template?: Parameters<typeof reviewInterval>[1]): ReviewStatus {
  const reviewed = asDate(lastReviewed);
  const interval = reviewInterval(policy, template);
  const due = addMonths(reviewed, interval.months);
  const overdue = on.getTime() > due.getTime();
  return { ...interval, lastReviewed: reviewed, due, overdue, daysOverdue: overdue ? Math.floor((on.getTime() - due.getTime()) / dayMs) : 0 };
}

/** "2026-11-20" */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** One sentence for a report or a page: "Review overdue: last reviewed 2025-10-01, due every 12 months, so by 2026-10-01." */
export function describeOverdue(status: ReviewStatus): string {
  return `Review overdue: last reviewed ${isoDay(status.lastReviewed)}; reviewed every ${status.months} months${status.reason ? ` (${status.reason.charAt(0).toLowerCase()}${status.reason.slice(1)})` : ''}, so due by ${isoDay(status.due)}`;
}
