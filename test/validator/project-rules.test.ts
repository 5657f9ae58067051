import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validate } from '../../src/validator/engine.ts';
import { contentCopy, edit, lineOf } from '../helpers/content.ts';

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

async function problems(dir: string) {
  const report = await validate({ root: dir });
  return report.files.flatMap((r) => r.file.messages.map((m) => ({ file: path.relative(dir, r.file.path), line: m.line, ruleId: m.ruleId, reason: m.reason, expected: m.expected })));
}

describe('checks across templates', () => {
  it('keeps scheduled messages the minimum gap apart', async () => {
    root = await contentCopy();
    await edit(root, 'templates/follow-up-15-days.mdx', 'sendOffsetDays: 14', 'sendOffsetDays: 10');
    await edit(root, 'content/ladder.yaml', 'days: { from: 7, to: 13 }', 'days: { from: 7, to: 9 }');
    await edit(root, 'content/ladder.yaml', 'days: { from: 14, to: 29 }', 'days: { from: 10, to: 29 }');
    const found = await problems(root);
    expect(found).toEqual([
      expect.objectContaining({ file: 'templates/follow-up-15-days.mdx', ruleId: 'sequence', line: await lineOf(root, 'templates/follow-up-15-days.mdx', 'sendOffsetDays'), reason: expect.stringContaining('3 days after') }),
    ]);
  });

  it('never schedules a path that pauses or stops the sequence', async () => {
    root = await contentCopy();
    await edit(root, 'templates/dispute-acknowledgement.mdx', 'channel: email\n', 'channel: email\nsendOffsetDays: 20\n');
    expect((await problems(root)).map((p) => p.ruleId)).toEqual(['sequence']);
  });

  it('reports duplicate template ids and ids that do not match the file name', async () => {
    root = await contentCopy();
    await edit(root, 'templates/reminder-7-days.mdx', 'id: reminder-7-days', 'id: courtesy-reminder');
    const found = await problems(root);
    expect(found.map((p) => `${p.file} ${p.ruleId}`)).toEqual(['templates/reminder-7-days.mdx duplicate-id']);
  });

  it('says which file to give a new id when two templates share one', async () => {
    root = await contentCopy();
    // A copy of a template under a new name, its id left as it was: the copy's name is the id to take.
    await writeFile(path.join(root, 'templates/reminder-7-days-copy.mdx'), await readFile(path.join(root, 'templates/reminder-7-days.mdx'), 'utf8'));
    const found = (await problems(root)).filter((p) => p.ruleId === 'duplicate-id');
    expect(found.map((p) => `${p.file} ${p.reason}`)).toEqual([
      'templates/reminder-7-days-copy.mdx Template id "reminder-7-days" does not match the file name "reminder-7-days-copy": set id: reminder-7-days-copy, or rename the file to reminder-7-days.mdx',
      'templates/reminder-7-days.mdx Template id "reminder-7-days" is also used by reminder-7-days-copy.mdx: give reminder-7-days-copy.mdx its own id and name its file after it',
    ]);
  });

  it('reports each template of a group that shares a title, at its title line, compared without case, spacing or punctuation', async () => {
    root = await contentCopy();
    const title = /^title: (.*)$/m.exec(await readFile(path.join(root, 'templates/reminder-7-days.mdx'), 'utf8'))![1]!.replace(/^"|"$/g, '');
    const respelt = `${title.toUpperCase().replace(/[()]/g, '').replace(/ /g, '  ')}.`;
    await edit(root, 'templates/follow-up-15-days.mdx', /^title: .*$/m, `title: "${respelt}"`);
    const found = (await problems(root)).filter((p) => p.ruleId === 'duplicate-title');
    const advice = 'give each template a title that says how it differs (its stage, channel or region)';
    expect(found).toEqual([
      {
        file: 'templates/follow-up-15-days.mdx',
        line: await lineOf(root, 'templates/follow-up-15-days.mdx', 'title:'),
        ruleId: 'duplicate-title',
        reason: `Template title "${respelt}" is also used by reminder-7-days.mdx: ${advice}`,
      },
      {
        file: 'templates/reminder-7-days.mdx',
        line: await lineOf(root, 'templates/reminder-7-days.mdx', 'title:'),
        ruleId: 'duplicate-title',
        reason: `Template title "${title}" is also used by follow-up-15-days.mdx: ${advice}`,
      },
    ]);
  });

  it('names at most three of the templates that share a title, and how many more', async () => {
    root = await contentCopy();
    const source = await readFile(path.join(root, 'templates/reminder-7-days.mdx'), 'utf8');
    for (const n of [1, 2, 3, 4]) await writeFile(path.join(root, `templates/copy-${n}.mdx`), source.replace('id: reminder-7-days', `id: copy-${n}`));
    const found = (await problems(root)).filter((p) => p.ruleId === 'duplicate-title' && p.file === 'templates/reminder-7-days.mdx');
    expect(found.map((p) => p.reason)).toEqual([expect.stringMatching(/is also used by copy-1\.mdx, copy-2\.mdx, copy-3\.mdx and 1 more: /)]);
  });

  it('says how to mend an id that does not match its file name, both ways', async () => {
    root = await contentCopy();
    await edit(root, 'templates/reminder-7-days.mdx', 'id: reminder-7-days', 'id: reminder-7-day');
    const found = await problems(root);
    expect(found.map((p) => p.reason)).toEqual(['Template id "reminder-7-day" does not match the file name "reminder-7-days": set id: reminder-7-days, or rename the file to reminder-7-day.mdx']);
  });

  it('says to rename a file whose name is no id, instead of offering the name as the id', async () => {
    root = await contentCopy();
    await rename(path.join(root, 'templates/reminder-7-days.mdx'), path.join(root, 'templates/Reminder 7 days.mdx'));
    const report = await validate({ root });
    const [message] = report.files.flatMap((r) => r.file.messages).filter((m) => m.ruleId === 'duplicate-id');
    expect(message?.reason).toBe('Template id "reminder-7-days" does not match the file name "Reminder 7 days", which is no id (lower-case letters, digits and hyphens): rename the file to reminder-7-days.mdx');
    expect(message?.expected ?? []).toEqual([]);
  });

  it('reports missing required content, unknown fields and notices, in the file that has them', async () => {
    root = await contentCopy();
    await edit(root, 'templates/reminder-7-days.mdx', /\{\{due_date\}\}/g, '{{due_dte}}');
    await edit(root, 'templates/reminder-7-days.mdx', /^notices: .*$/m, 'notices: [payment-instructions, named-contact, already-paid]');
    const found = (await problems(root)).filter((p) => p.file === 'templates/reminder-7-days.mdx');
    const reasons = found.map((p) => p.reason);
    expect(reasons).toContain('Unknown merge field {{due_dte}}; did you mean {{due_date}}?');
    // The typo is one fault, reported once with its fix: the field it means is not also "required".
    expect(reasons.some((r) => r.includes('requires {{due_date}}'))).toBe(false);
    expect(reasons.some((r) => r.includes('requires the notice "dispute-path"'))).toBe(true);
    // A field left out is still required.
    await edit(root, 'templates/reminder-7-days.mdx', /\{\{due_dte\}\}/g, 'the due date');
    expect((await problems(root)).some((p) => p.file === 'templates/reminder-7-days.mdx' && p.reason.includes('requires {{due_date}}'))).toBe(true);
  });

  it('reports one typo in a template as one problem, with its fix: a notice in the list or the letter, a field as another system writes it', async () => {
    root = await contentCopy();
    const file = 'templates/reminder-7-days.mdx';
    const of = async () => (await problems(root!)).filter((p) => p.file === file).map((p) => `${p.ruleId}: ${p.reason}`);
    await edit(root, file, 'notices: [payment-instructions, dispute-path,', 'notices: [payment-instructions, dispute_path,');
    expect(await of()).toEqual([expect.stringMatching(/^frontmatter: "notices\[1\]" is "dispute_path", which is not allowed\. Did you mean "dispute-path"\?/)]);
    // A short code is not guessed: "GB" (UK?) is one error on its own line, not a stage and a notice misread for "US".
    await edit(root, file, 'jurisdictions: [', 'jurisdictions: [GB, ');
    expect((await of()).filter((p) => !p.startsWith('frontmatter: "notices'))).toEqual([expect.stringMatching(/^frontmatter: "jurisdictions\[0\]" is "GB", which is not allowed/)]);
    await edit(root, file, 'jurisdictions: [GB, ', 'jurisdictions: [');
    await edit(root, file, 'dispute_path,', 'dispute-path,');
    await edit(root, file, '<Notice id="dispute-path" />', '<Notice id="dispute" />');
    expect(await of()).toEqual(['notices: Unknown notice "dispute"; did you mean "dispute-path"?']);
    await edit(root, file, '<Notice id="dispute" />', '<Notice id="dispute-path" />');
    await edit(root, file, /\{\{due_date\}\}/, '[[due_date]]');
    expect(await of()).toEqual(['merge-fields: Merge field [[due_date]] is written as another system writes fields; write {{due_date}}']);
  });

  it('warns of a date written into a template, where it goes stale, and points to a date field', async () => {
    root = await contentCopy();
    const file = 'templates/reminder-7-days.mdx';
    await edit(root, file, 'has not yet been paid.', 'has not yet been paid. Please pay by 31/12/26, or on Friday at the latest; we last wrote on 3 November 2026.');
    const found = (await problems(root)).filter((p) => p.file === file);
    expect(found.map((p) => `${p.ruleId}: ${p.reason}`)).toEqual([
      'fixed-date: “31/12/26” is a date written into the template: every letter sent from it would carry it',
      'fixed-date: “on Friday” is a date written into the template: every letter sent from it would carry it',
      'fixed-date: “on 3 November 2026” is a date written into the template: every letter sent from it would carry it',
    ]);
    // Days that fix no date: hours, a day that recurs, a holiday, a name, a code, a clause, an example.
    await edit(root, file, 'Please pay by 31/12/26, or on Friday at the latest; we last wrote on 3 November 2026.', 'Our lines are open 9.00 to 5.30, Monday to Friday, and our payment run is every Tuesday (not on Good Friday). Ask for Sam Friday, quote INV-2026-05-12 and see clause 12.1/3; a date reads, for example, 20 December 2026.');
    expect((await problems(root)).filter((p) => p.file === file)).toEqual([]);
  });

  it('names the stage meant by a mistyped --stage', async () => {
    await expect(validate({ root: process.cwd(), stage: 'overdue30', paths: ['templates/reminder-7-days.mdx'] })).rejects.toThrow(/^Unknown stage "overdue30"\. Did you mean "overdue-30"\? Stages: pre-due, /);
    // No guess where two stages are as near, or the name is short: "overdue-3" (overdue-7 or overdue-30?), "pre".
    for (const stage of ['overdue-3', 'pre']) await expect(validate({ root: process.cwd(), stage, paths: ['templates/reminder-7-days.mdx'] })).rejects.toThrow(new RegExp(`^Unknown stage "${stage}"\\. Stages: `));
    // A stage named by its name, or by another name for it, as a writer knows it.
    for (const stage of ['final-reminder', 'final demand']) {
      await expect(validate({ root: process.cwd(), stage, paths: ['templates/reminder-7-days.mdx'] })).rejects.toThrow(new RegExp(`^Unknown stage "${stage}"\\. Did you mean "overdue-45" \\(Final reminder\\)\\?`));
    }
    await expect(validate({ root: process.cwd(), stage: 'Letter before action', paths: ['templates/reminder-7-days.mdx'] })).rejects.toThrow(/^Unknown stage "Letter before action"\. Did you mean "pre-action" \(Letter before action \(UK\)\)\?/);
  });

  it('gives each missing notice a fix with every missing one added, so applying any of them undoes none', async () => {
    root = await contentCopy();
    await edit(root, 'templates/formal-notice-30-days.mdx', /^notices:.*\n/m, '');
    const fixes = (await problems(root)).filter((p) => p.ruleId === 'required-content').map((p) => p.expected?.[0]?.split(', and ')[0]);
    expect(fixes.length).toBeGreaterThan(1);
    expect(new Set(fixes)).toEqual(new Set(['notices: [payment-instructions, named-contact, dispute-path, already-paid]']));
  });

  it('suggests no allowed value that shares no letter with a short one ("FR" is no mistyped "US")', async () => {
    root = await contentCopy();
    await edit(root, 'templates/courtesy-reminder.mdx', /^jurisdictions:.*$/m, 'jurisdictions: [US, UK, EU, FR]');
    const [found] = (await problems(root)).filter((p) => p.ruleId === 'frontmatter');
    expect(found?.reason).toBe('"jurisdictions[3]" is "FR", which is not allowed. Allowed values: US, UK, EU');
    // A slip still gets its guess (a review): "U.S." is "US".
    await edit(root, 'templates/courtesy-reminder.mdx', 'jurisdictions: [US, UK, EU, FR]', 'jurisdictions: [U.S., UK, EU]');
    const [slip] = (await problems(root)).filter((p) => p.ruleId === 'frontmatter');
    expect(slip?.reason).toBe('"jurisdictions[0]" is "U.S.", which is not allowed. Did you mean "US"? Allowed values: US, UK, EU');
    // Another name for a jurisdiction, and a stage by its name (a second writer's trial): the value meant, as the fix.
    await edit(root, 'templates/courtesy-reminder.mdx', 'jurisdictions: [U.S., UK, EU]', 'jurisdictions: [US, GB, EU]');
    await edit(root, 'templates/courtesy-reminder.mdx', /^stage: .*$/m, 'stage: Courtesy reminder');
    const named = (await problems(root)).filter((p) => p.ruleId === 'frontmatter' && p.reason.startsWith('"'));
    expect(named.map((p) => [p.reason.split(' Allowed values')[0], p.expected])).toEqual([
      ['"stage" is "Courtesy reminder", which is not allowed. Did you mean "pre-due"?', ['pre-due']],
      ['"jurisdictions[1]" is "GB", which is not allowed. Did you mean "UK"?', ['UK']],
    ]);
  });

  it('keeps checking the other files when one is broken', async () => {
    root = await contentCopy();
    await edit(root, 'templates/reminder-7-days.mdx', /^(Dear|Hello) /m, 'Dear <b>unclosed ');
    await edit(root, 'templates/courtesy-reminder.mdx', /^(Dear|Hello) .*$/m, 'Dear {{customer_contact_name}}, pay or else.');
    const found = await problems(root);
    expect(found.map((p) => `${p.file} ${p.ruleId}`).sort()).toEqual(['templates/courtesy-reminder.mdx coercion', 'templates/reminder-7-days.mdx syntax']);
  });
});
