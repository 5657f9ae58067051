import type * as chrono from 'chrono-node';
import type { Text } from 'mdast';
import type { Node } from 'unist';
import { today } from '../../governance/review.ts';
import { dateTexts, datesIn } from '../text/dates.ts';
import type { DocumentContext, DocumentRule, ReportSpec } from '../types.ts';
import { placer } from './content.ts';

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/**
 * A month's name as dates write it, whole or short, with or without a full stop ("Sept.", "nov"); "may" and "march" in
 * lower case are verbs, and a longer word is no month ("Junction", "Novice").
 */
const monthWord = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)(?![\p{L}])`;
const year = String.raw`(?:,?\s+(\d{4}))?`;
/**
 * A day's number that some month lacks (29, 30, 31) beside a month's name: "31 November", "the 31st of November 2026",
 * "November 31, 2026". A greater number is no day ("40 May" is a clause and a verb).
 */
const dayThenMonth = new RegExp(String.raw`\b(29|30|31)(?:st|th)?\s+(?:of\s+)?${monthWord}${year}`, 'giu');
const monthThenDay = new RegExp(String.raw`\b${monthWord}\s+(29|30|31)(?:st|th)?\b${year}`, 'giu');
/**
 * A date in digits: day and month either way round with a four-digit year ("31/04/2027", "31.04.2027", "31-04-2027"), or
 * a two-digit year after slashes ("31/04/27"), or the ISO form ("2027-02-30"). Not one inside a code or a longer run of
 * numbers ("INV-31/13/22", "2.31.40.1"), nor one after a word that makes it a reference (`reference`).
 */
const digitDate = /(?<![\p{L}\d/.-])(?:(\d{1,2})([/.-])(\d{1,2})\2(\d{4})|(\d{1,2})\/(\d{1,2})\/(\d{2})|(\d{4})-(\d{2})-(\d{2}))(?![\d/.-]*\d)/gu;
const reference = /\b(?:ref|reference|no|nos|number|numbers|invoice|invoices|inv|po|order|orders|account|acct|clause|section|para|paragraph|case|part|version|job|code|sort code)\.?\s*[:#]?\s*$/i;

/** Days in `month` (1-12) of `year`; February has 29 when the year is not written (it may be a leap year). */
function daysIn(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1 ? 29 : 28;
  return new Date(Date.UTC(2001, month, 0)).getUTCDate();
}

const monthOf = (word: string) => months.findIndex((m) => m.toLowerCase().startsWith(word.toLowerCase().replace(/\.$/, '').slice(0, 3))) + 1;
/** A month's name that is a verb in lower case: "40 may be charged", "31 march on". */
const verbMonths = new Set(['may', 'march', 'mar']);

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
  const slip = (node: Text, index: number, written: string, reason: string, expected: string[]) => slips.push({ written, node, index, reason, expected });
  for (const { node, text } of dateTexts(tree)) {
    for (const [pattern, dayAt, monthAt] of [
      [dayThenMonth, 1, 2],
      [monthThenDay, 2, 1],
    ] as const) {
      for (const found of text.matchAll(pattern)) {
        if (verbMonths.has(found[monthAt]!)) continue;
        const [day, month] = [Number(found[dayAt]), monthOf(found[monthAt]!)];
        const written = found[3] ? Number(found[3]) : undefined;
        const last = daysIn(month, written);
        if (day <= last) continue;
        slip(node, found.index, found[0], `“${found[0]}” is not a date: ${months[month - 1]}${written === undefined ? '' : ` ${written}`} has ${last} days`, [`a day from 1 to ${last}`]);
      }
    }
    for (const found of text.matchAll(digitDate)) {
      if (reference.test(text.slice(Math.max(0, found.index - 16), found.index))) continue;
      // Day and month, either way round for the day-first and month-first orders; the ISO form is year, month, day.
      const [a, b, digits] = found[1] ? [found[1], found[3]!, found[4]!] : found[5] ? [found[5], found[6]!, found[7]!] : [found[10]!, found[9]!, found[8]!];
      const yearWritten = digits.length === 4 ? Number(digits) : 2000 + Number(digits);
      const readings = (found[8] ? [[Number(a), Number(b)]] : [[Number(a), Number(b)], [Number(b), Number(a)]]).filter(([, month]) => month! >= 1 && month! <= 12);
      // Numbers that are no month either way round are no date ("31/13/22" is a reference); one a date either way is fine.
      if (readings.length === 0 || readings.some(([day, month]) => day! >= 1 && day! <= daysIn(month!, yearWritten))) continue;
      const [, month] = readings[0]!;
      slip(node, found.index, found[0], `“${found[0]}” is not a date: ${months[month! - 1]} ${yearWritten} has ${daysIn(month!, yearWritten)} days`, [`a day from 1 to ${daysIn(month!, yearWritten)}, or the date as day, month name and year`]);
    }
  }
  return slips;
}

/**
 * Weekdays that are not their date's: "Friday 14 December 2026" (a Monday). A date in digits is read both day first and
 * month first ("Monday 07/12/2026" is 7 December). A date whose year is not written is right if its weekday is the date's
 * in a year the letter writes elsewhere ("Invoice of 3 October 2025 … by Friday 17 October"), or at its last or next
 * occurrence (a delivery "on Monday 1 June" is past, a deadline "by Friday 14 March" to come); otherwise it is read at the
 * nearer of the two, and the message says so.
 */
function wrongWeekdays(trees: readonly Node[], day: Date): Slip[] {
  const dates = trees.flatMap((tree) => datesIn(tree, day));
  const lettersYears = new Set(dates.flatMap(({ result }) => (result.end ? [result.start, result.end] : [result.start]).filter((c) => writesYear(c, result.text)).map((c) => c.get('year')!)));
  const weekdayIn = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date)).getUTCDay();
  const slips: Slip[] = [];
  for (const { node, result } of dates) {
    for (const component of result.end ? [result.start, result.end] : [result.start]) {
      if (!component.isCertain('weekday') || !component.isCertain('day') || !component.isCertain('month')) continue;
      // The date as written, without the preposition chrono-node takes in ("on Monday 1 June").
      const lead = /^(?:on|by|before|from|until|till)\s+/i.exec(result.text)?.[0].length ?? 0;
      const written = result.text.slice(lead).replace(/[\s,;:]+$/, '');
      const [date, month, named] = [component.get('day')!, component.get('month')!, component.get('weekday')!];
      const yearWritten = writesYear(component, written);
      // Digits may be month first as chrono-node reads them, or day first.
      const readings = /\d[/.-]\d/.test(written) ? [[date, month], [month, date]] : [[date, month]];
      const matches = (year: number) => readings.some(([d, m]) => m! <= 12 && weekdayIn(year, m!, d!) === named);
      if (yearWritten ? matches(component.get('year')!) : [...lettersYears, ...adjacentYears(day, month, date)].some(matches)) continue;
      const year = yearWritten ? component.get('year')! : nearestYear(day, month, date);
      const actual = weekdayIn(year, month, date);
      const yearNote = yearWritten ? '' : ` (no year is written: read as ${year}, the nearest)`;
      slips.push({
        written,
        node,
        index: result.index + lead,
        reason: `“${written}” names the wrong weekday: ${date} ${months[month - 1]} ${year} is a ${weekdays[actual]}, not a ${weekdays[named]}${yearNote}`,
        expected: [`${weekdays[actual]} ${date} ${months[month - 1]}`, `the date alone, with its year: ${date} ${months[month - 1]} ${year}`],
      });
    }
  }
  return slips;
}

/**
 * A request to act by a date, right before it in its sentence: "please pay by", "payment must reach us before", "reply no later
 * than", "please pay invoice INV-2041 for £4,200.00 by" (a point inside an amount, or after "No" before a number, ends no
 * sentence).
 */
const actBy = /\b(?:pay|payment|settle|clear|reply|respond|contact us|call us|call me|received|reach us|paid|settled|cleared)\b(?:[^.!?\n]|\.(?=\d)|(?<=\bno)\.(?=\s\d)){0,60}?\b(?:by|before|no later than|on or before)\s+$/i;
/** Where the last sentence before `text`'s end ended (-1: none): a line break or a full stop and a space, not one of an abbreviation ("Invoice No. 4471", "Ref. 22", "e.g. 3 May"). */
function lastSentenceEnd(text: string): number {
  let end = text.lastIndexOf('\n');
  for (const stop of text.matchAll(/\.\s/g)) if (stop.index > end && !/\b(?:no|nos|ref|inv|acc|e\.g|i\.e|approx|tel)$/i.test(text.slice(0, stop.index))) end = stop.index;
  return end;
}

/** A deadline reported, not set: "it was due by", "you promised to pay by", "we agreed you would pay by". */
const reported = /\b(?:was|were|had|promised|said|agreed|told|wrote|asked|expected|would|should have)\b[^.!?\n]*$/i;
/** A payment that came, not one asked for: "we received your payment of £4,200.00 before", "your payment reached us by" (not "must have reached us by"). */
const came = /\b(?:we|you|they|it)\s+(?:received|paid|settled|cleared)\b|(?<!\b(?:have|has|had|must|to)\s)\breached us\b|\barrived\b/i;

/**
 * Deadlines already past: a date with its year written that the letter asks the customer to act by ("Please pay by 1
 * December 2026", checked on 7 December), not a deadline the letter reports ("the invoice was due by 1 November 2026").
 */
function pastDeadlines(trees: readonly Node[], day: Date): Slip[] {
  const slips: Slip[] = [];
  for (const { node, text, result } of trees.flatMap((tree) => datesIn(tree, day))) {
    const { start } = result;
    if (!start.isCertain('day') || !start.isCertain('month') || !writesYear(start, result.text)) continue;
    // A date in digits may be day first ("04.12.2026" is 4 December where chrono-node reads 12 April): past either way round.
    const [date, month, year] = [start.get('day')!, start.get('month')!, start.get('year')!];
    const readings = /\d[/.-]\d/.test(result.text) && date <= 12 ? [[date, month], [month, date]] : [[date, month]];
    if (readings.some(([d, m]) => Date.UTC(year, m! - 1, d!) >= day.getTime())) continue;
    const lead = /^(?:on|by|before)\s+/i.exec(result.text)?.[0] ?? '';
    const before = text.slice(Math.max(0, result.index - 80), result.index) + lead;
    const sentence = before.slice(lastSentenceEnd(before) + 1);
    const asked = actBy.exec(sentence);
    if (!asked || reported.test(sentence.slice(0, asked.index)) || came.test(sentence.slice(0, asked.index) + asked[0])) continue;
    const written = result.text.slice(lead.length).replace(/[\s,;:]+$/, '');
    const dayName = `${day.getUTCDate()} ${months[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
    slips.push({ written, node, index: result.index + lead.length, reason: `“${written}” has already passed (today is ${dayName}): the customer is asked to act by a day that is gone`, expected: ['a date still to come, 7 to 14 days from the day the letter is sent'] });
  }
  return slips;
}

