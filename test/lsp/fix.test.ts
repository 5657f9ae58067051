import { describe, expect, it } from 'vitest';
import { fixFor } from '../../src/validator/fix.ts';

/** A message as the validator gives it, flagging `flagged` in `text`. */
function message(text: string, flagged: string, ruleId: string, actual: string, expected: string[]) {
  const at = text.indexOf(flagged);
  return { ruleId, actual, expected, place: { start: { line: 1, column: at + 1 }, end: { line: 1, column: at + flagged.length + 1 } } };
}

describe('safe fixes', () => {
  it('replaces a misspelt merge field with the one suggestion, spaced as written', () => {
    const text = 'Due on {{ due_dat }}.';
    expect(fixFor(message(text, '{{ due_dat }}', 'merge-fields', 'due_dat', ['{{due_date}}']), text)).toMatchObject({ text: '{{ due_date }}', preferred: true });
  });

  it('offers nothing when the suggestion is advice, or there is more than one', () => {
    const text = 'Due on {{when}}.';
    expect(fixFor(message(text, '{{when}}', 'merge-fields', 'when', ['a field from content/fields.yaml']), text)).toBeUndefined();
    const word = 'Ask the mailman.';
    expect(fixFor(message(word, 'mailman', 'equality', 'mailman', ['mail carrier', 'letter carrier']), word)).toBeUndefined();
  });

  it('replaces an inconsiderate word with its single alternative, not a preferred fix', () => {
    const text = 'He is a cripple.';
    expect(fixFor(message(text, 'cripple', 'equality', 'cripple', ['person with a limp']), text)).toMatchObject({ text: 'person with a limp', preferred: false });
  });

  it('never fixes harm, and never text that is no longer what was flagged', () => {
    const text = 'Pay now, or else.';
    expect(fixFor(message(text, 'or else', 'coercion', 'or else', ['Name the lawful next step, its date and how to avoid it.']), text)).toBeUndefined();
    const moved = message('Due on {{due_dat}}.', '{{due_dat}}', 'merge-fields', 'due_dat', ['{{due_date}}']);
    expect(fixFor(moved, 'Due {{due_dat}} on.')).toBeUndefined();
  });
});
