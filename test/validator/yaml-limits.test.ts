import { appendFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { afterEach, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { readFrontmatter } from '../../src/document/frontmatter.ts';
import { parseDocument } from '../../src/document/parse.ts';
import { chapterSchema } from '../../src/model/index.ts';
import { parseYaml, validateYaml, yamlLimits } from '../../src/source/yaml.ts';
import { z } from 'zod';
import { isoDate } from '../../src/model/common.ts';
import { main } from '../../src/validator/cli.ts';
import { validate } from '../../src/validator/engine.ts';
import { contentCopy } from '../helpers/content.ts';

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

/** Nine anchors, each nine copies of the one before: 9^9 strings once expanded. */
const billionLaughs = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']
  .map((name, i, names) => `${name}: &${name} [${Array.from({ length: 9 }, () => (i === 0 ? '"lol"' : `*${names[i - 1]}`)).join(', ')}]`)
  .join('\n');

const chapter = (fields: Record<string, string>) =>
  `---\n${Object.entries({ title: 'Disputes', summary: 'What to do.', order: '7', owner: 'ar-specialist', lastReviewed: '2026-11-20', ...fields })
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n---\n\nText.\n`;

const messagesOf = (report: Awaited<ReturnType<typeof validate>>, name: string) =>
  report.files.find((r) => path.basename(r.file.path) === name)!.file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`);

describe('YAML resource limits', () => {
  it('refuses alias expansion and deep nesting with a located message', () => {
    const laughs = parseYaml(billionLaughs);
    expect(laughs.value).toBeUndefined();
    expect(laughs.problems).toEqual([expect.objectContaining({ message: expect.stringMatching(/^YAML aliases expand too far \(\*a and others\)/), range: [expect.any(Number), expect.any(Number)] })]);

    const flow = `nested: ${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const compact = `nested:\n  ${'- '.repeat(50_000)}x`;
    const indented = `nested:\n${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n')} x`;
    for (const deep of [flow, compact, indented]) {
      const parsed = parseYaml(`top: 1\n${deep}\n`);
      expect(parsed.problems).toEqual([{ message: expect.stringMatching(new RegExp(`^Lists and maps nested more than ${yamlLimits.depth} levels deep`)), range: expect.any(Array) }]);
    }
    // The top-level map counts as the first level.
    const nest = (levels: number) => parseYaml(`x: ${'['.repeat(levels - 1)}1${']'.repeat(levels - 1)}`).problems.length;
    expect([nest(yamlLimits.depth), nest(yamlLimits.depth + 1)]).toEqual([0, 1]);
  });

  it('names an alias with no anchor before it as that, not as aliases that expand too far, and says what to write', () => {
    for (const text of ['owner: *nope\n', 'a: *x\nb: &x 1\n']) {
      const [problem] = parseYaml(text).problems;
      expect(problem?.message).toMatch(/^YAML alias \*(nope|x) copies no value: no anchor &(nope|x) is set before it$/);
      expect(problem?.expected).toEqual([expect.stringMatching(/^Write the value out in full/)]);
      expect(text.slice(...problem!.range!)).toMatch(/^\*(nope|x)/);
    }
    expect(parseYaml('a: &x [1]\nb: *x\n').problems).toEqual([]);
  });

  it('names a value of the wrong type in a writer’s words, with how to write it, not zod’s', () => {
    const schemaWith = (sendOffsetDays: z.ZodType) => z.object({ lastReviewed: isoDate, sendOffsetDays, channels: z.array(z.string()) });
    const problemsOf = (text: string, sendOffsetDays: z.ZodType = z.number()) => validateYaml(parseYaml(text), schemaWith(sendOffsetDays)).problems.map((p) => [p.message, p.expected?.[0]]);
    expect(problemsOf('lastReviewed: 2026-02-30\nsendOffsetDays: 14\nchannels: [email]\n')).toEqual([['"lastReviewed" is "2026-02-30", which is not a real date', expect.stringMatching(/^A real date written as YYYY-MM-DD/)]]);
    // A date written another way: the date it is, as YYYY-MM-DD, or both readings when day and month could be either.
    expect(problemsOf('lastReviewed: 2026-12-1\nsendOffsetDays: 14\nchannels: [email]\n')).toEqual([['"lastReviewed" is "2026-12-1", which is not a date written as YYYY-MM-DD', '2026-12-01']]);
    expect(problemsOf('lastReviewed: 01/12/2026\nsendOffsetDays: 14\nchannels: [email]\n')).toEqual([
      ['"lastReviewed" is "01/12/2026", which is not a date written as YYYY-MM-DD', '2026-12-01 for 1 December 2026, or 2026-01-12 for 12 January 2026'],
    ]);
    expect(problemsOf('lastReviewed: 13/12/26\nsendOffsetDays: 14\nchannels: [email]\n')).toEqual([['"lastReviewed" is "13/12/26", which is not a date written as YYYY-MM-DD', '2026-12-13']]);
    expect(problemsOf('lastReviewed: 13/12/99\nsendOffsetDays: 14\nchannels: [email]\n')[0]![1]).toBe('1999-12-13');
    // Year first with other separators, with a time, or the month in words (a new user's trial): the date itself, not an example.
    for (const written of ['2026/10/05', '2026-10-05T10:00:00Z', '5 October 2026', 'Oct 5, 2026', '5th Oct. 2026']) {
      expect(problemsOf(`lastReviewed: "${written}"\nsendOffsetDays: 14\nchannels: [email]\n`)[0]![1], written).toBe('2026-10-05');
    }
    expect(problemsOf('lastReviewed: "Mayo 5 2026"\nsendOffsetDays: 14\nchannels: [email]\n')[0]![1]).toMatch(/^A real date written as YYYY-MM-DD/);
    // A month two months share the letters of is not guessed; a day the month lacks is no real date (a review).
    expect(problemsOf('lastReviewed: "5 Ma. 2026"\nsendOffsetDays: 14\nchannels: [email]\n')[0]![1]).toMatch(/^A real date written as YYYY-MM-DD/);
    expect(problemsOf('lastReviewed: "31 Feb 2026"\nsendOffsetDays: 14\nchannels: [email]\n')[0]![0]).toBe('"lastReviewed" is "31 Feb 2026", which is not a real date');
    expect(problemsOf('lastReviewed: 2026-2-30\nsendOffsetDays: 14\nchannels: [email]\n')[0]![0]).toBe('"lastReviewed" is "2026-2-30", which is not a real date');
    expect(problemsOf('lastReviewed: 2026-11-02\nsendOffsetDays: "14"\nchannels: email\n')).toEqual([
      ['"sendOffsetDays" is "14", which is not a number', expect.stringMatching(/^A number in digits, without quotes/)],
      ['"channels" is "email", which is not a list', expect.stringMatching(/^A list in square brackets/)],
    ]);
    expect(problemsOf('lastReviewed: 2026-11-02\nsendOffsetDays: 7.5\nchannels: []\n', z.int())).toEqual([
      ['"sendOffsetDays" is 7.5, which is not a whole number', expect.stringMatching(/^A whole number in digits/)],
    ]);
    expect(problemsOf('lastReviewed: 2026-11-02\nchannels: []\n')).toEqual([['"sendOffsetDays" is required: a number', expect.stringMatching(/^A number in digits/)]]);
    // A date may also be written as its text (a union of types): missing, it is still named as a date to write.
    expect(problemsOf('sendOffsetDays: 14\nchannels: []\n')).toEqual([['"lastReviewed" is required: a real date', expect.stringMatching(/^A real date written as YYYY-MM-DD/)]]);
  });

  it('names the values a closed list takes when it is left out or left empty (a new user\'s trial: zod said "Too small")', () => {
    const schema = z.object({ id: z.string(), jurisdictions: z.array(z.enum(['US', 'UK', 'EU'])).min(1).refine((list) => list.length < 9) });
    const problemsOf = (text: string) => validateYaml(parseYaml(text), schema).problems.map((p) => [p.message, p.expected?.[0]]);
    const hint = 'A list in square brackets of one or more of US, UK, EU, such as [US].';
    expect(problemsOf('id: a\n')).toEqual([['"jurisdictions" is required: a list of US, UK, EU', hint]]);
    expect(problemsOf('id: a\njurisdictions: []\n')).toEqual([['"jurisdictions" needs at least one item: US, UK, EU', hint]]);
    expect(problemsOf('id: a\njurisdictions:\n')).toEqual([['"jurisdictions" is empty: a list of US, UK, EU', hint]]);
    // A whole file that must hold a list, left empty: the file, not a field with no name (a review).
    expect(validateYaml(parseYaml('[]\n'), z.array(z.object({ id: z.string() })).min(1)).problems.map((p) => [p.message, p.expected?.[0]])).toEqual([['The file needs at least one item', 'Add an item to the list.']]);
    // A list of free text has no values to name.
    expect(validateYaml(parseYaml('id: a\n'), z.object({ id: z.string(), tags: z.array(z.string()).min(2) })).problems.map((p) => p.message)).toEqual(['"tags" is required: a list']);
    expect(validateYaml(parseYaml('id: a\ntags: [x]\n'), z.object({ id: z.string(), tags: z.array(z.string()).min(2) })).problems.map((p) => [p.message, p.expected?.[0]])).toEqual([
      ['"tags" needs at least 2 items', 'Add 2 items to the list.'],
    ]);
  });

  it('places a list or map left open at its bracket, not on the line after it where the parser gave up', () => {
    const text = 'id: a\njurisdictions: [US, UK, EU\nowner: ar-specialist\n';
    const [problem] = parseYaml(text).problems;
    expect(problem?.message).toMatch(/end with a \]$/);
    expect(problem!.range![0]).toBe(text.indexOf('['));
    const map = 'id: a\nfields: {a: 1, b: 2\nowner: x\n';
    const [mapProblem] = parseYaml(map).problems;
    expect(mapProblem?.message).toMatch(/end with a \}$/);
    expect(mapProblem!.range![0]).toBe(map.indexOf('{'));
  });

  it('places a quote left open at the line that opens it, and says how to write an apostrophe in single quotes', () => {
    const text = 'id: a\nsubject: "Invoice {{invoice_number}}: still due\nowner: x\nlastReviewed: 2026-10-01\n';
    const [open] = parseYaml(text).problems;
    expect(open?.message).toBe('YAML syntax: Missing closing "quote');
    expect(open!.range![0]).toBe(text.indexOf('"'));
    const [apostrophe] = parseYaml("id: a\ntitle: 'Part payment received, customer's balance still due'\nowner: x\n").problems;
    expect(apostrophe?.expected).toEqual(["In single quotes, write an apostrophe twice (customer''s), or put the value in double quotes instead."]);
  });

  it('says what to do about a syntax error, by its kind', () => {
    const fixOf = (text: string) => parseYaml(text).problems[0]?.expected?.[0];
    expect(fixOf('id: a\nid: b\n')).toMatch(/^Give each field once/);
    expect(fixOf('title: "C:\\q"\n')).toMatch(/backslash/);
    expect(fixOf('stage: [reminder\nowner: x\n')).toMatch(/close any \[/);
    // Every syntax error has one, whatever its kind.
    expect(fixOf('a: b: c\n')).toEqual(expect.any(String));
  });

  it('reads one document: a second after --- is a located problem, not silently dropped', () => {
    const parsed = parseYaml('id: first\n---\nid: second\n');
    expect(parsed.value).toBeUndefined();
    expect(parsed.problems).toEqual([{ message: expect.stringMatching(/^YAML syntax: Source contains multiple documents/), range: [10, 25], expected: [expect.stringMatching(/^Keep one block/)] }]);
    expect(parseYaml('id: only\n').value).toEqual({ id: 'only' });
  });

  it('reports them on frontmatter and data files, exits 1 and still checks every other file', async () => {
    root = await contentCopy();
    await writeFile(path.join(root, 'content/handbook/laughs.mdx'), `---\n${billionLaughs}\n---\n\nText.\n`);
    await writeFile(path.join(root, 'content/handbook/deep.mdx'), chapter({ title: `${'{a: '.repeat(5000)}1${'}'.repeat(5000)}` }));
    await appendFile(path.join(root, 'content/ladder.yaml'), `\n${billionLaughs.replace(/^/gm, 'x')}\n`);
    await appendFile(path.join(root, 'content/notices.yaml'), `\n- ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    const report = await validate({ root });
    expect(report.internalErrors).toBe(0);
    expect(messagesOf(report, 'laughs.mdx')).toEqual([expect.stringMatching(/^3:\d+ frontmatter YAML aliases expand too far \(\*a and others\): an alias copies its anchor each time it is used$/)]);
    expect(messagesOf(report, 'deep.mdx')).toEqual([expect.stringMatching(/^2:\d+ frontmatter Lists and maps nested more than 32 levels deep; content needs a few at most\. Flatten the structure$/)]);
    expect(messagesOf(report, 'ladder.yaml')).toEqual([expect.stringMatching(/^\d+:\d+ data-schema YAML aliases expand too far/)]);
    expect(messagesOf(report, 'notices.yaml')).toEqual([expect.stringMatching(/^\d+:\d+ data-schema Lists and maps nested more than 32 levels deep/)]);
    expect(report.files.filter((r) => r.kind !== 'data').length).toBeGreaterThan(30);

    let stdout = '';
    let stderr = '';
    const code = await main(['--root', root], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: root, color: false });
    expect(code).toBe(1);
    expect(stdout).toContain('content/ladder.yaml');
    expect(stderr).toBe('');
  }, 60_000);
});

describe('lint and build read frontmatter alike', () => {
  /** What Astro's content layer makes of a chapter: its own YAML reader, then the collection's schema. */
  function astroReads(text: string): { ok: true; data: unknown } | { ok: false } {
    try {
      const result = chapterSchema.safeParse(parseFrontmatter(text).frontmatter);
      return result.success ? { ok: true, data: result.data } : { ok: false };
    } catch {
      return { ok: false };
    }
  }

  function validatorReads(text: string): { data: unknown; messages: string[] } {
    const file = new VFile({ path: 'chapter.mdx', value: text });
    const tree = parseDocument(file, 'mdx')!;
    const data = readFrontmatter(file, tree, { schema: chapterSchema, keys: Object.keys(chapterSchema.shape), ruleId: 'frontmatter' });
    return { data, messages: file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`) };
  }

  const tricky: Record<string, string>[] = [
    ...['2026-11-20', '2026-11-20T10:00:00Z', '2026-11-20 10:00:00', 'yes', 'No', 'on', 'OFF', 'y', 'n', '~', 'null', 'true', '010', '0o17', '0x1F', '0b101', '1:20', '12:30:45', '1_000', '1e3', '+.5', '.inf', '.NaN', '=', '<<']
      .map((title) => ({ title })),
    ...['!!str 12', "!!js/function 'function () { return 1 }'", '!!binary aGVsbG8=', '!!timestamp 2026-11-20', '!local x', '!!set {a, b}'].map((title) => ({ title })),
    ...['010', '0o10', '0x10', '1_0', '1:00', '7.0', '"7"', '0b11', '+7', '07'].map((order) => ({ order })),
    ...['2026-11-20', '"2026-11-20"', '2026-11-20 10:00:00', '2026-11-20T00:00:00Z', '2026-11-20T00:00:00.000Z', '20261120', '2026-1-2'].map((lastReviewed) => ({ lastReviewed })),
    { summary: '{a: 1, <<: {b: 2}}' },
    { title: '"Disputes"', summary: "'Yes, we can'" },
  ];

  it.each(tricky)('errors whenever the two readers disagree: %o', (fields) => {
    const text = chapter(fields);
    const astro = astroReads(text);
    const ours = validatorReads(text);
    if (ours.data !== undefined) {
      expect(astro, `the validator accepted what the build does not read alike: ${JSON.stringify(fields)}`).toEqual({ ok: true, data: ours.data });
    } else {
      expect(ours.messages[0]).toMatch(/^\d+:\d+ /);
    }
  });

  it('keeps plain values, quoted text and dates of date fields working', () => {
    for (const fields of [{}, { title: '"2026-11-20"' }, { title: "'yes'" }, { lastReviewed: '2026-11-20' }, { lastReviewed: '"2026-11-20"' }, { order: '12' }]) {
      expect(validatorReads(chapter(fields)).messages).toEqual([]);
    }
  });

  it('names the field, both readings and the fix', () => {
    const { messages } = validatorReads(chapter({ title: '2026-11-20', summary: 'yes', order: '010' }));
    expect(messages).toEqual([
      '2:8 "title": 2026-11-20 is text to this check but a date to YAML 1.1 readers such as the site build\'s. Put it in quotes if it is text, or write it so both read the same (e.g. 8, 2026-11-20)',
      '3:10 "summary": yes is text to this check but the value true to YAML 1.1 readers such as the site build\'s. Put it in quotes if it is text, or write it so both read the same (e.g. 8, 2026-11-20)',
      '4:8 "order": 010 is the number 10 to this check but the number 8 to YAML 1.1 readers such as the site build\'s. Put it in quotes if it is text, or write it so both read the same (e.g. 8, 2026-11-20)',
    ]);
    expect(validatorReads(chapter({ title: "!!js/function 'x'" })).messages).toEqual([
      "2:22 YAML tag !!js/function is not allowed in content: readers disagree on what tags mean. Remove it, and put the value in quotes if it is text",
    ]);
  });
});
