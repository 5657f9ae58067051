import leven from 'leven';
import { location } from 'vfile-location';
import { asField, nameOf } from '../document/merge-field-slips.ts';
import { reportControls } from '../model/index.ts';
import { lastAtOrBefore } from './text/sorted.ts';
import { casedWord, casingOf, documentCasing, type DocumentCasing } from './text/casing.ts';
import { functionWords } from './text/word-classes.ts';

/**
 * Safe, unambiguous fixes: the one module that says how a message is fixed,
 * shared by the language server's quick fixes, `--fix`, `--fix-dry-run` and
 * the JSON and SARIF reports. A fix replaces the flagged text with what the
 * validator itself names as the thing to write, or with the same words
 * written differently:
 *
 * - a misspelt merge field with one suggestion: `{{due_dat}}` → `{{due_date}}`,
 *   and one with its braces typed wrong: `{{due_date}` → `{{due_date}}`;
 * - an inconsiderate word with a single considerate replacement (equality),
 *   as a suggestion only (see `Fix.preferred`);
 * - a sentence in capitals in sentence case, codes (INV-2041), acronyms
 *   (UK, VAT) and merge fields kept as written (shouting);
 * - a run of exclamation marks → a full stop, a run with a question mark → `?`
 *   (shouting).
 *
 * Nothing here rewrites wording whose meaning could change: a threat, a tone
 * or an escalation message is never "fixed". Free of any editor protocol and
 * of the file system. Places are the validator's (1-based line and column,
 * columns in UTF-16 units, as every report gives them); `range` is the same
 * span as offsets (UTF-16 code units) into the checked text, which is the
 * file's text after any byte-order mark.
 */

export interface Point {
  line: number;
  column: number;
}

/** A message as every report carries it (a VFileMessage or its plain copy). */
export interface FixableMessage {
  ruleId?: string | null | undefined;
  /** An error (true), a warning (false) or information (null or absent). */
  fatal?: boolean | null | undefined;
  actual?: string | null | undefined;
  expected?: readonly string[] | null | undefined;
  place?: { start: Point; end: Point } | Point | null | undefined;
}

export interface Fix {
  ruleId: string;
  /** What the fix does, for a menu or a report: `Replace {{due_dat}} with {{due_date}}`. */
  title: string;
  start: Point;
  end: Point;
  /** The flagged span as offsets into the checked text: [start, end). */
  range: [number, number];
  /** The text that replaces the flagged span. */
  text: string;
  /**
   * Safe to apply unasked (a misspelt field, shouting): `--fix` applies it and
   * the JSON report gives it as ESLint's `fix`. Otherwise it is a suggestion
   * only, offered to the writer: a considerate word may name someone else
   * ("mother" → "parent") or misread the sense ("pop the cheque in the post").
   */
  preferred: boolean;
}

