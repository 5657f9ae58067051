import type { Catalog } from '../catalog/load.ts';
import { addDays, daysBetween, stepsOf } from '../catalog/what-to-send.ts';
import type { Stage } from '../model/index.ts';
import { compensationFor, derive, type Facts, type Money } from './derive.ts';
import { formatMoney, parseMoney } from './fill/formats.ts';

/**
 * The sample a template page shows (and "Fill with sample data" fills in):
 * the catalogue's example values (content/fields.yaml), made to agree with
 * the template, so that no sample letter contradicts itself: its dates follow
 * its send day, and the amounts it shows add up.
 */

export type FieldValues = Readonly<Record<string, string>>;

const sampleDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const formatSampleDate = (date: string) => sampleDate.format(Date.parse(`${date}T00:00:00Z`));

/** A catalogue example date ("1 October 2026") as YYYY-MM-DD, or undefined if it is not one. */
function isoDate(example: string): string | undefined {
  const time = Date.parse(`${example} UTC`);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

function readMoney(text: string | undefined): Money | undefined {
  const parsed = text === undefined ? undefined : parseMoney(text);
  return parsed && { cents: Math.round(Number(parsed.amount) * 100), currency: parsed.currency };
}

function writeMoney({ cents, currency }: Money): string {
  return formatMoney(cents / 100, currency);
}

/** The amount that ends each line of a list ("INV-2026-0418 · … · due 1 Oct 2026 · £4,850.00"); undefined for a line without one. */
function lineAmounts(list: string): (Money | undefined)[] {
  return list.split('\n').map((line) => readMoney(/[£€$][\d,]+(?:\.\d{1,2})?\s*$/.exec(line)?.[0]));
}

/**
 * For a template sent `sendOffsetDays` after the due date at `stage`, the
 * account's dates agree with it, counted back from the example letter date:
 * the due date, the invoice date (as far before it as in the examples), the
 * days past due, the day interest runs from, the previous step's date and
 * the next step's.
 */
function agreeDates(values: Record<string, string>, catalog: Catalog, stage: Stage | undefined, sendOffsetDays: number | undefined): void {
  const example = (name: string) => isoDate(values[name] ?? '');
  const letterDate = example('letter_date');
  const [invoiceDate, dueDate] = [example('invoice_date'), example('due_date')];
  if (sendOffsetDays === undefined || !letterDate || !invoiceDate || !dueDate) return;
  const due = addDays(letterDate, -sendOffsetDays);
  values['due_date'] = formatSampleDate(due);
  values['invoice_date'] = formatSampleDate(addDays(due, -daysBetween(invoiceDate, dueDate)));
  // Days past due and the day interest runs from, worked out as the fill-in form works them out (src/letters/derive.ts).
  const { effective } = derive({ due_date: due, letter_date: letterDate }, { today: letterDate, jurisdictions: [] });
  values['days_past_due'] = String(Math.max(0, effective.days_past_due!));
  values['interest_from_date'] = formatSampleDate(effective.interest_from_date!);
  const steps = stepsOf(catalog.ladder);
  const at = stage ? steps.findIndex((s) => s.id === stage.id) : -1;
  const previous = at > 0 ? steps[at - 1] : undefined;
  const next = at >= 0 ? steps[at + 1] : undefined;
  if (previous) values['previous_contact_date'] = formatSampleDate(addDays(due, previous.days.from));
  if (next) values['next_step_date'] = formatSampleDate(addDays(due, next.days.from));
}

/** Installments rounded down to a multiple of this (in minor units), the remainder in the first, as the catalogue's example plan is written. */
const installmentStep = 5000;

/**
 * The amounts agree with what the letter shows: a list of open invoices adds
 * up to the balance; a payment leaves the invoice amount less the payment; a
 * plan's installments pay the balance; interest runs on the balance for the
 * days from the day after the due date to the letter, and the claim is
 * balance, interest and compensation together.
 */
function agreeAmounts(values: Record<string, string>, shown: ReadonlySet<string>, jurisdictions: readonly string[]): void {
  if (shown.has('open_invoices')) {
    const rows = lineAmounts(values['open_invoices'] ?? '');
    const currency = rows[0]?.currency;
    if (currency && rows.every((row) => row?.currency === currency)) values['balance_due'] = writeMoney({ cents: rows.reduce((sum, row) => sum + row!.cents, 0), currency });
  } else if (shown.has('payment_amount')) {
    const [amount, paid] = [readMoney(values['amount_due']), readMoney(values['payment_amount'])];
    if (amount && paid && amount.currency === paid.currency) values['balance_due'] = writeMoney({ cents: amount.cents - paid.cents, currency: amount.currency });
  }
  // A query on part of an invoice: the rest is the invoice amount less the part in question, as the form works it out.
  if (shown.has('amount_not_questioned')) {
    const rest = derive({ amount_due: readMoney(values['amount_due']), amount_questioned: readMoney(values['amount_questioned']) }, { today: '', jurisdictions }).effective.amount_not_questioned;
    if (rest) values['amount_not_questioned'] = writeMoney(rest);
  }
  const balance = readMoney(values['balance_due']);
  if (!balance) return;

  const plan = values['plan_schedule'];
  if (plan && lineAmounts(plan).every((line) => line?.currency === balance.currency)) {
    const lines = plan.split('\n');
    const each = Math.floor(balance.cents / lines.length / installmentStep) * installmentStep || Math.floor(balance.cents / lines.length);
    const first = balance.cents - each * (lines.length - 1);
    values['plan_schedule'] = lines.map((line, index) => line.replace(/[£€$][\d,]+(?:\.\d{1,2})?\s*$/, writeMoney({ cents: index === 0 ? first : each, currency: balance.currency }))).join('\n');
  }

  // Interest, daily interest, compensation (where the jurisdictions set it) and the total, as the fill-in form works them out.
  const rate = Number.parseFloat(values['interest_rate'] ?? '');
  const [from, to] = [isoDate(values['interest_from_date'] ?? ''), isoDate(values['letter_date'] ?? '')];
  if (!Number.isFinite(rate) || !from || !to) return;
  // The law's compensation where the template's jurisdictions set it; otherwise the catalogue's example stands.
  const example = compensationFor(balance, jurisdictions) ? undefined : readMoney(values['compensation_amount']);
  const given: Facts = { balance_due: balance, interest_rate: rate, interest_from_date: from, letter_date: to, compensation_amount: example };
  const { effective } = derive(given, { today: to, jurisdictions });
  const { interest_amount: interest, daily_interest: daily, compensation_amount: compensation, total_claimed: total } = effective;
  values['interest_amount'] = writeMoney(interest!);
  values['daily_interest'] = writeMoney(daily!);
  if (compensation) values['compensation_amount'] = writeMoney(compensation);
  if (total) values['total_claimed'] = writeMoney(total);
}

/**
 * The realistic example value of every catalogued field, for previews, made
 * to agree with a template sent `sendOffsetDays` after the due date at
 * `stage` that shows the fields `shown` (dates: agreeDates; amounts:
 * agreeAmounts). Without `shown`, a single invoice's amounts. With
 * `jurisdictions` (the template's), the compensation is the band the law sets
 * for the balance; without, the catalogue's example.
 */
export function sampleValues(catalog: Catalog, stage?: Stage, sendOffsetDays?: number, shown: Iterable<string> = [], jurisdictions: readonly string[] = []): FieldValues {
  const values: Record<string, string> = Object.fromEntries(catalog.fields.map((f) => [f.name, f.example]));
  agreeDates(values, catalog, stage, sendOffsetDays);
  agreeAmounts(values, new Set(shown), jurisdictions);
  return values;
}
