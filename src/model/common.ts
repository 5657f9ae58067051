import { z } from 'zod';

/** Lower-case words joined by hyphens: file names, stage ids, notice ids. */
/** `text` as a slug would write it: lower case, each run of other characters one hyphen ("Final reminder" → "final-reminder"). */
export function toSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Use lower-case letters, digits and hyphens, e.g. "overdue-30"' });

/** Merge-field names are what writers type between {{ and }}. */
export const fieldName = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, { error: 'Use lower-case letters, digits and underscores, e.g. "due_date"' });

/** Dates in YAML arrive as strings (yaml) or Date objects (js-yaml, used by Astro); accept both. */
export const isoDate = z.union([
  z.date(),
  z.iso.date({ error: 'Write the date as YYYY-MM-DD, e.g. 2026-11-02' }).transform((s) => new Date(`${s}T00:00:00Z`)),
]);

/** Control characters: C0 but tab and line breaks, DEL, C1. */
const controlCharacters = '\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f';
/** Bidirectional embeddings, overrides and isolates: they reorder what a reader sees without being seen (Trojan Source). */
const bidiOverrides = '\\u202a-\\u202e\\u2066-\\u2069';
/** Those and the directional marks, which only settle neutral characters beside right-to-left text. */
const bidiFormatting = `\\u061c\\u200e\\u200f${bidiOverrides}`;

/**
 * Control characters and bidirectional formatting characters: invisible in
 * an editor and a review, they reorder or hide text on the page and drive
 * terminals that print a report. Data text refuses them all.
 */
export const invisibleControl = new RegExp(`[${controlCharacters}${bidiFormatting}]`, 'u');

/**
 * Control characters and bidirectional overrides, every one: what the
 * hidden-text rule reports in a document's text. The directional marks stay
 * allowed there, as right-to-left text may need them.
 */
export const hiddenCharacters = new RegExp(`[${controlCharacters}${bidiOverrides}]`, 'g');

/**
 * Characters of no width that split a word where a reader sees none: the soft hyphen, the Mongolian vowel separator,
 * the zero-width space, non-joiner and joiner, the word joiner and invisible operators, and the zero-width no-break
 * space. The checker reads through them (text/normalize.ts); a report shows them, so a reviewer sees why "vi·sit" was
 * written that way.
 */
const zeroWidth = '\\u00ad\\u180e\\u200b-\\u200d\\u2060-\\u2064\\ufeff';

/**
 * `invisibleControl` plus what a terminal or a log must not receive raw: tab
 * and line breaks (they forge lines), and the line and paragraph separators.
 * A diff escapes these only, so that it still applies to a text with a
 * byte-order mark or a zero-width space.
 */
export const terminalControls = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029${bidiFormatting}]`, 'g');

/** `terminalControls` and the zero-width characters: what a report's message shows escaped. */
export const reportControls = new RegExp(`${terminalControls.source.slice(0, -1)}${zeroWidth}]`, 'g');

/** A character's Unicode name in messages: "U+202E". */
export function codePoint(text: string): string {
  return `U+${text.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Text that reaches a page or a letter: not empty, and nothing invisible that changes how it reads. */
export const nonEmptyText = z
  .string()
  .trim()
  .min(1, { error: 'Must not be empty' })
  .superRefine((text, context) => {
    const found = invisibleControl.exec(text);
    if (found) context.addIssue({ code: 'custom', message: `Contains the invisible control character ${codePoint(found[0])}; remove it` });
  });

/**
 * Plain text shown as typed (names, labels, example values, titles):
 * markup would be printed literally, never rendered, so it is refused
 * rather than silently shown to staff or customers.
 */
export const plainText = nonEmptyText.superRefine((text, context) => {
  const markup = /<[A-Za-z/!?]|[{}]|\]\(/.exec(text);
  if (markup) context.addIssue({ code: 'custom', message: `Is plain text: "${markup[0]}" looks like markup (a <tag>, an {expression} or a [link](…)), which would be shown as typed; remove it` });
});
