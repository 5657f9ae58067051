/**
 * An unsent email draft (.eml, RFC 5322 with a MIME multipart/alternative
 * body) that Outlook, Apple Mail and Thunderbird open as a new message:
 * `X-Unsent: 1` tells Outlook to open it for editing and sending. Pure: the
 * page builds the file in the browser and nothing is sent anywhere.
 */

const encoder = new TextEncoder();

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Base64 body lines of at most 76 characters, as MIME asks. */
function base64Lines(text: string): string {
  return (base64(encoder.encode(text)).match(/.{1,76}/g) ?? []).join('\r\n');
}

/** A header value as RFC 2047 encoded words (each at most 75 characters), folded onto continuation lines. */
export function encodeHeader(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value) && value.length <= 900) return value;
  const words: string[] = [];
  let chunk = '';
  for (const char of value) {
    if (encoder.encode(chunk + char).length > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${base64(encoder.encode(word))}?=`).join('\r\n ');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface Draft {
  subject: string;
  /** The body as plain text. */
  text: string;
  /** The body as an HTML fragment. */
  html: string;
}

/** The .eml file's text, with CRLF line ends. `boundary` is fixed by tests; a random one is used otherwise. */
export function buildEml(draft: Draft, boundary = `=_fair_collections_${Math.random().toString(36).slice(2)}`): string {
  const html = `<!doctype html>\r\n<html><head><meta charset="utf-8"><title>${escapeHtml(draft.subject)}</title></head>\r\n<body>${draft.html}</body></html>\r\n`;
  return [
    'X-Unsent: 1',
    `Subject: ${encodeHeader(draft.subject)}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    'This is a message in MIME format.',
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(draft.text.replace(/\r?\n/g, '\r\n')),
    '',
    `--${boundary}`,
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(html),
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/** A file name from the template id and the invoice, safe on every system. */
export function draftFileName(id: string, invoice?: string): string {
  const part = (invoice ?? '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return `${id}${part ? `-${part}` : ''}.eml`;
}
