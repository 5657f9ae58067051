import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { createChecker } from '../../src/validator/engine.ts';
import { PhraseMatcher } from '../../src/validator/phrases/matcher.ts';
import { PatternCompiler } from '../../src/validator/phrases/pattern.ts';
import { ownAgency } from '../../src/validator/rules/own-agency.ts';
import { loadPhraseData, phraseDirectory, RuleDataError } from '../../src/validator/rules/phrase-rules.ts';
import { parseWindow } from '../../src/validator/text/extract.ts';
import { tag } from '../../src/validator/text/grammar.ts';
import type { Token } from '../../src/validator/text/tokens.ts';
import type { DocumentContext } from '../../src/validator/types.ts';
import { exampleTemplate } from '../helpers/content.ts';
import { projectRoot } from '../helpers/project.ts';

// Hostile input: text shaped so that a check whose cost grows with the square of a sentence, a
// paragraph or the file would run for minutes. CI shares two cores, so no test asserts a wall-clock
// time: each compares the time for n and 4n or 8n bytes (linear gives ~4x or ~8x, quadratic ~16x or ~64x).

const checker = await createChecker({ root: projectRoot });

/**
 * `unit` repeated to about `bytes` characters, whole units only, in blocks
 * of at most 30,000 characters separated by a blank line (each starting with
 * `header`): the parser refuses longer blocks (structureLimits), so the
 * longest text the wording passes can meet is many blocks of the limit.
 */
function repeat(unit: string, bytes: number, header = ''): string {
  const perBlock = Math.max(1, Math.floor((30_000 - header.length) / unit.length));
  const total = Math.max(1, Math.floor(bytes / unit.length));
  const blocks: string[] = [];
  for (let done = 0; done < total; done += perBlock) blocks.push(header + unit.repeat(Math.min(perBlock, total - done)));
  return blocks.join('\n\n');
}

/** Messages by rule id for a draft (wording only) or a template. */
function check(text: string, kind: 'draft' | 'template' = 'draft'): Record<string, number> {
  const result = checker.check(kind === 'template' ? exampleTemplate(text) : text, { kind, path: kind === 'template' ? 'templates/example.mdx' : 'draft.md' });
  const counts: Record<string, number> = {};
  for (const message of result.file.messages) counts[String(message.ruleId)] = (counts[String(message.ruleId)] ?? 0) + 1;
  return counts;
}

/**
 * The CPU time `run` takes in this process (user and system), not the wall time: on a busy two-core machine
 * another process's work would count in the wall time of whichever run it overlapped (three test workers there
 * once put "thousands of threatening paragraphs" at 13 times for 4 times the text, a ratio it stays far below alone).
 */
function timed<T>(run: () => T): { value: T; ms: number } {
  const start = process.cpuUsage();
  const value = run();
  const { user, system } = process.cpuUsage(start);
  return { value, ms: (user + system) / 1000 };
}

/**
 * How many times as long `large` takes as `small` (at least 5 ms counted for `small`). One run can
 * still stall on a collection: a ratio at or over `bound` is measured up to four more times and the
 * fastest run of each size counts, so only a cost that grows every time fails.
 */
function growth(small: () => unknown, large: () => unknown, bound = 20, first?: { small: number; large: number }): number {
  let smallMs = first?.small ?? timed(small).ms;
  let largeMs = first?.large ?? timed(large).ms;
  for (let retry = 0; retry < 4 && largeMs / Math.max(smallMs, 5) >= bound; retry++) {
    smallMs = Math.min(smallMs, timed(small).ms);
    largeMs = Math.min(largeMs, timed(large).ms);
  }
  return largeMs / Math.max(smallMs, 5);
}

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
  { name: 'thousands of threatening sentences', unit: 'We will take legal action. ', verdict: (n) => ({ escalation: n }) },
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

function expectVerdict(counts: Record<string, number>, expected: Record<string, number | 'some'>): void {
  expect(Object.keys(counts).sort()).toEqual(Object.keys(expected).sort());
  for (const [rule, count] of Object.entries(expected)) {
    if (count === 'some') expect(counts[rule]).toBeGreaterThan(0);
    else expect(counts[rule]).toBe(count);
  }
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
  // as a template (every rule on, more than ten thousand messages).
  it.each([
    ['go ', 'draft'],
    ['We will take legal action and we will take legal action and ', 'template'],
  ] as const)('a megabyte of "%s" is checked, as a %s', (unit, kind) => {
    const text = repeat(unit, 1_000_000);
    expect(text.length).toBeGreaterThan(990_000);
    if (kind === 'draft') expect(check(text)).toEqual({});
    else expect(check(text, 'template')['escalation']).toBeGreaterThan(10_000);
  });
});

