import * as chrono from 'chrono-node';

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

