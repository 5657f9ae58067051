import { describe, expect, it } from 'vitest';
import { shiftDatesInText } from '../../src/letters/fill/formats.ts';

describe('dates written in a sample list', () => {
  it('move by the days asked, each in the style it was written, and nothing else changes', () => {
    const invoices = 'INV-2026-0418 · issued 1 Sep 2026 · due 1 Oct 2026 · £4,850.00\nINV-2026-0471 · issued 15 Sep 2026 · due 15 Oct 2026 · £1,210.00';
    expect(shiftDatesInText(invoices, 61)).toBe('INV-2026-0418 · issued 1 Nov 2026 · due 1 Dec 2026 · £4,850.00\nINV-2026-0471 · issued 15 Nov 2026 · due 15 Dec 2026 · £1,210.00');
    expect(shiftDatesInText('15 December 2026 · £2,000.00\n15 January 2027 · £2,000.00', -31)).toBe('14 November 2026 · £2,000.00\n15 December 2026 · £2,000.00');
    expect(shiftDatesInText('1 May 2026, 31 Mayday 2026, 32 Jan 2026, Sort code 20-45-77', 1)).toBe('2 May 2026, 31 Mayday 2026, 32 Jan 2026, Sort code 20-45-77');
  });
});
