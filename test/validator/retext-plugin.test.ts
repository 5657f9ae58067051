import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/validator/engine.ts';
import retextFairCollections from '../../src/validator/retext.ts';
import { projectRoot } from '../helpers/project.ts';

const drafts = await createChecker({ root: projectRoot, languageOnly: true });
const shape = (messages: readonly { ruleId?: string | null | undefined; line?: number | undefined; column?: number | undefined; fatal?: boolean | null | undefined; reason: string; url?: string | undefined; note?: string | undefined }[]) =>
  messages
    .map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column, fatal: m.fatal, reason: m.reason, url: m.url, note: m.note }))
    // In the order the CLI's report gives them (completeMessages): by place, then rule, then reason.
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || String(a.ruleId).localeCompare(String(b.ruleId)) || a.reason.localeCompare(b.reason));

describe('retextFairCollections', () => {
  it.each([
    'If payment is not received by Friday, bailiffs will be instructed.',
    'We will tell your suppliers that you do not pay.\nPAY THIS INVOICE NOW!!!',
    'Please ask your chairman to call us. Accidents happen on building sites, especially to people who owe money.',
    'Invoice 2041 for £300 was due on 1 May. Please pay by 1 June or call me to agree a plan.',
  ])('in a unified pipeline gives the messages the CLI gives a draft: %s', async (text) => {
    const file = new VFile({ path: 'draft.txt', value: text });
    const processor = unified().use(retextEnglish).use(retextFairCollections);
    await processor.run(processor.parse(file), file);
    const cli = drafts.check(text, { kind: 'draft', path: 'draft.txt' }).file.messages;
    expect(shape(file.messages)).toEqual(shape(cli));
  });
});
