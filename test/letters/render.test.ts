import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load.ts';
import { letterheadFields, sampleValues } from '../../src/letters/index.ts';
import { projectRoot } from '../helpers/project.ts';

const library = await loadLibrary(projectRoot);
const catalogued = new Set(library.catalog.fields.map((f) => f.name));

describe.each(library.templates.map((t) => [t.id, t] as const))('template %s', (_id, template) => {
  it('renders with {{placeholders}} for catalogued fields only', () => {
    const placeholders = [...template.placeholders.text.matchAll(/\{\{([^}]*)\}\}/g)].map((m) => m[1]!);
    expect(placeholders.length).toBeGreaterThan(0);
    expect(placeholders.filter((name) => !catalogued.has(name))).toEqual([]);
    expect(template.placeholders.bodyHtml).toContain('class="merge-field"');
  });

  it('renders with sample data, leaving no placeholder unfilled', () => {
    expect(template.sample.text).not.toMatch(/\{\{|\}\}/);
    const values = sampleValues(library.catalog, template.stage, template.frontmatter.sendOffsetDays, template.fields.map((f) => f.name));
    for (const field of template.fields) expect(template.sample.text).toContain(values[field.name]!.split('\n')[0]);
  });

  it('gives plain text with no markup or HTML left', () => {
    for (const text of [template.placeholders.text, template.sample.text]) {
      expect(text).not.toMatch(/<\/?[a-zA-Z][^>]*>/);
      expect(text).not.toMatch(/\*\*|__|\]\(|^#+ |\\$|&[a-z]+;/m);
      expect(text).not.toMatch(/\n{3,}/);
    }
  });

  it('includes every notice it lists, with the notice text from the catalogue', () => {
    for (const notice of template.notices) {
      expect(template.placeholders.bodyHtml).toContain(`data-notice="${notice.id}"`);
    }
  });

  it('carries the subject line for emails and the letterhead for letters', () => {
    if (template.frontmatter.channel === 'email') expect(template.placeholders.text.startsWith('Subject: ')).toBe(true);
    const head = letterheadFields[template.frontmatter.channel];
    if (head) for (const name of Object.values(head).flat()) expect(template.placeholders.text).toContain(`{{${name}}}`);
  });
});

describe('sample data agrees with each template', () => {
  it('the follow-up, sent on day 14, says 14 days past due, with the due date, first reminder and next step on their ladder days', () => {
    const followUp = library.templates.find((t) => t.id === 'follow-up-15-days')!;
    const values = sampleValues(library.catalog, followUp.stage, followUp.frontmatter.sendOffsetDays);
    // The example letter is dated 31 October 2026: due 17 October, first reminder on day 7, formal notice on day 30.
    expect([values['days_past_due'], values['due_date'], values['previous_contact_date'], values['next_step_date'], values['invoice_date']]).toEqual(['14', '17 October 2026', '24 October 2026', '16 November 2026', '17 September 2026']);
    expect(followUp.sample.text).toContain('14 days past due');
    expect(followUp.sample.text).not.toContain('30 days past due');
  });
});

describe('notices are shared blocks', () => {
  it('renders the same notice text in every template that lists it', () => {
    const notice = library.catalog.notices.find((n) => n.id === 'dispute-path')!;
    const users = library.templates.filter((t) => t.notices.some((n) => n.id === notice.id));
    expect(users.length).toBeGreaterThan(5);
    const firstWords = 'If something on the invoice is wrong,';
    for (const t of users) expect(t.placeholders.text).toContain(firstWords);
  });
});

describe('an insolvent customer\'s office-holder', () => {
  it('gets a letter of its own: addressed to the office-holder, asking for the claim form, the balance a record and no demand', () => {
    const letter = library.templates.find((t) => t.id === 'insolvency-office-holder-letter')!;
    expect(letter.stage.id).toBe('bankruptcy');
    expect(letter.sample.text).toMatch(/^Dear Ms Helen Achebe, Joint Administrator/m);
    expect(letter.sample.text).toContain('proof of debt');
    expect(letter.sample.text).toContain('It is not a request for payment.');
    expect(letter.notices.map((n) => n.id)).not.toContain('payment-instructions');
  });
});
