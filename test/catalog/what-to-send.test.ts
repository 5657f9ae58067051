import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load.ts';
import { addDays, daysBetween, ladderPlan, stepsOf, whatToSend } from '../../src/catalog/what-to-send.ts';
import { projectRoot } from '../helpers/project.ts';

const { catalog } = await loadCatalog(projectRoot);
const plan = ladderPlan(catalog!.ladder);
const steps = stepsOf(plan);

describe('what do I send, from the ladder', () => {
  it('names exactly one current step for every day from the first reminder to the last, the one whose days hold it', () => {
    for (let day = steps[0]!.days.from; day <= steps.at(-1)!.days.to!; day++) {
      const advice = whatToSend(plan, day);
      expect(advice.stage?.kind, `day ${day}`).toBe('step');
      expect(advice.stage!.days.from).toBeLessThanOrEqual(day);
      expect(advice.stage!.days.to).toBeGreaterThanOrEqual(day);
    }
  });

  it('at 20 days past due: the follow-up, after the first overdue reminder, with the formal notice next on day 30', () => {
    const advice = whatToSend(plan, 20);
    expect([advice.stage?.id, advice.replaces?.id, advice.next?.stage.id, advice.next?.day]).toEqual(['overdue-15', 'overdue-7', 'overdue-30', 30]);
  });

  it('a situation leads to its side path: a dispute pauses the reminders, an insolvency notice stops them, a missed promise runs alongside', () => {
    const dispute = whatToSend(plan, 20, 'dispute');
    expect([dispute.stage?.id, dispute.sequence, dispute.replaces?.id, dispute.next]).toEqual(['dispute', 'pause', 'overdue-15', undefined]);
    expect(whatToSend(plan, 50, 'bankruptcy')).toMatchObject({ sequence: 'stop', next: undefined });
    // An insolvency notice stops collection the day it arrives, however early: no "check it applies this early".
    expect(whatToSend(plan, -40, 'bankruptcy').early).toBe(false);
    expect(whatToSend(plan, 33, 'missed-promise')).toMatchObject({ stage: { id: 'missed-promise' }, sequence: 'continue', next: { day: 45 } });
    expect(whatToSend(plan, 3, 'payment-plan')).toMatchObject({ stage: { id: 'payment-plan' }, early: true });
    expect(whatToSend(plan, 20, 'payment-plan').early).toBe(false);
    expect(() => whatToSend(plan, 10, 'lost-cheque')).toThrow('Unknown situation "lost-cheque"');
  });

  it('names the collection call beside the step from day 15, every account being on it by its days alone; not for a situation', () => {
    expect(whatToSend(plan, 14).alongside).toEqual([]);
    expect(whatToSend(plan, 15).alongside.map((s) => s.id)).toEqual(['collection-call']);
    // After the ladder the credit manager decides what comes next.
    expect(whatToSend(plan, 120).alongside).toEqual([]);
    expect(whatToSend(plan, 20, 'dispute').alongside).toEqual([]);
    // A missed promise runs beside the steps: the call is made that day (a review).
    expect(whatToSend(plan, 33, 'missed-promise').alongside.map((s) => s.id)).toEqual(['collection-call']);
    // Only the side paths the ladder marks as scheduled: a suspension, open from day 45, starts with its own notice.
    expect(whatToSend(plan, 50).alongside.map((s) => s.id)).toEqual(['collection-call']);
  });

  it('offers the statutory interest claim beside the step from day 30, as its owner\'s choice; not before, nor on a path that pauses the steps', () => {
    expect(whatToSend(plan, 29).offered).toEqual([]);
    expect(whatToSend(plan, 60).offered.map((s) => [s.id, s.owner])).toEqual([['late-payment-claim', 'credit-manager']]);
    expect(whatToSend(plan, 60, undefined, 'UK').offered.map((s) => s.id)).toEqual(['late-payment-claim']);
    expect(whatToSend(plan, 40, 'missed-promise').offered.map((s) => s.id)).toEqual(['late-payment-claim']);
    expect(whatToSend(plan, 40, 'dispute').offered).toEqual([]);
    // Nor once the ladder has ended: the credit manager decides what comes next.
    expect(whatToSend(plan, 120).offered).toEqual([]);
  });

  it('keeps the minimum gap after a letter sent late in its window: the next step moves on', () => {
    expect(whatToSend(plan, 13)).toMatchObject({ stage: { id: 'overdue-7' }, next: { stage: { id: 'overdue-15' }, day: 13 + plan.minimumGapDays } });
    expect(whatToSend(plan, 74).next).toEqual({ stage: expect.objectContaining({ id: 'pre-action' }), day: 81 });
  });

  it('counts only the steps that apply where the customer is: the UK letter before action is not a US step', () => {
    expect(whatToSend(plan, 80, undefined, 'UK').stage?.id).toBe('pre-action');
    expect(whatToSend(plan, 80, undefined, 'US')).toMatchObject({ outside: 'after', replaces: { id: 'overdue-60' } });
    expect(whatToSend(plan, 65, undefined, 'EU').next).toBeUndefined();
  });

  it('says when nothing is due yet, and when the ladder has ended', () => {
    expect(whatToSend(plan, -30)).toMatchObject({ outside: 'before', next: { stage: { id: 'pre-due' }, day: -7 } });
    expect(whatToSend(plan, 120)).toMatchObject({ outside: 'after', replaces: { id: 'pre-action' } });
  });

  it('counts calendar days, whatever the time zone', () => {
    expect(daysBetween('2026-11-11', '2026-12-01')).toBe(20);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(addDays('2026-11-11', 30)).toBe('2026-12-11');
    expect(addDays('2026-12-01', -20)).toBe('2026-11-11');
  });
});
