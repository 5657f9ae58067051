import { describe, expect, it } from 'vitest';
import { daysInQuery } from '../../src/site/search-days.ts';

describe('days past due read from a search', () => {
  it.each([
    ['20 days late', 20],
    ['30 days overdue', 30],
    ['invoice 45 days past due', 45],
    ['Invoice 12 Days Past The Due Date', 12],
    ['1 day late', 1],
    ['a 20-day overdue invoice', 20],
    ['overdue by 50 days', 50],
    ['unpaid for 90 days', 90],
  ])('"%s" is %i days', (query, days) => {
    expect(daysInQuery(query)).toBe(days);
  });

  it.each(['payment plan', '20 days', 'pay within 30 days', 'INV-2026-0418 late', '2026 late fees', 'x20 days late'])('"%s" states no days past due', (query) => {
    expect(daysInQuery(query)).toBeUndefined();
  });
});
