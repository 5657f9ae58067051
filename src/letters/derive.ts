/**
 * Figures a letter states that follow from others: days past due, the day
 * interest runs from, interest to the letter's date, daily interest, the
 * fixed compensation, the total claimed, the reply-by and next-step dates.
 * One definition, keyed by merge-field name (content/fields.yaml), used both
 * for each template's sample (src/letters/sample.ts) and by "Fill in a
 * letter" in the browser (src/letters/fill/page.ts), so the two never
 * disagree. Pure: no DOM, no clock (today is passed in).
 */
import { addDays, daysBetween, nextStep, type LadderPlan } from '../catalog/what-to-send.ts';
import type { Currency } from './fill/formats.ts';

/** An amount in minor units (pence, cents), so sums are exact. */
export interface Money {
  cents: number;
  currency: Currency;
}

/** The figures a derivation reads or writes, by field name: dates as YYYY-MM-DD, rates in percent, days as whole numbers. */
export interface Facts {
  due_date?: string | undefined;
  letter_date?: string | undefined;
  days_past_due?: number | undefined;
  interest_from_date?: string | undefined;
  reply_by_date?: string | undefined;
  next_step_date?: string | undefined;
  balance_due?: Money | undefined;
  interest_rate?: number | undefined;
  interest_amount?: Money | undefined;
  daily_interest?: Money | undefined;
  compensation_amount?: Money | undefined;
  total_claimed?: Money | undefined;
  amount_due?: Money | undefined;
  amount_questioned?: Money | undefined;
  amount_not_questioned?: Money | undefined;
}

/** Days a letter before action gives to reply (content/fields.yaml, reply_by_date), and the furthest a next step is set out when the ladder has none left. */
export const replyDays = 14;

/** Whole days past the due date on `asOf` (negative before it). */
export const daysPastDue = (due: string, asOf: string): number => daysBetween(due, asOf);

/** Statutory interest runs from the day after the due date. */
export const interestFrom = (due: string): string => addDays(due, 1);

/** The days interest runs: from `from` to `to`, both counted (from the day after the due date, as many as the days past due). */
export const interestDays = (from: string, to: string): number => daysBetween(from, to) + 1;

/** Simple interest: `rate` percent a year on `balance` for `days`, ÷ 365, to the nearest minor unit. */
export function simpleInterest(balance: Money, rate: number, days: number): Money {
  return { cents: Math.round((balance.cents * rate * days) / 100 / 365), currency: balance.currency };
}

/** The interest one more day adds. */
export const dailyInterest = (balance: Money, rate: number): Money => simpleInterest(balance, rate, 1);

/**
 * The fixed compensation for recovery costs the law gives for a debt of
 * `balance`, for a letter to customers in `jurisdictions`: in the UK (Late
 * Payment of Commercial Debts (Interest) Act 1998, s. 5A) £40 under £1,000,
 * £70 under £10,000 and £100 from £10,000; in the EU (Directive 2011/7/EU,
 * art. 6) at least €40 (`atLeast`: more is allowed). Undefined when the
 * letter is for neither, for both, or the amount is in another currency.
 */
export function compensationFor(balance: Money, jurisdictions: readonly string[]): { amount: Money; atLeast: boolean } | undefined {
  const uk = jurisdictions.includes('UK');
  const eu = jurisdictions.includes('EU');
  if (uk && !eu && balance.currency === 'GBP') {
    const pounds = balance.cents < 100_000 ? 40 : balance.cents < 1_000_000 ? 70 : 100;
    return { amount: { cents: pounds * 100, currency: 'GBP' }, atLeast: false };
  }
  if (eu && !uk && balance.currency === 'EUR') return { amount: { cents: 4000, currency: 'EUR' }, atLeast: true };
  return undefined;
}

/** Balance, interest and compensation together; undefined unless all three are in one currency. */
export function totalClaimed(balance: Money, interest: Money, compensation: Money): Money | undefined {
  if (interest.currency !== balance.currency || compensation.currency !== balance.currency) return undefined;
  return { cents: balance.cents + interest.cents + compensation.cents, currency: balance.currency };
}

/** The date a reply is asked for: 14 days after the letter. */
export const replyBy = (letterDate: string): string => addDays(letterDate, replyDays);

/**
 * The next step's date: the ladder's next step after `days` past due (never
 * sooner than its minimum gap), or, when the ladder has no later step, 14
 * days after the letter.
 */
export function nextStepDate(plan: LadderPlan, due: string, days: number, letterDate: string): { date: string; stage?: string; day?: number } {
  const next = nextStep(plan, days);
  return next ? { date: addDays(due, next.day), stage: next.stage.name, day: next.day } : { date: addDays(letterDate, replyDays) };
}

/** The fields worked out from others, in the order they are worked out (each reads only fields before it, or typed ones). */
export const derivedFields = ['days_past_due', 'interest_from_date', 'reply_by_date', 'next_step_date', 'interest_amount', 'daily_interest', 'compensation_amount', 'total_claimed', 'amount_not_questioned'] as const;
export type DerivedField = (typeof derivedFields)[number];

export function isDerived(name: string): name is DerivedField {
  return (derivedFields as readonly string[]).includes(name);
}