/** The years of a day and month's last occurrence on or before `day` and its next one after. */
function adjacentYears(day: Date, month: number, date: number): number[] {
  const thisYear = day.getUTCFullYear();
  const passed = Date.UTC(thisYear, month - 1, date) <= day.getTime();
  return passed ? [thisYear, thisYear + 1] : [thisYear - 1, thisYear];
}

/** Of the two occurrences (`adjacentYears`), the year of the one nearer `day`. */
function nearestYear(day: Date, month: number, date: number): number {
  const [before, after] = adjacentYears(day, month, date) as [number, number];
  return day.getTime() - Date.UTC(before, month - 1, date) <= Date.UTC(after, month - 1, date) - day.getTime() ? before : after;
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
  for (const slip of [...trees.flatMap(missingDays), ...wrongWeekdays(trees, day), ...pastDeadlines(trees, day)].sort((a, b) => at(a) - at(b))) {
    report({ reason: slip.reason, place: placeOf(slip.node, slip.index, slip.written), actual: slip.written, expected: slip.expected });
  }
}

export const wrongDate: DocumentRule = {
  meta: {
    id: 'wrong-date',
    name: 'Dates that cannot be right',
    description: 'A date that does not exist ("31 November", "29/02/2027"), a weekday that is not its date\'s ("Friday 14 December 2026", a Monday), or a date already past that the letter asks the customer to act by ("please pay by" yesterday), in a letter, a template or a notice.',
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
