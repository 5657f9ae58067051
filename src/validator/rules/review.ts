import { describeOverdue, isoDay, reviewStatus, today, type ReviewStatus } from '../../governance/review.ts';
import { validKeys } from '../../document/frontmatter.ts';
import { templateSchemaFor } from '../../library/template.ts';
import { chapterSchema } from '../../model/chapter.ts';
import type { ReviewPolicy } from '../../model/review.ts';
import type { DocumentContext, DocumentRule } from '../types.ts';

// One day of grace: a reviewer east of UTC dates the review a day ahead of the build's UTC today.
const dayMs = 86_400_000;

/** A template file as the rule's examples use it: the good reminder of the content rules, with a review date. */
function example(lastReviewed: string, extra = ''): string {
  return [
    '---',
    'id: example',
    'title: Example',
    'summary: Example reminder.',
    'stage: overdue-7',
    'channel: email',
    'sendOffsetDays: 7',
    'subject: "Invoice {{invoice_number}}: {{balance_due}} overdue"',
    'jurisdictions: [US, UK, EU]',
    'notices: [payment-instructions, named-contact, dispute-path, already-paid]',
    'owner: ar-specialist',
    `lastReviewed: ${lastReviewed}${extra}`,
    '---',
    '',
    'Dear {{customer_contact_name}},',
    '',
    'Invoice {{invoice_number}} of {{invoice_date}}, due on {{due_date}}, is {{days_past_due}} days overdue.',
    '',
  ].join('\n');
}

export const reviewDue: DocumentRule = {
  meta: {
    id: 'review-due',
    name: 'Review date',
    description:
      'A template or chapter whose lastReviewed date is older than the review policy allows (content/review.yaml: every 12 months, sooner for letters that carry legal notices or may mention legal action or a referral) is past its review date: its owner should read it through and update lastReviewed. A lastReviewed date in the future is an error, since it would put off the next review.',
    why: 'A collections letter is a compliance record: wording nobody has reviewed within the policy may no longer match the law or the ladder.',
    source: 'content/review.yaml; the owner and lastReviewed of each template and chapter.',
    severity: 'warning',
    // Reviewing and updating lastReviewed is the fix; silencing it would defeat the policy.
    suppressible: false,
    scope: 'content',
    kinds: ['template', 'chapter'],
    examples: {
      valid: [{ text: example(isoDay(today())), note: 'Reviewed today (the example takes the day it is run).' }],
      invalid: [
        { text: example('2099-01-15'), note: 'A review dated in the future would put off the next review for years: an error.' },
        { text: example('2020-01-15'), note: 'Reviewed more than 12 months ago.' },
        {
          text: example('2020-01-15').replace('stage: overdue-7', 'stage: overdue-60').replace('sendOffsetDays: 7', 'sendOffsetDays: 60'),
          note: 'A stage that may mention a referral: due every 6 months.',
        },
      ],
    },
  },
  check(context, report) {
    const policy = context.catalog?.review;
    if (!policy || context.languageOnly) return;
    const status = reviewed(context, policy);
    if (!status) return;
    if (status.lastReviewed.getTime() > today().getTime() + dayMs) {
      report({
        reason: `lastReviewed ${isoDay(status.lastReviewed)} is in the future; set it to the day the owner reviewed the text`,
        place: context.locate(['lastReviewed']),
        actual: isoDay(status.lastReviewed),
        expected: [isoDay(today())],
        severity: 'error',
      });
      return;
    }
    if (!status.overdue) return;
    report({
      reason: `${describeOverdue(status)}. Its owner should review it and set lastReviewed to the day of the review`,
      place: context.locate(['lastReviewed']),
      actual: isoDay(status.lastReviewed),
      expected: [isoDay(today())],
    });
  },
};

/**
 * The review status of a template or chapter. With broken frontmatter the
 * valid keys still count: a lastReviewed date in the future is reported in
 * the same run as a mistyped stage, not in a second round after it is fixed.
 * A template whose stage or notices are broken is given the interval its
 * valid keys imply (the policy's longest without them).
 */
function reviewed(context: DocumentContext, policy: ReviewPolicy): ReviewStatus | undefined {
  if (context.kind === 'template' && context.checkable) {
    const { notices, lastReviewed } = context.checkable;
    return lastReviewed ? reviewStatus(policy, lastReviewed, today(), { notices, stage: context.stage }) : undefined;
  }
  if (context.kind === 'chapter' && context.chapter) return reviewStatus(policy, context.chapter.lastReviewed, today());
  if (!context.tree || !context.catalog || (context.kind !== 'template' && context.kind !== 'chapter')) return undefined;
  const shape = context.kind === 'template' ? templateSchemaFor(context.catalog).shape : chapterSchema.shape;
  const valid = validKeys(context.tree, shape);
  if (!(valid?.lastReviewed instanceof Date)) return undefined;
  if (context.kind === 'chapter') return reviewStatus(policy, valid.lastReviewed, today());
  const notices = Array.isArray(valid.notices) ? (valid.notices as string[]) : [];
  const stage = context.catalog.ladder.stages.find((s) => s.id === valid.stage);
  return reviewStatus(policy, valid.lastReviewed, today(), { notices, stage });
}
