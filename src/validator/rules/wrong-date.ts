import * as chrono from 'chrono-node';
import type { Text } from 'mdast';
import type { Node } from 'unist';
import { today } from '../../governance/review.ts';
import { dateTexts, datesIn } from '../text/dates.ts';
import type { DocumentContext, DocumentRule, ReportSpec } from '../types.ts';
import { placer } from './content.ts';

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A month's name as dates write it: capitalised ("may" is a verb), its short form with or without a full stop. */
const monthWord = String.raw`((?:J(?:an|AN)|F(?:eb|EB)|M(?:ar|AR)|A(?:pr|PR)|M(?:ay|AY)|J(?:un|UN)|J(?:ul|UL)|A(?:ug|UG)|S(?:ep|EP)|O(?:ct|CT)|N(?:ov|OV)|D(?:ec|EC))(?:\.|[a-zA-Z]*))`;
const year = String.raw`(?:,?\s+(\d{4}))?`;
/**
 * A day's number that some month lacks (29, 30, 31) beside a month's name: "31 November", "the 31st of November 2026",
 * "November 31, 2026". A greater number is no day ("40 May" is a clause and a verb).
 */
const dayThenMonth = new RegExp(String.raw`\b(29|30|31)(?:st|th)?\s+(?:of\s+)?${monthWord}${year}\b`, 'g');
const monthThenDay = new RegExp(String.raw`\b${monthWord}\s+(29|30|31)(?:st|th)?\b${year}`, 'g');
/**
 * A date in digits ("31/04/2027", "31.04.27", "31-04-2027"); not one inside a code or after a word that makes it a
 * reference ("INV-31/13/22", "ref 31.13.22"), nor pairs of digits joined by hyphens, a bank sort code ("20-45-77").
 */
const digitDate = /(?<![\p{L}\d/.-])(\d{1,2})(?:([/.])(\d{1,2})\2(\d{4}|\d{2})|(-)(\d{1,2})-(\d{4}))(?![\d/.-]*\d)/gu;
const reference = /\b(?:ref|reference|no|number|invoice|inv|po|order|account|acct|clause|section|para|paragraph)\.?\s*[:#]?\s*$/i;

/** Days in `month` (1-12) of `year`; February has 29 when the year is not written (it may be a leap year). */
function daysIn(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1 ? 29 : 28;
  return new Date(Date.UTC(2001, month, 0)).getUTCDate();
}

const monthOf = (word: string) => months.findIndex((m) => m.toLowerCase().startsWith(word.toLowerCase().replace(/\.$/, '').slice(0, 3))) + 1;

interface Slip {
  written: string;
  node: Text;
  index: number;
  reason: string;
  expected: string[];
}

/**
 * Days a month does not have, by a day's number beside a month's name or in digits: "31 November", "29 February 2027",
 * "31/04/2027" (either way round: a date in digits is read both as day/month and month/day, and reported only when
 * neither is a date). chrono-node does not read a date that does not exist, so these are found beside it. One pass per
 * text node that may hold a date.
 */
function missingDays(tree: Node): Slip[] {
  const slips: Slip[] = [];
  for (const { node, text } of dateTexts(tree)) {
    for (const [pattern, dayAt, monthAt] of [
      [dayThenMonth, 1, 2],
      [monthThenDay, 2, 1],
    ] as const) {
      for (const found of text.matchAll(pattern)) {
        const day = Number(found[dayAt]);
        const month = monthOf(found[monthAt]!);
        const written = found[3] ? Number(found[3]) : undefined;
        if (month < 1 || day < 1 || day <= daysIn(month, written)) continue;
        const last = daysIn(month, written);
        slips.push({
          written: found[0],
          node,
          index: found.index,
          reason: `“${found[0]}” is not a date: ${months[month - 1]}${written === undefined ? '' : ` ${written}`} has ${last} days`,
          expected: [`a day from 1 to ${last}`],
        });
      }
    }
    for (const found of text.matchAll(digitDate)) {
      if (reference.test(text.slice(Math.max(0, found.index - 16), found.index))) continue;
      const [a, b] = [Number(found[1]), Number(found[3] ?? found[6])];
      const digits = found[4] ?? found[7]!;
      const written = digits.length === 4 ? Number(digits) : 2000 + Number(digits);
      const exists = (day: number, month: number) => month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, written);
      if (exists(a, b) || exists(b, a)) continue;
      slips.push({ written: found[0], node, index: found.index, reason: `“${found[0]}” is not a date, read day first or month first`, expected: ['the date as day, month name and year, such as 30 April 2027'] });
    }
  }
  return slips;
}

