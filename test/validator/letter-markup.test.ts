import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/validator/engine.ts';
import { exampleTemplate } from '../helpers/content.ts';
import { projectRoot } from '../helpers/project.ts';

// Markup whose meaning a plain-text copy of a letter would lose or hide (#14 review): the .txt, the copied text and the
// version all read the letter as text, so a letter may not say one thing in HTML and another in text.
const checker = await createChecker({ root: projectRoot });
const lockdown = (body: string, kind: 'template' | 'chapter' = 'template') =>
  checker
    .check(kind === 'template' ? exampleTemplate(body) : `---\ntitle: T\nsummary: S.\norder: 1\nowner: ar-specialist\nlastReviewed: 2026-11-20\n---\n\n${body}\n`, { kind, path: kind === 'template' ? 'templates/example.mdx' : 'content/handbook/example.mdx' })
    .file.messages.filter((m) => m.ruleId === 'mdx-lockdown')
    .map((m) => m.reason);

describe('letters', () => {
  it('refuse struck-through words, which a text copy shows as if they stood', () => {
    expect(lockdown('If an invoice on the list is ~~not~~ missing, tell us.')).toEqual(['Struck-through text is not allowed in letters: a plain-text copy shows the words as if they stood; delete them instead']);
  });

  it('refuse a link that shows one address and leads to another', () => {
    expect(lockdown('Write to [ar@example.com](mailto:collect@elsewhere.example).')).toEqual(['The link shows ar@example.com but leads to mailto:collect@elsewhere.example; show the address it leads to']);
    expect(lockdown('Pay at [https://pay.example.com](https://pay.elsewhere.example/x).')).toEqual(['The link shows https://pay.example.com but leads to https://pay.elsewhere.example/x; show the address it leads to']);
  });

  it('accept a link whose words are its address or no address at all', () => {
    expect(lockdown('Write to [ar@example.com](mailto:ar@example.com) or [our team](mailto:ar@example.com); pay at [www.pay.example.com](https://pay.example.com/).')).toEqual([]);
  });
});

describe('raw HTML', () => {
  it('is offered its Markdown, not the components, and an unknown component the known ones', () => {
    const expected = (body: string) =>
      checker
        .check(exampleTemplate(body), { kind: 'template', path: 'templates/example.mdx' })
        .file.messages.filter((m) => m.ruleId === 'mdx-lockdown')
        .map((m) => [m.reason, m.expected?.[0]]);
    expect(expected('Pay <b>today</b>, please.')).toEqual([['Raw HTML <b> is not allowed in content; write Markdown instead', '**bold**']]);
    expect(expected('<script>alert(1)</script>')).toEqual([['Raw HTML <script> is not allowed in content; write Markdown instead', 'plain Markdown']]);
    expect(expected('<Notise id="dispute-path" />')[0]?.[1]).toMatch(/^<[A-Z]/);
    // A component of the handbook's, in a template, is named as such (not "unknown"), with the template's own offered.
    expect(expected('<Callout type="tip">Pay by Friday.</Callout>')).toEqual([['<Callout> is for handbook chapters only, not here', '<Notice>']]);
    // An element named like an Object property is offered plain Markdown, not the property (the report once crashed on it).
    expect(expected('<constructor />')).toEqual([['Raw HTML <constructor> is not allowed in content; write Markdown instead', 'plain Markdown']]);
    // A component written in lower case is offered in its own case.
    expect(expected('<notice id="dispute-path" />')).toEqual([['Raw HTML <notice> is not allowed in content; write Markdown instead', '<Notice>']]);
    // An import, and a link of a scheme that runs code, are told what to write instead.
    expect(expected("import fs from 'node:fs'")[0]?.[1]).toMatch(/^delete the line/);
    expect(expected('[Pay here](javascript:alert(1))')[0]?.[1]).toBe('an https:, mailto: or tel: address, or plain text');
  });

  it('in a template saved as .md, names the component and the file type it needs', () => {
    const messages = checker.check(exampleTemplate('<Notice id="dispute-path" />\n\nPay <b>today</b>.'), { kind: 'template', path: 'templates/example.md' }).file.messages;
    expect(messages.filter((m) => m.ruleId === 'mdx-lockdown').map((m) => m.reason)).toEqual([
      '<Notice> is a component, which only an .mdx file can hold; in a .md file it is raw HTML: rename the file to end in .mdx',
      // <b> and </b>, each raw HTML.
      'Raw HTML is not allowed in content; write Markdown instead',
      'Raw HTML is not allowed in content; write Markdown instead',
    ]);
  });
});

describe('chapters', () => {
  it('may strike words through: policy pages show before and after', () => {
    expect(lockdown('We used to write ~~final warning~~ and now write reminder.', 'chapter')).toEqual([]);
  });
});
