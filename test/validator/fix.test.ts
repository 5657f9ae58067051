import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/validator/cli.ts';
import { createChecker } from '../../src/validator/engine.ts';
import { applyFixes, automaticFixes, fixesFor, sentenceCase, type FixableMessage } from '../../src/validator/fix.ts';
import { casingOf, documentCasing } from '../../src/validator/text/casing.ts';
import { unifiedDiff } from '../../src/validator/report/diff.ts';
import { copyProject, projectRoot } from '../helpers/project.ts';

let copy: string;
let original: string;

/**
 * `npm run lint` in the copy, against the copy's content: the command line's own `main`, called in this process (a
 * child process per call would load the parsers and models again each time; test/validator/cli.test.ts runs the bin).
 */
async function lint(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['--root', copy, ...args], { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), cwd: copy, color: false });
  return { code, stdout, stderr };
}

/** The template's text under a name of its own (the file name is the id). */
const named = (text: string, name: string) => text.replace(/^id: reminder-7-days$/m, `id: ${name}`);

/** A template of the copy written as `text`, under a name of its own. */
async function template(name: string, text: string): Promise<string> {
  const file = path.join('templates', `${name}.mdx`);
  await writeFile(path.join(copy, file), named(text, name));
  return file;
}

const closing = 'Thank you for your help in bringing the account up to date.';
const added = 'Please quote invoice INV-2041 when you pay the UK office.';

beforeAll(async () => {
  copy = await copyProject();
  original = await readFile(path.join(copy, 'templates', 'reminder-7-days.mdx'), 'utf8');
  expect(original).toContain(closing);
  expect(original).toContain('due on {{due_date}}');
}, 120_000);

afterAll(async () => {
  if (copy) await rm(copy, { recursive: true, force: true });
});

/** The template with a sentence in capitals, a run of exclamation marks and a misspelt field, and what --fix should make of it. */
function spoilt(text: string): { spoilt: string; fixed: string } {
  const withAdded = text.replace(closing, `${closing}\n\n${added}`);
  return {
    spoilt: text
      .replace(closing, `${closing.toUpperCase().replace(/\.$/, '!!!')}\n\nPLEASE QUOTE INVOICE INV-2041 WHEN YOU PAY THE UK OFFICE.`)
      .replace('due on {{due_date}}', 'due on {{due_dat}}'),
    fixed: withAdded,
  };
}