/** Text a fix may not touch: markup whose words are not prose (links, HTML, JSX, code, URLs, addresses). */
const notProse = /[<>[\]`\\|=]|:\/\/|www\.|@|mailto:|[\w-]\.[a-z]{2,}\//i;

/** Whether a span at `from` of `text` opens a sentence, so its first word keeps a capital. */
function opensSentence(text: string, from: number): boolean {
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  const lead = /^[ \t]*((?:#{1,6}|>|[-*+]|\d+[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?(?:<[^<>]*>[ \t]*)*[*_"“‘'([]*$/.exec(text.slice(lineStart, from));
  if (lead) {
    // The first words of a heading, list item or quotation line; or of a line of their own (after a tag or a task box
    // too), unless the line before runs on into it: it ends in a word, not in a break, a tag, a component or a comma.
    if (lead[1]) return true;
    const before = text.slice(Math.max(0, lineStart - 200), lineStart).replace(/\s+$/, '');
    if (before === '' || !/[\p{L}\p{N}]$/u.test(before)) return true;
  }
  let i = from - 1;
  while (i >= 0 && /[\s*_"“‘'([]/.test(text[i]!)) i--;
  // After a sentence end, or at the start of a table cell.
  return i < 0 || /[.!?:|]/.test(text[i]!);
}

/** A word, code or field of a span, with where it is and whether punctuation separates it from the one before. */
interface Piece {
  text: string;
  from: number;
  kind: 'word' | 'code' | 'field';
  /** Punctuation between it and the piece before: a comma, a sentence end, a bracket. */
  broken: boolean;
  /** It ends a sentence ("NOW."): the next word opens one. */
  ends: boolean;
}

function piecesOf(span: string): Piece[] {
  const pieces: Piece[] = [];
  let brokenNext = true;
  for (const chunk of span.matchAll(/\{\{[^{}]*\}\}|[^\s{]+|\{/g)) {
    const text = chunk[0];
    const ends = /[.!?]["”’)]*$/.test(text);
    // Codes and references (INV-2041, PO77120, U.S.) are kept whole, as the rule does not count them; a number joined
    // to words by a hyphen ("30-DAY", "2-WEEK") is a number and words.
    if (/^\d+(?:-\p{L}+)+[.,;:!?)]*$/u.test(text)) {
      const number = /^\d+/.exec(text)![0];
      pieces.push({ text: number, from: chunk.index, kind: 'code', broken: brokenNext, ends: false });
      for (const word of text.slice(number.length).matchAll(casedWord)) pieces.push({ text: word[0], from: chunk.index + number.length + word.index, kind: 'word', broken: false, ends: false });
      pieces[pieces.length - 1]!.ends = ends;
    } else if (text.startsWith('{{') || /\d/.test(text) || /^(?:\p{L}\.){2,}/u.test(text)) {
      pieces.push({ text, from: chunk.index, kind: text.startsWith('{{') ? 'field' : 'code', broken: brokenNext, ends });
    } else {
      let first = true;
      for (const word of text.matchAll(casedWord)) {
        pieces.push({ text: word[0], from: chunk.index + word.index, kind: 'word', broken: brokenNext || (first && /[^\p{L}*_"“‘'(]/u.test(text.slice(0, word.index))), ends: false });
        first = false;
      }
      if (pieces.length > 0 && pieces[pieces.length - 1]!.from >= chunk.index) pieces[pieces.length - 1]!.ends = ends;
    }
    brokenNext = /[^\p{L}\p{N}*_"”’')]$/u.test(text) || ends;
  }
  return pieces;
}

/**
 * A span in capitals in sentence case, or undefined when it holds anything
 * but words, codes, fields and punctuation, or a word whose casing cannot be
 * told (`casingOf`: a word that may be a name or not is left for the
 * writer), or a name next to a common word, which may be part of it ("THE
 * NEW YORK OFFICE", "JONES PLUMBING"). `document` is how the rest of the text
 * writes its words (`documentCasing`).
 */
export function sentenceCase(span: string, opens: boolean, document: DocumentCasing): string | undefined {
  if (span.split(/\{\{[^{}]*\}\}/).some((part) => notProse.test(part))) return undefined;
  const pieces = piecesOf(span);
  const casings = pieces.map((piece, i) => {
    if (piece.kind !== 'word' || piece.text !== piece.text.toUpperCase() || piece.text === piece.text.toLowerCase()) return null;
    const previous = i > 0 && !piece.broken ? pieces[i - 1]!.text : '';
    const next = i + 1 < pieces.length && !pieces[i + 1]!.broken ? pieces[i + 1]!.text : '';
    return casingOf(piece.text, document, previous, next);
  });
  if (casings.some((casing) => casing === undefined)) return undefined;
  const common = (i: number) => casings[i]?.kind === 'lower' && !functionWords.has(pieces[i]!.text.toLowerCase());
  for (let i = 0; i < pieces.length; i++) {
    if (casings[i]?.kind !== 'name') continue;
    if ((!pieces[i]!.broken && i > 0 && common(i - 1)) || (i + 1 < pieces.length && !pieces[i + 1]!.broken && common(i + 1))) return undefined;
  }
  let out = '';
  let at = 0;
  let first = opens;
  pieces.forEach((piece, i) => {
    const casing = casings[i];
    let text = piece.text;
    if (casing) text = casing.kind === 'keep' ? text : casing.kind === 'name' ? casing.written : text.toLowerCase();
    if (first && piece.kind === 'word') text = text.charAt(0).toUpperCase() + text.slice(1);
    first = piece.ends;
    out += span.slice(at, piece.from) + text;
    at = piece.from + piece.text.length;
  });
  return out + span.slice(at);
}

/** Where a flagged span sits: the checked text, the span's offsets, and how the text writes its words (read once, on first need). */
interface Site {
  text: string;
  range: [number, number];
  casing: () => DocumentCasing;
}

type Replacer = (flagged: string, message: { actual: string; expected: readonly string[] }, site: Site) => { text: string; preferred: boolean; title?: string } | undefined;

/** Replacement text for a flagged span, by rule; undefined when the message offers no single safe replacement. */
const replacers: Record<string, Replacer> = {
  // `{{due_dat}}` with one suggestion, `due_date` (a catalogue name): the field, spaced as it was.
  'merge-fields': (flagged, { actual, expected }) => {
    // The one catalogue field the message says to write, or no fix.
    const meant = expected.length === 1 ? /^\{\{([a-z0-9_]+)\}\}$/.exec(expected[0]!)?.[1] : undefined;
    if (!meant) return undefined;
    // Braces typed wrong (`{{due_date}`, `{due_date}`): the field the message says to write, braces and all. A field
    // split over two lines is left to the writer, as a fix never joins lines.
    if (actual.startsWith('{')) return flagged === actual ? { text: asField(meant), preferred: leven(nameOf(actual).toLowerCase(), meant) <= 2 } : undefined;
    // Another system's way of writing a field (`[[due_date]]`, `%due_date%`): the field with braces; fixed at once when the
    // name is the catalogue's, a suggestion when it was another name (`[[Invoice Date]]`).
    if (/^(?:\[\[|<<|%)/.test(actual)) {
      return flagged === actual ? { text: asField(meant), preferred: actual.replace(/^(?:\[\[|<<|%)\s*|\s*(?:\]\]|>>|%)$/g, '') === meant } : undefined;
    }
    const field = /^\{\{([ \t]*)([^{}\n\r]*?)([ \t]*)\}\}$/.exec(flagged);
    if (!field || field[2] !== actual) return undefined;
    // A slip of a letter or two is fixed; a name further off ("customer_name" for customer_contact_name) may mean another field: a suggestion.
    return { text: `{{${field[1]}${meant}${field[3]}}}`, preferred: leven(actual.toLowerCase(), meant) <= 2 };
  },
  // An inconsiderate word with exactly one considerate replacement (retext-equality's list, cased like the original).
  equality: (flagged, { actual, expected }) =>
    expected.length === 1 && flagged === actual && !/[\r\n]/.test(flagged) && /^[\p{L}\p{N}][\p{L}\p{N} ’'-]*$/u.test(expected[0]!) ? { text: expected[0]!, preferred: false } : undefined,
  shouting: (flagged, { actual }, { text, range: [from, to], casing }) => {
    if (flagged !== actual) return undefined;
    // A run of marks: a question stays a question; anything else ends with a full stop (a full stop already after it: no fix).
    if (/^[!?]+$/.test(flagged)) {
      const after = text.slice(to, to + 3);
      // Marks after a space, or before a full stop: which the writer meant is not clear.
      if (/^[.!?]/.test(after) || /\s/.test(text[from - 1] ?? '')) return undefined;
      if (flagged.includes('?')) return { text: '?', preferred: true };
      // Mid-sentence ("we got it!!! and thank you", "wow!!!, thanks", "(thanks!!!)") one mark stays; at its end, a full stop.
      return { text: /^(?:[,;:)\]]|["”’']?\s*\p{Ll})/u.test(after) ? '!' : '.', preferred: true };
    }
    const cased = sentenceCase(flagged, opensSentence(text, from), casing());
    return cased === undefined ? undefined : { text: cased, preferred: true, title: 'Write the sentence in sentence case' };
  },
};

/** Whether `replacement` keeps every line break of `flagged` where it was (so a fix never joins or splits lines). */
function sameLineBreaks(flagged: string, replacement: string): boolean {
  const breaks = (s: string) => s.replace(/[^\r\n]+/g, ' ').replace(/ +/g, ' ');
  return !/[\r\n]/.test(flagged + replacement) || breaks(flagged) === breaks(replacement);
}

/** The furthest a sentence is looked for around an error: a bound, so a text without full stops stays linear. */
const sentenceReach = 2000;

/** Whether a sentence ends just before `at` in `text`: after a full stop, ! or ? and white space, or at a blank line. */
function sentenceStartsAt(text: string, at: number): boolean {
  return (/[.!?]/.test(text[at - 2] ?? '') && /\s/.test(text[at - 1]!)) || (text[at - 1] === '\n' && text[at - 2] === '\n');
}

/** The sentence around [from, to) of `text`: back to the previous sentence end or blank line, on to the next. */
function sentenceAround(text: string, from: number, to: number): [number, number] {
  let start = from;
  const floor = Math.max(0, from - sentenceReach);
  while (start > floor && !sentenceStartsAt(text, start)) start--;
  // The sentence before belongs to it too, as the demand a threat backs ("Pay now!!! Or else.", "Pay today!!! We know
  // where you live."), in a list item or table cell before it as well.
  if (start > floor) {
    start--;
    while (start > floor && !sentenceStartsAt(text, start)) start--;
  }
  let end = to;
  const ceiling = Math.min(text.length, to + sentenceReach);
  while (end < ceiling && !/[.!?]/.test(text[end - 1]!) && !(text[end] === '\n' && text[end + 1] === '\n')) end++;
  // The run of marks that ends it belongs to it ("…your bills!!!").
  while (end < text.length && /[.!?]/.test(text[end]!)) end++;
  return [start, end];
}

/**
 * The sentences holding an error that no fix here answers (a threat, false
 * authority, a stage's forbidden step…), merged and sorted: the writer must
 * rewrite them, so they get no cosmetic fix that would make the wording look
 * settled.
 */
function sentencesToRewrite(messages: readonly FixableMessage[], text: string, where: () => ReturnType<typeof location>): [number, number][] {
  const spans: [number, number][] = [];
  for (const { ruleId, fatal, place } of messages) {
    if (!fatal || replacers[String(ruleId)] || !place || !('start' in place)) continue;
    const from = where().toOffset(place.start);
    const to = where().toOffset(place.end);
    if (from === undefined || to === undefined || to <= from) continue;
    spans.push(sentenceAround(text, from, to));
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

/** Whether [from, to) overlaps one of `spans` (sorted, disjoint): the last span starting before `to` reaches past `from`. */
function overlaps(spans: readonly [number, number][], from: number, to: number): boolean {
  const span = spans[lastAtOrBefore(spans, (s) => s[0], to - 1)];
  return !!span && span[1] > from;
}

/**
 * The fix for each message (undefined where there is none), in the order
 * given, for `text`, the checked text. A fix is offered only where the
 * flagged span of `text` is still what the message flagged, neither the
 * span nor its replacement holds a control character, and the span's
 * sentence holds no error that a fix does not answer. Linear in the text and
 * the messages: the text is indexed and read for its casing once.
 */
export function fixesFor(messages: readonly FixableMessage[], text: string): (Fix | undefined)[] {
  let indexed: ReturnType<typeof location> | undefined;
  const where = () => (indexed ??= location(text));
  let casing: DocumentCasing | undefined;
  let rewrite: [number, number][] | undefined;
  return messages.map((message) => {
    const replace = replacers[String(message.ruleId)];
    const { actual, expected, place } = message;
    if (!replace || !actual || !expected || expected.length === 0 || !place || !('start' in place)) return undefined;
    const from = where().toOffset(place.start);
    const to = where().toOffset(place.end);
    if (from === undefined || to === undefined || to <= from) return undefined;
    rewrite ??= sentencesToRewrite(messages, text, where);
    if (overlaps(rewrite, from, to)) return undefined;
    const flagged = text.slice(from, to);
    reportControls.lastIndex = 0;
    if (reportControls.test(flagged.replace(/[\r\n\t]/g, ' '))) return undefined;
    const replacement = replace(flagged, { actual, expected }, { text, range: [from, to], casing: () => (casing ??= documentCasing(text)) });
    if (!replacement || replacement.text === flagged || !sameLineBreaks(flagged, replacement.text)) return undefined;
    reportControls.lastIndex = 0;
    if (reportControls.test(replacement.text.replace(/[\r\n\t]/g, ' '))) return undefined;
    const oneLine = (s: string) => s.replace(/\s+/g, ' ');
    return {
      ruleId: String(message.ruleId),
      title: replacement.title ?? `Replace ${oneLine(flagged)} with ${oneLine(replacement.text)}`,
      start: place.start,
      end: place.end,
      range: [from, to],
      text: replacement.text,
      preferred: replacement.preferred,
    };
  });
}

/** The fixes `--fix` applies (the preferred ones, see `Fix.preferred`), in the order of `messages`; undefined elsewhere. */
export function automaticFixes(messages: readonly FixableMessage[], text: string): (Fix | undefined)[] {
  return fixesFor(messages, text).map((fix) => (fix?.preferred ? fix : undefined));
}

/** The fix for one message (see `fixesFor`). */
export function fixFor(message: FixableMessage, text: string): Fix | undefined {
  return fixesFor([message], text)[0];
}

/**
 * `text` with `fixes` applied: each at the offsets it was computed for,
 * the first by place winning where two overlap (the other waits for the
 * next pass, after a fresh check). The result is what applying them one by
 * one from the end of the text gives, built in one pass.
 */
export function applyFixes(text: string, fixes: readonly (Fix | undefined)[]): { text: string; applied: Fix[] } {
  const sorted = fixes.filter((f): f is Fix => !!f).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: Fix[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const fix of sorted) {
    if (fix.range[0] < at) continue;
    parts.push(text.slice(at, fix.range[0]), fix.text);
    at = fix.range[1];
    applied.push(fix);
  }
  parts.push(text.slice(at));
  return { text: applied.length > 0 ? parts.join('') : text, applied };
}

/** Rules whose error means the text was not read or did not parse: such a file is never fixed. */
const unparsed = new Set(['read-error', 'syntax', 'structure', 'internal-error']);

/**
 * Whether a checked file may be fixed: a template, chapter or draft (never a
 * data file) that was read and parsed, its frontmatter's YAML included.
 */
export function fixable(kind: string, messages: readonly (FixableMessage & { reason?: string | undefined })[]): boolean {
  return kind !== 'data' && !messages.some((m) => m.fatal && (unparsed.has(String(m.ruleId)) || (m.ruleId === 'frontmatter' && /^YAML syntax/.test(m.reason ?? ''))));
}
