import type { Jurisdiction, Ladder, Stage } from '../model/index.ts';

/**
 * "This invoice is N days late (or disputed, or promised): what do I send?",
 * answered from the ladder alone (content/ladder.yaml). Pure and small: the
 * site's pages and their browser script both use it.
 */

/** The parts of the ladder the answer needs (the pages pass this much to the browser). */
export interface LadderPlan {
  /** Fewest days between two messages about one invoice: the next step is never sooner after today's letter. */
  minimumGapDays: number;
  stages: Pick<Stage, 'id' | 'name' | 'kind' | 'days' | 'sequence' | 'jurisdictions' | 'scheduled' | 'offered' | 'owner'>[];
  situations: Ladder['situations'];
}

/** The plan of a ladder as content/ladder.yaml gives it (what the pages hand to the browser). */
export function ladderPlan(ladder: Ladder): LadderPlan {
  return {
    minimumGapDays: ladder.minimumGapDays,
    stages: ladder.stages.map(({ id, name, kind, days, sequence, jurisdictions, scheduled, offered, owner }) => ({ id, name, kind, days, sequence, jurisdictions, scheduled, offered, owner })),
    situations: ladder.situations,
  };
}

type PlanStage = LadderPlan['stages'][number];

export interface Advice {
  /** Days past the due date (negative before it). */
  day: number;
  /** The stage to act on today, or undefined when nothing is due yet or the ladder has ended. */
  stage?: PlanStage | undefined;
  /** The step of the ladder the account has reached by its days: for a step, the letter sent before this one; for a side path, the step it pauses, stops or runs beside. */
  replaces?: PlanStage | undefined;
  /** What a side path does to the scheduled steps. */
  sequence?: Stage['sequence'] | undefined;
  /** The next scheduled step and the day it falls due; none while a side path pauses or stops the ladder, or after the last step. */
  next?: { stage: PlanStage; day: number } | undefined;
  /** Before the first step: nothing to send yet. After the last: the ladder has ended. */
  outside?: 'before' | 'after' | undefined;
  /**
   * A side path asked for before the day it usually starts (a payment plan on day 3); never one that stops collection, which
   * applies the day its event happens (an insolvency notice).
   */
  early?: boolean | undefined;
  /** The side paths every account is on by this day, beside its step (the collection call from day 15); none for a situation, nor once the ladder has ended. */
  alongside: PlanStage[];
  /** The side paths its owner may take on this day, beside the step (a statutory interest claim from day 30), as for `alongside`. */
  offered: PlanStage[];
}

/** The ladder's steps in order of their first day; with a `jurisdiction`, only those that apply there. */
export function stepsOf(plan: Pick<LadderPlan, 'stages'>, jurisdiction?: Jurisdiction): PlanStage[] {
  return plan.stages
    .filter((s) => s.kind === 'step' && (!jurisdiction || !s.jurisdictions || s.jurisdictions.includes(jurisdiction)))
    .sort((a, b) => a.days.from - b.days.from);
}

/** The step whose days hold `day`, if any (the ladder data is checked to leave no gap). */
export function stepOn(plan: LadderPlan, day: number, jurisdiction?: Jurisdiction): PlanStage | undefined {
  return stepsOf(plan, jurisdiction).find((s) => s.days.from <= day && (s.days.to === undefined || day <= s.days.to));
}

/**
 * The first step that starts after `day`, and the day to send it: its first
 * day, or later when a letter sent on `day` would leave less than the
 * minimum gap (a letter sent late in its window moves the next one on).
 */
export function nextStep(plan: LadderPlan, day: number, jurisdiction?: Jurisdiction): { stage: PlanStage; day: number } | undefined {
  const stage = stepsOf(plan, jurisdiction).find((s) => s.days.from > day);
  return stage && { stage, day: Math.max(stage.days.from, day + plan.minimumGapDays) };
}

/**
 * What to send on `day` past due, in `situation` (a `situations[].id` of the
 * ladder; undefined for none), for a customer in `jurisdiction` (undefined:
 * not known, every step counts). Throws for an unknown situation.
 */
export function whatToSend(plan: LadderPlan, day: number, situation?: string, jurisdiction?: Jurisdiction): Advice {
  const steps = stepsOf(plan, jurisdiction);
  const step = stepOn(plan, day, jurisdiction);
  const previous = step ? steps[steps.indexOf(step) - 1] : [...steps].reverse().find((s) => s.days.from <= day);
  if (situation) {
    const found = plan.situations.find((s) => s.id === situation);
    if (!found) throw new Error(`Unknown situation "${situation}"`);
    const stage = plan.stages.find((s) => s.id === found.stage);
    return {
      day,
      stage,
      replaces: step ?? previous,
      sequence: stage?.sequence,
      next: stage?.sequence === 'continue' ? nextStep(plan, day, jurisdiction) : undefined,
      early: stage !== undefined && stage.sequence !== 'stop' && day < stage.days.from,
      // A path beside the steps keeps the account on the others it has reached by its days (a missed promise: call that day).
      alongside: stage?.sequence === 'continue' ? besideOn(plan, day, 'scheduled', jurisdiction).filter((s) => s !== stage) : [],
      offered: stage?.sequence === 'continue' ? besideOn(plan, day, 'offered', jurisdiction).filter((s) => s !== stage) : [],
    };
  }
  if (step) return { day, stage: step, replaces: previous, next: nextStep(plan, day, jurisdiction), alongside: besideOn(plan, day, 'scheduled', jurisdiction), offered: besideOn(plan, day, 'offered', jurisdiction) };
  const first = steps[0];
  if (first && day < first.days.from) return { day, outside: 'before', next: { stage: first, day: first.days.from }, alongside: [], offered: [] };
  return { day, outside: 'after', replaces: previous, alongside: [], offered: [] };
}

/**
 * The side paths open on `day` past due in `jurisdiction` beside the steps, by their days alone: those every account is on
 * (`scheduled` in the ladder) or those its owner may take (`offered`).
 */
function besideOn(plan: LadderPlan, day: number, how: 'scheduled' | 'offered', jurisdiction?: Jurisdiction): PlanStage[] {
  return plan.stages.filter(
    (s) => s.kind === 'side' && s[how] && s.days.from <= day && (s.days.to === undefined || day <= s.days.to) && (!jurisdiction || !s.jurisdictions || s.jurisdictions.includes(jurisdiction)),
  );
}

/** A day relative to the due date in words: "the due date", "3 days before the due date", "1 day past due". */
export function dayWords(day: number): string {
  if (day === 0) return 'the due date';
  const n = Math.abs(day);
  return `${n} day${n === 1 ? '' : 's'} ${day < 0 ? 'before the due date' : 'past due'}`;
}

/** Whole days from `from` to `to` (dates as YYYY-MM-DD, read as calendar days, whatever the time zone). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `date` (YYYY-MM-DD) plus `days`, as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