/** How each worked-out field is worked out, in words (the form's hints and warnings). */
export const derivedHow: Readonly<Record<DerivedField, string>> = {
  days_past_due: 'days from the due date to the date of the letter, or today when it has none',
  interest_from_date: 'the day after the due date',
  reply_by_date: `${replyDays} days after the date of the letter`,
  next_step_date: `the ladder's next step, or ${replyDays} days after the letter when the ladder has none left`,
  interest_amount: 'balance × rate × days from the day interest runs from to the date of the letter ÷ 365',
  daily_interest: 'balance × rate ÷ 365',
  compensation_amount: 'the fixed compensation the law sets for a debt of this size',
  total_claimed: 'balance + interest + compensation',
  amount_not_questioned: 'invoice amount − amount in question',
};

/** What each worked-out field is worked out from. */
export const dependsOn: Readonly<Record<DerivedField, readonly (keyof Facts)[]>> = {
  days_past_due: ['due_date', 'letter_date'],
  interest_from_date: ['due_date'],
  reply_by_date: ['letter_date'],
  next_step_date: ['due_date', 'days_past_due', 'letter_date'],
  interest_amount: ['balance_due', 'interest_rate', 'interest_from_date', 'letter_date'],
  daily_interest: ['balance_due', 'interest_rate'],
  compensation_amount: ['balance_due'],
  total_claimed: ['balance_due', 'interest_amount', 'compensation_amount'],
  amount_not_questioned: ['amount_due', 'amount_questioned'],
};

export interface DeriveContext {
  /** Today, YYYY-MM-DD: the day counted to when there is no letter date. */
  today: string;
  /** The template's jurisdictions (its frontmatter), for the compensation. */
  jurisdictions: readonly string[];
  /** The ladder, for the next step's date; without it, no next step is worked out. */
  plan?: LadderPlan | undefined;
}

export interface Derivation {
  /** What each worked-out field would be, from the figures in force. */
  computed: Facts;
  /** The figures in force: what was given, and what was worked out for the rest. */
  effective: Facts;
  /** Worked-out figures that are a minimum (EU compensation): more is no disagreement. */
  atLeast: Set<DerivedField>;
  /** The ladder's next step behind next_step_date, when there is one. */
  nextStage?: { name: string; day: number } | undefined;
}

/**
 * Works out every derived field from `given` (what the clerk typed, or the
 * sample's values). A given value of a derived field stands (the clerk may
 * know better) and is what later fields are worked out from; `computed`
 * says what it would have been.
 */
export function derive(given: Facts, context: DeriveContext): Derivation {
  const effective: Facts = { ...given };
  const computed: Facts = {};
  const atLeast = new Set<DerivedField>();
  let nextStage: Derivation['nextStage'];
  const set = <K extends DerivedField>(name: K, value: Facts[K] | undefined) => {
    computed[name] = value;
    if (given[name] === undefined) effective[name] = value;
  };
  const { due_date: due } = effective;
  const asOf = effective.letter_date ?? context.today;
  set('days_past_due', due === undefined ? undefined : daysPastDue(due, asOf));
  set('interest_from_date', due === undefined ? undefined : interestFrom(due));
  set('reply_by_date', effective.letter_date === undefined ? undefined : replyBy(effective.letter_date));
  if (context.plan && due !== undefined && effective.days_past_due !== undefined) {
    const next = nextStepDate(context.plan, due, effective.days_past_due, asOf);
    set('next_step_date', next.date);
    if (next.stage !== undefined && next.day !== undefined) nextStage = { name: next.stage, day: next.day };
  } else set('next_step_date', undefined);
  const { balance_due: balance, interest_rate: rate } = effective;
  const from = effective.interest_from_date;
  set('interest_amount', balance && rate !== undefined && from !== undefined ? simpleInterest(balance, rate, interestDays(from, asOf)) : undefined);
  set('daily_interest', balance && rate !== undefined ? dailyInterest(balance, rate) : undefined);
  const compensation = balance && compensationFor(balance, context.jurisdictions);
  if (compensation?.atLeast) atLeast.add('compensation_amount');
  set('compensation_amount', compensation ? compensation.amount : undefined);
  const { interest_amount: interest, compensation_amount: fixed } = effective;
  set('total_claimed', balance && interest && fixed ? totalClaimed(balance, interest, fixed) : undefined);
  // A query on part of an invoice: the rest is the invoice less the part in question, in the invoice's currency.
  const { amount_due: invoiced, amount_questioned: questioned } = effective;
  set('amount_not_questioned', invoiced && questioned && invoiced.currency === questioned.currency ? { cents: invoiced.cents - questioned.cents, currency: invoiced.currency } : undefined);
  return { computed, effective, atLeast, nextStage };
}

/** Whether a given figure disagrees with the worked-out one (a minimum is met by any figure at or above it). */
export function disagrees(given: Facts[DerivedField], computed: Facts[DerivedField], atLeast = false): boolean {
  if (given === undefined || computed === undefined) return false;
  if (typeof given === 'object' && typeof computed === 'object') {
    if (given.currency !== computed.currency) return true;
    return atLeast ? given.cents < computed.cents : given.cents !== computed.cents;
  }
  return given !== computed;
}
