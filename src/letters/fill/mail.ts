/**
 * An unsent email draft (.eml, RFC 5322 with a MIME multipart/alternative
 * body) that Outlook, Apple Mail and Thunderbird open as a new message:
 * `X-Unsent: 1` tells Outlook to open it for editing and sending. It is dated
 * when it is made, and from the sender when the letter carries their email
 * address; there is no To, as the catalogue holds no customer email address.
 * Pure: the page builds the file in the browser and nothing is sent anywhere.
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

/** `value` as RFC 2047 encoded words (each at most 75 characters), folded onto continuation lines: no character of it reaches the header raw. */
function encodedWords(value: string): string {
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

/**
 * A header value (a subject) as it is when it is short printable ASCII, as
 * encoded words otherwise. A line break typed into a value is no printable
 * character, so it is encoded and cannot start a header of its own.
 */
export function encodeHeader(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) && value.length <= 900 ? value : encodedWords(value);
}

/** A person and their address, for From. */
export interface Mailbox {
  name?: string | undefined;
  address: string;
}

/**
 * An address a header can carry as it is (RFC 5322 dot-atoms): no white
 * space, quotes, brackets or control characters, so nothing in it can end
 * the address or the header.
 */
const plainAddress = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/** `"Name" <address>` (the name quoted, or encoded words when it is not short printable ASCII), or undefined for an address a header cannot carry. */
export function formatMailbox({ name, address }: Mailbox): string | undefined {
  if (!plainAddress.test(address) || address.length > 254) return undefined;
  const display = name?.trim();
  if (!display) return address;
  const phrase = /^[\x20-\x7e]{1,200}$/.test(display) ? `"${display.replace(/[\\"]/g, '\\$&')}"` : encodedWords(display);
  return `${phrase} <${address}>`;
}

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An RFC 5322 date-time in the clock and zone of the machine that makes the draft: "Tue, 01 Dec 2026 09:47:44 +0100". */
export function mailDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const zone = `${offset < 0 ? '-' : '+'}${two(Math.floor(Math.abs(offset) / 60))}${two(Math.abs(offset) % 60)}`;
  return `${weekdays[date.getDay()]}, ${two(date.getDate())} ${monthNames[date.getMonth()]} ${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())} ${zone}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface Draft {
  /** When the draft was made (its Date header). */
  date: Date;
  /** The sender, when the letter has the sender's email address; left out otherwise, for the mail program to fill in. */
  from?: Mailbox | undefined;
  subject: string;
  /** The body as plain text. */
  text: string;
  /** The body as an HTML fragment. */
  html: string;
}

/** The .eml file's text, with CRLF line ends. `boundary` is fixed by tests; a random one is used otherwise. */
export function buildEml(draft: Draft, boundary = `=_fair_collections_${Math.random().toString(36).slice(2)}`): string {
  const html = `<!doctype html>\r\n<html><head><meta charset="utf-8"><title>${escapeHtml(draft.subject)}</title></head>\r\n<body>${draft.html}</body></html>\r\n`;
  const from = draft.from && formatMailbox(draft.from);
  return [
    'X-Unsent: 1',
    `Date: ${mailDate(draft.date)}`,
    ...(from ? [`From: ${from}`] : []),
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
