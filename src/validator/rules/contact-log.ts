import { customerSpeaker } from '../text/tokens.ts';
import type { DocumentRule } from '../types.ts';

/**
 * A line that opens with the time of a contact, as call logs and message threads are written: "Mon 08:31 main line, no
 * answer", "14:30 Just bumping this up for you", "[09:15] voicemail". Its day, where the line names one ("Mon", "Tue
 * 3/5", "12/03"), is the first group. Read from the first characters of the line only.
 */
const loggedAt = /^[ \t>*_|[-]*((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?[ \t]+)?|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?,?[ \t]+)?\[?([01]?\d|2[0-3])[:.]([0-5]\d)(?:[ \t]*([ap])\.?m\.?)?\b/i;
const lineLimit = 64;
/** A further entry on the same line, after a bar, semicolon or bullet. */
const laterEntry = /[|;•·][ \t]*\[?([01]?\d|2[0-3])[:.]([0-5]\d)(?:[ \t]*([ap])\.?m\.?)?\b/gi;

/** Minutes after midnight of a logged time: its hour, minutes and "a" or "p" when written on the 12-hour clock. */
function minutesOf(hour: string, minutes: string, half: string | undefined): number {
  const h = Number(hour) % (half ? 12 : 24) + (half?.toLowerCase() === 'p' ? 12 : 0);
  return h * 60 + Number(minutes);
}

/**
 * Entries logged within this many minutes of the first of them are one contact: a message sent in parts, as chat
 * threads are written ("[14:06] … [14:07] … [14:08] …"), not a message every four minutes.
 */
const burstMinutes = 3;

/** An entry with nothing after its time but marks: a time heading the message below it, or a bare attempt ("10:11 |"). */
const bareEntry = /^[\s\]\-–—:|*_]*$/;

/** An entry that records a call or a message sent: with a bare one, each is an attempt of its own. */
const loggedAttempt = /\b(?:call|called|calling|rang|ring|ringing|phoned|phoning|dialled|dialed|no answer|unanswered|voicemail|engaged|busy|hung up|missed|texted|texting|text sent|sms sent|whatsapp(?:ed)?|messaged|emailed|email sent)\b/i;

/** The customer named as the speaker after the time: "10:04 Customer: …", "10:04 – Them: …", "[10:04] Client (Sam): …". */
const customerLabel = new RegExp(String.raw`^[ \t\]\-–—:|*_]*` + customerSpeaker, 'i');

/**
 * A logged contact that came from the customer, that it asked for, or that records a conversation with it ("after our call
 * just now, here's what we agreed"): it ends a run as a reply does.
 */
const fromCustomer = /\b(?:inbound|incoming|received|replied|reply from|response from|answered|called back|rang back|returned (?:our|my) call|(?:they|customer|client|he|she) (?:called|rang|phoned|emailed|wrote|replied|texted|asked)|requested|spoke (?:to|with)|we spoke|(?:our|the) (?:call|conversation|chat) (?:just now|earlier|today|this morning|this afternoon)|(?:we|you) (?:agreed|discussed))\b/i;

/** A day as an entry or a heading names it, to tell two days apart: a weekday by its first three letters, a date in digits whole. */
function dayKey(named: string): string {
  const key = named.trim().toLowerCase().replace(/[.,]/g, '');
  return /^\d/.test(key) ? key : key.slice(0, 3);
}

/** Unanswered contacts in one day from which a log reads as hounding: the handbook allows one call attempt a day. */
const perDayLimit = 4;
/**
 * An entry that records a call attempt made, of which the handbook allows one per account per day: below the hounding limit,
 * a warning. Made, not planned ("will call Thursday", "call booked" are none).
 */
const callAttempt = /\b(?:called|rang|phoned|dialled|dialed|no answer|no pick-?up|unanswered|voicemail|lvm|left (?:a )?message|engaged|hung up|tried (?:again|him|her|them|the|main|mobile|his|their))\b/i;
/** A line that names a day and holds no entry: a heading for the entries under it ("Monday 3 March", "Tue 4/3"). */
const dayHeading = /^[ \t>*_#|[-]*((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)(?![:.]?\d{2}\b)[^0-9:]{0,24}?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?)?[ \t*_]*$/i;

/**
 * A log of the sender's own contacts, many on one day with no reply from the customer between them: eight texts by
 * teatime, a call every hour. Whatever each message says, their number is the harassment (the handbook's collection
 * calls: one call attempt per account per day, never more than seven in seven days). The customer's own lines
 * ("14:02 Customer: …", read as theirs) and contacts it made or asked for ("INBOUND call", "called back as
 * requested") end a run: replies in a conversation are no hounding. Messages within three minutes of the first of them
 * are one message sent in parts; a call attempt, or a message after an unanswered question, always counts. One pass over
 * the lines.
 */
export const contactLog: DocumentRule = {
  meta: {
    id: 'contact-log',
    name: 'Contacts logged too often in one day',
    description: `A call log or message thread in which the sender contacts the customer ${perDayLimit} times or more on one day with no reply between (an error), or makes two or three call attempts (a warning: the handbook allows one a day).`,
    why: 'Repeated calls and messages in one day are harassment whatever each one says; the number is the pressure.',
    source: 'Handbook, Collection calls (one call attempt per account per day, never more than 7 in 7 days) and Worst practices we never use.',
    severity: 'error',
    suppressible: false,
    scope: 'language',
    examples: {
      valid: [
        { text: 'Mon 09:05 called main line, no answer\n\nMon 09:07 emailed statement\n\nWed 10:30 called, spoke to AP, payment promised Friday' },
        {
          text: '10:01 Hi Sam, is invoice 4419 on this week’s run?\n\n10:04 Customer: Yes, going Thursday.\n\n10:05 Great, thanks!\n\n10:06 Customer: No worries.\n\n10:08 Talk then.',
          note: 'A conversation: the customer’s replies end each run.',
        },
        {
          text: 'Fri 16:10\nHi Sam, invoice 4419 was due on 31 October.\n\nFri 16:12\nStatement attached.\n\nFri 18:30\nAfter our call just now, here is what we agreed: £500 by 28 November.\n\nFri 19:02\nThanks, see you then.',
          note: 'A call recorded under its time: a conversation with the customer ends the run.',
        },
        {
          text: '[14:06] Lee, Martin at Harcourt. Agreement 0087734: two instalments unpaid, £4,290.00.\n\n[14:07] The agreement ended yesterday under clause 11.\n\n[14:09] Can our agents collect the unit on Thursday at 10:00?\n\n[14:10] Or ring me on 07700 900588 to talk about the balance.',
          note: 'One message sent in parts a minute or two apart: not four contacts.',
        },
      ],
      invalid: [
        {
          text: '08:02 Morning, just checking on invoice 4419?\n\n08:47 Hi again, did you see my message?\n\n09:30 Any update on 4419?\n\n10:15 Trying you again!',
          note: 'Four unanswered messages in one morning.',
        },
        {
          text: '14:00 Pay invoice 4419 today.\n\n14:08 Hello??\n\n14:16 Still waiting.\n\n14:24 Answer your phone.',
          note: 'Four messages eight minutes apart: more than one message sent in parts.',
        },
      ],
    },
  },
  check(context, report) {
    if (context.kind === 'chapter') return;
    const source = String(context.file.value);
    const tokens = context.words.tokens;
    // Lines holding the customer's own words (drafts read "Customer: …" turns as theirs): one pass over the tokens.
    const customerLines = new Set<number>();
    for (const token of tokens) if (token.mention && token.first.position) customerLines.add(token.first.position.start.line);
    // Runs of the sender's logged contacts: a day named anew, or a line of the customer's, ends one.
    const runs: { line: number; offset: number; firstEnd: number; lastLine: number; lastEnd: number; lastColumn: number; count: number; calls: number; burstFrom: number; asked: boolean }[] = [];
    let run: (typeof runs)[number] | undefined;
    let day = '';
    let line = 1;
    for (let start = 0; start <= source.length; line++) {
      const end = source.indexOf('\n', start);
      const stop = end < 0 ? source.length : end;
      const head = source.slice(start, Math.min(stop, start + lineLimit));
      const logged = loggedAt.exec(head);
      const heading = logged ? undefined : dayHeading.exec(head);
      if (heading) {
        // A day named on a line of its own begins that day's entries.
        run = undefined;
        day = dayKey(heading[1]!);
      }
      if (logged) {
        const named = logged[1] ? dayKey(logged[1]) : '';
        if (named !== '' && named !== day) run = undefined;
        if (named) day = named;
        // The entries of the line: its own, and any more it lists after a bar or semicolon ("10:02 no answer | 10:05 …").
        const text = source.slice(start, stop);
        const later = Array.from(text.matchAll(laterEntry));
        const starts = [logged[0].length, ...later.map((entry) => entry.index + entry[0].length)];
        const times = [minutesOf(logged[2]!, logged[3]!, logged[4]), ...later.map((entry) => minutesOf(entry[1]!, entry[2]!, entry[3]))];
        starts.forEach((from, k) => {
          let entry = text.slice(from, k < later.length ? later[k]!.index : Math.min(text.length, from + 4 * lineLimit));
          // A time on a line of its own heads the message under it, up to the next blank line: "Fri 18:30 | OK. After our
          // call just now, here's what we agreed".
          if (starts.length === 1 && bareEntry.test(entry) && end >= 0) {
            const body = source.slice(end + 1, end + 1 + 4 * lineLimit);
            entry = body.slice(0, body.search(/\n[ \t]*\n|$/));
          }
          if ((k === 0 && customerLines.has(line)) || customerLabel.test(entry) || fromCustomer.test(entry)) {
            run = undefined;
            return;
          }
          const at = times[k]!;
          if (!run) runs.push((run = { line, offset: start, firstEnd: stop, lastLine: line, lastEnd: stop, lastColumn: 1, count: 0, calls: 0, burstFrom: -Infinity, asked: false }));
          if (callAttempt.test(entry)) run.calls++;
          // A call attempt counts on its own however soon it follows ("10:11 | 10:14 | 10:16 | 10:20 no answer"), and so does a
          // message after a question left unanswered ("Hi Sam, invoice 4419?" … "Hello?").
          if (bareEntry.test(entry) || loggedAttempt.test(entry) || run.asked || at < run.burstFrom || at - run.burstFrom > burstMinutes) {
            run.count++;
            run.burstFrom = at;
          }
          run.asked = /\?[\s"'”’)*_]*$/.test(entry);
          [run.lastLine, run.lastEnd, run.lastColumn] = [line, stop, stop - start + 1];
        });
      }
      if (end < 0) break;
      start = end + 1;
    }
    const expected = ['One call attempt a day at most, spaced over the week; after a voicemail, a short email, then wait for a reply.'];
    for (const { line: first, offset, firstEnd, lastLine, lastEnd, lastColumn, count, calls } of runs) {
      const place = { start: { line: first, column: 1, offset }, end: { line: lastLine, column: lastColumn, offset: lastEnd } };
      if (count >= perDayLimit) {
        report({ reason: `${count} contacts logged on one day with no reply from the customer between them (lines ${first}–${lastLine}); the handbook allows one call attempt a day`, place, actual: source.slice(offset, firstEnd), expected });
      } else if (calls >= 2) {
        // Fewer than read as hounding, more than the handbook allows: the policy's limit, as a warning.
        report({ reason: `${calls} call attempts logged on one day with no reply between them (lines ${first}–${lastLine}); the handbook allows one call attempt per account per day`, place, actual: source.slice(offset, firstEnd), expected, severity: 'warning' });
      }
    }
  },
};
