import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { main } from '../../src/validator/cli.ts';
import type { Report } from '../../src/validator/engine.ts';
import { unifiedDiff } from '../../src/validator/report/diff.ts';
import { escapeControls, formatReport, formats } from '../../src/validator/report/format.ts';
import { contentCopy } from '../helpers/content.ts';

/** Every character that must never reach a terminal or an annotation raw. */
const hostile = '\u001b[8m|\u0007|\r|\u009b31m|\u202e|\u2066|\u2069|\u007f|\u0000|\n::error::forged';
const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

function hostileReport(): Report {
  const file = new VFile({ path: `/work/templates/evil${'\u001b'}[2J.mdx`, value: '' });
  const message = file.message(`Unknown merge field "${hostile}"`, { place: { line: 3, column: 5 }, ruleId: 'merge-field', source: 'fair-collections' });
  message.fatal = true;
  message.note = `Why ${hostile}`;
  message.expected = [`Instead ${hostile}`];
  message.url = `https://example.com/${hostile}`;
  return {
    files: [{ file, kind: 'template', suppressions: [{ ruleId: 'equality', reason: `because ${hostile}`, line: 9, commentLine: 8, silenced: [`silenced ${hostile}`] }] }],
    errorCount: 1,
    warningCount: 0,
    internalErrors: 0,
    cached: 0,
    toolWarnings: [], unmatched: [],
  };
}

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

describe('control characters from content', () => {
  it('are shown as visible escapes', () => {
    expect(escapeControls('a\u001b[8mb\u0007c\rd\u009be\u202ef\u2066g\nh\u007f')).toBe('a\\x1b[8mb\\x07c\\x0dd\\x9be\\u202ef\\u2066g\\x0ah\\x7f');
    expect(escapeControls('Plain text, “quotes”, £ and é stay.')).toBe('Plain text, “quotes”, £ and é stay.');
  });

  it('in a dry run’s diff are escaped, but a byte-order mark and zero-width characters stay, so git apply still takes it', () => {
    const diff = unifiedDiff('b.md', '\uFEFFDear Sam,\nPAY THE\u200b INVOICE\u001b[2J NOW.\n', '\uFEFFDear Sam,\nPay the\u200b invoice\u001b[2J now.\n');
    expect(diff).toContain(' \uFEFFDear Sam,\n');
    expect(diff).toContain('+Pay the\u200b invoice\\x1b[2J now.\n');
    expect(diff).not.toContain('\u001b');
  });

  it("in a dry run's output are escaped as JSON escapes, so the text reads back byte for byte", () => {
    const report = hostileReport();
    const text = 'Pay\u202e by\u200b Friday\u0085.\u001b\n';
    const output = formatReport(report, 'json', { cwd: '/work', toolVersion: '1.0.0', fixedOutput: new Map([[report.files[0]!.file.path, text]]) });
    expect(output).not.toMatch(raw);
    expect(output).not.toMatch(/[\u200b\u0085]/);
    expect((JSON.parse(output) as { output: string }[])[0]!.output).toBe(text);
  });

  it('show the zero-width characters that split a word the checker read through', async () => {
    root = await contentCopy();
    const draft = path.join(root, 'draft.md');
    await writeFile(draft, 'Our team will vi\u200bsit your premises tomorrow and take your st\u00adock.\n');
    let stdout = '';
    const code = await main(['--root', root, '--language-only', draft], { stdout: (t) => (stdout += t), stderr: () => {}, cwd: root, color: false });
    expect(code).toBe(1);
    expect(stdout).toContain('vi\\u200bsit your premises');
    expect(stdout).not.toMatch(/[\u00ad\u200b]/);
  }, 30_000);

  it.each(formats)('never reach the output raw in %s', (format) => {
    const output = formatReport(hostileReport(), format, { cwd: '/work', toolVersion: '1.0.0', color: false });
    expect(output).not.toMatch(raw);
    expect(output).toContain('\\x1b[8m');
    expect(output).toContain('\\u202e');
    expect(output).toContain('\\x9b31m');
    if (format === 'github') {
      // One annotation and the summary: a forged line or command cannot start.
      expect(output.trimEnd().split('\n')).toHaveLength(2);
      expect(output).toMatch(/^::error file=templates\/evil\\x1b\[2J\.mdx,line=3,col=5,endLine=3,endColumn=5,title=merge-field::Unknown merge field/);
      expect(output).not.toContain('\n::error::forged');
    } else if (format === 'stylish') {
      expect(output).not.toMatch(/^::error/m);
      expect(output).toContain('templates/evil\\x1b[2J.mdx');
    } else {
      expect(() => JSON.parse(output)).not.toThrow();
    }
  });

  it('in a template are escaped end to end, and so are command-line arguments echoed back', async () => {
    root = await contentCopy();
    await writeFile(
      path.join(root, 'templates', 'evil.mdx'),
      `---\nid: evil\ntitle: Evil\nsummary: x\nstage: overdue-7\nchannel: email\nsendOffsetDays: 7\nsubject: "Invoice {{invoice_number}} \\u001b[2J\\r\\u009b31m\\u202e {{balance_due}}"\njurisdictions: [US]\nnotices: [payment-instructions, named-contact, dispute-path, already-paid]\n---\n\nDear {{customer_contact_name}},\n\nPay {{\u001b[8m}} now.\n`,
    );
    for (const format of formats) {
      let stdout = '';
      const code = await main(['--root', root, '--format', format, path.join(root, 'templates', 'evil.mdx')], { stdout: (t) => (stdout += t), stderr: () => {}, cwd: root, color: false });
      expect(code).toBe(1);
      expect(stdout).not.toMatch(raw);
      expect(stdout).toContain('\\x1b[8m');
    }
    let stderr = '';
    const code = await main(['--root', root, '--stage', 'no\u001b[2Jsuch'], { stdout: () => {}, stderr: (t) => (stderr += t), cwd: root, color: false });
    expect(code).toBe(2);
    expect(stderr).toContain('no\\x1b[2Jsuch');
    expect(stderr).not.toMatch(raw);
  }, 30_000);
});
