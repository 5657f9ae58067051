import { describe, expect, it } from 'vitest';
import { buildEml, formatMailbox, mailDate, type Draft } from '../../src/letters/fill/mail.ts';

// The .eml draft's headers (issue #13): dated, from the sender when known, encoded, and closed to injection.

const draft: Draft = { date: new Date('2026-12-01T09:47:44Z'), subject: 'Invoice ZX-1: €12,345.67 now 20 days overdue', text: 'Dear Ms Vasquez,\n\nThank you.', html: '<p>Dear Ms Vasquez,</p>' };

/** The header block's lines, and the headers after unfolding (encoded words decoded). */
function headersOf(eml: string): { lines: string[]; headers: [string, string][] } {
  const block = eml.slice(0, eml.indexOf('\r\n\r\n'));
  const decode = (value: string) => value.replace(/=\?UTF-8\?B\?([^?]*)\?=(\s+(?==\?))?/gi, (_all, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
  const headers = block
    .replace(/\r\n[ \t]/g, ' ')
    .split('\r\n')
    .map((line): [string, string] => [line.slice(0, line.indexOf(':')), decode(line.slice(line.indexOf(':') + 1).trim())]);
  return { lines: block.split('\r\n'), headers };
}

describe('the .eml draft', () => {
  it('opens as an unsent draft, dated as RFC 5322 asks at the moment it was made', () => {
    const { headers } = headersOf(buildEml(draft, 'b'));
    const names = headers.map(([name]) => name);
    expect(names).toEqual(['X-Unsent', 'Date', 'Subject', 'MIME-Version', 'Content-Type']);
    const date = headers.find(([name]) => name === 'Date')![1];
    expect(date).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/);
    expect(Date.parse(date)).toBe(draft.date.getTime());
    expect(headers.find(([name]) => name === 'Subject')![1]).toBe(draft.subject);
  });

  it('writes the date in the zone of the machine that makes it', () => {
    const date = new Date(2026, 11, 1, 9, 5, 3);
    expect(mailDate(date)).toMatch(/^Tue, 01 Dec 2026 09:05:03 [+-]\d{4}$/);
    expect(Date.parse(mailDate(date))).toBe(date.getTime());
  });

  it('is from the sender when their address is known: the name quoted, or encoded when it is not ASCII', () => {
    const from = (name: string | undefined) => headersOf(buildEml({ ...draft, from: { name, address: 'tobias.ekwueme@quillfeather.example' } }, 'b')).headers.find(([n]) => n === 'From')?.[1];
    expect(from('Tobias Ekwueme')).toBe('"Tobias Ekwueme" <tobias.ekwueme@quillfeather.example>');
    expect(from('Zoë Ekwueme-Łukasiewicz')).toBe('Zoë Ekwueme-Łukasiewicz <tobias.ekwueme@quillfeather.example>');
    expect(from(undefined)).toBe('tobias.ekwueme@quillfeather.example');
    expect(formatMailbox({ name: 'Ekwueme, "Toby" \\ AR', address: 't@q.example' })).toBe('"Ekwueme, \\"Toby\\" \\\\ AR" <t@q.example>');
    expect(formatMailbox({ name: 'Zoë', address: 't@q.example' })).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?= <t@q\.example>$/);
  });

  it('cannot be given another header through a value with a line break in it', () => {
    const injected = '\r\nBcc: x@y';
    for (const attempt of [
      { ...draft, subject: `Invoice ZX-1${injected}` },
      { ...draft, from: { name: `Tobias${injected}`, address: 't@q.example' } },
      { ...draft, from: { name: 'Tobias', address: `t@q.example${injected}` } },
      { ...draft, from: { name: 'Tobias', address: `t@q.example\nBcc: x@y` } },
      { ...draft, subject: `Invoice\nBcc: x@y`, from: { name: `Tobias\rBcc: x@y`, address: 't@q.example' } },
    ]) {
      const eml = buildEml(attempt, 'b');
      const { lines, headers } = headersOf(eml);
      expect(headers.map(([name]) => name)).not.toContain('Bcc');
      expect(eml.slice(0, eml.indexOf('\r\n\r\n'))).not.toMatch(/[\r\n]Bcc/i);
      // Every line is a header of the draft's own, or a continuation of one.
      for (const line of lines) expect(line, line).toMatch(/^(X-Unsent|Date|From|Subject|MIME-Version|Content-Type): |^ =\?UTF-8\?B\?/);
      // No bare CR or LF anywhere in the headers.
      expect(eml.slice(0, eml.indexOf('\r\n\r\n')).replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    }
    // An address a header cannot carry is left out, not repaired.
    expect(headersOf(buildEml({ ...draft, from: { name: 'Tobias', address: `t@q.example${injected}` } }, 'b')).headers.map(([name]) => name)).not.toContain('From');
  });
});
