import type { Catalog } from '../catalog/load.ts';
import { addDays, daysBetween, stepsOf } from '../catalog/what-to-send.ts';
import type { Stage } from '../model/index.ts';
import type { ComposedLetter } from './compose.ts';
import { renderHtml } from './html.ts';
import { renderText } from './text.ts';

export { composeLetter, fieldsUsed, letterheadFields, noticeComponent, noticeTree, placedNotices } from './compose.ts';
export type { ComposedLetter, NoticeBlock } from './compose.ts';
export { renderHtml } from './html.ts';
export { renderText } from './text.ts';

export type FieldValues = Readonly<Record<string, string>>;

const sampleDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** A catalogue example date ("1 October 2026") as YYYY-MM-DD, or undefined if it is not one. */
function isoDate(example: string): string | undefined {
  const time = Date.parse(`${example} UTC`);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

/**
 * The realistic example value of every catalogued field, for previews.
 * For a template sent `sendOffsetDays` after the due date at `stage`, the
 * account's dates agree with it, counted back from the example letter date:
 * the due date, the invoice date (as far before it as in the examples), the
 * days past due, the previous step's date and the next step's.
 */
export function sampleValues(catalog: Catalog, stage?: Stage, sendOffsetDays?: number): FieldValues {
  const values: Record<string, string> = Object.fromEntries(catalog.fields.map((f) => [f.name, f.example]));
  const example = (name: string) => isoDate(values[name] ?? '');
  const letterDate = example('letter_date');
  const [invoiceDate, dueDate] = [example('invoice_date'), example('due_date')];
  if (sendOffsetDays === undefined || !letterDate || !invoiceDate || !dueDate) return values;
  const format = (date: string) => sampleDate.format(Date.parse(`${date}T00:00:00Z`));
  const due = addDays(letterDate, -sendOffsetDays);
  values['due_date'] = format(due);
  values['invoice_date'] = format(addDays(due, -daysBetween(invoiceDate, dueDate)));
  values['days_past_due'] = String(Math.max(0, sendOffsetDays));
  const steps = stepsOf(catalog.ladder);
  const at = stage ? steps.findIndex((s) => s.id === stage.id) : -1;
  const previous = at > 0 ? steps[at - 1] : undefined;
  const next = at >= 0 ? steps[at + 1] : undefined;
  if (previous) values['previous_contact_date'] = format(addDays(due, previous.days.from));
  if (next) values['next_step_date'] = format(addDays(due, next.days.from));
  return values;
}

export interface RenderedLetter {
  subject?: string | undefined;
  letterheadHtml?: string | undefined;
  subjectHtml?: string | undefined;
  bodyHtml: string;
  /** The whole message as plain text: subject line or letterhead, then the body. */
  text: string;
}

/** Renders a composed letter with {{placeholders}} (no values) or filled in. */
export function renderLetter(letter: ComposedLetter, catalog: Catalog, values?: FieldValues): RenderedLetter {
  const options = { fields: catalog.fields, values };
  const subject = letter.subject ? renderText(letter.subject, values) : undefined;
  const parts: string[] = [];
  if (subject !== undefined) parts.push(`Subject: ${subject}`);
  if (letter.letterhead) parts.push(renderText(letter.letterhead, values));
  parts.push(renderText(letter.body, values));
  return {
    subject,
    subjectHtml: letter.subject ? stripParagraph(renderHtml(letter.subject, options)) : undefined,
    letterheadHtml: letter.letterhead ? renderHtml(letter.letterhead, options) : undefined,
    bodyHtml: renderHtml(letter.body, options),
    text: parts.join('\n\n') + '\n',
  };
}

/** A one-line subject renders as a single paragraph; the page puts it in its own element. */
function stripParagraph(html: string): string {
  return html.replace(/^<p>/, '').replace(/<\/p>$/, '');
}

