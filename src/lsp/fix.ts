import { location } from 'vfile-location';

/**
 * Safe, unambiguous fixes: a replacement of the flagged text that the
 * validator itself already names as the one thing to write instead. Nothing
 * here rewrites wording whose meaning could change (a threat is never
 * "fixed"). Free of any editor protocol, so the command line's `--fix` can
 * share it: places are the validator's (1-based line and column, columns
 * counted in UTF-16 units, as every report gives them).
 */

export interface Point {
  line: number;
  column: number;
}

/** A message as every report carries it (a VFileMessage or its plain copy). */
export interface FixableMessage {
  ruleId?: string | null | undefined;
  actual?: string | null | undefined;
  expected?: readonly string[] | null | undefined;
  place?: { start: Point; end: Point } | Point | null | undefined;
}

export interface Fix {
  /** What the fix does, for a menu: `Replace {{due_dat}} with {{due_date}}`. */
  title: string;
  start: Point;
  end: Point;
  /** The text that replaces the flagged span. */
  text: string;
  /** The fix the writer almost certainly wants (a misspelt field), rather than one of taste. */
  preferred: boolean;
}

/** Replacement text for a flagged span, by rule; undefined when the message offers no single literal replacement. */
const replacers: Record<string, (flagged: string, actual: string, expected: string) => { text: string; preferred: boolean } | undefined> = {
  // `{{due_dat}}` with one suggestion, `due_date` (a catalogue name): the field, spaced as it was.
  'merge-fields': (flagged, actual, expected) => {
    const field = /^\{\{(\s*)([^{}]*?)(\s*)\}\}$/.exec(flagged);
    if (!field || field[2] !== actual || !/^[a-z0-9_]+$/.test(expected)) return undefined;
    return { text: `{{${field[1]}${expected}${field[3]}}}`, preferred: true };
  },
  // An inconsiderate word with exactly one considerate replacement (retext-equality's list, cased like the original).
  equality: (flagged, actual, expected) => (flagged === actual && !/[\n{}<>]/.test(expected) ? { text: expected, preferred: false } : undefined),
};

/**
 * The fix for a message, if the validator offers exactly one replacement
 * and the flagged span of `text` (the checked text) is still what it flagged.
 */
export function fixFor(message: FixableMessage, text: string): Fix | undefined {
  const replace = replacers[String(message.ruleId)];
  const { actual, expected, place } = message;
  if (!replace || !actual || expected?.length !== 1 || !place || !('start' in place)) return undefined;
  const where = location(text);
  const from = where.toOffset(place.start);
  const to = where.toOffset(place.end);
  if (from === undefined || to === undefined || to <= from) return undefined;
  const flagged = text.slice(from, to);
  const replacement = replace(flagged, actual, expected[0]!);
  if (!replacement || replacement.text === flagged) return undefined;
  return { title: `Replace ${flagged} with ${replacement.text}`, start: place.start, end: place.end, ...replacement };
}