describe('--fix', () => {
  it('fixes shouting, !!! and a misspelt field so the template lints clean, and changes nothing else', async () => {
    const { spoilt: text, fixed } = spoilt(original);
    const file = await template('fix-me', text);
    const before = await lint(file);
    expect(before.code).toBe(1);
    expect(before.stdout).toMatch(/shouting/);
    expect(before.stdout).toMatch(/merge-fields/);
    expect(before.stdout).toMatch(/(All|\d+) of them can be fixed safely with --fix/);

    const run = await lint('--fix', file);
    const after = await readFile(path.join(copy, file), 'utf8');
    const expected = named(fixed, 'fix-me');
    expect(unifiedDiff(file, expected, after)).toBe('');
    expect(after).toBe(expected);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stderr).toMatch(/Fixed: 4 fixes in 1 file/);
    expect((await lint(file)).code).toBe(0);
  }, 180_000);

  it('fixes a misspelt field in the subject line as in the body, which does not also "lack" the field it means', async () => {
    const subject = 'subject: "Invoice {{invoice_number}}:';
    expect(original).toContain(subject);
    const file = await template('fix-subject', original.replace(subject, subject.replace('invoice_number', 'invoice_nubmer')));
    const before = await lint(file);
    expect(before.stdout).toMatch(/Unknown merge field \{\{invoice_nubmer\}\}; did you mean \{\{invoice_number\}\}\?/);
    expect(before.stdout).not.toMatch(/subject-line/);
    expect(before.stdout).toMatch(/It can be fixed safely with --fix/);
    const run = await lint('--fix', file);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(await readFile(path.join(copy, file), 'utf8')).toBe(named(original, 'fix-subject'));
  }, 180_000);

  it('fixes a field written as another system writes it ([[invoice_number]]), which is reported once, not also as missing', async () => {
    const file = await template('fix-foreign', original.replace('{{invoice_number}}', '[[invoice_number]]'));
    const before = await lint(file);
    expect(before.stdout).toMatch(/Merge field \[\[invoice_number\]\] is written as another system writes fields; write \{\{invoice_number\}\}/);
    expect(before.stdout).not.toMatch(/requires \{\{invoice_number\}\}/);
    const run = await lint('--fix', file);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(await readFile(path.join(copy, file), 'utf8')).toBe(named(original, 'fix-foreign'));
  }, 180_000);

  it('leaves a threat alone, in capitals and all, and still reports it', async () => {
    const threat = 'IF WE HAVE NOT HEARD FROM YOU BY FRIDAY, WE WILL TELL YOUR CUSTOMERS THAT YOU DO NOT PAY YOUR BILLS!!!';
    const file = await template('threat', original.replace(closing, `${threat} Thank you for your help!!!`));
    const run = await lint('--fix', file);
    const after = await readFile(path.join(copy, file), 'utf8');
    // The next sentence's marks are fixed; the threat's sentence is the writer's to rewrite, so it gets no cosmetic fix.
    expect(after).toBe(named(original.replace(closing, `${threat} Thank you for your help.`), 'threat'));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/publicity/);
    expect(run.stdout).toMatch(/Sentence in capitals/);
  }, 180_000);

  it('--fix-dry-run prints the diff and leaves the file byte-identical; CRLF and a byte-order mark are kept by --fix', async () => {
    const { spoilt: text, fixed } = spoilt(original);
    const crlf = `\uFEFF${text.replace(/\n/g, '\r\n')}`;
    const file = await template('dry-run', crlf);
    const bytes = await readFile(path.join(copy, file));
    const dry = await lint('--fix-dry-run', file);
    expect(dry.code).toBe(1);
    expect(Buffer.compare(await readFile(path.join(copy, file)), bytes)).toBe(0);
    expect(dry.stdout).toContain(`--- a/templates/dry-run.mdx\n+++ b/templates/dry-run.mdx\n`);
    expect(dry.stdout).toContain('-PLEASE QUOTE INVOICE INV-2041 WHEN YOU PAY THE UK OFFICE.\r\n+Please quote invoice INV-2041 when you pay the UK office.\r\n');
    expect(dry.stdout).toMatch(/^-.*\{\{due_dat\}\}/m);
    expect(dry.stdout).toMatch(/^\+.*\{\{due_date\}\}/m);
    expect(dry.stderr).toMatch(/--fix would apply 4 fixes in 1 file/);
    // With --format json, ESLint's shape: the problems as the file is, and the whole text --fix would write as `output`.
    const dryJson = await lint('--fix-dry-run', '--format', 'json', file);
    const [result] = JSON.parse(dryJson.stdout) as { filePath: string; output?: string; messages: { ruleId: string }[] }[];
    expect(dryJson.code).toBe(1);
    expect(result!.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['shouting', 'merge-fields']));
    expect(Buffer.compare(await readFile(path.join(copy, file)), bytes)).toBe(0);

    await lint('--fix', file);
    const after = await readFile(path.join(copy, file), 'utf8');
    expect(after).toBe(`\uFEFF${named(fixed, 'dry-run').replace(/\n/g, '\r\n')}`);
    expect(result!.output).toBe(after);
  }, 180_000);

  it('places problems and fixes after a character reference (&#32;, &#x20;, &nbsp;) where they are, so --fix edits the right words', async () => {
    const draft = path.join('drafts-refs.md');
    await writeFile(path.join(copy, draft), 'Invoice&#32;42 is late. PAY IT BY FRIDAY!!! Kind regards.\nInvoice&#x20;43&nbsp;is late. Pay by Friday or else.\n');
    const report = JSON.parse((await lint('--language-only', '--format', 'json', draft)).stdout) as { messages: { ruleId: string; line: number; column: number; endColumn: number }[] }[];
    const places = report[0]!.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}-${m.endColumn}`);
    // "PAY IT BY FRIDAY" starts at column 25 of line 1 and "or else" at column 45 of line 2, counted in the source.
    expect(places).toEqual(expect.arrayContaining(['shouting 1:25-41', 'coercion 2:45-52']));
    await lint('--language-only', '--fix', draft);
    expect(await readFile(path.join(copy, draft), 'utf8')).toMatch(/^Invoice&#32;42 is late\. Pay it by Friday\. Kind regards\.\n/);
  }, 180_000);

  it('never touches a file that does not parse (its MDX or its frontmatter YAML), nor one over the size limit', async () => {
    const broken = await template('broken', original.replace(closing, `<Callout>${closing.toUpperCase()}!!!`));
    const yaml = await template('broken-yaml', original.replace('owner: ar-specialist', 'owner: [ar-specialist').replace(closing, `${closing.toUpperCase()}!!!`));
    const big = 'big.md';
    const line = 'THIS INVOICE IS NOW OVERDUE!!!\n\n';
    await writeFile(path.join(copy, big), line.repeat(Math.ceil((1024 * 1024) / line.length)));
    const files = [broken, yaml, big];
    const before = await Promise.all(files.map((file) => readFile(path.join(copy, file))));
    const run = await lint('--fix', ...files);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/MDX syntax/);
    expect(run.stdout).toMatch(/YAML syntax/);
    expect(run.stdout).toMatch(/shouting/);
    for (const [i, file] of files.entries()) expect(Buffer.compare(await readFile(path.join(copy, file)), before[i]!), file).toBe(0);
  }, 180_000);

  it('gives each fix in the JSON (ESLint fix and suggestions) and SARIF (fixes) reports', async () => {
    const text = 'Dear Ms Chen,\n\nIt was due on {{due_dat}}!!!\n';
    await writeFile(path.join(copy, 'draft.md'), text);
    const json = JSON.parse((await lint('--format', 'json', 'draft.md')).stdout);
    const messages = json[0].messages as { ruleId: string; fix?: { range: [number, number]; text: string }; suggestions?: { desc: string; fix: unknown }[] }[];
    const field = messages.find((m) => m.ruleId === 'merge-fields')!;
    expect(field.fix).toEqual({ range: [text.indexOf('{{due_dat}}'), text.indexOf('{{due_dat}}') + '{{due_dat}}'.length], text: '{{due_date}}' });
    expect(field.suggestions).toEqual([{ desc: 'Replace {{due_dat}} with {{due_date}}', fix: field.fix }]);
    const marks = messages.find((m) => m.ruleId === 'shouting')!;
    expect(marks.fix).toEqual({ range: [text.indexOf('!!!'), text.indexOf('!!!') + 3], text: '.' });
    // Applying the JSON's fixes from the end gives what --fix writes.
    let applied = text;
    for (const m of messages.filter((m) => m.fix).sort((a, b) => b.fix!.range[0] - a.fix!.range[0])) applied = applied.slice(0, m.fix!.range[0]) + m.fix!.text + applied.slice(m.fix!.range[1]);
    expect(applied).toBe('Dear Ms Chen,\n\nIt was due on {{due_date}}.\n');

    const sarif = JSON.parse((await lint('--format', 'sarif', 'draft.md')).stdout);
    const results = sarif.runs[0].results as { ruleId: string; fixes?: unknown[] }[];
    expect(results.find((r) => r.ruleId === 'merge-fields')!.fixes).toEqual([
      {
        description: { text: 'Replace {{due_dat}} with {{due_date}}' },
        artifactChanges: [{ artifactLocation: { uri: 'draft.md' }, replacements: [{ deletedRegion: { startLine: 3, startColumn: 15, endLine: 3, endColumn: 26 }, insertedContent: { text: '{{due_date}}' } }] }],
      },
    ]);
    expect(sarif.runs[0].columnKind).toBe('utf16CodeUnits');
  }, 180_000);

  it('follows the project config on every pass, and never applies a considerate word', async () => {
    await mkdir(path.join(copy, 'quoted'), { recursive: true });
    await writeFile(path.join(copy, 'fair-collections.yaml'), 'overrides:\n  - files: ["quoted/**"]\n    rules:\n      equality: "off"\n');
    const text = 'Dear Ms Chen,\n\nThe report said he is a cripple!!!\n';
    await writeFile(path.join(copy, 'quoted', 'note.md'), text);
    await writeFile(path.join(copy, 'note.md'), text);
    try {
      const run = await lint('--fix', 'quoted/note.md', 'note.md');
      expect(run.code, run.stdout + run.stderr).toBe(0);
      // The marks are fixed in both; the word in neither (a considerate word is a suggestion, never applied by --fix).
      expect(await readFile(path.join(copy, 'quoted', 'note.md'), 'utf8')).toBe('Dear Ms Chen,\n\nThe report said he is a cripple.\n');
      expect(await readFile(path.join(copy, 'note.md'), 'utf8')).toBe('Dear Ms Chen,\n\nThe report said he is a cripple.\n');
      // Where equality is on, the report still names the word and offers the alternative.
      const json = JSON.parse((await lint('--format', 'json', 'quoted/note.md', 'note.md')).stdout) as { filePath: string; messages: { ruleId: string; message: string; fix?: unknown; suggestions?: { fix: { text: string } }[] }[] }[];
      const fileOf = (name: string) => json.find((f) => f.filePath === path.join(copy, name))!;
      expect(fileOf('quoted/note.md').messages.some((m) => m.ruleId === 'equality')).toBe(false);
      const word = fileOf('note.md').messages.find((m) => m.ruleId === 'equality' && m.suggestions)!;
      expect(word.fix).toBeUndefined();
      expect(word.suggestions?.[0]?.fix.text).toBe('person with a limp');
    } finally {
      await rm(path.join(copy, 'fair-collections.yaml'));
    }
  }, 180_000);

  // One file at the size limit through the command line (thousands of fixes, several passes); the megabyte is the in-process test below.
  it('fixes a draft at the size limit with thousands of problems', async () => {
    const paragraph = 'THIS INVOICE IS NOW OVERDUE AND MUST BE PAID!!! It was due on {{due_dat}}, so please pay it.\n\n';
    const fixed = 'This invoice is now overdue and must be paid. It was due on {{due_date}}, so please pay it.\n\n';
    const count = Math.floor((256 * 1024 - 1024) / paragraph.length);
    const names = ['big-1.md'];
    for (const name of names) await writeFile(path.join(copy, name), paragraph.repeat(count));
    const run = await lint('--fix', ...names);
    expect(run.code, run.stdout.slice(-2000) + run.stderr).toBe(0);
    for (const name of names) expect(await readFile(path.join(copy, name), 'utf8')).toBe(fixed.repeat(count));
  }, 600_000);
});

describe('the fixes themselves', () => {
  it('writes a sentence in capitals in sentence case, keeping codes, acronyms and merge fields', () => {
    const none = documentCasing('');
    expect(sentenceCase('PAY INVOICE INV-2041 FOR THE UK OFFICE TO {{our_company}} NOW', true, none)).toBe('Pay invoice INV-2041 for the UK office to {{our_company}} now');
    expect(sentenceCase('PAY US NOW. THE US OFFICE WAITS', true, none)).toBe('Pay us now. The US office waits');
    expect(sentenceCase("WE DON'T ACCEPT FOLLOW-UP DELAYS", false, none)).toBe("we don't accept follow-up delays");
    // Links, markup and addresses are not prose: no fix.
    expect(sentenceCase('PAY AT [OUR PORTAL](HTTPS://PAY.EXAMPLE.COM) NOW', true, none)).toBeUndefined();
    expect(sentenceCase('WRITE TO AR@EXAMPLE.COM TODAY', true, none)).toBeUndefined();
  });

  it('keeps names names: a name gets its capital, and a word that may be a name or not is left for the writer', () => {
    const none = documentCasing('');
    // The dictionary writes these with a capital: names, days, months.
    expect(sentenceCase('SARAH JONES WILL CALL YOU ON FRIDAY', true, none)).toBe('Sarah Jones will call you on Friday');
    expect(sentenceCase('PLEASE PAY BY 1 MAY', true, none)).toBe('Please pay by 1 May');
    expect(casingOf("O'BRIEN", none)).toEqual({ kind: 'name', written: "O'Brien" });
    // Unknown to the dictionary (a surname), or both a name and a word (Bill, bill; May, may; Mark, mark), even where the
    // letter uses the word elsewhere: no safe casing, so no fix.
    const letter = documentCasing('Dear Ms Kowalczyk,\n\nYou may pay this bill online, and mark it as paid.\n');
    expect(sentenceCase('MS KOWALCZYK HAS THE INVOICE', true, none)).toBeUndefined();
    for (const casing of [none, letter]) {
      expect(sentenceCase('PLEASE PAY THIS BILL', true, casing)).toBeUndefined();
      expect(sentenceCase('THE PAYMENT WAS DUE IN MAY', true, casing)).toBeUndefined();
      expect(sentenceCase('PLEASE ASK MARK TO CALL US', true, casing)).toBeUndefined();
    }
    // A word the dictionary does not know is cased as the letter writes it.
    expect(sentenceCase('MS KOWALCZYK HAS THE INVOICE', true, letter)).toBe('Ms Kowalczyk has the invoice');
    // A name next to a common word may be part of a longer name; words before a company suffix are the company's.
    expect(sentenceCase('THE INVOICE FOR THE NEW YORK OFFICE IS OVERDUE', true, none)).toBeUndefined();
    expect(sentenceCase('THE INVOICE FROM GLOBAL WIDGETS LTD IS OVERDUE', true, none)).toBeUndefined();
    // An acronym that is also a pronoun: kept after a determiner, the pronoun before a function word, unknown before a noun.
    expect(sentenceCase('OUR IT TEAM WILL CALL YOU', true, none)).toBe('Our IT team will call you');
    expect(sentenceCase('PLEASE PAY US NOW', true, none)).toBe('Please pay us now');
    expect(sentenceCase('PLEASE PAY IN US DOLLARS', true, none)).toBeUndefined();
    // A word the letter capitalises mid-sentence may be part of a name made of words.
    expect(sentenceCase('YOU CAN CONTACT CITIZENS ADVICE FOR HELP', true, documentCasing('Free help: you can contact Citizens Advice.\n'))).toBeUndefined();
    expect(sentenceCase('YOU CAN CONTACT CITIZENS ADVICE FOR HELP', true, documentCasing('---\ntitle: Citizens Advice\n---\n# Citizens Advice\n'))).toBe('You can contact citizens advice for help');
    // A title-case heading is no evidence of a name.
    expect(documentCasing('# Your Invoice Is Overdue\n').capital.size).toBe(0);
  });

  it('starts a table cell with a capital, and treats a bare address as no prose', () => {
    const text = '| 1 | PLEASE PAY THE INVOICE TO OUR TEAM TODAY |\n|---|---|\n';
    const from = text.indexOf('PLEASE');
    const to = text.indexOf('TODAY') + 5;
    const [fix] = fixesFor([{ ruleId: 'shouting', fatal: true, actual: text.slice(from, to), expected: ['Write it in sentence case.'], place: { start: { line: 1, column: from + 1 }, end: { line: 1, column: to + 1 } } }], text);
    expect(fix?.text).toBe('Please pay the invoice to our team today');
    expect(sentenceCase('VISIT PAY.EXAMPLE.COM/INVOICES TODAY', true, documentCasing(''))).toBeUndefined();
  });

  it('offers a considerate word as a suggestion only: --fix never applies it', () => {
    const text = 'Please ask your mother to pay.\n';
    const from = text.indexOf('mother');
    const message = { ruleId: 'equality', fatal: false, actual: 'mother', expected: ['parent'], place: { start: { line: 1, column: from + 1 }, end: { line: 1, column: from + 7 } } };
    expect(fixesFor([message], text)[0]).toMatchObject({ text: 'parent', preferred: false });
    expect(automaticFixes([message], text)).toEqual([undefined]);
  });

  it('keeps the opening capital of a sentence in capitals that is a link\'s text', () => {
    const text = 'Dear Ms Chen,\n\n[PAY YOUR INVOICE NOW](https://pay.example.com) if you can.\n';
    const from = text.indexOf('PAY');
    const to = text.indexOf('NOW') + 3;
    const [fix] = fixesFor([{ ruleId: 'shouting', fatal: true, actual: text.slice(from, to), expected: ['Write it in sentence case.'], place: { start: { line: 3, column: from - text.indexOf('[') + 1 }, end: { line: 3, column: to - text.indexOf('[') + 1 } } }], text);
    expect(fix?.text).toBe('Pay your invoice now');
  });

  it('gives no cosmetic fix to a sentence that holds an error no fix answers (a threat stays as written)', () => {
    const threat = 'WE WILL TELL YOUR CUSTOMERS THAT YOU DO NOT PAY!!!';
    const text = `${threat} Please pay today!!!\n`;
    const at = (s: string) => text.indexOf(s);
    const place = (from: number, to: number) => ({ start: { line: 1, column: from + 1 }, end: { line: 1, column: to + 1 } });
    const messages: FixableMessage[] = [
      { ruleId: 'coercion', fatal: true, actual: 'TELL YOUR CUSTOMERS', expected: ['Say what you will do, lawfully.'], place: place(at('TELL'), at('TELL') + 19) },
      { ruleId: 'shouting', fatal: true, actual: threat.slice(0, -3), expected: ['Write it in sentence case.'], place: place(0, threat.length - 3) },
      { ruleId: 'shouting', fatal: true, actual: '!!!', expected: ['End the sentence with a full stop.'], place: place(threat.length - 3, threat.length) },
      { ruleId: 'shouting', fatal: true, actual: '!!!', expected: ['End the sentence with a full stop.'], place: place(text.lastIndexOf('!!!'), text.lastIndexOf('!!!') + 3) },
    ];
    const fixes = fixesFor(messages, text);
    expect(fixes.slice(0, 3)).toEqual([undefined, undefined, undefined]);
    // The next sentence is the writer's to keep: its marks are fixed.
    expect(fixes[3]?.text).toBe('.');
    // A warning does not hold fixes back.
    expect(fixesFor([{ ...messages[0]!, fatal: false }, messages[2]!], text)[1]?.text).toBe('.');
  });

  it('reads a sentence that opens with its alternative as part of the demand before it', () => {
    const text = 'Pay now!!! Or we will send the bailiffs.\n';
    const place = (from: number, to: number) => ({ start: { line: 1, column: from + 1 }, end: { line: 1, column: to + 1 } });
    const threat: FixableMessage = { ruleId: 'threats', fatal: true, actual: 'send the bailiffs', expected: ['State the lawful next step.'], place: place(text.indexOf('send'), text.indexOf('send') + 17) };
    const marks: FixableMessage = { ruleId: 'shouting', fatal: true, actual: '!!!', expected: ['End the sentence with a full stop.'], place: place(7, 10) };
    expect(fixesFor([marks, threat], text)[0]).toBeUndefined();
    expect(fixesFor([marks], text)[0]?.text).toBe('.');
  });

  it('keeps letters and numerals as labels, and opens a sentence at the start of a line of its own', () => {
    const none = documentCasing('');
    expect(sentenceCase('PLEASE CHOOSE PLAN A OR PLAN B', true, none)).toBe('Please choose plan A or plan B');
    expect(sentenceCase('THIS IS PHASE II OF A NEW PLAN', true, none)).toBe('This is phase II of a new plan');
    expect(sentenceCase('PAYMENT IS DUE BY 5 PM GMT', true, none)).toBe('Payment is due by 5 PM GMT');
    expect(sentenceCase('I AM WRITING ABOUT IT', true, none)).toBe('I am writing about it');
    const shout = 'PLEASE CALL OUR OFFICE TODAY';
    for (const before of ['Yours sincerely,\\\n', 'Dear Sarah,\n', '<Notice id="named-contact" />\n', '- [ ] ', '<p>']) {
      const text = `${before}${shout}.\n`;
      const from = text.indexOf(shout);
      const lines = text.slice(0, from).split('\n');
      const place = { start: { line: lines.length, column: lines[lines.length - 1]!.length + 1 }, end: { line: lines.length, column: lines[lines.length - 1]!.length + 1 + shout.length } };
      expect(fixesFor([{ ruleId: 'shouting', fatal: true, actual: shout, expected: ['Write it in sentence case.'], place }], text)[0]?.text, before).toBe('Please call our office today');
    }
  });

  it('keeps one mark mid-sentence, and fixes a field name by itself only when it is a slip of a letter or two', () => {
    const marks = (text: string) => {
      const at = text.indexOf('!!!');
      return fixesFor([{ ruleId: 'shouting', fatal: true, actual: '!!!', expected: ['End the sentence with a full stop.'], place: { start: { line: 1, column: at + 1 }, end: { line: 1, column: at + 4 } } }], text)[0]?.text;
    };
    expect(marks('We got it!!! and we thank you.')).toBe('!');
    expect(marks('Wow!!!, thanks for paying.')).toBe('!');
    expect(marks('Thanks!!! See you soon.')).toBe('.');
    expect(marks('Pay now !!! Thanks.')).toBeUndefined();
    const field = (actual: string, expected: string) => {
      const text = `Dear {{${actual}}},\n`;
      return fixesFor([{ ruleId: 'merge-fields', fatal: true, actual, expected: [`{{${expected}}}`], place: { start: { line: 1, column: 6 }, end: { line: 1, column: 10 + actual.length } } }], text)[0];
    };
    expect(field('due_dat', 'due_date')).toMatchObject({ text: '{{due_date}}', preferred: true });
    expect(field('customer_name', 'customer_contact_name')).toMatchObject({ text: '{{customer_contact_name}}', preferred: false });
  });

  it('writes a field typed with a slip of the braces as its message says, unless a line break splits it or the name is further off', async () => {
    const drafts = await createChecker({ root: projectRoot, languageOnly: true });
    const text = 'Dear {{contact_name},\nInvoice {invoice_number}} of { {invoice_date}} is due {{ due_date }. Quote {invoce_number}, {{customer_reference}}}.\nAsk {{customer_name} or {{contact_\nname}} on {{contact_phone';
    const messages = drafts.check(text, { kind: 'draft', path: 'draft.md' }).file.messages;
    expect(messages.map((m) => m.ruleId)).toEqual(Array(9).fill('merge-fields'));
    const fixes = fixesFor(messages, text);
    expect(fixes.map((fix) => fix && [fix.title, fix.preferred])).toEqual([
      ['Replace {{contact_name} with {{contact_name}}', true],
      ['Replace {invoice_number}} with {{invoice_number}}', true],
      ['Replace { {invoice_date}} with {{invoice_date}}', true],
      ['Replace {{ due_date } with {{due_date}}', true],
      ['Replace {invoce_number} with {{invoice_number}}', true],
      ['Replace {{customer_reference}}} with {{customer_reference}}', true],
      // Another field's name, not a slip: offered, not applied.
      ['Replace {{customer_name} with {{customer_contact_name}}', false],
      // A fix never joins lines.
      undefined,
      ['Replace {{contact_phone with {{contact_phone}}', true],
    ]);
    expect(applyFixes(text, automaticFixes(messages, text)).text).toBe(
      'Dear {{contact_name}},\nInvoice {{invoice_number}} of {{invoice_date}} is due {{due_date}}. Quote {{invoice_number}}, {{customer_reference}}.\nAsk {{customer_name} or {{contact_\nname}} on {{contact_phone}}',
    );
  });

  it('keeps a question a question, and does not fix marks followed by a full stop', () => {
    const text = 'Can you pay?!? Pay now!!!.';
    const at = (s: string, from = 0) => text.indexOf(s, from);
    const place = (from: number, to: number) => ({ start: { line: 1, column: from + 1 }, end: { line: 1, column: to + 1 } });
    const messages: FixableMessage[] = [
      { ruleId: 'shouting', actual: '?!?', expected: ['End the sentence with a full stop.'], place: place(at('?!?'), at('?!?') + 3) },
      { ruleId: 'shouting', actual: '!!!', expected: ['End the sentence with a full stop.'], place: place(at('!!!'), at('!!!') + 3) },
    ];
    const [question, marks] = fixesFor(messages, text);
    expect(question?.text).toBe('?');
    expect(marks).toBeUndefined();
  });

  it('applies non-overlapping fixes in one pass over 1 MB, the first by place winning an overlap', () => {
    const chunk = 'Overdue!!! ';
    const text = chunk.repeat(Math.ceil((1024 * 1024) / chunk.length));
    const messages: FixableMessage[] = [];
    for (let i = 0; i < text.length; i += chunk.length) {
      messages.push({ ruleId: 'shouting', actual: '!!!', expected: ['End the sentence with a full stop.'], place: { start: { line: 1, column: i + 8 }, end: { line: 1, column: i + 11 } } });
    }
    const { text: fixed, applied } = applyFixes(text, fixesFor(messages, text));
    expect(applied).toHaveLength(messages.length);
    expect(fixed).toBe('Overdue. '.repeat(messages.length));
    const overlapping = applyFixes('abcdef', [
      { ruleId: 'x', title: '', start: { line: 1, column: 1 }, end: { line: 1, column: 4 }, range: [0, 3], text: 'X', preferred: true },
      { ruleId: 'y', title: '', start: { line: 1, column: 3 }, end: { line: 1, column: 6 }, range: [2, 5], text: 'Y', preferred: true },
      { ruleId: 'z', title: '', start: { line: 1, column: 6 }, end: { line: 1, column: 7 }, range: [5, 6], text: 'Z', preferred: true },
    ]);
    expect(overlapping.text).toBe('XdeZ');
    expect(overlapping.applied.map((f) => f.ruleId)).toEqual(['x', 'z']);
  });

  it('prints a unified diff with context, keeping CR and marking a missing final newline', () => {
    const before = 'a\r\nb\r\nc\r\nd\r\ne\r\nf\r\ng\r\nh\r\ni\r\nj\r\nk';
    const after = before.replace('b', 'B').replace('k', 'K');
    expect(unifiedDiff('x.md', before, after)).toBe(
      ['--- a/x.md', '+++ b/x.md', '@@ -1,5 +1,5 @@', ' a\r', '-b\r', '+B\r', ' c\r', ' d\r', ' e\r', '@@ -8,4 +8,4 @@', ' h\r', ' i\r', ' j\r', '-k', '\\ No newline at end of file', '+K', '\\ No newline at end of file', ''].join('\n'),
    );
    expect(unifiedDiff('x.md', before, before)).toBe('');
    // Changed lines next to each other: the old ones, then the new.
    expect(unifiedDiff('y.md', 'a\nb\nc\n', 'A\nB\nc\n')).toBe(['--- a/y.md', '+++ b/y.md', '@@ -1,3 +1,3 @@', '-a', '-b', '+A', '+B', ' c', ''].join('\n'));
  });
});
