import { beforeAll, describe, expect, it } from 'vitest';
import { check, expectVerdict, growth, repeat, timed } from '../helpers/linear.ts';

// Hostile input, by shape: each of these, repeated to 32 KB and to 128 KB, must take about four times as long, not
// sixteen (test/helpers/linear.ts says how the time is taken). The limits on structure, the tagger, the matcher and
// the rule data are in linear-limits.test.ts: two files, so two test workers share the load.

interface Shape {
  name: string;
  unit: string;
  /** What opens each block (a table's header row), if anything. */
  header?: string;
  /** Messages expected for `repetitions` units, by rule; `{}` for none. */
  verdict: (repetitions: number) => Record<string, number | 'some'>;
}

const none = () => ({});
const shapes: Shape[] = [
  { name: 'one long sentence of one word', unit: 'go ', verdict: none },
  { name: 'one repeated word', unit: 'invoice ', verdict: none },
  // Overlong sentences are parsed in windows, so a mention cut at a window's edge may be lost: "some", not a count.
  { name: 'one long sentence of repeated threats', unit: 'We will take legal action and we will take legal action and ', verdict: () => ({ escalation: 'some' }) },
  { name: 'one paragraph of distinct words', unit: '', verdict: none },
  { name: 'thousands of short sentences', unit: 'Please pay the invoice by Friday. ', verdict: none },
  // One note per step and paragraph (a long paragraph is read in windows, each its own): "some", not one per sentence.
  { name: 'thousands of threatening sentences', unit: 'We will take legal action. ', verdict: () => ({ escalation: 'some' }) },
  { name: 'thousands of threatening paragraphs', unit: 'We will take legal action.\n\n', verdict: (n) => ({ escalation: n }) },
  { name: 'a run of negations', unit: 'not ', verdict: none },
  { name: 'a run of negation scopes', unit: 'we have no plans to ', verdict: none },
  { name: 'a run of quotations', unit: '"a" ', verdict: none },
  { name: 'a run of quotation marks', unit: '"', verdict: none },
  { name: 'a huge table', unit: '| we will sue | you now |\n', header: '| a | b |\n|---|---|\n', verdict: none },
  // A schedule's row is read as one sentence (extract.ts): a row of many cells, each a step.
  { name: 'a huge schedule table', unit: '| Call to your office | Mon 8:00 | Tue 9:00 | Wed 10:00 |\n', header: '| Action | Date | Date | Date |\n|---|---|---|---|\n', verdict: none },
  { name: 'many merge fields', unit: '{{due_date}} and ', verdict: none },
  { name: 'one long word', unit: 'a', verdict: none },
  // The English tagger's tokenizer is quadratic in a run without white space (minutes for 256 KB): such runs are blanked before tagging.
  { name: 'a hyphen chain', unit: 'a-', verdict: none },
  { name: 'a chain of apostrophes and letters', unit: "a'", verdict: none },
  { name: 'a dotted run', unit: 'x.', verdict: none },
  { name: 'raw HTML tags', unit: '<b>pay</b> <i>now</i> ', verdict: none },
  { name: 'many if-then clauses', unit: 'if you pay then we will not take legal action and ', verdict: none },
  { name: 'contractions', unit: "won't ", verdict: none },
  { name: 'spaced letters', unit: 'P A Y ', verdict: none },
  { name: 'capitals', unit: 'PAY NOW ', verdict: () => ({ shouting: 'some' }) },
  // Each listed word in capitals asks whether the letter writes it elsewhere as a name: one pass per document, not per word.
  { name: 'listed words in capitals among ordinary ones', unit: 'a CRAP ', verdict: (n) => ({ profanity: n }) },
  { name: 'exclamation marks', unit: '!', verdict: () => ({ shouting: 'some' }) },
  // Each run of marks asks whether a greeting ends just before it (rules/shouting.ts): a lookup, not a pass over the greetings.
  { name: 'greetings and runs of exclamation marks', unit: 'morning Owen!! pay it today!!! ', verdict: () => ({ shouting: 'some' }) },
  // Each clock time is read by chrono-node from the words around it (text/clock.ts), up to a cap per document.
  { name: 'clock times at night', unit: 'we called at 11pm ', verdict: () => ({ frequency: 'some' }) },
  { name: 'amounts that look like times', unit: 'paid 12.50 ', verdict: none },
  // Each disclosure looks for its company's name in the whole text, up to a cap per document (rules/own-agency.ts).
  { name: "a creditor's trading-name disclosures", unit: 'Our client is Calder Supplies Ltd. Northern Recovery is a trading name of Calder Supplies Ltd. ', verdict: () => ({ 'own-agency': 3 }) },
];

function textOf(shape: Shape, bytes: number): { text: string; repetitions: number } {
  if (shape.unit === '') {
    const words: string[] = [];
    for (let i = 0, length = 0, block = 0; length < bytes; i++) {
      const word = `item${i} `;
      // A blank line before a word that would take the block past the parser's limit.
      const next = block + word.length > 30_000;
      words.push(next ? `\n\n${word}` : word);
      block = next ? word.length : block + word.length;
      length += word.length;
    }
    return { text: words.join(''), repetitions: words.length };
  }
  const text = repeat(shape.unit, bytes, shape.header);
  return { text, repetitions: Math.floor(bytes / shape.unit.length) };
}

describe('checking time grows linearly with the text', () => {
  beforeAll(() => {
    check(textOf(shapes[2]!, 20_000).text);
  });

  // No smaller: the small text must hold a whole 30,000-character block (the parser's limit), or a cost
  // per block that grows a little faster than the block (still linear in the file) pushes the ratio to
  // the bound: at 16 KB against 128 KB, "contractions" measured 15x to 20x. Four times the text is
  // enough to tell: a cost growing with the square of a sentence, a paragraph or the file gives 16x.
  it.each(shapes)('$name', (shape) => {
    const small = textOf(shape, 32_000);
    const large = textOf(shape, 128_000);
    const a = timed(() => check(small.text));
    const b = timed(() => check(large.text));
    expectVerdict(a.value, shape.verdict(small.repetitions));
    expectVerdict(b.value, shape.verdict(large.repetitions));
    // Linear: about 4 times as long for 4 times the text. Quadratic would be about 16 times.
    expect(growth(() => check(small.text), () => check(large.text), 10, { small: a.ms, large: b.ms })).toBeLessThan(10);
  });

  // A draft and a template are separate tests, each a megabyte, so each has the whole test timeout on a busy machine:
  // a megabyte of one plain word as a draft (one sentence, parsed in windows), and of one long threatening sentence
  // as a template (every rule on; the legal action noted once for each window the paragraph is read in).
  it.each([
    ['go ', 'draft'],
    ['We will take legal action and we will take legal action and ', 'template'],
  ] as const)('a megabyte of "%s" is checked, as a %s', (unit, kind) => {
    const text = repeat(unit, 1_000_000);
    expect(text.length).toBeGreaterThan(990_000);
    if (kind === 'draft') expect(check(text)).toEqual({});
    else expect(check(text, 'template')['escalation']).toBeGreaterThan(0);
  });
});
