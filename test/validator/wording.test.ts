import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load.ts';
import { createChecker } from '../../src/validator/engine.ts';
import { loadPhraseData } from '../../src/validator/rules/phrase-rules.ts';
import { exampleTemplate as template } from '../helpers/content.ts';
import { projectRoot } from '../helpers/project.ts';

const checker = await createChecker({ root: projectRoot });
const catalogLadder = (await loadCatalog(projectRoot)).catalog!.ladder;

function rulesFor(text: string, kind: 'template' | 'draft' | 'chapter' = 'template', stage?: string) {
  const path = kind === 'template' ? 'templates/example.mdx' : kind === 'chapter' ? 'content/handbook/example.mdx' : 'draft.md';
  return checker.check(text, { kind, path, stage }).file.messages.map((m) => `${m.ruleId}@${m.line}`);
}

const ids = (text: string, kind?: 'template' | 'draft' | 'chapter', stage?: string) => rulesFor(text, kind, stage).map((r) => r.split('@')[0]);

describe('the validator sees all the text a reader sees', () => {
  const threat = 'we will send the bailiffs';
  it.each([
    ['a heading', `## Then ${threat}`],
    ['a table cell', `| Next step |\n|---|\n| ${threat} |`],
    ['link text', `[${threat}](https://example.com)`],
    // Before, a link's title (shown on hover) was not read at all.
    ['a link title', `[pay here](https://example.com "${threat}")`],
    ['image alt text', `![${threat}](truck.png)`],
    ['JSX children', `<Notice id="payment-instructions">${threat}</Notice>`],
    ['a JSX string attribute', `<Notice id="payment-instructions" title="${threat}" />`],
    ['a list item', `- first\n- ${threat}`],
  ])('in %s', (_where, body) => {
    expect(ids(template(body))).toContain('threats');
  });

  it('in the email subject, located on its line in the frontmatter', () => {
    const text = template('Thank you.').replace('subject: "Invoice {{invoice_number}}: {{balance_due}} overdue"', 'subject: "Invoice {{invoice_number}}: {{balance_due}} - PAY NOW OR ELSE"');
    const found = rulesFor(text);
    expect(found).toContain('coercion@8');
    expect(found).toContain('shouting@8');
  });
});

