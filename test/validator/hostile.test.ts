import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseDocument } from '../../src/document/parse.ts';
import remarkLockdown from '../../src/integration/remark-lockdown.ts';
import { validate } from '../../src/validator/engine.ts';
import { codeChapter, contentCopy, edit } from '../helpers/content.ts';

describe('content that tries to run code', () => {
  // That the build refuses it, located, before compiling anything, and nothing it tries happens: trust.test.ts, in the
  // one failing build it shares with the other hostile chapters.

  it('cannot be compiled even if the validator is skipped: the MDX step refuses it too', async () => {
    const file = new VFile({ path: 'hostile.mdx', value: codeChapter('/tmp/never', 'http://127.0.0.1:9/') });
    const tree = parseDocument(file, 'mdx')!;
    expect(() => remarkLockdown({ root: process.cwd() })(tree, file)).toThrow(/Refusing to compile content that contains code:\n8:1 import and export/);
  });
});

describe('broken input', () => {
  let root: string;
  const broken: Record<string, string | Buffer> = {
    'yaml.mdx': '---\nid: [unclosed\n---\n\nHello.\n',
    'alias.mdx': '---\nid: *nope\n---\n\nHello.\n',
    'no-frontmatter.mdx': 'Dear customer,\n\nPlease pay.\n',
    'unclosed.mdx': '---\nid: unclosed\ntitle: Unclosed\n\nDear customer,\n\nPlease pay.\n',
    'mdx.mdx': '---\nid: mdx\n---\n\nHello {oops\n',
    // Code past the syntax error is named in the same run, read from the file's Markdown parse.
    'past-error.mdx': '---\nid: past-error\n---\n\nHello <b\n\n<script>alert(1)</script>\n\n[pay](javascript:alert(2))\n',
    'jsx.mdx': '---\nid: jsx\n---\n\nHello <Notice id="x">\n\nno end\n',
    // So are a wrong type in the frontmatter, a merge field's typo and an import, which need no MDX parse to be found.
    // … but not prose whose second line opens with "export" or "import" (MDX reads code from a block's first line only).
    'past-error-prose.mdx': '---\nid: past-error-prose\n---\n\n<Callout type="tip">Late.\n\nThe pallets were held at the port for\nexport clearance, and the customs\nimport duty was paid by us.\n',
    // Past a structure limit the frontmatter is not read from the flattened text (its brackets taken out): a lone carriage
    // return is the only problem named.
    'carriage-returns.mdx': '---\rid: carriage-returns\rjurisdictions: [US, UK]\r---\r\rHello.\r',
    'past-error-fields.mdx': '---\nid: past-error-fields\nsendOffsetDays: "7"\nsubject: "Invoice {{invoice_nubmer}}"\n---\n\nimport Evil from "../src/evil.js"\n\n<Callout type="tip">Invoice {{invoice_nmber}} is late.\n',
    'latin1.mdx': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x50, 0x61, 0x79, 0x20, 0xa3, 0x35, 0x0a]),
    // A surrogate encoded as UTF-8 (ED A0 80), which the decoder refuses though each byte looks like a sequence's.
    'surrogate.mdx': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x50, 0x61, 0x79, 0x20, 0xed, 0xa0, 0x80, 0x0a]),
    'bom.mdx': '\uFEFF---\nid: bom\n---\n\nThank you.\n',
    'empty.mdx': '',
    'blank.mdx': ' \n\n\t\n',
    'utf16.mdx': Buffer.from([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00, 0x0a, 0x00]),
    'huge.mdx': 'word '.repeat(1_100_000),
    'nested.mdx': Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'),
    'binary.mdx': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]),
    // 50,000 block quotes in 250 KB: micromark's document parser is quadratic in them (minutes), so they are counted first.
    'quotes.mdx': '> a\n\n'.repeat(50_000),
    'listed-quotes.mdx': '- > a\n\n'.repeat(20_000),
  };

  beforeAll(async () => {
    root = await contentCopy();
    for (const [name, value] of Object.entries(broken)) await writeFile(path.join(root, 'templates', name), value);
    await mkdir(path.join(root, 'templates', 'folder.mdx'));
    await symlink('/etc/hostname', path.join(root, 'templates', 'outside.mdx'));
    await symlink(path.join(root, 'templates', 'missing.mdx'), path.join(root, 'templates', 'dangling.mdx'));
    await edit(root, 'templates/courtesy-reminder.mdx', /^(Dear|Hello) (.*)$/m, '$1 $2 Pay now or else.');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('gets a clear, located message for each file while every other file is still checked', async () => {
    const report = await validate({ root });
    const byFile = Object.fromEntries(report.files.map((r) => [path.basename(r.file.path), r.file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`)]));
    expect(byFile['courtesy-reminder.mdx']).toEqual([expect.stringMatching(/ coercion Vague menace or ultimatum: “or else”$/)]);
    expect(byFile['yaml.mdx']![0]).toMatch(/^2:\d+ frontmatter YAML syntax: /);
    expect(byFile['alias.mdx']![0]).toBe('2:5 frontmatter YAML alias *nope copies no value: no anchor &nope is set before it');
    expect(byFile['no-frontmatter.mdx']![0]).toBe('1:1 frontmatter Missing frontmatter: the file must start with a --- block giving its fields');
    expect(byFile['unclosed.mdx']![0]).toBe('1:1 frontmatter Frontmatter not closed: the --- block that starts the file has no closing --- line');
    // The syntax error beside the frontmatter's, read past it.
    const syntax = (name: string) => byFile[name]!.find((m) => / syntax /.test(m));
    expect(syntax('mdx.mdx')).toMatch(/^5:\d+ syntax MDX syntax: Unexpected end of file in expression/);
    expect(byFile['past-error.mdx']!.filter((m) => / mdx-lockdown /.test(m))).toEqual([
      '7:1 mdx-lockdown HTML that runs code or loads something is not allowed in content: <script>alert(1)</script>',
      '9:1 mdx-lockdown A javascript: link is not allowed; links may use https:, http:, mailto:, tel: or a relative path',
    ]);
    expect(byFile['past-error.mdx']!.some((m) => / syntax MDX syntax: /.test(m))).toBe(true);
    expect(syntax('jsx.mdx')).toMatch(/^5:\d+ syntax MDX syntax: Expected a closing tag for `<Notice>`/);
    expect(byFile['past-error-prose.mdx']!.filter((m) => / mdx-lockdown /.test(m))).toEqual([]);
    expect(byFile['carriage-returns.mdx']!.map((m) => m.split(' ')[1])).toEqual(['structure']);
    expect(byFile['past-error-fields.mdx']).toEqual(
      expect.arrayContaining([
        '3:17 frontmatter "sendOffsetDays" is "7", which is not a number',
        '4:19 merge-fields Unknown merge field {{invoice_nubmer}}; did you mean {{invoice_number}}?',
        '7:1 mdx-lockdown import and export are not allowed in content: they run code when the site is built',
        expect.stringMatching(/^9:1 syntax MDX syntax: Expected a closing tag for `<Callout>`/),
        '9:29 merge-fields Unknown merge field {{invoice_nmber}}; did you mean {{invoice_number}}?',
      ]),
    );
    expect(byFile['latin1.mdx']).toEqual(['2:5 read-error Not UTF-8 text: byte 0xa3 at offset 8; save the file as UTF-8']);
    expect(byFile['surrogate.mdx']).toEqual(['2:5 read-error Not UTF-8 text: byte 0xed at offset 8; save the file as UTF-8']);
    expect(byFile['bom.mdx']![0]).toBe('1:1 read-error File starts with a byte-order mark; save it as UTF-8 without BOM');
    expect(byFile['empty.mdx']).toEqual(['1:1 read-error File is empty']);
    expect(byFile['blank.mdx']).toEqual(['1:1 read-error File has only white space, no text']);
    expect(byFile['utf16.mdx']).toEqual(['1:1 read-error UTF-16 text, not UTF-8; save the file as UTF-8']);
    expect(byFile['huge.mdx']).toEqual(['1:1 read-error File is 5372 KB; the limit is 256 KB (a template or chapter is a few kilobytes)']);
    expect(byFile['nested.mdx']).toEqual(['174:1 structure The block of text starting on line 1 runs past 32,000 characters without a blank line; split it into paragraphs']);
    expect(byFile['quotes.mdx']).toEqual(['2001:1 structure More than 1,000 block quotes (lines opening with >) in one file; join them or remove the markers']);
    expect(byFile['listed-quotes.mdx']).toEqual(['2001:1 structure More than 1,000 block quotes (lines opening with >) in one file; join them or remove the markers']);
    expect(byFile['binary.mdx']).toEqual(['1:1 read-error Binary file (a NUL byte at offset 4), not text']);
    expect(byFile['outside.mdx']![0]).toMatch(/^1:1 read-error Symbolic link to \/etc\/hostname, outside the repository/);
    expect(byFile['dangling.mdx']).toEqual(['1:1 read-error File not found (a broken link?)']);
    expect(byFile['folder.mdx']).toEqual(['1:1 read-error Is a folder, not a file']);
    // Each says what to do about it, as every rule's message does.
    const unread = report.files.flatMap((r) => r.file.messages).filter((m) => m.ruleId === 'read-error' || m.ruleId === 'syntax' || /^(YAML|Missing frontmatter|Frontmatter not closed)/.test(m.reason));
    expect(unread.length).toBeGreaterThan(12);
    for (const message of unread) expect(message.expected?.[0], message.reason).toMatch(/^[A-Z].{20,}\.$/);
    expect(report.internalErrors).toBe(0);
    // Every other template is still checked, and clean.
    expect(report.files.filter((r) => r.file.messages.length === 0).length).toBeGreaterThan(30);
  });

  it("exits 1, not 2, from the command line: a broken file is the writer's problem, not the tool's", async () => {
    const { main } = await import('../../src/validator/cli.ts');
    let stdout = '';
    // A few of the broken files, named on the command line (the whole folder is read by the test above).
    const names = ['huge.mdx', 'latin1.mdx', 'mdx.mdx', 'yaml.mdx', 'binary.mdx', 'courtesy-reminder.mdx'];
    const code = await main(['--root', root, ...names.map((name) => path.join(root, 'templates', name))], { stdout: (t) => (stdout += t), stderr: () => {}, cwd: root, color: false });
    expect(code).toBe(1);
    expect(stdout).not.toMatch(/\n\s+at /);
    for (const name of names) expect(stdout).toContain(name);
  });
});
