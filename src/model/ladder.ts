import { z } from 'zod';
import { plainText, fieldName, slug, toSlug } from './common.ts';
import { escalationTopics, jurisdictions, roles, tones } from './vocabulary.ts';

/** A required field is a name, or a list of names of which any one will do. */
const fieldRequirement = z.union([fieldName, z.array(fieldName).min(2)]);

export const stageSchema = z.strictObject({
  id: slug,
  name: plainText,
  /** The names staff and AR software also give this stage's messages ("final demand"): shown on its templates' pages, so search finds them by either name. */
  alsoCalled: z.array(plainText).default([]),
  /** `step`: a rung of the ladder, sent on schedule. `side`: a path taken when something happens. */
  kind: z.enum(['step', 'side']),
  /** Days relative to the due date. A step: the days it is current (steps cover them without gap or overlap). A side path: from when it can start; `to` omitted means open-ended. */
  days: z.strictObject({ from: z.int(), to: z.int().optional() }),
  /** Where the stage applies (e.g. the UK letter before action); omitted means everywhere. */
  jurisdictions: z.array(z.enum(jurisdictions)).min(1).optional(),
  /** What happens to the scheduled sequence while this path is open. */
  sequence: z.enum(['continue', 'pause', 'stop']),
  /** For side paths: what starts them. */
  trigger: plainText.optional(),
  /**
   * For a side path every account reaches by its days alone, with no event to start it (the collection call from day 15):
   * "What do I send?" names it beside the day's step.
   */
  scheduled: z.boolean().default(false),
  /**
   * For a side path its owner may take on any account from its days, where one of its letters applies, with no event to
   * start it (a claim for statutory interest from day 30, in the UK and the EU): "What do I send?" offers it beside the
   * day's step, as the owner's choice.
   */
  offered: z.boolean().default(false),
  tone: z.enum(tones),
  owner: z.enum(roles),
  /** The handbook chapter that explains when and how to use this stage. */
  chapter: slug,
  summary: plainText,
  requires: z.strictObject({
    fields: z.array(fieldRequirement).default([]),
    notices: z.array(slug).default([]),
  }),
  /** Notices that must not appear, e.g. payment instructions in a bankruptcy acknowledgement. */
  forbids: z.strictObject({ notices: z.array(slug).default([]) }).default({ notices: [] }),
  /** Escalation topics letters at this stage may mention (as dated, conditional statements). */
  mayMention: z.array(z.enum(escalationTopics)).default([]),
  /**
   * What every letter at this stage takes as given, as the rule data's lexicon groups name it: at the bankruptcy stage the
   * customer's insolvency (`customer-insolvency`), so a payment demand there is read as one after it, said or not.
   */
  given: z.array(slug).default([]),
});

/** Something staff know about an account that leads to a side path ("What do I send?"). */
export const situationSchema = z.strictObject({
  id: slug,
  /** As staff would say it: "The customer disputes the invoice". */
  label: plainText,
  /** The side path that answers it. */
  stage: slug,
});

export const ladderSchema = z.strictObject({
  /** Fewest days between two automated messages about the same invoice. */
  minimumGapDays: z.int().min(1),
  situations: z.array(situationSchema).default([]),
  stages: z.array(stageSchema).min(1),
});

export type Stage = z.infer<typeof stageSchema>;

/**
 * The stage a writer names by its name or another name for it, written any way ("final-reminder", "Final reminder",
 * "final demand" → the Final reminder stage; "Letter before action" without its "(UK)"), or undefined.
 */
export function stageByName<S extends { name?: string; alsoCalled?: readonly string[] }>(stages: readonly S[], written: string): S | undefined {
  const wanted = toSlug(written);
  if (!wanted) return undefined;
  return stages.find((s) => [s.name ?? '', (s.name ?? '').replace(/\s*\([^)]*\)/g, ''), ...(s.alsoCalled ?? [])].some((name) => name && toSlug(name) === wanted));
}
export type Ladder = z.infer<typeof ladderSchema>;
export type Situation = z.infer<typeof situationSchema>;
export type FieldRequirement = z.infer<typeof fieldRequirement>;