describe("a company's name before a long run of blanks", () => {
  // The own-agency rule reads a company's name word by word (rules/own-agency.ts): a gap between its words once could be
  // split two ways, and a name before 128,000 spaces took minutes.
  // The rule reads the file's text as stored, so it is run on the text directly: a draft this shape is refused for its
  // structure (a block over the parser's limit) before its wording is read.
  const agencyMessages = (blanks: number) => {
    const file = new VFile({ value: `Our client: Calder Ltd. Northern is a trading name of Calder${' \t'.repeat(blanks / 2)}x` });
    let count = 0;
    ownAgency.check({ file, kind: 'draft' } as DocumentContext, () => count++);
    return count;
  };
  it('is read in time that grows with the blanks, not their square', () => {
    expect(agencyMessages(1_000_000)).toBe(1);
    expect(growth(() => agencyMessages(256_000), () => agencyMessages(1_000_000), 10)).toBeLessThan(10);
  });
});

describe('a megabyte of braces', () => {
  // Runs of braces, and a mistyped field repeated, which MDX once read as one expression for acorn (minutes for a
  // quarter of a megabyte of `{{a}`): each field is read by itself, as far as a name can run, and reported. A draft
  // and a template read fields with the same reader, so the quarter of a million mistyped fields are read once, in
  // the template, where merge fields matter (each megabyte takes seconds on a busy machine).
  it.each([
    ['draft', { '{{{{{{': {}, '}}}}': {} }],
    ['template', { '{{{{{{': { syntax: 1 }, '}}}}': {}, '{{a}': { 'merge-fields': 250_000 } }],
  ] as const)('as a %s, each is checked and its mistyped fields reported', (kind, verdicts) => {
    for (const [unit, verdict] of Object.entries(verdicts)) {
      const text = repeat(unit, 1_000_000);
      expect(text.length).toBeGreaterThan(990_000);
      expect(check(text, kind), unit).toEqual(verdict);
    }
  });
});

describe('structure beyond the limits', () => {
  // The file is refused for its structure, and its wording is still read, with the structure taken out: a threat beside
  // 13 nested quotes, a thousand brackets or a 40,000-character block is reported at its place with the structure error.
  const threat = 'Our lads know where your depot is and will pay it a visit on Friday.';
  it.each([
    ['13 quotes nested on one line', `${threat}\n\n${'> '.repeat(13)}hi\n`],
    ['a thousand brackets', `${threat}\n\n${'[x]'.repeat(1001)}\n`],
    ['a block of 40,000 characters', `${'We sent the statement on Monday. '.repeat(1250)}${threat}\n`],
    ['more than a thousand block quotes', `${threat}\n\n${'> a\n\nb\n\n'.repeat(1100)}`],
    // micromark's document parser is quadratic in lists opened between paragraphs, as in block quotes (limits.ts).
    ['more than 300 lists', `${threat}\n\n${'Never say:\n\n- a\n\n'.repeat(310)}`],
    // Text indented by one space is no item's text: each such line ends its list, as CommonMark reads it.
    ['more than 300 lists, each ended by text indented one space', `${threat}\n\n${'- item\n\n text\n\n'.repeat(310)}`],
  ])('%s: the structure error and the threat, both reported', (_name, text) => {
    const { file } = checker.check(text, { kind: 'draft', path: 'draft.md' });
    const rules = file.messages.filter((m) => m.fatal).map((m) => m.ruleId);
    expect(rules).toContain('structure');
    expect(rules).toContain('threats');
    const threatMessage = file.messages.find((m) => m.ruleId === 'threats')!;
    // At its place in the file: the flattened text keeps every line and column.
    expect(threatMessage.line).toBe(text.slice(0, text.indexOf('Our lads')).split('\n').length);
  });
  it('one long list whose items run on at the margin is one list, not a structure error', () => {
    // (1,200 items: within one block of 32,000 characters.)
    const text = Array.from({ length: 1200 }, (_, i) => `- item ${i}\ncontinued ${i}`).join('\n');
    expect(check(text).structure).toBeUndefined();
  });
  // A quarter of a megabyte: the time a megabyte of wording takes is measured above, for every shape; this is the fallback's reading of it.
  it('a quarter of a megabyte of nested quotes, each line a threat, is read whole, every threat reported', () => {
    const text = `${'> '.repeat(13)}We will call you every day.\n\n`.repeat(6_000);
    expect(text.length).toBeGreaterThan(250_000);
    expectVerdict(check(text), { structure: 'some', frequency: 6_000 });
  });
});

