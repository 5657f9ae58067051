import { expect } from 'vitest';
import { createChecker } from '../../src/validator/engine.ts';
import { projectRoot } from './project.ts';

const drafts = await createChecker({ root: projectRoot, languageOnly: true });

/** A draft's errors as `rule: reason`, checked as `fair-collections-lint --language-only` checks it. */
export const draftErrors = (text: string): string[] =>
  drafts
    .check(text, { kind: 'draft', path: 'draft.md' })
    .file.messages.filter((m) => m.fatal)
    .map((m) => `${m.ruleId}: ${m.reason}`);

/** The draft `text` has an error from `rule` (among any others). */
export const flags = (text: string, rule: string) => expect(draftErrors(text).map((m) => m.split(':')[0])).toContain(rule);
/** The draft `text` has no error at all. */
export const clean = (text: string) => expect(draftErrors(text)).toEqual([]);
