import { describe, expect, it } from 'vitest';
import { chapterSchema, ladderSchema, templateSchema } from '../../src/model/index.ts';

const goodChapter = { title: 'Disputes', summary: 'What to do when an invoice is queried.', order: 7, owner: 'ar-specialist', lastReviewed: '2026-11-20' };

describe('chapter frontmatter', () => {
  it('accepts a complete chapter and turns the review date into a Date', () => {
    const result = chapterSchema.parse(goodChapter);
    expect(result.lastReviewed).toEqual(new Date('2026-11-20T00:00:00Z'));
  });

  it('accepts a Date as js-yaml (Astro) produces it', () => {
    expect(chapterSchema.safeParse({ ...goodChapter, lastReviewed: new Date('2026-11-20') }).success).toBe(true);
  });

  it('rejects an unknown owner, listing the allowed roles', () => {
    const result = chapterSchema.safeParse({ ...goodChapter, owner: 'intern' });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(['owner']);
    expect(issue.message).toContain('"ar-specialist"');
    expect(issue.message).toContain('"credit-manager"');
  });

  it('rejects a missing title, a fractional order and an impossible date', () => {
    const { title: _title, ...noTitle } = goodChapter;
    expect(chapterSchema.safeParse(noTitle).error!.issues[0]!.path).toEqual(['title']);
    expect(chapterSchema.safeParse({ ...goodChapter, order: 1.5 }).error!.issues[0]!.path).toEqual(['order']);
    expect(chapterSchema.safeParse({ ...goodChapter, lastReviewed: '2026-13-45' }).success).toBe(false);
  });

  it('rejects a misspelt key rather than ignoring it', () => {
    const result = chapterSchema.safeParse({ ...goodChapter, lastReveiwed: '2026-11-20' });
    expect(result.error!.issues.map((i) => i.code)).toContain('unrecognized_keys');
  });
});

describe('template frontmatter', () => {
  const schema = templateSchema({ stageIds: ['overdue-7', 'dispute'], noticeIds: ['dispute-path', 'named-contact'] });
  const goodEmail = {
    id: 'reminder-7-days',
    title: 'First overdue reminder',
    summary: 'A week after the due date.',
    stage: 'overdue-7',
    channel: 'email',
    sendOffsetDays: 7,
    subject: 'Invoice {{invoice_number}}',
    jurisdictions: ['US', 'UK'],
    notices: ['dispute-path'],
    owner: 'ar-specialist',
    lastReviewed: '2026-11-20',
  };

  it('accepts a complete email template', () => {
    expect(schema.parse(goodEmail).notices).toEqual(['dispute-path']);
  });

  it('requires a subject for emails and forbids one elsewhere', () => {
    const { subject: _subject, ...noSubject } = goodEmail;
    expect(schema.safeParse(noSubject).error!.issues[0]).toMatchObject({ path: ['subject'], message: expect.stringContaining('subject line') });
    expect(schema.safeParse({ ...goodEmail, channel: 'letter' }).error!.issues[0]!.path).toEqual(['subject']);
  });

  it('lists the allowed stages, channels, jurisdictions and notices', () => {
    const result = schema.safeParse({ ...goodEmail, stage: 'day-7', channel: 'fax', jurisdictions: ['FR'], notices: ['disput-path'] });
    const byPath = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byPath['stage']).toContain('"overdue-7"|"dispute"');
    expect(byPath['channel']).toContain('"call-script"');
    expect(byPath['jurisdictions.0']).toContain('"EU"');
    expect(byPath['notices.0']).toContain('"dispute-path"');
  });

  it('rejects a notice listed twice', () => {
    expect(schema.safeParse({ ...goodEmail, notices: ['dispute-path', 'dispute-path'] }).success).toBe(false);
  });

  it('rejects a jurisdiction listed twice, which the site would read as a letter for one place', () => {
    expect(schema.safeParse({ ...goodEmail, jurisdictions: ['EU', 'EU'] }).error!.issues[0]).toMatchObject({ path: ['jurisdictions'], message: 'A jurisdiction is listed twice' });
  });
});

describe('ladder data', () => {
  const stage = {
    id: 'overdue-7',
    name: 'First overdue reminder',
    kind: 'step',
    days: { from: 7, to: 10 },
    sequence: 'continue',
    tone: 'polite',
    owner: 'ar-specialist',
    chapter: 'written-reminders',
    summary: 'A week late.',
    requires: { fields: ['invoice_number', ['amount_due', 'balance_due']], notices: ['dispute-path'] },
  };

  it('fills defaults for optional lists', () => {
    const ladder = ladderSchema.parse({ minimumGapDays: 7, stages: [stage] });
    expect(ladder.stages[0]!.mayMention).toEqual([]);
    expect(ladder.stages[0]!.forbids.notices).toEqual([]);
  });

  it('rejects an escalation topic that does not exist', () => {
    const result = ladderSchema.safeParse({ minimumGapDays: 7, stages: [{ ...stage, mayMention: ['lawsuit'] }] });
    expect(result.error!.issues[0]!.message).toContain('"agency-referral"');
  });
});
