import { z } from 'zod';
import { isoDate, plainText, slug } from './common.ts';
import { escalationTopics, roles } from './vocabulary.ts';

/**
 * Who answers for a template or chapter and when they last reviewed it: the
 * same two keys, with the same vocabulary, in both schemas (one source of truth).
 */
export const owner = z.enum(roles);
export const reviewKeys = {
  /** The role that answers for the wording and reviews it. */
  owner,
  /** The day the owner last read it through and approved it (YYYY-MM-DD). */
  lastReviewed: isoDate,
};

/** A shorter review interval for some templates: those with a listed notice, or at a stage that may mention a listed topic. */
export const reviewRuleSchema = z.strictObject({
  /** Months between reviews for the templates this applies to. */
  months: z.int().min(1).max(60),
  /** Why these are reviewed sooner, shown with the warning. */
  reason: plainText,
  /** Applies to templates that include any of these notices (content/notices.yaml). */
  notices: z.array(slug).default([]),
  /** Applies to templates at a stage that may mention any of these topics (content/ladder.yaml, mayMention). */
  mayMention: z.array(z.enum(escalationTopics)).default([]),
});

/** content/review.yaml: how often templates and chapters are reviewed. */
export const reviewPolicySchema = z.strictObject({
  /** Months between reviews of any template or chapter. */
  months: z.int().min(1).max(60),
  /** Templates reviewed sooner; the shortest interval that applies wins. */
  sooner: z.array(reviewRuleSchema).default([]),
});

export type ReviewRule = z.infer<typeof reviewRuleSchema>;
export type ReviewPolicy = z.infer<typeof reviewPolicySchema>;