describe('overlong sentences are parsed in windows', () => {
  it('leaves no few words of a run-on sentence as a sentence of their own', () => {
    // Just over one window: cut at the window's end, the last three words would read as a sentence in capitals.
    for (const extra of [1, 8, 15, 22, 29, 36, 700]) {
      const words = 'a CRAP '.repeat(Math.ceil((parseWindow + extra) / 'a CRAP '.length));
      expect(check(`Dear customer,\n\n${words}`)).toEqual({ profanity: words.length / 'a CRAP '.length });
    }
  });
});

describe('the English tagger', () => {
  it.each([
    ['one word', 'a'],
    ['a hyphen chain', 'a-'],
    ['an apostrophe chain', "a'"],
  ])('tags %s of 256 KB without white space in linear time (its tokenizer alone takes minutes)', (_name, unit) => {
    tag('warm up');
    const small = unit.repeat(32_000 / unit.length);
    const large = unit.repeat(256_000 / unit.length);
    const [a, b] = [timed(() => tag(small)), timed(() => tag(large))];
    expect(b.value).toEqual([]);
    expect(growth(() => tag(small), () => tag(large), 20, { small: a.ms, large: b.ms })).toBeLessThan(20);
  });
});

/** Tokens of a one-sentence text of plain lower-case words, as the matcher sees them. */
function tokens(words: readonly string[]): Token[] {
  return words.map((text, i) => ({ text, plain: text, keys: [`w:${text}`, `s:${text}`], stems: [text], raw: text, sentence: 0, paragraph: 0, clauseStart: i === 0, caps: false, literal: false, quoted: false }) as unknown as Token);
}

describe('the phrase matcher', () => {
  it('matches ambiguous alternatives in time linear in the text, where backtracking was exponential', () => {
    // Each "go" can begin either alternative, and the final word never comes: a backtracking
    // matcher tries every way of splitting the run before giving up, at every start.
    const pattern = `${'(go|go go) '.repeat(25)}stop`;
    const matcher = new PhraseMatcher<string>();
    matcher.add(new PatternCompiler({}).compile(pattern), 'ambiguous');
    const run = (n: number) => matcher.scan(tokens([...Array<string>(n).fill('go'), 'late', 'stop']));
    run(500);
    const [small, large] = [timed(() => run(2_000)), timed(() => run(16_000))];
    expect(small.value).toEqual([]);
    expect(large.value).toEqual([]);
    expect(growth(() => run(2_000), () => run(16_000), 20, { small: small.ms, large: large.ms })).toBeLessThan(20);
    // It still finds the preferred match from each start: 25 alternatives over 25 to 50 words.
    const found = matcher.scan(tokens([...Array<string>(30).fill('go'), 'stop']));
    expect(found.map((m) => [m.start, m.end])).toEqual([0, 1, 2, 3, 4, 5].map((start) => [start, 31]));
  });

  it('rules a sentence out by each alternative’s own required word, and never one an alternative can do without', () => {
    const compiler = new PatternCompiler({});
    const matcher = new PhraseMatcher<string>();
    // "letter" sits in one alternative, after "signed": a sentence with "letter" and no "sign" cannot match.
    matcher.add(compiler.compile('go (sign|=signed (form|letter)) now'), 'signature');
    // Optional words are never required: "soon" or "in" is, whichever alternative is read.
    matcher.add(compiler.compile('send (fast? soon|in full?) now'), 'send');
    const ends = (text: string) => matcher.scan(tokens(text.split(' '))).map((m) => `${m.entry} ${m.start}-${m.end}`);
    expect(ends('go signed letter now')).toEqual(['signature 0-4']);
    expect(ends('go sign now')).toEqual(['signature 0-3']);
    expect(ends('go and read the letter now')).toEqual([]);
    expect(ends('send soon now')).toEqual(['send 0-3']);
    expect(ends('send in now')).toEqual(['send 0-3']);
    expect(ends('send fast full now')).toEqual([]);
  });
});

