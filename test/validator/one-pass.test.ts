import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/validator/engine.ts';
import { projectRoot } from '../helpers/project.ts';

const checker = await createChecker({ root: projectRoot });

/** An email template with no subject, no send day, three of its stage's fields and notices missing, and menace. */
function draft(stage: string): string {
  return `---
id: seven
title: Seven problems
summary: A draft with several problems.
stage: ${stage}
channel: email
jurisdictions: [UK]
notices: [payment-instructions]
---

Dear {{customer_contact_name}}, invoice {{invoice_number}} is overdue. Pay now or else.
`;
}

const found = (text: string) => checker.check(text, { kind: 'template', path: 'templates/seven.mdx' }).file.messages.map((m) => `${m.fatal ? 'error' : 'warning'} ${m.ruleId}: ${m.reason}`);

describe('every problem of a template in one run', () => {
  it('a missing subject does not hide the fields, notices and send day its stage requires', () => {
    const messages = found(draft('overdue-7'));
    expect(messages).toContain('error frontmatter: "subject": An email needs a subject line with the invoice number and amount');
    expect(messages).toContain('error required-content: Stage “First overdue reminder” requires {{due_date}} (due date)');
    expect(messages).toContain('error required-content: Stage “First overdue reminder” requires the notice "dispute-path" (if something is wrong)');
    expect(messages.some((m) => m.startsWith('error send-day:'))).toBe(true);
    expect(messages).toContain('error coercion: Vague menace or ultimatum: “or else”');
  });

  it('a send day written but mistyped is reported once, as what it is, not also as missing', () => {
    const messages = found(draft('overdue-7').replace('channel: email', 'channel: email\nsendOffsetDays: 7.5'));
    expect(messages).toContain('error frontmatter: "sendOffsetDays" is 7.5, which is not a whole number');
    expect(messages.filter((m) => m.startsWith('error send-day:'))).toEqual([]);
  });

  it('a wrong stage does not hide the missing subject, and says which checks it stops', () => {
    const messages = found(draft('overdue-21'));
    expect(messages).toContain('error frontmatter: "subject": An email needs a subject line with the invoice number and amount');
    // Suggested by when it is sent (day 21 follows the 15-day step), not by spelling ("overdue-7").
    expect(messages.some((m) => m.startsWith('error frontmatter: "stage" is "overdue-21", which is not allowed. Did you mean "overdue-15"?'))).toBe(true);
    expect(messages).toContain('warning frontmatter: Not checked for the fields, notices and send day its stage requires, nor for the subject line and escalation gates: fix stage first');
    expect(messages).toContain('error coercion: Vague menace or ultimatum: “or else”');
  });
});
