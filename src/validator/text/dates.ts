import * as chrono from 'chrono-node';
import type { Text } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

/** chrono-node's regular expressions are run over pieces of at most this many characters, so a long paragraph costs linear time. */
const pieceLength = 2000;

/**
 * Whether `text` states a date or a period a reader can act on: a calendar
 * date, a weekday, "within eight days", "in the next 8 days", "by the end of
 * this month", "within 24 hours" (read by chrono-node's English parsers).
 * A bare month ("the March invoice") or "now" is not one. Working and
 * business days count as days.
 */
export function statesDate(text: string): boolean {
  const plain = text.replace(/\b(working|business|calendar|clear) (days?)\b/gi, '$2');
  for (let from = 0; from < plain.length; ) {
    let to = Math.min(plain.length, from + pieceLength);
    // End the piece at a space, so no date is cut in two (a piece with none is cut where it is).
    if (to < plain.length) {
      const space = plain.lastIndexOf(' ', to);
      if (space > from + pieceLength / 2) to = space;
    }
    for (const result of chrono.en.parse(plain.slice(from, to))) {
      if (/^(right )?now$/i.test(result.text.trim())) continue;
      if (namesDay(result)) return true;
    }
    from = to;
  }
  return false;
}

/**
 * Whether a parsed result names a day. chrono-node reads "from 3 June" as three o'clock in June (a time range's "from 3",
 * where the number is a day's), though "3 June" alone is the 3rd: a result that knows its month and hour but not its
 * day is read again without its first word. The text read again is the result's own, a few words.
 */
function namesDay(result: chrono.ParsedResult): boolean {
  if (result.start.isCertain('day') || result.start.isCertain('weekday')) return true;
  if (!result.start.isCertain('month') || !result.start.isCertain('hour')) return false;
  const rest = result.text.replace(/^\S+\s+/, '');
  return rest !== result.text && chrono.en.parse(rest).some((again) => again.start.isCertain('day'));
}

/** Characters of a document's text read for dates at most: a letter is a few thousand; a hostile file stays cheap. */
const dateReadLimit = 50_000;
/** Text that may hold a calendar date: a month's name, a weekday's, or a date in digits. Only such text is given to chrono-node. */
const maybeDate = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/i;

/** One date chrono-node read: its text node, the part of the node's text it was read from, and the result. */
export interface ReadDate {
  node: Text;
  /** The node's text as read (at most the budget left). */
  text: string;
  result: chrono.ParsedResult;
}

/**
 * Each text node that may hold a date (`maybeDate`), with the part of its text within the budget, in document order.
 * Walked once per tree: the date rules read it both through chrono-node (`datesIn`) and for days no month has.
 */
export function dateTexts(tree: Node): readonly { node: Text; text: string }[] {
  const cached = walked.get(tree);
  if (cached) return cached;
  const texts: { node: Text; text: string }[] = [];
  let budget = dateReadLimit;
  visit(tree, 'text', (node: Text) => {
    if (budget <= 0 || !maybeDate.test(node.value)) return;
    const text = node.value.slice(0, budget);
    budget -= text.length;
    texts.push({ node, text });
  });
  walked.set(tree, texts);
  return texts;
}
const walked = new WeakMap<Node, { node: Text; text: string }[]>();

/**
 * The dates chrono-node reads in `tree`'s text (`dateTexts`), a year left out read as the one nearest `reference`
 * (chrono-node's own choice: "Friday 14 March" on 7 December 2026 is 14 March 2027). Parsed once per tree and reference
 * day: the template rules and the wording rules share it.
 */
export function datesIn(tree: Node, reference: Date): readonly ReadDate[] {
  const cached = parsed.get(tree);
  if (cached && cached.reference === reference.getTime()) return cached.dates;
  const dates: ReadDate[] = [];
  for (const { node, text } of dateTexts(tree)) for (const result of chrono.en.parse(text, reference)) dates.push({ node, text, result });
  parsed.set(tree, { reference: reference.getTime(), dates });
  return dates;
}
const parsed = new WeakMap<Node, { reference: number; dates: ReadDate[] }>();
