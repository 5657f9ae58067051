import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/validator/engine.ts';
import { projectRoot } from '../helpers/project.ts';

// vitest.config.ts fixes today at 1 December 2026 (FAIR_COLLECTIONS_TODAY): a year left out is read as the nearest.
const drafts = await createChecker({ root: projectRoot, languageOnly: true });
const slips = (text: string) =>
  drafts
    .check(text, { kind: 'draft', path: 'draft.md' })
    .file.messages.filter((m) => m.ruleId === 'wrong-date')
    .map((m) => ({ actual: m.actual, reason: m.reason, fatal: m.fatal, line: m.line, column: m.column }));

describe('wrong-date: dates a letter cannot mean', () => {
  it('names a day the month does not have, as a warning with its place and the month\'s last day', () => {
    expect(slips('Dear Sam,\n\nPlease pay by 31 November 2026.')).toEqual([
      { actual: '31 November 2026', reason: '“31 November 2026” is not a date: November 2026 has 30 days', fatal: false, line: 3, column: 15 },
    ]);
    expect(slips('Please pay by the 31st of April.').map((s) => s.actual)).toEqual(['31st of April']);
    expect(slips('Please pay by November 31, 2027.').map((s) => s.actual)).toEqual(['November 31, 2027']);
    expect(slips('Please pay by 29 February 2027.').map((s) => s.reason)).toEqual(['“29 February 2027” is not a date: February 2027 has 28 days']);
  });

  it('reads a date in digits both ways round, and reports it only when neither is a date', () => {
    expect(slips('Please pay by 29/02/2027.').map((s) => s.actual)).toEqual(['29/02/2027']);
    expect(slips('Please pay by 31-04-2027.').map((s) => s.actual)).toEqual(['31-04-2027']);
    expect(slips('Please pay by 12/31/2026 or by 31/12/2026.')).toEqual([]);
  });

  it('leaves alone what is no date: a leap day in a leap year, a sort code, a clause number before "may", a reference', () => {
    expect(slips('Please pay by 29 February 2028.')).toEqual([]);
    expect(slips('Sort code 20-45-77, account 61033912.')).toEqual([]);
    expect(slips('Interest under section 40 may be charged.')).toEqual([]);
    expect(slips('Our ref 31/13/22 applies.')).toEqual([]);
  });

  it('names a weekday that is not its date\'s, with the right one', () => {
    const [slip] = slips('Please pay by Friday 14 December 2026.');
    expect(slip).toMatchObject({ actual: 'Friday 14 December 2026', reason: '“Friday 14 December 2026” names the wrong weekday: 14 December 2026 is a Monday, not a Friday', fatal: false });
    expect(slips('Please pay by Monday 14 December 2026.')).toEqual([]);
  });

  it('reads a date without its year in the nearest year, and says so', () => {
    expect(slips('Please pay by Friday 14 March.').map((s) => s.reason)).toEqual(['“Friday 14 March” names the wrong weekday: 14 March 2027 is a Sunday, not a Friday (no year is written: read as 2027, the nearest)']);
    expect(slips('Please pay by Sunday 14 March.')).toEqual([]);
  });

  it('takes a year the letter writes elsewhere as the one meant, and a time after the date as no year', () => {
    expect(slips('Your invoice of 3 October 2025 is unpaid. Please pay by Friday 17 October.')).toEqual([]);
    expect(slips('Thu 10 Dec, 21:40: called, no answer.')).toEqual([]);
    expect(slips('Fri 10 Dec, 21:40: called, no answer.').map((s) => s.actual)).toEqual(['Fri 10 Dec, 21:40']);
  });

  it('after a review: reads a weekday date in digits day first too, and no code, address or past delivery as a slip', () => {
    expect(slips('Dated Monday 07/12/2026. Please pay by Friday 04.12.2026.')).toEqual([]);
    expect(slips('Pay to sort code 40.47.84, quoting invoice numbers 31/13/22 and 45/13/22, version 2.31.40.')).toEqual([]);
    expect(slips('Acme Ltd, 31 Junction Road, Leeds, 7 December 2026. Unit 31 Juniper Park.')).toEqual([]);
    expect(slips('The deliveries on Monday 1 June and Tuesday 2 June were short.')).toEqual([]);
    expect(slips('Please pay by 2027-02-30, 30 february 2027 or Sept. 31.').map((s) => s.actual)).toEqual(['2027-02-30', '30 february 2027', 'Sept. 31']);
    // The date quoted as written, without the preposition chrono-node reads with it.
    expect(slips('The delivery on Monday 2 June was short.').map((s) => s.actual)).toEqual(['Monday 2 June']);
  });

  it('names a deadline already past that the letter asks the customer to act by, not one it reports', () => {
    expect(slips('Please pay by 27 November 2026.')).toEqual([
      { actual: '27 November 2026', reason: '“27 November 2026” has already passed (today is 1 December 2026): the customer is asked to act by a day that is gone', fatal: false, line: 1, column: 15 },
    ]);
    expect(slips('Payment must reach us before 30 November 2026, or call me.').map((s) => s.actual)).toEqual(['30 November 2026']);
    expect(slips('The invoice was due by 1 November 2026. You promised to pay by 20 November 2026. Please pay by 18 December 2026.')).toEqual([]);
    expect(slips('Please pay by 1 December 2026.')).toEqual([]);
    // An amount between the request and its date: its decimal point ends no sentence (a clerk's trial).
    expect(slips('Please pay invoice INV-2041 for £4,200.00 by 27 November 2026.').map((s) => s.actual)).toEqual(['27 November 2026']);
    expect(slips('Please settle the £4,200.00 by 30 November 2026.').map((s) => s.actual)).toEqual(['30 November 2026']);
    expect(slips('Please pay Invoice No. 4471 by 30 November 2026.').map((s) => s.actual)).toEqual(['30 November 2026']);
    // A payment that came is reported, not asked for (a review).
    expect(slips('We received your payment of £4,200.00 before 30 November 2026, so no interest applies.')).toEqual([]);
    expect(slips('Your payment of £1,250.50 reached us by 30 November 2026, thank you.')).toEqual([]);
    expect(slips('Payment must have reached us by 30 November 2026.').map((s) => s.actual)).toEqual(['30 November 2026']);
  });

  it('reads a megabyte of dates in linear time, at most the first 50,000 characters', () => {
    const text = 'Please pay by Friday 14 December 2026 or 31 November 2026. '.repeat(18_000);
    expect(slips(text).length).toBeLessThan(2_000);
  });
});