/**
 * Weekdays that are not their date's: "Friday 14 March 2027" (a Sunday). A date whose year is not written is right if
 * its weekday is the date's in a year the letter writes elsewhere ("Invoice of 3 October 2025 … by Friday 17 October"),
 * and otherwise read in the year chrono-node takes as meant (the nearest: "Friday 14 March" on 7 December 2026 is 14
 * March 2027); the message says so.
 */
function wrongWeekdays(trees: readonly Node[], day: Date): Slip[] {
  const dates = trees.flatMap((tree) => datesIn(tree, day));
  const lettersYears = new Set(dates.flatMap(({ result }) => (result.end ? [result.start, result.end] : [result.start]).filter((c) => writesYear(c, result.text)).map((c) => c.get('year')!)));
  const weekdayIn = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date)).getUTCDay();
  const slips: Slip[] = [];
  for (const { node, result } of dates) {
    for (const component of result.end ? [result.start, result.end] : [result.start]) {
      if (!component.isCertain('weekday') || !component.isCertain('day') || !component.isCertain('month')) continue;
      const written = result.text.replace(/[\s,;:]+$/, '');
      const [date, month, named] = [component.get('day')!, component.get('month')!, component.get('weekday')!];
      const yearWritten = writesYear(component, written);
      // A year chrono-node read from a time ("Thu 2 Oct, 21:40") is none: the nearest is meant.
      const year = yearWritten ? component.get('year')! : (chrono.en.parseDate(`${date} ${months[month - 1]}`, day)?.getFullYear() ?? component.get('year')!);
      const actual = weekdayIn(year, month, date);
      if (actual === named || (!yearWritten && [...lettersYears].some((y) => weekdayIn(y, month, date) === named))) continue;
      const yearNote = yearWritten ? '' : ` (no year is written: read as ${year}, the nearest)`;
      slips.push({
        written,
        node,
        index: result.index,
        reason: `“${written}” names the wrong weekday: ${date} ${months[month - 1]} ${year} is a ${weekdays[actual]}, not a ${weekdays[named]}${yearNote}`,
        expected: [`${weekdays[actual]} ${date} ${months[month - 1]}`, `the date alone, with its year: ${date} ${months[month - 1]} ${year}`],
      });
    }
  }
  return slips;
}

/** Whether a date's year is written: four digits or an apostrophe's two ("’25"), not a time's hour chrono-node read as one. */
const writesYear = (component: chrono.ParsedComponents, written: string) => component.isCertain('year') && /\b\d{4}\b|['\u2019]\d{2}\b/.test(written);

function check(context: DocumentContext, report: (spec: ReportSpec) => void): void {
  if (context.kind === 'chapter') return;
  const placeOf = placer(context.file);
  const day = today();
  const subject = context.extras.find((extra) => extra.context === 'subject')?.tree;
  const trees = [subject, context.tree ?? context.fallbackTree].filter((tree) => tree !== undefined);
  const at = (slip: Slip) => (slip.node.position?.start.offset ?? 0) + slip.index;
  for (const slip of [...trees.flatMap(missingDays), ...wrongWeekdays(trees, day)].sort((a, b) => at(a) - at(b))) {
    report({ reason: slip.reason, place: placeOf(slip.node, slip.index, slip.written), actual: slip.written, expected: slip.expected });
  }
}

export const wrongDate: DocumentRule = {
  meta: {
    id: 'wrong-date',
    name: 'Dates that cannot be right',
    description: 'A date that does not exist ("31 November", "29/02/2027") or a weekday that is not its date\'s ("Friday 14 December 2026", a Monday), in a letter, a template or a notice.',
    why: 'The customer cannot tell which day is meant: a date to pay by or a notice period that names no real day is open to dispute, and a deadline moved by a slip is a deadline the letter did not give.',
    source: 'handbook, Written reminders and demand letters (a specific calendar date for the next step).',
    severity: 'warning',
    // A quoted document that carries the slip (the customer's own letter) may keep it, with a reason a reviewer reads.
    suppressible: true,
    scope: 'language',
    policyPages: 'none',
    examples: {
      valid: [
        { text: 'Please pay invoice {{invoice_number}} by Monday 14 December 2026.' },
        { text: 'Please pay by 30 November 2027, or call us before then to agree a plan.' },
      ],
      invalid: [
        { text: 'Please pay invoice {{invoice_number}} by Friday 14 December 2026.', note: '14 December 2026 is a Monday: the customer cannot tell which day is meant.' },
        { text: 'Please pay by 31 November 2027.', note: 'November has 30 days.' },
      ],
    },
  },
  check,
};
