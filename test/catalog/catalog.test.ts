import { rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load.ts';
import { contentCopy, edit, lineOf } from '../helpers/content.ts';
import { projectRoot } from '../helpers/project.ts';

async function problems(root: string) {
  const result = await loadCatalog(root);
  return { result, messages: result.files.flatMap((f) => f.messages.map((m) => ({ file: path.basename(f.path), line: m.line, reason: m.reason, ruleId: m.ruleId, fatal: m.fatal, expected: m.expected }))) };
}

describe('the catalogue', () => {
  it('loads the real ladder, fields and notices with no problems', async () => {
    const { result, messages } = await problems(projectRoot);
    expect(messages).toEqual([]);
    expect(result.catalog!.ladder.stages.map((s) => s.id)).toContain('overdue-30');
    expect(result.catalog!.fields.map((f) => f.name)).toContain('due_date');
    expect(result.catalog!.notices.map((n) => n.id)).toContain('dispute-path');
  });

  it('names the file, the line and the allowed values for a bad enum value', async () => {
    const root = await contentCopy();
    await edit(root, 'content/ladder.yaml', 'owner: collections-lead', 'owner: collections-boss');
    const line = await lineOf(root, 'content/ladder.yaml', 'collections-boss');
    const { result, messages } = await problems(root);
    expect(result.catalog).toBeUndefined();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ file: 'ladder.yaml', line, ruleId: 'data-schema', fatal: true });
    expect(messages[0]!.reason).toContain('stages[4].owner');
    expect(messages[0]!.reason).toContain('Did you mean "collections-lead"?');
    // The fix is the value meant; the message still lists every allowed one.
    expect(messages[0]!.expected).toEqual(['collections-lead']);
    expect(messages[0]!.reason).toContain('credit-manager');
    await rm(root, { recursive: true });
  });

  it('suggests the right field for a misspelt merge field in the ladder and points at it', async () => {
    const root = await contentCopy();
    await edit(root, 'content/ladder.yaml', 'fields: [invoice_number, invoice_date, due_date, amount_due]', 'fields: [invoice_numbr, invoice_date, due_date, amount_due]');
    const { messages } = await problems(root);
    expect(messages).toEqual([
      expect.objectContaining({ file: 'ladder.yaml', line: await lineOf(root, 'content/ladder.yaml', 'invoice_numbr'), ruleId: 'data-reference', reason: 'Unknown merge field "invoice_numbr"; did you mean "invoice_number"?' }),
    ]);
    await rm(root, { recursive: true });
  });

  it('reports an unknown key with a suggestion', async () => {
    const root = await contentCopy();
    await edit(root, 'content/fields.yaml', '  label: Due date', '  lable: Due date');
    const { messages } = await problems(root);
    expect(messages.map((m) => m.reason)).toContain('Unknown field "[6].lable"; did you mean "label"?');
    await rm(root, { recursive: true });
  });

  it('refuses an alias that is already a field or another field\'s alias, at its place', async () => {
    const root = await contentCopy();
    await edit(root, 'content/fields.yaml', '  aliases: [date_due, payment_due_date, due]', '  aliases: [date_due, invoice_no, invoice_date]');
    const { messages } = await problems(root);
    const line = await lineOf(root, 'content/fields.yaml', 'aliases: [date_due, invoice_no');
    expect(messages.map((m) => [m.line, m.reason])).toEqual([
      [line, '"[6].aliases[1]": "invoice_no" is already an alias of invoice_number'],
      [line, '"[6].aliases[2]": "invoice_date" is already a field'],
    ]);
    await rm(root, { recursive: true });
  });

  it('reports a YAML syntax error at its line, and checks no references against a broken file', async () => {
    const root = await contentCopy();
    await edit(root, 'content/fields.yaml', '- name: invoice_date\n', '- name: invoice_date\n  label: [unclosed\n');
    await edit(root, 'content/notices.yaml', 'please tell {{contact_name}}', 'please tell {{contact_nme}}');
    const { result, messages } = await problems(root);
    expect(result.catalog).toBeUndefined();
    const syntax = messages.filter((m) => m.file === 'fields.yaml');
    expect(syntax.length).toBeGreaterThan(0);
    expect(syntax[0]!.reason).toMatch(/^YAML syntax: /);
    expect(syntax[0]!.line).toBeGreaterThanOrEqual(await lineOf(root, 'content/fields.yaml', '[unclosed'));
    // Unknown fields in notices can only be judged against a valid catalogue.
    expect(messages.filter((m) => m.file === 'notices.yaml')).toEqual([]);
    await rm(root, { recursive: true });
  });

  it('reports duplicate notice ids and unknown fields in notice text once the other files are valid', async () => {
    const root = await contentCopy();
    await edit(root, 'content/notices.yaml', '- id: already-paid', '- id: dispute-path');
    await edit(root, 'content/notices.yaml', 'please tell {{contact_name}}', 'please tell {{contact_nme}}');
    const { messages } = await problems(root);
    const reasons = messages.map((m) => m.reason);
    expect(reasons).toContain('Duplicate notice id "dispute-path": each must be unique');
    expect(reasons).toContain('Unknown merge field "contact_nme"; did you mean "contact_name"?');
    await rm(root, { recursive: true });
  });

  it('refuses a ladder whose steps leave days uncovered or claim a day twice, at the later step', async () => {
    const root = await contentCopy();
    await edit(root, 'content/ladder.yaml', 'days: { from: 14, to: 29 }', 'days: { from: 14, to: 20 }');
    await edit(root, 'content/ladder.yaml', 'days: { from: 60, to: 74 }', 'days: { from: 60, to: 76 }');
    const { result, messages } = await problems(root);
    expect(result.catalog).toBeUndefined();
    expect(messages).toEqual([
      expect.objectContaining({ file: 'ladder.yaml', line: await lineOf(root, 'content/ladder.yaml', 'days: { from: 30, to: 44 }'), ruleId: 'data-reference', reason: expect.stringContaining('Days 21–29 belong to no step') }),
      expect.objectContaining({ file: 'ladder.yaml', line: await lineOf(root, 'content/ladder.yaml', 'days: { from: 75, to: 90 }'), ruleId: 'data-reference', reason: expect.stringContaining('overlap') }),
    ]);
  });

  it('refuses a situation that leads to an unknown stage or to a step of the ladder', async () => {
    const root = await contentCopy();
    await edit(root, 'content/ladder.yaml', '    stage: dispute\n', '    stage: disputes\n');
    await edit(root, 'content/ladder.yaml', '    stage: bankruptcy\n', '    stage: overdue-30\n');
    const { messages } = await problems(root);
    expect(messages.map((m) => m.reason)).toEqual([expect.stringContaining('"disputes"'), expect.stringContaining('a step of the ladder')]);
  });

  it('refuses a step marked as scheduled, at its line: only a side path beside the steps is', async () => {
    const root = await contentCopy();
    await edit(root, 'content/ladder.yaml', '    days: { from: 30, to: 44 }\n', '    days: { from: 30, to: 44 }\n    scheduled: true\n');
    const { messages } = await problems(root);
    expect(messages).toEqual([
      expect.objectContaining({ file: 'ladder.yaml', line: await lineOf(root, 'content/ladder.yaml', 'scheduled: true\n    sequence: continue\n    tone'), ruleId: 'data-reference', reason: expect.stringContaining('Only a side path that runs beside the steps') }),
    ]);
  });

  it('refuses a step marked as offered, and a path both scheduled and offered, at their lines', async () => {
    const root = await contentCopy();
    await edit(root, 'content/ladder.yaml', '    days: { from: 30, to: 44 }\n', '    days: { from: 30, to: 44 }\n    offered: true\n');
    await edit(root, 'content/ladder.yaml', '    offered: true\n    tone: formal', '    offered: true\n    scheduled: true\n    tone: formal');
    const { messages } = await problems(root);
    expect(messages.map((m) => [m.line, m.reason])).toEqual([
      [await lineOf(root, 'content/ladder.yaml', 'offered: true\n    sequence: continue\n    tone'), expect.stringContaining('Only a side path that runs beside the steps (kind: side, sequence: continue) is offered')],
      [await lineOf(root, 'content/ladder.yaml', 'offered: true\n    scheduled: true'), expect.stringContaining('one every account reaches (scheduled) is not also a choice')],
    ]);
  });

  it('says which data file cannot be read instead of crashing', async () => {
    const root = await contentCopy();
    await rm(path.join(root, 'content/notices.yaml'));
    const { result, messages } = await problems(root);
    expect(result.catalog).toBeUndefined();
    // Named as a missing part of the project, with how to restore it (not the general "a broken link?").
    expect(messages).toEqual([expect.objectContaining({ file: 'notices.yaml', reason: expect.stringMatching(/^The project's notices\.yaml is missing/), ruleId: 'read-error', fatal: true })]);
    expect(result.files.find((f) => f.path.endsWith('notices.yaml'))?.messages[0]?.expected).toEqual(['Restore content/notices.yaml from the repository (in the project\'s folder: git checkout -- content/notices.yaml), or point --root at the project\'s folder']);
    await rm(root, { recursive: true });
  });
});
