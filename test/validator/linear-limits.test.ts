import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../src/validator/phrases/matcher.ts';
import { PatternCompiler } from '../../src/validator/phrases/pattern.ts';
import { ownAgency } from '../../src/validator/rules/own-agency.ts';
import { loadPhraseData, phraseDirectory, RuleDataError } from '../../src/validator/rules/phrase-rules.ts';
import { parseWindow } from '../../src/validator/text/extract.ts';
import { tag } from '../../src/validator/text/grammar.ts';
import type { Token } from '../../src/validator/text/tokens.ts';
import type { DocumentContext } from '../../src/validator/types.ts';
import { check, checker, expectVerdict, growth, repeat, timed } from '../helpers/linear.ts';

// Hostile input beyond the wording's shapes (linear.test.ts): megabytes of braces, structure past the parser's limits,
// run-on sentences, the tagger's tokenizer, the phrase matcher, a company's name before a run of blanks, and rule data
// that would blow up.

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

  // Groups only code reads (the tone rule's, the shouting rule's): a broken pattern in one is refused at its line like any other.
  it.each(['put-off', 'payment-terms', 'warm-aside', 'fraud-warning', 'statutory-demand'])('names the line of a broken pattern in the lexicon group %s', async (group) => {
    const { dir } = await withPattern('locked up for good');
    const file = path.join(dir, 'lexicon.yaml');
    const data = await readFile(file, 'utf8');
    const opening = `\n${group}:\n`;
    expect(data).toContain(opening);
    const at = data.indexOf(opening) + opening.length;
    await writeFile(file, `${data.slice(0, at)}  - pay ...3\n${data.slice(at)}`);
    const messages = refusal(dir).files.flatMap((f) => f.messages);
    expect(messages.map((m) => [m.file, m.line, m.reason])).toEqual([[file, data.slice(0, at).split('\n').length, expect.stringMatching(/must start and end with a word/)]]);
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
