import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { asField } from '../../document/merge-field-slips.ts';
import { today } from '../../governance/review.ts';
import { datesIn } from '../text/dates.ts';
import type { DocumentRule, ReportSpec } from '../types.ts';
import { applies, goodReminder, placer } from './content.ts';

/** What makes a date chrono-node read a calendar date, not a relative one ("today", "within 7 days", "this week"). */
const calendarWords = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d[/.-]\d/i;

/**
 * The calendar dates and weekdays a template's own text fixes ("by 31/12/26", "on Friday", "20 December 2026"), as
 * chrono-node reads them (text/dates.ts): each as written, with its place. Merge fields are nodes of their own, so
 * `{{next_step_date}}` is never read.
 */
function fixedDates(file: VFile, tree: Node): { written: string; place: ReportSpec['place'] }[] {
  const found: { written: string; place: ReportSpec['place'] }[] = [];
  const placeOf = placer(file);
  for (const { node, text, result } of datesIn(tree, today())) {
    // chrono-node's span may end on the punctuation after the date ("Friday,").
    const written = result.text.replace(/[\s,;:]+$/, '');
    if (calendarWords.test(written) && !notAFixedDate(text, result.index, written, result.end !== null)) found.push({ written, place: placeOf(node, result.index, written) });
  }
  return found;
}

/** Days named for what they are, not a date to pay by. */
const namedDays = /\b(?:good friday|easter (?:sunday|monday)|black friday|cyber monday|boxing day|shrove tuesday|ash wednesday|maundy thursday|holy (?:thursday|saturday))\b/i;
const weekdayOnly = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/**
 * Whether a date chrono-node read at `index` of `text` fixes no date: a recurring or example day ("every Tuesday", "on a
 * Friday", "for example 20 December 2026"), a span of days or hours ("Monday to Friday", "9.00 to 5.30, Monday"), a holiday
 * ("Good Friday"), a weekday that is part of a name ("Sam Friday", "Sunday Okafor"), or digits inside a code or a clause
 * number ("INV-2026-05-12", "clause 12.1/3").
 */
function notAFixedDate(text: string, index: number, written: string, range: boolean): boolean {
  const before = text.slice(Math.max(0, index - 24), index);
  const after = text.slice(index + written.length, index + written.length + 16);
  if (range || /\b(?:every|each|on an?|for example|for instance|e\.g\.|such as|reads|like)[\s,:]*$/i.test(before)) return true;
  if (/^\s*(?:to|through|till|until|and|[-\u2013])\s+\w+day\b/i.test(after) || /\w+day\s*(?:to|through|till|until|and|[-\u2013])\s*$/i.test(before)) return true;
  if (namedDays.test(`${before.split(/\s+/).at(-2) ?? ''} ${written} ${after.split(/\s+/)[1] ?? ''}`)) return true;
  if (weekdayOnly.test(written) && (/[A-Z][a-z]+\s+$/.test(before) || /^\s+[A-Z][a-z]+/.test(after)) && !/^\s+(?:[0-9]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i.test(after)) return true;
  if (/[\p{L}\d-]$/u.test(before) || /\b(?:clause|clauses|section|sections|paragraph|para|cl|s)\.?\s*$/i.test(before)) return true;
  // Digits with two kinds of separator are a number, not a date ("12.1/3").
  return /^\d/.test(written) && new Set(written.match(/[/.-]/g) ?? []).size > 1;
}

/** The content rules' valid reminder, asking for payment by `when`. */
const reminderAskingPayBy = (when: string) => goodReminder.replace('days overdue.', `days overdue. Please pay by ${when}.`);

export const fixedDate: DocumentRule = {
  meta: {
    id: 'fixed-date',
    name: 'Dates fixed in a template',
    description: 'A calendar date or a weekday written into a template’s own text ("by 31/12/26", "on Friday"), not a date merge field: every letter sent from the template would carry it.',
    why: 'A template is sent for months. A date typed into it is wrong in every letter after that day, and a weekday gives the customer anything from one day to seven; the handbook asks for a specific calendar date for the next step.',
    source: 'handbook, Written reminders and demand letters (a specific calendar date, 7–14 days out); content/fields.yaml (the date fields).',
    severity: 'warning',
    // A date that really is fixed (a rate that changes on 1 April 2027) may stay, with a reason a reviewer reads.
    suppressible: true,
    scope: 'content',
    examples: {
      valid: [{ text: reminderAskingPayBy('{{next_step_date}}') }],
      invalid: [
        { text: reminderAskingPayBy('31/12/26'), note: 'A date typed in: every letter would ask for payment by 31 December 2026.' },
        { text: reminderAskingPayBy('Friday'), note: 'A weekday: from one day to seven, whenever the letter is sent.' },
      ],
    },
  },
  check(context, report) {
    if (!applies(context)) return;
    const dateFields = context.catalog.fields.filter((f) => f.format === 'date').map((f) => f.name);
    const suggested = ['next_step_date', 'reply_by_date'].filter((name) => dateFields.includes(name));
    const subject = context.extras.find((extra) => extra.context === 'subject')?.tree;
    for (const { written, place } of [...(subject ? fixedDates(context.file, subject) : []), ...fixedDates(context.file, context.tree)]) {
      report({
        reason: `“${written}” is a date written into the template: every letter sent from it would carry it`,
        place,
        actual: written,
        expected: [`a date field, such as ${(suggested.length > 0 ? suggested : dateFields.slice(0, 2)).map(asField).join(' or ')}`],
      });
    }
  },
};
