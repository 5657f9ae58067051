import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/validator/engine.ts';
import { projectRoot } from '../helpers/project.ts';

const checker = await createChecker({ root: projectRoot });
const check = (text: string) => checker.check(text, { kind: 'draft', path: 'draft.mdx' });

describe('suppressions', () => {
  it('silence a warning on the next line, keeping the reason for the report', () => {
    const result = check('{/* fair-collections-disable-next-line equality -- the customer’s own job title */}\nPlease ask your chairman to call us.\n');
    expect(result.file.messages.map(String)).toEqual([]);
    expect(result.suppressions).toEqual([expect.objectContaining({ ruleId: 'equality', reason: 'the customer’s own job title', line: 2, silenced: [expect.stringContaining('chairman')] })]);
  });

  it('work in Markdown drafts as HTML comments', () => {
    const result = checker.check('<!-- fair-collections-disable-next-line equality -- quoting their job title -->\nPlease ask your chairman to call us.\n', { kind: 'draft', path: 'draft.md' });
    expect(result.file.messages).toEqual([]);
  });

  it('cannot silence an error of harm: the comment itself is reported', () => {
    const result = check('{/* fair-collections-disable-next-line threats -- just this once */}\nWe will send the bailiffs.\n');
    const rules = result.file.messages.map((m) => m.ruleId);
    expect(rules).toContain('threats');
    expect(rules).toContain('suppression');
    expect(result.file.messages.find((m) => m.ruleId === 'suppression')!.reason).toContain('cannot be silenced');
  });

  it('need a reason', () => {
    const result = check('{/* fair-collections-disable-next-line equality */}\nPlease ask your chairman to call us.\n');
    expect(result.file.messages.map((m) => m.ruleId).sort()).toEqual(['equality', 'suppression']);
  });

  it('that silence nothing are reported, so stale ones are removed', () => {
    const result = check('{/* fair-collections-disable-next-line equality -- old reason */}\nPlease call us.\n');
    expect(result.file.messages).toEqual([expect.objectContaining({ ruleId: 'suppression', fatal: false })]);
  });
});
