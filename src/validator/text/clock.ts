import * as chrono from 'chrono-node';
import type { Token } from './tokens.ts';

/** Words a clock time may be read from around a candidate: "tomorrow morning at 6.45", "11 o'clock at night". */
const before = 3;
const after = 4;
/** Clock times read per document at most: each costs a chrono-node parse of a few words, so a hostile file stays cheap. */
const maxReads = 2000;

/**
 * A token that may start or hold a clock time: digits with a colon or point
 * ("23:07", "6.30"), with am/pm ("7am", "8:55pm") or before them ("10 pm",
 * "6 a.m.", "11 o'clock", "5 in the morning"), or "midnight". A cheap sieve, so chrono-node reads
 * only the few words around one.
 */
function candidate(tokens: readonly Token[], i: number): boolean {
  const text = tokens[i]!.text;
  if (text === 'midnight') return true;
  if (!/^\d{1,2}([:.]\d{2})?(am|pm|a\.m\.?|p\.m\.?)?$/.test(text)) return false;
  if (/[:.a-z]/.test(text)) return true;
  const next = tokens[i + 1]?.text ?? '';
  if (/^(am|pm|a\.m\.?|p\.m\.?|oclock|o'clock)$/.test(next)) return true;
  // "at 5 in the morning", "at 11 at night".
  for (let k = i + 1; k <= i + 3 && k < tokens.length && tokens[k]!.sentence === tokens[i]!.sentence; k++) if (/^(morning|night|evening)$/.test(tokens[k]!.text)) return true;
  return false;
}

/**
 * A time chrono-node read that says which half of the day it is in: am/pm
 * written, a 24-hour time past noon ("23:07"), or the part of the day named
 * ("tomorrow morning at 6.45", "11 o'clock at night", "midnight"). "At 7
 * tomorrow" and "in 2 hours" say no hour of the clock a reader can hold the
 * sender to.
 */
function clockHour(result: chrono.ParsedResult): number | undefined {
  const text = result.text.toLowerCase();
  if (!result.start.isCertain('hour')) return undefined;
  // A 24-hour time counts from 13:00 only: "02:14" is as often minutes and seconds into a recording.
  const written = /\d\s*(a\.?m\.?|p\.?m\.?)(?![a-z])/.test(text) || /\b(1[3-9]|2[0-3])[:.]\d{2}\b/.test(text) || /\b(morning|night|evening|midnight)\b/.test(text);
  if (!written) return undefined;
  return result.start.get('hour')! + (result.start.get('minute') ?? 0) / 60;
}

/**
 * Marks the clock times in `tokens` (one document's): the first token of
 * each gets `hour` (7.5 is 7:30 am; 23.1 is 23:06) and the index key
 * `p:HOUR`, which the pattern language's `[hour<8]` and `[hour>=21]` read.
 * Read by chrono-node's English parser from the words around each candidate
 * (`candidate`), within the sentence; at most `maxReads` per document.
 */
export function markClockTimes(tokens: Token[]): void {
  let reads = 0;
  for (let i = 0; i < tokens.length && reads < maxReads; i++) {
    if (!candidate(tokens, i)) continue;
    reads++;
    const sentence = tokens[i]!.sentence;
    let from = i;
    while (from > 0 && i - from < before && tokens[from - 1]!.sentence === sentence) from--;
    let to = i + 1;
    while (to < tokens.length && to - i <= after && tokens[to]!.sentence === sentence) to++;
    // The words joined by spaces, each token's offset kept, so a result is placed on the token it starts at or covers.
    const offsets: number[] = [];
    let text = '';
    for (let k = from; k < to; k++) {
      offsets.push(text.length);
      text += `${tokens[k]!.raw} `;
    }
    const at = offsets[i - from]!;
    for (const result of chrono.en.parse(text)) {
      const end = result.index + result.text.length;
      if (end <= at || result.index > at + tokens[i]!.raw.length) continue;
      const hour = clockHour(result);
      if (hour === undefined) continue;
      const token = tokens[i]!;
      if (token.hour === undefined) token.keys.push('p:HOUR');
      token.hour = hour;
      break;
    }
  }
}
