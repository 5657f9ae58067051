import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, reviewInterval, reviewStatus, todayVariable } from '../../src/governance/review.ts';
import { reviewPolicySchema, templateSchema } from '../../src/model/index.ts';
import { validate } from '../../src/validator/engine.ts';
import { contentCopy, edit, lineOf } from '../helpers/content.ts';

// Every check of a review date runs on a fixed day, never the calendar's.
const fixedDay = '2026-12-20';
let saved: string | undefined;
beforeAll(() => {
  saved = process.env[todayVariable];
  process.env[todayVariable] = fixedDay;
});
afterAll(() => {
  if (saved === undefined) delete process.env[todayVariable];
  else process.env[todayVariable] = saved;
});

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

const policy = reviewPolicySchema.parse({
  months: 12,
  sooner: [
    { months: 6, reason: 'Legal notice', notices: ['uk-statutory-interest'] },
    { months: 3, reason: 'Legal action', mayMention: ['legal-action'] },
  ],
});

describe('the review policy', () => {
  it('adds calendar months in UTC, the 31st becoming the last day of a shorter month', () => {
    expect(addMonths(new Date('2026-08-31T00:00:00Z'), 6).toISOString().slice(0, 10)).toBe('2027-02-28');
    expect(addMonths(new Date('2026-01-15T00:00:00Z'), 12).toISOString().slice(0, 10)).toBe('2027-01-15');
  });

  it('gives the shortest interval that applies: default, legal notice, stage that may mention legal action', () => {
    expect(reviewInterval(policy)).toEqual({ months: 12 });
    expect(reviewInterval(policy, { notices: ['payment-instructions'], stage: { mayMention: ['interest'] } })).toEqual({ months: 12 });
    expect(reviewInterval(policy, { notices: ['uk-statutory-interest'] }).months).toBe(6);
    expect(reviewInterval(policy, { notices: ['uk-statutory-interest'], stage: { mayMention: ['legal-action'] } })).toEqual({ months: 3, reason: 'Legal action' });
  });

  it('is overdue the day after the due date, not on it', () => {
    const on = (day: string) => new Date(`${day}T00:00:00Z`);
    expect(reviewStatus(policy, on('2026-12-15'), on('2027-12-15')).overdue).toBe(false);
    const late = reviewStatus(policy, on('2026-11-15'), on('2027-12-15'));
    expect(late).toMatchObject({ overdue: true, daysOverdue: 30, months: 12 });
  });

  it('owner and lastReviewed are required of a template, with the roles chapters use', () => {
    const schema = templateSchema({ stageIds: ['due'], noticeIds: [] });
    const good = { id: 'x', title: 'X', summary: 'X.', stage: 'due', channel: 'letter', jurisdictions: ['US'], owner: 'ar-specialist', lastReviewed: '2026-11-20' };
    expect(schema.safeParse(good).success).toBe(true);
    const { owner: _owner, ...noOwner } = good;
    expect(schema.safeParse(noOwner).error?.issues.map((i) => i.path.join('.'))).toEqual(['owner']);
    expect(schema.safeParse({ ...good, owner: 'intern' }).success).toBe(false);
    expect(schema.safeParse({ ...good, lastReviewed: '20 November' }).success).toBe(false);
  });
});

