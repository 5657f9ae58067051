import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../src/catalog/what-to-send.ts';
import { sampleValues } from '../../src/letters/index.ts';
import { loadLibrary } from '../../src/library/load.ts';
import { projectRoot } from '../helpers/project.ts';

// A sample letter's amounts add up wherever it shows them together (issue #13): a table of open invoices and
// the total it states, a payment and what it leaves, a plan and the balance it pays, interest and the claim.
// Read here with a parser of the test's own, not the code's.

const library = await loadLibrary(projectRoot);

/** The amount ending a line ("… · £4,850.00"), in pence or cents. */
function cents(text: string): number {
  const match = /[£€$]([\d,]+)\.(\d{2})\s*$/.exec(text);
  expect(match, `an amount ends "${text}"`).not.toBeNull();
  return Number(match![1]!.replace(/,/g, '')) * 100 + Number(match![2]);
}
const sum = (list: string) => list.split('\n').reduce((total, line) => total + cents(line), 0);
const longDate = (text: string) => new Date(Date.parse(`${text} UTC`)).toISOString().slice(0, 10);

const samples = library.templates.map((template) => {
  const shown = new Set(template.fields.map((f) => f.name));
  return { id: template.id, template, shown, values: sampleValues(library.catalog, template.stage, template.frontmatter.sendOffsetDays, shown) };
});
/** The templates that show every one of `names`, as it.each cases; there must be some, or the check would pass by checking nothing. */
function showing(...names: string[]) {
  const found = samples.filter((s) => names.every((name) => s.shown.has(name)));
  expect(found.length, `templates showing ${names.join(', ')}`).toBeGreaterThan(0);
  return found.map((s) => [s.id, s] as const);
}

describe('sample amounts add up in every template that shows them together', () => {
  it.each(showing('open_invoices', 'balance_due'))('%s: the open invoices add up to the balance it states', (_id, { template, values }) => {
    expect(sum(values['open_invoices']!)).toBe(cents(values['balance_due']!));
    // As the page shows it: the rows and that total, in the letter.
    for (const row of values['open_invoices']!.split('\n')) expect(template.sample.text).toContain(row);
    expect(template.sample.text).toContain(values['balance_due']);
  });

  it.each(showing('plan_schedule', 'balance_due'))('%s: the plan’s installments pay the balance', (_id, { values }) => {
    expect(sum(values['plan_schedule']!)).toBe(cents(values['balance_due']!));
  });

  it.each(showing('payment_amount', 'balance_due'))('%s: the balance is what the payment leaves of the invoice', (_id, { values }) => {
    expect(cents(values['amount_due']!) - cents(values['payment_amount']!)).toBe(cents(values['balance_due']!));
  });

  it.each(showing('amount_questioned', 'amount_not_questioned'))('%s: the amount not in question is the invoice less the part in question', (_id, { values }) => {
    expect(cents(values['amount_due']!) - cents(values['amount_questioned']!)).toBe(cents(values['amount_not_questioned']!));
  });

  it.each(showing('interest_amount', 'balance_due', 'interest_rate'))('%s: interest runs on the balance from the day after the due date to the letter', (_id, { values }) => {
    const from = longDate(values['interest_from_date']!);
    expect(daysBetween(longDate(values['due_date']!), from)).toBe(1);
    const days = daysBetween(from, longDate(values['letter_date']!)) + 1;
    expect(days).toBe(daysBetween(longDate(values['due_date']!), longDate(values['letter_date']!)));
    const rate = Number.parseFloat(values['interest_rate']!);
    expect(cents(values['interest_amount']!)).toBe(Math.round((cents(values['balance_due']!) * rate * days) / 36_500));
    expect(cents(values['daily_interest']!)).toBe(Math.round((cents(values['balance_due']!) * rate) / 36_500));
  });

  it.each(showing('total_claimed', 'balance_due'))('%s: the claim is balance, interest and compensation', (_id, { values }) => {
    expect(cents(values['total_claimed']!)).toBe(cents(values['balance_due']!) + cents(values['interest_amount']!) + cents(values['compensation_amount']!));
  });

  it('keeps a single invoice’s balance where no list of invoices is shown', () => {
    const followUp = samples.find((s) => s.id === 'follow-up-15-days')!;
    expect(followUp.values['balance_due']).toBe(library.catalog.fields.find((f) => f.name === 'balance_due')!.example);
  });
});