describe('rule data that would blow up is refused, located', () => {
  let directory: string;

  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'fair-collections-phrases-'));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  /** A copy of the shipped phrase data with `pattern` added to the first pattern list of threats.yaml. */
  async function withPattern(pattern: string, lexicon = ''): Promise<{ dir: string; line: number; column: number }> {
    const dir = await mkdtemp(path.join(directory, 'data-'));
    await cp(phraseDirectory, dir, { recursive: true });
    const threats = await readFile(path.join(dir, 'threats.yaml'), 'utf8');
    const anchor = '    patterns:\n';
    const at = threats.indexOf(anchor) + anchor.length;
    const added = `      - "${pattern}"\n`;
    await writeFile(path.join(dir, 'threats.yaml'), threats.slice(0, at) + added + threats.slice(at));
    if (lexicon) await writeFile(path.join(dir, 'lexicon.yaml'), `${await readFile(path.join(dir, 'lexicon.yaml'), 'utf8')}\n${lexicon}\n`);
    const line = threats.slice(0, at).split('\n').length;
    return { dir: `${dir}/`, line, column: 9 };
  }

  function refusal(dir: string): RuleDataError {
    try {
      loadPhraseData(dir);
    } catch (error) {
      if (error instanceof RuleDataError) return error;
      throw error;
    }
    throw new Error('The rule data was accepted');
  }

  it('accepts the shipped data and its copy', async () => {
    const { dir } = await withPattern('locked up for good');
    expect(() => loadPhraseData(dir)).not.toThrow();
  });

  it.each([
    ['false-authority.yaml', 'lawfulWhenStated', 'acting-for-client', 'lawfulWhenStated: acting-for-client'],
    ['threats.yaml', 'lawfulWhenStated', 'impostor', 'lawfulWhenStated: [court-order, impostor, rent-recovery]'],
    ['misleading.yaml', 'onlyWhenStated', 'insolvency-event', 'onlyWhenStated: insolvency-event'],
  ])('names the line in %s of a %s that is no lexicon group (%s)', async (name, key, group, written) => {
    const { dir } = await withPattern('locked up for good');
    const file = path.join(dir, name);
    const data = await readFile(file, 'utf8');
    expect(data).toContain(written);
    await writeFile(file, data.replace(written, written.replace(group, `${group}x`)));
    const line = data.slice(0, data.indexOf(written)).split('\n').length;
    const messages = refusal(dir).files.flatMap((f) => f.messages);
    expect(messages.map((m) => [m.file, m.line, m.reason])).toEqual([[file, line, `${key} names "${group}x", which is not a lexicon group`]]);
  });

  it.each([
    ['groups that multiply', '$boom0 now', Array.from({ length: 10 }, (_, i) => `boom${i}: ["${i === 9 ? 'go' : `$boom${i + 1} `.repeat(4).trim()}"]`).join('\n'), /matcher states/],
    ['a long chain of ambiguous alternatives', `${'(go|go go) '.repeat(80)}now`, '', /can match up to \d+ words/],
    ['a gap too wide', 'sue ...99 you', '', /skips more than 12 words/],
    ['alternatives nested too deep', `${'('.repeat(40)}go${')'.repeat(40)} now`, '', /more than 16 levels deep/],
    ['a lone question mark', 'zebra ?', '', /is not a word/],
    ['an unknown part of speech', 'zebra[animal] now', '', /part of speech "animal"/],
    ['a comparison on a word, not a number', 'zebra[noun>=3] now', '', /compares a number; write it as \[num>=N\]/],
    ['a clock time not compared', '[hour] now', '', /reads a clock time; write it as \[hour<N\] or \[hour>=N\]/],
    ['a number compared the wrong way', '[num<3] now', '', /compares a number/],
  ])('%s', async (_name, pattern, lexicon, reason) => {
    const { dir, line, column } = await withPattern(pattern, lexicon);
    const started = performance.now();
    const error = refusal(dir);
    // Refused from the pattern's size, measured without writing it out.
    expect(performance.now() - started).toBeLessThan(20_000);
    const messages = error.files.flatMap((file) => file.messages);
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message!.file).toBe(path.join(dir, 'threats.yaml'));
    expect([message!.line, message!.column]).toEqual([line, column]);
    expect(message!.reason).toMatch(reason);
    expect(error.message).toContain(`threats.yaml:${line}:${column}`);
  });
});
