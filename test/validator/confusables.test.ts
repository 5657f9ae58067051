import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/validator/engine.ts';
import { projectRoot } from '../helpers/project.ts';

const checker = await createChecker({ root: projectRoot });

/** A draft whose disguised sentence sits on line 5, after a greeting and a fair paragraph. */
function draft(sentence: string): string {
  return `Dear Ms Jones,\n\nThank you for your order.\n\n${sentence}\n\nKind regards,\nAccounts\n`;
}

interface Found {
  ruleId: string;
  line: number;
  column: number;
  /** The source text the message covers. */
  excerpt: string;
}

function check(text: string): Found[] {
  return checker.check(text, { kind: 'draft', path: 'draft.md' }).file.messages.map((m) => {
    const place = m.place as { start: { offset: number }; end: { offset: number } };
    return { ruleId: m.ruleId ?? '', line: m.line ?? 0, column: m.column ?? 0, excerpt: text.slice(place.start.offset, place.end.offset) };
  });
}

/** Column (1-based, UTF-16 units as unist counts them) of `excerpt` on its line of `text`. */
function columnOf(text: string, excerpt: string): { line: number; column: number } {
  const offset = text.indexOf(excerpt);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

const tag = '\u{E0020}';

describe('invisible and look-alike characters cannot hide wording', () => {
  // [evasion, sentence, rule, what the message must cover in the original text]
  it.each([
    ['a variation selector inside a word', 'Pay now o\uFE0Fr else.', 'coercion', 'o\uFE0Fr else'],
    ['a tag character inside a word', `Our bailiffs will sei${tag}ze your stock.`, 'threats', `sei${tag}ze your stock`],
    ['a run of tag characters', `Pay now o${tag.repeat(20)}r else.`, 'coercion', `o${tag.repeat(20)}r else`],
    ['bidi isolates around a word', 'Pay now or \u2066else\u2069.', 'coercion', 'or \u2066else'],
    ['an empty isolate inside a word', 'Pay now o\u2067\u2069r else.', 'coercion', 'o\u2067\u2069r else'],
    ['a right-to-left override inside a word', 'Our bailiffs will se\u202E\u202Cize your stock.', 'threats', 'se\u202E\u202Cize your stock'],
    ['Armenian օ for o', 'Pay now \u0585r else.', 'coercion', '\u0585r else'],
    ['small capital ᴏ for o', 'Pay now \u1D0Fr else.', 'coercion', '\u1D0Fr else'],
    ['small capitals throughout', 'ᴘᴀʏ ɴᴏᴡ ᴏʀ ᴇʟꜱᴇ.', 'coercion', 'ᴏʀ ᴇʟꜱᴇ'],
    ['combining overlays on every letter', 'Our bailiffs will s\u0335e\u0335i\u0335z\u0335e\u0335 your stock.', 'threats', 's\u0335e\u0335i\u0335z\u0335e\u0335 your stock'],
    ['accents and strokes on letters', 'Pay now ö\u0301r éłse.', 'coercion', 'ö\u0301r éłse'],
    ['the Hangul filler inside a word', 'Our bailiffs will sei\u3164ze your stock.', 'threats', 'sei\u3164ze your stock'],
    ['a word all in Cyrillic look-alikes', 'Pay now \u043E\u0433 else.', 'coercion', '\u043E\u0433 else'],
    ['Greek and Cyrillic capitals', 'Our bailiffs will SΕΙΖΕ YOUR STОCK.', 'threats', 'SΕΙΖΕ YOUR STОCK'],
    ['mathematical bold letters', 'Pay now \u{1D428}\u{1D42B} \u{1D41E}\u{1D425}\u{1D42C}\u{1D41E}.', 'coercion', '\u{1D428}\u{1D42B} \u{1D41E}\u{1D425}\u{1D42C}\u{1D41E}'],
  ])('%s', (_evasion, sentence, rule, excerpt) => {
    const text = draft(sentence);
    const found = check(text).filter((m) => m.ruleId === rule);
    const at = columnOf(text, excerpt);
    expect(found).toContainEqual({ ruleId: rule, ...at, excerpt });
    expect(at.line).toBe(5);
  });

  it('keeps digits for letters, spaced letters and emphasis working alongside', () => {
    expect(check(draft('You will go to ja1\uFE0Fl for this.')).map((m) => m.ruleId)).toContain('threats');
    expect(check(draft('P A Y  N O W  \u1D0F R  E L S E')).map((m) => m.ruleId)).toContain('coercion');
    expect(check(draft('We will send the **bai\u200Bl**i\u0335ffs.')).map((m) => m.ruleId)).toContain('threats');
  });

  it('locates wording after accented and non-Latin text on the same line', () => {
    const text = draft('Herr Müller of Société Générale and ΑΚΡΟΠΟΛΗ Α.Ε.: pay now o\uFE0Fr else.');
    expect(check(text)).toContainEqual({ ruleId: 'coercion', ...columnOf(text, 'o\uFE0Fr else'), excerpt: 'o\uFE0Fr else' });
  });

  it('locates wording after emoji and other characters of two UTF-16 units, as editors count columns', () => {
    for (const before of ['😀', '👍🏽', '👨‍👩‍👧', '🇬🇧', '𝒜']) {
      const text = draft(`${before} Pay now, you are deadbeats.`);
      expect(check(text), before).toContainEqual({ ruleId: 'abuse', ...columnOf(text, 'deadbeats'), excerpt: 'deadbeats' });
    }
  });
});

describe('fair text in other scripts is left alone', () => {
  it.each([
    ['German and French names with accents', 'Dear Herr Müller,\n\nThank you for the payment from Société Générale for invoice 1042. Crème brûlée & Co. and Ærøskøbing Café are also up to date.'],
    ['a Greek company name', 'Dear Sir or Madam,\n\nWe have received the remittance from ΑΚΡΟΠΟΛΗ ΑΝΩΝΥΜΗ ΕΤΑΙΡΕΙΑ (Ακρόπολη Α.Ε.) for invoice 1042. Thank you.'],
    ['a Cyrillic company name', 'Dear Mr Petrov,\n\nThank you: ООО «Ромашка» paid invoice 1042 in full on 3 March, and Газпром нефть confirmed the credit note.'],
    ['a Russian sentence whose words look Latin', 'Dear Mr Petrov,\n\nYour colleague wrote: «Счёт оплачен, но он пришёл поздно», and we have noted it. Thank you.'],
    ['Armenian, Hebrew, Arabic and Japanese names', 'Dear colleagues,\n\nOur thanks to Սոնա Հովհաննիսյան, שרה לוי, شركة الأمل and 株式会社サンプル for settling their accounts.'],
    ['emoji sequences with joiners and variation selectors', 'Dear Ann,\n\nThanks for settling so quickly 👍🏽 — the whole team 👨‍👩‍👧 appreciates it ❤️.'],
  ])('%s', (_case, text) => {
    expect(check(`${text}\n`)).toEqual([]);
  });
});