describe('a template whose MDX does not parse', () => {
  it('still has its wording checked, from the file read as Markdown, beside the located syntax error', () => {
    // Before, the syntax error was the only message: the threat showed only once the writer had closed the tag.
    const text = template('<Callout type="note">\nWe will tell your bank that you do not pay.\n\nThank you.');
    const found = rulesFor(text);
    expect(found.filter((r) => r.startsWith('syntax@'))).toHaveLength(1);
    expect(ids(text)).toContain('publicity');
    // The project checks, which read components MDX did not give, do not run: no notice is said to be missing.
    expect(ids(text)).not.toContain('notices');
  });

  it('is located at the brace or tag left open, not at the end of its line or the start of it', () => {
    // Before, an open brace was reported at the end of its line, and an open tag at column 1 with its place in the message.
    const at = (body: string) => {
      const text = template(body);
      const message = checker.check(text, { kind: 'template', path: 'templates/example.mdx' }).file.messages.find((m) => m.ruleId === 'syntax')!;
      const line = text.split('\n')[message.line! - 1]!;
      return [line.slice(message.column! - 1, message.column! + 7), message.reason];
    };
    expect(at('Thank you { for your help with invoice 42.')[0]).toBe('{ for yo');
    const [tag, reason] = at('We know where your depot is. <Callout type="rule">');
    expect(tag).toBe('<Callout');
    expect(reason).not.toMatch(/\(\d+:\d+/);
  });
});

describe('merge fields in a draft', () => {
  it('are warnings with a suggestion, from the catalogue\'s aliases or the spelling', async () => {
    const drafts = await createChecker({ root: projectRoot, languageOnly: true });
    const messages = drafts.check('Dear {{customer_name}}, invoice {{invoice_no}} for {{amount}} was due on {{due_dte}}; ref {{foo_bar_baz}}; {{sender_job_title}}.', { kind: 'draft', path: 'draft.md' }).file.messages;
    expect(messages.map((m) => [m.ruleId, m.fatal, m.reason])).toEqual([
      ['merge-fields', false, 'Unknown merge field {{customer_name}}; did you mean {{customer_contact_name}}?'],
      ['merge-fields', false, 'Unknown merge field {{invoice_no}}; did you mean {{invoice_number}}?'],
      ['merge-fields', false, 'Unknown merge field {{amount}}; did you mean {{amount_due}}?'],
      ['merge-fields', false, 'Unknown merge field {{due_dte}}; did you mean {{due_date}}?'],
      ['merge-fields', false, 'Unknown merge field {{foo_bar_baz}}'],
      // Far from every name by spelling, but only one field ends in its last word: the field it names.
      ['merge-fields', false, 'Unknown merge field {{sender_job_title}}; did you mean {{contact_title}}?'],
    ]);
  });

  it('are errors in a template', () => {
    const found = checker.check(template('Please quote {{invoice_no}}.'), { kind: 'template', path: 'templates/example.mdx' }).file.messages.filter((m) => m.ruleId === 'merge-fields');
    expect(found.map((m) => [m.fatal, m.reason])).toEqual([[true, 'Unknown merge field {{invoice_no}}; did you mean {{invoice_number}}?']]);
    // A name another system gives the date of the last reminder (a new user's trial wrote it at the 30-day stage, which requires it).
    const last = checker.check(template('We last wrote on {{last_contact_date}}.'), { kind: 'template', path: 'templates/example.mdx' }).file.messages.filter((m) => m.ruleId === 'merge-fields');
    expect(last.map((m) => m.reason)).toEqual(['Unknown merge field {{last_contact_date}}; did you mean {{previous_contact_date}}?']);
  });

  it('typed with a slip of the braces are warnings naming the field and how to write it, where they are', async () => {
    const drafts = await createChecker({ root: projectRoot, languageOnly: true });
    const text = 'Dear {{contact_name},\n\nInvoice {invoice_number}} is due {{ due_date }.\nQuote { {customer_reference}}, {{invoice_number}}}, {invoice_number}, {{invoce_number} or {{customer_\nreference}}.\nLast {{invoice_number';
    const messages = drafts.check(text, { kind: 'draft', path: 'draft.md' }).file.messages;
    expect(messages.map((m) => [m.ruleId, m.fatal, m.line, m.column, m.reason, m.actual, m.expected, m.source])).toEqual([
      ['merge-fields', false, 1, 6, 'Malformed merge field {{contact_name}: a closing brace is missing; write {{contact_name}}', '{{contact_name}', ['{{contact_name}}'], 'fair-collections'],
      ['merge-fields', false, 3, 9, 'Malformed merge field {invoice_number}}: an opening brace is missing; write {{invoice_number}}', '{invoice_number}}', ['{{invoice_number}}'], 'fair-collections'],
      ['merge-fields', false, 3, 34, 'Malformed merge field {{ due_date }: a closing brace is missing; write {{due_date}}', '{{ due_date }', ['{{due_date}}'], 'fair-collections'],
      ['merge-fields', false, 4, 7, 'Malformed merge field { {customer_reference}}: a space parts its opening braces; write {{customer_reference}}', '{ {customer_reference}}', ['{{customer_reference}}'], 'fair-collections'],
      ['merge-fields', false, 4, 32, 'Malformed merge field {{invoice_number}}}: it has a closing brace too many; write {{invoice_number}}', '{{invoice_number}}}', ['{{invoice_number}}'], 'fair-collections'],
      ['merge-fields', false, 4, 53, 'Malformed merge field {invoice_number}: it has single braces; write {{invoice_number}}', '{invoice_number}', ['{{invoice_number}}'], 'fair-collections'],
      ['merge-fields', false, 4, 71, 'Malformed merge field {{invoce_number}: a closing brace is missing; did you mean {{invoice_number}}?', '{{invoce_number}', ['{{invoice_number}}'], 'fair-collections'],
      ['merge-fields', false, 4, 91, 'Malformed merge field {{customer_⏎reference}}: a line break splits it (a field is written on one line); write {{customer_reference}}', '{{customer_\nreference}}', ['{{customer_reference}}'], 'fair-collections'],
      ['merge-fields', false, 6, 6, 'Malformed merge field {{invoice_number: it is not closed; write {{invoice_number}}', '{{invoice_number', ['{{invoice_number}}'], 'fair-collections'],
    ]);
    expect(messages.every((m) => m.url?.endsWith('/rules/merge-fields/') && m.place && 'end' in m.place)).toBe(true);
  });

  it('typed with a slip of the braces are errors in a template, which is still checked to the end', () => {
    const messages = checker.check(template('Invoice {{invoice_number} is overdue.\n\nPay now or we will send the bailiffs.'), { kind: 'template', path: 'templates/example.mdx' }).file.messages;
    expect(messages.filter((m) => m.ruleId === 'merge-fields').map((m) => [m.fatal, m.line, m.column, m.reason])).toEqual([
      [true, 17, 9, 'Malformed merge field {{invoice_number}: a closing brace is missing; write {{invoice_number}}'],
    ]);
    expect(messages.map((m) => m.ruleId)).not.toContain('syntax');
    expect(messages.map((m) => m.ruleId)).toContain('threats');
  });
});

describe('raw HTML in a Markdown draft is read as the text it shows', () => {
  it.each([
    ['a block element', '<div>We will tell your bank.</div>', 1, 6],
    ['a break inside a line', 'We will tell your bank<br>today.', 1, 1],
    ['a block over several lines', '<p>\nBailiffs will attend on Monday.\n</p>', 2, 1],
  ])('%s', (_case, text, line, column) => {
    const found = checker.check(text, { kind: 'draft', path: 'draft.md' }).file.messages.filter((m) => m.fatal);
    expect(found.map((m) => [m.line, m.column])).toContainEqual([line, column]);
  });
});

describe('the validator resists evasion', () => {
  it.each([
    ['zero-width characters', 'we will send the bai\u200Bliffs'],
    ['look-alike Cyrillic letters', 'we will send the b\u0430iliffs'],
    ['spaced letters', 'P A Y  N O W  O R  E L S E'],
    ['digits for letters', 'you will go to ja1l for this'],
    ['a word split by emphasis', 'we will send the **bail**iffs'],
    ['a word split by emphasis inside', 'this is crim*inal* conduct'],
    ['dots between letters', 'we will s.e.i.z.e your vans'],
  ])('%s', (_trick, body) => {
    const found = ids(template(body));
    expect(found.some((id) => ['threats', 'coercion', 'shouting'].includes(id!))).toBe(true);
  });
});

describe('the validator understands inflection, word order, negation and quotation', () => {
  it.each([
    ['inflection', 'As we threatened last month, your equipment will be repossessed.'],
    ['word order', 'We will reach out to every one of your customers about this.'],
    ['passive voice', 'Your suppliers will all hear about this.'],
  ])('catches %s', (_case, body) => {
    expect(ids(template(body)).some((id) => ['threats', 'publicity'].includes(id!))).toBe(true);
  });

  it('passes negated mentions', () => {
    expect(ids('We have no plans to take legal action, and we will not contact anyone else about this.', 'draft')).toEqual([]);
    expect(ids('No bailiffs, enforcement agents or court action are involved.', 'draft')).toEqual([]);
  });

  it('does not take a threat for a negation', () => {
    expect(ids('We will not hesitate to send the bailiffs.', 'draft')).toContain('threats');
  });

  it('passes quoted bad wording on a policy page and in a draft, but not in a template', () => {
    const quoted = 'Our old letters said "we will send the bailiffs round" and we no longer write that.';
    expect(ids(quoted, 'draft')).toEqual([]);
    expect(ids(`---\ntitle: T\nsummary: S.\norder: 1\nowner: ar-specialist\nlastReviewed: 2026-11-20\n---\n\n${quoted}\n`, 'chapter')).toEqual([]);
    expect(ids(template(quoted))).toContain('threats');
  });

  it('checks sample wording on a policy page', () => {
    const chapter = `---\ntitle: T\nsummary: S.\norder: 1\nowner: ar-specialist\nlastReviewed: 2026-11-20\n---\n\nNever mention seizing property.\n\n<Callout type="example">\n\nIf you do not pay, we will seize your vans.\n\n</Callout>\n`;
    expect(rulesFor(chapter, 'chapter')).toEqual(['threats@13']);
  });
});

describe('stage-gated escalation', () => {
  const referral = 'If we have not received payment or agreed a plan by {{next_step_date}}, we will refer the account to {{agency_name}}.';
  it('passes a dated, conditional referral notice at the 60-day stage', () => {
    expect(ids(template(referral))).toEqual([]);
  });

  it('rejects the same notice in a 7-day reminder, naming the stage it may appear from', () => {
    const text = checker.check(referral, { kind: 'draft', stage: 'overdue-7' }).file.messages;
    expect(text.map((m) => m.ruleId)).toContain('escalation');
    expect(text.find((m) => m.ruleId === 'escalation')!.expected![0]).toContain('Notice before referral');
  });

  it('rejects a referral with no date or condition at any stage', () => {
    expect(ids('We are passing your account to a debt collection agency.', 'draft')).toContain('escalation');
  });

  it('reads a payment demand at the bankruptcy stage as one after the insolvency, which the stage takes as given (content/ladder.yaml given)', () => {
    const demand = 'We were sorry to hear about the bankruptcy filing. Could you please still pay invoice INV-10442 for $4,250.00 by 18 December? You can pay online at https://pay.example.com.';
    expect(ids(demand, 'draft', 'bankruptcy')).toContain('misleading');
    expect(ids('Could you please pay invoice INV-10442 for $4,250.00 by 18 December?', 'draft', 'overdue-30')).toEqual([]);
    expect(ids('We acknowledge your notice of the bankruptcy filing. We will file our proof of claim with the trustee.', 'draft', 'bankruptcy')).toEqual([]);
    const given = catalogLadder.stages.flatMap((s) => s.given);
    expect(given).toContain('customer-insolvency');
    for (const name of given) expect(loadPhraseData().cues.stated.has(name), name).toBe(true);
  });

  it('reads the writer putting its own invoice on hold as no suspension of supply', () => {
    expect(ids("If there is a problem with the delivery, let me know and I'll put the invoice on hold.", 'draft', 'overdue-15')).toEqual([]);
    expect(ids('Deliveries will be put on hold.', 'draft', 'overdue-15')).toContain('escalation');
  });

  it('asks no date of a step reported as taken, and still asks it of one to come', () => {
    expect(ids('We have stopped further credit on the account until the overdue invoices are paid, as clause 8 of our terms allows.', 'draft')).toEqual([]);
    expect(ids('The account was placed on stop on 3 November, as clause 8 of our terms allows.', 'draft')).toEqual([]);
    expect(ids('If you do not pay, the account will be placed on stop.', 'draft')).toContain('escalation');
    expect(ids('We will stop further credit on the account.', 'draft')).toContain('escalation');
    expect(ids('We are stopping further credit on the account.', 'draft')).toContain('escalation');
    // A step still to come, however it is put: about to, to be, due to, being, or the price of not paying.
    for (const text of [
      'Your account is about to be referred to our collection agency.',
      'Your account is to be passed to our solicitors.',
      'Without payment in full, the matter is passed to our solicitors for proceedings.',
      'The account is due to be placed on stop.',
      'The account is being referred to our agency.',
      'Pay now, or the account is referred to our agency.',
    ]) expect(ids(text, 'draft'), text).toContain('escalation');
  });

  it('takes a gendered pronoun for a person named alone at a sentence\'s start as that person, not as anyone', () => {
    expect(ids('Linda in AP called back. She said the payment run is on Thursday.', 'draft')).toEqual([]);
    expect(ids('Dev rang this morning and he said the cheque is in the post.', 'draft')).toEqual([]);
    expect(ids('Invoice 3318 is overdue. He must pay.', 'draft')).toContain('equality');
    expect(ids('Barclays confirmed the transfer. Each debtor must make sure he pays on time.', 'draft')).toContain('equality');
  });

  it('tells a firm, lawful letter from a threat at any stage', () => {
    expect(ids('If we have not received payment or agreed a plan by 15 May, we will refer the account to our collection agency.', 'draft', 'overdue-60')).toEqual([]);
    for (const stage of ['pre-due', 'overdue-30', 'overdue-60', 'pre-action']) {
      expect(ids('We will tell every supplier in the region that you don\'t pay.', 'draft', stage)).toContain('publicity');
    }
  });
});

describe('messages a writer reads (a new user\'s trial)', () => {
  const messages = (text: string) => checker.check(text, { kind: 'draft', path: 'draft.md' }).file.messages;
  it('quotes wording across a line break as the sentence reads, on one line', () => {
    const [shouting] = messages('PLEASE PAY THE BALANCE OR CALL US TO AGREE A\nPAYMENT PLAN BY FRIDAY.').filter((m) => m.ruleId === 'shouting');
    expect(shouting!.reason).toBe('Sentence in capitals: “PLEASE PAY THE BALANCE OR CALL US TO AGREE A PAYMENT PLAN BY FRIDAY”');
  });

  it('suggests no field for a short word in single braces that no field is near, and offers the word without braces', () => {
    const [slip] = messages('Please pay {the} balance by {{due_date}}.').filter((m) => m.ruleId === 'merge-fields');
    expect(slip!.reason).toBe('Malformed merge field {the}: it has single braces, and "the" is not a field in content/fields.yaml');
    expect(slip!.expected).toEqual(['{{field_name}}, with a name from content/fields.yaml', 'the, without braces, if no field is meant']);
    // A near field is still suggested: one letter off.
    expect(messages('Please pay by {due_dat}.').find((m) => m.ruleId === 'merge-fields')!.reason).toContain('did you mean {{due_date}}?');
  });
});
