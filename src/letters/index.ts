import type { Catalog } from '../catalog/load.ts';
import type { ComposedLetter } from './compose.ts';
import { renderHtml } from './html.ts';
import type { FieldValues } from './sample.ts';
import { renderText } from './text.ts';

export { composeLetter, fieldsUsed, letterheadFields, noticeComponent, noticeTree, placedNotices } from './compose.ts';
export type { ComposedLetter, NoticeBlock } from './compose.ts';
export { renderHtml } from './html.ts';
export { renderText } from './text.ts';
export { sampleValues, type FieldValues } from './sample.ts';

export interface RenderedLetter {
  subject?: string | undefined;
  letterheadHtml?: string | undefined;
  subjectHtml?: string | undefined;
  bodyHtml: string;
  /** The whole message as plain text: subject line or letterhead, then the body. */
  text: string;
}

/** Renders a composed letter with {{placeholders}} (no values) or filled in. */
export function renderLetter(letter: ComposedLetter, catalog: Catalog, values?: FieldValues): RenderedLetter {
  const options = { fields: catalog.fields, values };
  const subject = letter.subject ? renderText(letter.subject, values) : undefined;
  const parts: string[] = [];
  if (subject !== undefined) parts.push(`Subject: ${subject}`);
  if (letter.letterhead) parts.push(renderText(letter.letterhead, values));
  parts.push(renderText(letter.body, values));
  return {
    subject,
    subjectHtml: letter.subject ? stripParagraph(renderHtml(letter.subject, options)) : undefined,
    letterheadHtml: letter.letterhead ? renderHtml(letter.letterhead, options) : undefined,
    bodyHtml: renderHtml(letter.body, options),
    text: parts.join('\n\n') + '\n',
  };
}

/** A one-line subject renders as a single paragraph; the page puts it in its own element. */
function stripParagraph(html: string): string {
  return html.replace(/^<p>/, '').replace(/<\/p>$/, '');
}

