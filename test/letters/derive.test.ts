import { describe, expect, it } from 'vitest';
import { compensationFor, derive, disagrees } from '../../src/letters/derive.ts';

// The figures a letter states that follow from others (issue #13 review): one definition for the samples and the form.

const gbp = (pounds: number) => ({ cents: Math.round(pounds * 100), currency: 'GBP' as const });
const eur = (euros: number) => ({ cents: Math.round(euros * 100), currency: 'EUR' as const });

describe('derive', () => {
  it('works out the statutory claim to the letter’s date, not today', () => {
    const { effective } = derive({ due_date: '2026-09-01', letter_date: '2026-12-10', balance_due: gbp(1000), interest_rate: 12.5 }, { today: '2026-12-01', jurisdictions: ['UK'] });
    expect(effective.days_past_due).toBe(100);
    expect(effective.interest_from_date).toBe('2026-09-02');
    // £1,000 × 12.5% × 100 days ÷ 365 = £34.246…
    expect(effective.interest_amount).toEqual(gbp(34.25));
    expect(effective.daily_interest).toEqual(gbp(0.34));
    expect(effective.compensation_amount).toEqual(gbp(70));
    expect(effective.total_claimed).toEqual(gbp(1104.25));
    expect(effective.reply_by_date).toBe('2026-12-24');
  });

  it('works out the amount not in question as the invoice less the part in question, and names a typed figure that disagrees', () => {
    // A clerk's trial: £5,000 invoiced, £900 in question, £4,000 typed as not in question.
    const given = { amount_due: gbp(5000), amount_questioned: gbp(900), amount_not_questioned: gbp(4000) };
    const { computed } = derive(given, { today: '2026-12-01', jurisdictions: [] });
    expect(computed.amount_not_questioned).toEqual(gbp(4100));
    expect(disagrees(given.amount_not_questioned, computed.amount_not_questioned)).toBe(true);
    expect(derive({ amount_due: gbp(5000), amount_questioned: eur(900) }, { today: '2026-12-01', jurisdictions: [] }).computed.amount_not_questioned).toBeUndefined();
  });

  it('counts to today when there is no letter date', () => {
    expect(derive({ due_date: '2026-09-01' }, { today: '2026-12-01', jurisdictions: [] }).effective.days_past_due).toBe(91);
  });

  it('keeps a typed figure, works later ones out from it, and says what it would have been', () => {
    const given = { due_date: '2026-09-01', letter_date: '2026-12-10', balance_due: gbp(1000), interest_rate: 12.5, interest_amount: gbp(5), total_claimed: gbp(99_999) };
    const { computed, effective } = derive(given, { today: '2026-12-01', jurisdictions: ['UK'] });
    expect(effective.interest_amount).toEqual(gbp(5));
    expect(computed.interest_amount).toEqual(gbp(34.25));
    expect(computed.total_claimed).toEqual(gbp(1075));
    expect(disagrees(given.total_claimed, computed.total_claimed)).toBe(true);
    expect(disagrees(gbp(1075), computed.total_claimed)).toBe(false);
  });

  it('sets the UK compensation by the size of the debt, and the EU’s as a minimum', () => {
    expect(compensationFor(gbp(999.99), ['UK'])?.amount).toEqual(gbp(40));
    expect(compensationFor(gbp(1000), ['UK'])?.amount).toEqual(gbp(70));
    expect(compensationFor(gbp(9999.99), ['UK'])?.amount).toEqual(gbp(70));
    expect(compensationFor(gbp(10_000), ['UK'])?.amount).toEqual(gbp(100));
    expect(compensationFor(eur(50_000), ['EU'])).toEqual({ amount: eur(40), atLeast: true });
    expect(compensationFor(gbp(1000), ['EU'])).toBeUndefined();
    expect(compensationFor(gbp(1000), ['UK', 'EU'])).toBeUndefined();
    expect(disagrees(eur(60), eur(40), true)).toBe(false);
    expect(disagrees(eur(30), eur(40), true)).toBe(true);
  });
});