describe('the validator', () => {
  it('a template without an owner is a located frontmatter error', async () => {
    root = await contentCopy();
    await edit(root, 'templates/reminder-7-days.mdx', /^owner: .*\n/m, '');
    const report = await validate({ root, workers: 0 });
    const file = report.files.find((f) => f.file.path.endsWith('reminder-7-days.mdx'))!;
    const errors = file.file.messages.filter((m) => m.fatal);
    expect(errors.map((m) => [m.ruleId, m.line! > 0, m.reason])).toEqual([['frontmatter', true, expect.stringMatching(/owner/)]]);
  });

  it('warns, at lastReviewed, on a template reviewed 13 months before today and a chapter reviewed two years before, nothing else', async () => {
    root = await contentCopy();
    await edit(root, 'templates/reminder-7-days.mdx', /^lastReviewed: .*$/m, 'lastReviewed: 2025-11-15');
    await edit(root, 'content/handbook/disputes.mdx', /^lastReviewed: .*$/m, 'lastReviewed: 2024-12-01');
    const report = await validate({ root, workers: 0 });
    expect(report.errorCount).toBe(0);
    const warnings = report.files.flatMap((f) => f.file.messages.filter((m) => m.ruleId === 'review-due').map((m) => `${path.relative(root!, f.file.path)}:${m.line} ${m.reason}`));
    expect(warnings).toEqual([
      `content/handbook/disputes.mdx:${await lineOf(root, 'content/handbook/disputes.mdx', 'lastReviewed:')} Review overdue: last reviewed 2024-12-01; reviewed every 12 months, so due by 2025-12-01. Its owner should review it and set lastReviewed to the day of the review`,
      `templates/reminder-7-days.mdx:${await lineOf(root, 'templates/reminder-7-days.mdx', 'lastReviewed:')} Review overdue: last reviewed 2025-11-15; reviewed every 12 months, so due by 2026-11-15. Its owner should review it and set lastReviewed to the day of the review`,
    ]);
    expect(report.files.find((f) => f.file.path.endsWith('reminder-7-days.mdx'))!.file.messages.find((m) => m.ruleId === 'review-due')!.url).toMatch(/\/rules\/review-due\/$/);
  });

  it('a template with a legal notice is due after 6 months', async () => {
    root = await contentCopy();
    await edit(root, 'templates/uk-statutory-interest-claim.mdx', /^lastReviewed: .*$/m, 'lastReviewed: 2026-06-01');
    const report = await validate({ root, workers: 0 });
    const messages = report.files.flatMap((f) => f.file.messages.filter((m) => m.ruleId === 'review-due'));
    expect(messages.map((m) => m.reason)).toEqual([expect.stringMatching(/^Review overdue: last reviewed 2026-06-01; reviewed every 6 months \(it carries a legal notice/)]);
  });

  it('a review dated after tomorrow is an error, since it would put off the next review; tomorrow is allowed for reviewers east of UTC', async () => {
    root = await contentCopy();
    await edit(root, 'templates/reminder-7-days.mdx', /^lastReviewed: .*$/m, 'lastReviewed: 2062-11-20');
    await edit(root, 'content/handbook/disputes.mdx', /^lastReviewed: .*$/m, 'lastReviewed: 2026-12-02');
    const report = await validate({ root, workers: 0 });
    const messages = report.files.flatMap((f) => f.file.messages.filter((m) => m.ruleId === 'review-due').map((m) => [path.relative(root!, f.file.path), m.fatal, m.reason]));
    expect(messages).toEqual([['templates/reminder-7-days.mdx', true, 'lastReviewed 2062-11-20 is in the future; set it to the day the owner reviewed the text']]);
  });

  it('a review dated in the future is reported in the same run as other broken frontmatter, not after it is fixed', async () => {
    root = await contentCopy();
    await edit(root, 'templates/reminder-7-days.mdx', /^lastReviewed: .*$/m, 'lastReviewed: 2062-11-20');
    await edit(root, 'templates/reminder-7-days.mdx', /^stage: .*$/m, 'stage: overdue-77');
    await edit(root, 'content/handbook/disputes.mdx', /^lastReviewed: .*$/m, 'lastReviewed: 2063-01-01');
    await edit(root, 'content/handbook/disputes.mdx', /^order: .*$/m, 'order: first');
    const report = await validate({ root, workers: 0 });
    const messages = report.files.flatMap((f) => f.file.messages.filter((m) => m.ruleId === 'review-due' || m.fatal).map((m) => [path.relative(root!, f.file.path), m.ruleId, m.line]));
    expect(messages).toEqual([
      ['content/handbook/disputes.mdx', 'frontmatter', await lineOf(root, 'content/handbook/disputes.mdx', 'order: first')],
      ['content/handbook/disputes.mdx', 'review-due', await lineOf(root, 'content/handbook/disputes.mdx', 'lastReviewed:')],
      ['templates/reminder-7-days.mdx', 'frontmatter', await lineOf(root, 'templates/reminder-7-days.mdx', 'stage: overdue-77')],
      ['templates/reminder-7-days.mdx', 'review-due', await lineOf(root, 'templates/reminder-7-days.mdx', 'lastReviewed:')],
    ]);
  });

  it('content/review.yaml is validated: a bad interval and an unknown notice are located errors', async () => {
    root = await contentCopy();
    await edit(root, 'content/review.yaml', 'months: 12', 'months: yearly');
    let report = await validate({ root, workers: 0 });
    let review = report.files.find((f) => f.file.path.endsWith('content/review.yaml'))!;
    expect(review.file.messages.map((m) => [m.ruleId, m.line, m.fatal])).toEqual([['data-schema', await lineOf(root, 'content/review.yaml', 'months: yearly'), true]]);
    await rm(root, { recursive: true });
    root = await contentCopy();
    await edit(root, 'content/review.yaml', 'eu-late-payment,', 'eu-late-paymnet,');
    report = await validate({ root, workers: 0 });
    review = report.files.find((f) => f.file.path.endsWith('content/review.yaml'))!;
    expect(review.file.messages.map((m) => [m.ruleId, m.line, m.reason])).toEqual([['data-reference', await lineOf(root, 'content/review.yaml', 'eu-late-paymnet'), expect.stringContaining('Unknown notice "eu-late-paymnet"')]]);
  });
});
