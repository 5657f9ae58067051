/**
 * "Fill in a letter" on the template pages (#13, item 2), in real Chromium:
 * the form, the worked-out fields, the remembered sender details, copying as
 * rich text, the .eml draft, printing every template on A4 and US Letter, and
 * that nothing typed ever leaves the browser.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/project.ts';
import { serveStatic } from '../helpers/static-server.ts';

const siteDir = inject('siteDir');
const results = path.join(projectRoot, 'test-results', 'fill-in');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let templates: string[];

beforeAll(async () => {
  server = await serveStatic(siteDir);
  browser = await launchBrowser();
  await mkdir(results, { recursive: true });
  templates = (await readdir(path.join(projectRoot, 'templates'))).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')).sort();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  context: BrowserContext;
  problems: string[];
  /** Every request the page made after it loaded: URL, method and body. */
  requests: string[];
}

async function open(id: string, options: Parameters<Browser['newContext']>[0] = {}, search = ''): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, ...options });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(`${request.method()} ${request.url()}\n${request.postData() ?? ''}`));
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${server.url}/templates/${id}/${search}`);
  await page.locator('#fill-form').waitFor();
  return { page, context, problems, requests };
}

/** Loads another template page in the same tab, its problems counted afresh. */
async function reopen(opened: Opened, id: string, search = ''): Promise<void> {
  opened.problems.length = 0;
  await opened.page.goto(`${server.url}/templates/${id}/${search}`);
  await opened.page.locator('#fill-form').waitFor();
}

/** A calendar date `days` from today where the browser runs (the same machine), as YYYY-MM-DD. */
function isoDaysFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Midnight UTC of the date `iso` (YYYY-MM-DD), `days` later. */
function utcDate(iso: string, days = 0): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days));
}

/** The calendar date `days` after the date `iso`, as YYYY-MM-DD. */
function isoDaysAfter(iso: string, days: number): string {
  return utcDate(iso, days).toISOString().slice(0, 10);
}

function longDate(iso: string): string {
  return utcDate(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

const dueDate = isoDaysFromToday(-20);

/**
 * Whole days from `iso` to today where the browser runs, read when asked: a run that crosses midnight after `dueDate` was
 * worked out sees 21 days past due, not 20, and so does the page. (The next step's date follows the due date, not today:
 * `isoDaysAfter`.)
 */
function daysSince(iso: string): number {
  const now = new Date();
  return Math.round((Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - utcDate(iso).getTime()) / 86_400_000);
}

/** What a clerk types into the 15-day follow-up: none of it is the catalogue's sample data. */
const typed: Record<string, string> = {
  customer_contact_name: 'Marguerite Vasquez-Lindqvist',
  invoice_number: 'ZX-991337',
  invoice_date: isoDaysFromToday(-50),
  due_date: dueDate,
  balance_due: '12,345.67',
  previous_contact_date: isoDaysFromToday(-6),
  our_company: 'Quillfeather Instruments GmbH',
  contact_name: 'Tobias Ekwueme',
  contact_title: 'Credit Controller',
  contact_phone: '+49 30 5550 1234',
  contact_email: 'tobias.ekwueme@quillfeather.example',
  payment_link: 'https://pay.quillfeather.example/ZX-991337',
  bank_details: 'IBAN DE89 3704 0044 0532 0130 00\nReference ZX-991337',
};
/** What the typed values read as in a letter: the text, or a date as the letter writes it. */
const typedShown = new Set(Object.values(typed).map((value) => (/^\d{4}-\d\d-\d\d$/.test(value) ? longDate(value) : value)));
const senderNames = ['our_company', 'contact_name', 'contact_title', 'contact_phone', 'contact_email', 'bank_details'];
/** Values distinctive enough that finding them in a request would mean it carries what was typed. */
const secrets = ['Marguerite', 'Vasquez', 'ZX-991337', '12,345.67', '12345.67', 'Quillfeather', 'Ekwueme', 'Credit Controller', '5550 1234', 'DE89', longDate(dueDate)];

async function fillTyped(page: Page): Promise<void> {
  await page.selectOption('#fill-currency', 'EUR');
  for (const [name, value] of Object.entries(typed)) await page.fill(`#fill-${name}`, value);
}

/** A minimal reading of an .eml file: headers (unfolded, encoded words decoded) and the MIME parts' decoded bodies. */
function parseEml(source: string): { headers: Map<string, string>; parts: { type: string; body: string }[] } {
  const split = source.indexOf('\r\n\r\n');
  expect(split, 'a blank line ends the headers').toBeGreaterThan(0);
  const decodeWords = (value: string) =>
    value.replace(/=\?UTF-8\?B\?([^?]*)\?=(\s+(?==\?))?/gi, (_all, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
  const headers = new Map<string, string>();
  for (const line of source.slice(0, split).replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    expect(colon, `header line "${line}"`).toBeGreaterThan(0);
    headers.set(line.slice(0, colon).toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  const boundary = /boundary="([^"]+)"/.exec(headers.get('content-type') ?? '')?.[1];
  expect(boundary).toBeTruthy();
  const body = source.slice(split + 4);
  const parts = body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => {
      const end = part.indexOf('\r\n\r\n');
      const head = part.slice(0, end);
      const type = /Content-Type:\s*([^;\r\n]+)/i.exec(head)?.[1] ?? '';
      expect(head).toMatch(/Content-Transfer-Encoding: base64/i);
      return { type, body: Buffer.from(part.slice(end + 4).replace(/\s+/g, ''), 'base64').toString('utf8') };
    });
  expect(body.trimEnd().endsWith(`--${boundary}--`)).toBe(true);
  return { headers, parts };
}

async function readClipboard(page: Page): Promise<{ html: string; text: string }> {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) => (item!.types.includes(type) ? (await item!.getType(type)).text() : '');
    return { html: await read('text/html'), text: await read('text/plain') };
  });
}

describe('fill in a letter', () => {
  it('fills the day-14 follow-up: preview, subject, rich-text copy and .eml, with nothing sent anywhere', async () => {
    const { page, context, problems, requests } = await open('follow-up-15-days');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const loaded = requests.length;
    await fillTyped(page);

    // Days past due and the next step are worked out: 20 days late, and the ladder's next step (the formal notice) on day 30.
    expect(await page.inputValue('#fill-days_past_due')).toBe(String(daysSince(dueDate)));
    expect(await page.inputValue('#fill-next_step_date')).toBe(isoDaysAfter(dueDate, 30));
    expect(await page.locator('#fill-next_step_date-hint').textContent()).toContain('day 30');

    const preview = (await page.locator('#fill-preview').innerText()).replace(/\s+/g, ' ');
    expect(preview).not.toContain('{{');
    expect(preview).toContain('Dear Marguerite Vasquez-Lindqvist,');
    expect(preview).toContain('€12,345.67');
    expect(preview).toContain('is now 20 days past due');
    expect(preview).toContain(longDate(dueDate));
    expect(await page.locator('#fill-sample-mark').isVisible()).toBe(false);
    // No example value from the field catalogue, unless the template's own wording has it ("bank transfer").
    const wording = await readFile(path.join(siteDir, 'templates/follow-up-15-days.txt'), 'utf8');
    const examples = (await readFile(path.join(projectRoot, 'content/fields.yaml'), 'utf8')).matchAll(/^\s+example: (?!\|)"?([^"\n]+)"?$/gm);
    for (const [, example] of examples) {
      const whole = new RegExp(`(?<![\\w.])${example!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`);
      // (Nor a value the clerk typed that happens to equal one: 50 days before 4 December is the sample's 15 October.)
      if (example!.length > 3 && !wording.includes(example!) && !typedShown.has(example!)) expect(preview, `sample value "${example}" in the preview`).not.toMatch(whole);
    }
    await page.screenshot({ path: path.join(results, 'follow-up-filled.png'), fullPage: true });

    await page.getByRole('button', { name: 'Copy subject' }).click();
    await expect.poll(() => page.locator('#fill-status').textContent()).toContain('Subject copied');
    const subject = await page.evaluate(() => navigator.clipboard.readText());
    expect(subject).toBe('Invoice ZX-991337: €12,345.67 is 20 days overdue, payment date needed');

    await page.getByRole('button', { name: 'Copy letter' }).click();
    await expect.poll(() => page.locator('#fill-status').textContent()).toContain('Letter copied');
    const copied = await readClipboard(page);
    for (const part of [copied.text, copied.html]) {
      expect(part).not.toContain('{{');
      expect(part).not.toMatch(/Subject:/);
      expect(part).not.toContain('SAMPLE');
    }
    expect(copied.text.startsWith('Dear Marguerite Vasquez-Lindqvist,')).toBe(true);
    expect(copied.text).toContain('IBAN DE89 3704 0044 0532 0130 00\nReference ZX-991337');
    expect(copied.text).toContain('Tobias Ekwueme\nCredit Controller, Quillfeather Instruments GmbH');
    // The letter has a table, and so does the rich text: it pastes as a table into Outlook and Gmail.
    expect(copied.html).toMatch(/<table[^>]*>.*<th[^>]*>Invoice<\/th>.*<td[^>]*>ZX-991337<\/td>/s);
    expect(copied.html).not.toMatch(/class=|merge-field|data-|style=/);
    expect(copied.html).toMatch(/<table border="1"/);

    const clicked = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .eml draft' }).click()]);
    expect(download.suggestedFilename()).toBe('follow-up-15-days-ZX-991337.eml');
    const eml = await readFile((await download.path())!, 'utf8');
    const { headers, parts } = parseEml(eml);
    expect(headers.get('subject')).toBe(subject);
    expect(headers.get('x-unsent')).toBe('1');
    // Dated when it was downloaded (RFC 5322 keeps whole seconds), from the sender's own address. No To: the catalogue holds no customer address.
    const dated = Date.parse(headers.get('date')!);
    expect(dated).toBeGreaterThanOrEqual(Math.floor(clicked / 1000) * 1000);
    expect(dated).toBeLessThanOrEqual(Date.now());
    expect(headers.get('from')).toBe('"Tobias Ekwueme" <tobias.ekwueme@quillfeather.example>');
    expect(headers.has('to')).toBe(false);
    expect(headers.get('content-type')).toMatch(/^multipart\/alternative/);
    expect(parts.map((p) => p.type)).toEqual(['text/plain', 'text/html']);
    expect(parts[0]!.body.replace(/\r\n/g, '\n')).toBe(copied.text);
    expect(parts[1]!.body).toContain('<table');
    expect(parts[1]!.body).toContain(`<title>${subject}</title>`);
    for (const part of parts) expect(part.body).not.toMatch(/\{\{|Subject:/);

    // Nothing typed travels: not in any address, not in any request body, not before and not after loading.
    expect(requests.length - loaded).toBeLessThanOrEqual(1);
    for (const request of requests) for (const secret of secrets) expect(request, `a request carries "${secret}"`).not.toContain(secret);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('remembers only the sender’s details, and forgets them', async () => {
    const first = await open('follow-up-15-days');
    await fillTyped(first.page);
    const stored = await first.page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])));
    expect(Object.keys(stored)).toEqual(['fair-collections:my-details']);
    const details = JSON.parse(stored['fair-collections:my-details']!) as Record<string, string>;
    expect(Object.keys(details).sort()).toEqual([...senderNames].sort());
    expect(details['contact_name']).toBe('Tobias Ekwueme');
    for (const customer of ['Marguerite', 'Vasquez', '12,345', 'EUR', typed['invoice_date']!, dueDate]) expect(JSON.stringify(stored)).not.toContain(customer);
    // Not even session storage or cookies hold anything.
    expect(await first.page.evaluate(() => [sessionStorage.length, document.cookie])).toEqual([0, '']);

    // Another template, the same browser: the clerk's details are there, the customer's are not.
    const page = await first.context.newPage();
    await page.goto(`${server.url}/templates/formal-notice-30-days/`);
    expect(await page.inputValue('#fill-contact_name')).toBe('Tobias Ekwueme');
    expect(await page.inputValue('#fill-our_company')).toBe('Quillfeather Instruments GmbH');
    expect(await page.inputValue('#fill-invoice_number')).toBe('');
    // The payment link is the invoice's: one customer's link never goes into the next customer's letter.
    expect(await page.inputValue('#fill-payment_link')).toBe('');
    await page.getByRole('button', { name: 'Forget my details' }).click();
    expect(await page.inputValue('#fill-contact_name')).toBe('');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await expect.poll(() => page.locator('#fill-status').textContent()).toContain('forgotten');
    await page.reload();
    expect(await page.inputValue('#fill-contact_name')).toBe('');
    await first.context.close();
  });

  it('checks what is typed with a clear message, and refuses to copy, download or print an unfinished letter', async () => {
    const { page, context } = await open('follow-up-15-days', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await page.fill('#fill-contact_email', 'tobias at quillfeather');
    await page.fill('#fill-balance_due', '12.345,67 EUR');
    await page.fill('#fill-payment_link', 'pay.quillfeather.example');
    await page.fill('#fill-contact_phone', 'call me');
    expect(await page.locator('#fill-contact_email-msg').textContent()).toContain('Enter an email address');
    expect(await page.locator('#fill-balance_due-msg').textContent()).toContain('Enter an amount in figures');
    // An amount in another currency than the letter's is refused, never converted by changing its symbol.
    await page.fill('#fill-balance_due', '$99');
    expect(await page.locator('#fill-balance_due-msg').textContent()).toContain('but the letter is in £');
    await page.fill('#fill-balance_due', '12.345,67 EUR');
    expect(await page.locator('#fill-payment_link-msg').textContent()).toContain('https://');
    expect(await page.locator('#fill-contact_phone-msg').textContent()).toContain('phone number');
    expect(await page.getAttribute('#fill-contact_email', 'aria-invalid')).toBe('true');
    // An empty field is not an error until it is left or the letter is used.
    expect(await page.locator('#fill-invoice_number-msg').textContent()).toBe('');
    // The preview keeps the merge field visibly marked while its value is wrong.
    expect(await page.locator('#fill-preview .merge-field[data-field="contact_email"]').first().textContent()).toBe('{{contact_email}}');

    for (const name of ['Copy subject', 'Copy letter', 'Print']) {
      await page.getByRole('button', { name }).click();
      await expect.poll(() => page.locator('#fill-status').textContent()).toMatch(/^Not ready to use: \d+ fields need attention/);
      await page.evaluate(() => (document.getElementById('fill-status')!.textContent = ''));
    }
    let downloaded = false;
    page.on('download', () => (downloaded = true));
    await page.getByRole('button', { name: 'Download .eml draft' }).click();
    await expect.poll(() => page.locator('#fill-status').textContent()).toMatch(/^Not ready to use/);
    expect(downloaded).toBe(false);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');
    expect(await page.locator('#fill-invoice_number-msg').textContent()).toBe('Fill this in');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fill-customer_contact_name');

    await page.fill('#fill-contact_email', 'tobias@quillfeather.example');
    expect(await page.locator('#fill-contact_email-msg').textContent()).toBe('');
    expect(await page.getAttribute('#fill-contact_email', 'aria-invalid')).toBeNull();
    // A due date in the future is no overdue letter.
    await page.fill('#fill-due_date', isoDaysFromToday(5));
    expect(await page.locator('#fill-days_past_due-msg').textContent()).toContain('5 days away');
    await page.screenshot({ path: path.join(results, 'follow-up-messages.png'), fullPage: true });
    await context.close();
  });

  it('marks everything copied, downloaded or printed from sample data as SAMPLE', async () => {
    const { page, context, problems } = await open('follow-up-15-days', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.getByRole('button', { name: 'Fill with sample data' }).click();
    // The sample invoice is as late as the template is sent.
    expect(await page.inputValue('#fill-days_past_due')).toBe('14');
    // The catalogue's other example dates move with it: issued 30 days before the due date, as in the catalogue.
    expect(await page.inputValue('#fill-invoice_date')).toBe(isoDaysFromToday(-44));
    expect(await page.locator('#fill-sample-mark').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Copy subject' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^\[SAMPLE — not for sending\] Invoice INV-2026-0418/);
    await page.getByRole('button', { name: 'Copy letter' }).click();
    await expect.poll(() => page.locator('#fill-status').textContent()).toContain('Copied, marked SAMPLE');
    const copied = await readClipboard(page);
    expect(copied.text.startsWith('SAMPLE — not for sending\n\nDear Priya Raman,')).toBe(true);
    expect(copied.html).toMatch(/^<p><strong>SAMPLE — not for sending<\/strong><\/p>/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .eml draft' }).click()]);
    expect(download.suggestedFilename()).toBe('follow-up-15-days-SAMPLE.eml');
    const { headers, parts } = parseEml(await readFile((await download.path())!, 'utf8'));
    expect(headers.get('subject')).toMatch(/^\[SAMPLE — not for sending\]/);
    // The sample's sender is no one's address: the mail program fills in From.
    expect(headers.has('from')).toBe(false);
    for (const part of parts) expect(part.body).toContain('SAMPLE — not for sending');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#fill-sample-mark').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await page.screenshot({ path: path.join(results, 'follow-up-sample.png'), fullPage: true });

    // Typing over every sample value makes a real letter again.
    await fillTyped(page);
    expect(await page.locator('#fill-sample-mark').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Copy subject' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('Invoice ZX-991337: €12,345.67 is 20 days overdue, payment date needed');
    // A sender's name beyond ASCII reaches From as RFC 2047 encoded words.
    await page.fill('#fill-contact_name', 'Zoë Łukasiewicz');
    const [real] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .eml draft' }).click()]);
    const raw = await readFile((await real.path())!, 'utf8');
    expect(raw).toMatch(/\r\nFrom: =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=/);
    expect(parseEml(raw).headers.get('from')).toBe('Zoë Łukasiewicz <tobias.ekwueme@quillfeather.example>');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('fills a sample whose open invoices add up to the total the letter states', async () => {
    const { page, context, problems } = await open('statement-of-account');
    await page.getByRole('button', { name: 'Fill with sample data' }).click();
    const shown = (name: string) => page.locator(`#fill-preview .merge-field[data-field="${name}"]`).first().innerText();
    const cents = (text: string) => Math.round(Number(/[£€$]([\d,]+\.\d{2})\s*$/.exec(text)![1]!.replace(/,/g, '')) * 100);
    const rows = (await shown('open_invoices')).split('\n');
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.reduce((total, row) => total + cents(row), 0)).toBe(cents(await shown('balance_due')));
    // The dates in the list moved to today with the date fields: the oldest invoice is the one the letter names.
    const [, issued, due] = /issued (\d+ \w+ \d{4}) · due (\d+ \w+ \d{4})/.exec(rows[0]!)!;
    const day = (text: string) => Date.parse(`${text} UTC`);
    expect([day(issued!), day(due!)]).toEqual([day(await shown('invoice_date')), day(await shown('due_date'))]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says when a letter is used outside its stage’s days', async () => {
    const { page, context } = await open('notice-before-referral-60-days');
    expect(await page.isHidden('#fill-window')).toBe(true);
    await page.fill('#fill-due_date', isoDaysFromToday(-10));
    expect(await page.locator('#fill-window').textContent()).toContain('this invoice is 10 days past due');
    await page.fill('#fill-due_date', isoDaysFromToday(-62));
    expect(await page.isHidden('#fill-window')).toBe(true);
    await context.close();
  });

  it('works out days past due from the due date on every template that uses them', async () => {
    const opened = await open('reminder-7-days');
    const { page } = opened;
    for (const id of ['reminder-7-days', 'final-reminder-45-days', 'service-suspension-notice']) {
      if (id !== 'reminder-7-days') await reopen(opened, id);
      expect(await page.locator('#fill-days_past_due').getAttribute('data-computed')).toBe('auto');
      await page.fill('#fill-due_date', isoDaysFromToday(-47));
      expect(await page.inputValue('#fill-days_past_due'), id).toBe('47');
      expect(await page.locator('#fill-preview .merge-field[data-field="days_past_due"]').first().textContent(), id).toBe('47');
    }
    await opened.context.close();
  });

  it('works out the statutory claim to the letter’s date, and warns at a typed total that disagrees while still letting it be used', async () => {
    const { page, context } = await open('uk-statutory-interest-claim');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.selectOption('#fill-currency', 'GBP');
    // The review's case: due 1 September, £1,000, a letter dated 10 December (not today), 12.5% (base 4.5% + 8%).
    const repro = { due_date: '2026-09-01', balance_due: '1000', letter_date: '2026-12-10', interest_rate: '12.5', base_rate: '4.5' };
    for (const [name, value] of Object.entries(repro)) await page.fill(`#fill-${name}`, value);
    const worked = { days_past_due: '100', interest_from_date: '2026-09-02', interest_amount: '34.25', daily_interest: '0.34', compensation_amount: '70.00', total_claimed: '1104.25' };
    for (const [name, value] of Object.entries(worked)) {
      expect(await page.inputValue(`#fill-${name}`), name).toBe(value);
      expect(await page.getAttribute(`#fill-${name}`, 'data-computed'), name).toBe('auto');
      expect(await page.locator(`#fill-${name}-hint`).textContent(), name).toContain('Worked out');
    }
    // No ladder step after day 100: the next step is 14 days after the letter.
    expect(await page.inputValue('#fill-next_step_date')).toBe('2026-12-24');
    const preview = async () => (await page.locator('#fill-preview').innerText()).replace(/\s+/g, ' ');
    expect(await preview()).toContain('£1,000.00 × 12.5% × 100 days ÷ 365');
    expect(await preview()).toContain('£34.25');
    expect(await preview()).toContain('Please pay £1,104.25 by 24 December 2026');

    // The clerk types a total that disagrees: kept (they may know better), with a warning at the field.
    await page.fill('#fill-total_claimed', '99999');
    const warning = page.locator('#fill-total_claimed-warn');
    expect(await warning.isVisible()).toBe(true);
    expect(await warning.textContent()).toContain('£1,104.25');
    expect((await page.getAttribute('#fill-total_claimed', 'aria-describedby'))?.split(' ')).toContain('fill-total_claimed-warn');
    expect(await page.getAttribute('#fill-total_claimed', 'data-computed')).toBe('typed');
    expect(await preview()).toContain('Please pay £99,999.00');
    // A figure that agrees has no warning; the others are still worked out.
    expect(await page.locator('#fill-interest_amount-warn').textContent()).toBe('');
    // The review's typed interest of £5 is warned about too, with the worked-out £34.25.
    await page.fill('#fill-interest_amount', '5');
    expect(await page.locator('#fill-interest_amount-warn').textContent()).toContain('£34.25');

    // Copying still works, and the status repeats the warning.
    await page.click('#fill-sample');
    await page.click('[data-action="copy"]');
    await expect.poll(() => page.locator('#fill-status').textContent()).toContain('Copied');
    const status = await page.locator('#fill-status').textContent();
    expect(status).toContain('Check before sending');
    expect(status).toContain('Total claimed');
    expect(status).toContain('Interest to date');
    expect((await readClipboard(page)).text).toContain('£99,999.00');

    // Emptying a box goes back to the worked-out figure; the total is worked out from the interest the letter states.
    await page.fill('#fill-total_claimed', '');
    await page.locator('#fill-total_claimed').blur();
    expect(await page.inputValue('#fill-total_claimed')).toBe('1075.00');
    await page.fill('#fill-interest_amount', '');
    await page.locator('#fill-interest_amount').blur();
    expect(await page.inputValue('#fill-interest_amount')).toBe('34.25');
    await page.locator('#fill-total_claimed').blur();
    expect(await page.inputValue('#fill-total_claimed')).toBe('1104.25');
    expect(await warning.textContent()).toBe('');
    await context.close();
  });

  it('works out the EU compensation as at least €40, and the letter before action’s reply-by date', async () => {
    // A letter for the EU alone opens in euros, and its sample keeps them (a clerk found it in pounds, with no compensation).
    const eu = await open('eu-late-payment-compensation');
    expect(await eu.page.inputValue('#fill-currency')).toBe('EUR');
    await eu.page.getByRole('button', { name: 'Fill with sample data' }).click();
    expect(await eu.page.inputValue('#fill-currency')).toBe('EUR');
    expect(await eu.page.inputValue('#fill-compensation_amount')).not.toBe('');
    // Its own currency also outlasts a ?where= for another place (a review): the UK letter opened "for the EU" stays in pounds.
    const uk = await open('uk-statutory-interest-claim', {}, '?where=EU');
    expect(await uk.page.inputValue('#fill-currency')).toBe('GBP');
    await uk.context.close();
    await eu.page.fill('#fill-balance_due', '1000');
    expect(await eu.page.inputValue('#fill-compensation_amount')).toBe('40.00');
    await eu.page.fill('#fill-compensation_amount', '60');
    expect(await eu.page.locator('#fill-compensation_amount-warn').textContent()).toBe('');
    await eu.page.fill('#fill-compensation_amount', '30');
    expect(await eu.page.locator('#fill-compensation_amount-warn').textContent()).toContain('€40.00');
    await eu.context.close();

    const lba = await open('uk-letter-before-action');
    await lba.page.fill('#fill-letter_date', '2026-12-10');
    expect(await lba.page.inputValue('#fill-reply_by_date')).toBe('2026-12-24');
    await lba.page.fill('#fill-due_date', '2026-09-01');
    await lba.page.fill('#fill-balance_due', '10000');
    await lba.page.fill('#fill-interest_rate', '12.5');
    expect(await lba.page.inputValue('#fill-compensation_amount')).toBe('100.00');
    expect(await lba.page.inputValue('#fill-interest_amount')).toBe('342.47');
    expect(await lba.page.inputValue('#fill-total_claimed')).toBe('10442.47');
    await lba.context.close();
  });

  it('takes the due date handed on by “What do I send?”, and only a real date', async () => {
    const opened = await open('follow-up-15-days', {}, `?due_date=${dueDate}`);
    expect(await opened.page.inputValue('#fill-due_date')).toBe(dueDate);
    expect(await opened.page.inputValue('#fill-days_past_due')).toBe(String(daysSince(dueDate)));
    for (const bad of ['2026-02-30', '<img src=x onerror=alert(1)>', '1 October 2026']) {
      await reopen(opened, 'follow-up-15-days', `?due_date=${encodeURIComponent(bad)}`);
      expect(await opened.page.inputValue('#fill-due_date'), bad).toBe('');
      expect(await opened.page.locator('#fill-in img').count()).toBe(0);
      expect(opened.problems).toEqual([]);
    }
    await opened.context.close();
  });

  it('calls a call script a script, and asks for no next step or contract clause a clerk could read aloud too early', async () => {
    const { page, context, problems } = await open('collection-call-script', {}, `?due_date=${dueDate}`);
    expect(await page.locator('#template-heading').textContent()).toBe('The script');
    expect(await page.locator('#fill-privacy').textContent()).toContain('Fill in the fields to get the script ready to read.');
    expect(await page.locator('#fill-contract_clause').count()).toBe(0);
    expect(await page.locator('#fill-next_step_date').count()).toBe(0);
    expect(await page.locator('.fill-preview, #fill-in').first().textContent()).not.toContain('supply may pause');
    expect(problems).toEqual([]);
    await context.close();
  });
});

/** Paper sizes and the printable width the print style sheet leaves (15 mm margins), in CSS pixels (96 per inch). */
const papers = [
  { format: 'A4', width: 210, height: 297 },
  { format: 'Letter', width: 215.9, height: 279.4 },
] as const;
const mm = 96 / 25.4;

/** Templates also printed to PDF. */
const pdfs = ['follow-up-15-days', 'uk-statutory-interest-claim'];

/** Templates whose printed pages are saved as screenshots: the first of each channel, and the two also saved as PDF (both hold a table). */
async function screenshotted(): Promise<Set<string>> {
  const first = new Map<string, string>();
  for (const id of templates) {
    const channel = /^channel: *(\S+)/m.exec(await readFile(path.join(projectRoot, 'templates', `${id}.mdx`), 'utf8'))?.[1];
    if (channel && !first.has(channel)) first.set(channel, id);
  }
  return new Set([...first.values(), ...pdfs]);
}

describe('printing', () => {
  // Each template is loaded and filled in once, then laid out for print on each paper in turn (the viewport set to the
  // paper's printable width: the print style sheet's layout depends on nothing else).
  it('prints every template on A4 and US Letter with every table whole', { timeout: 300_000 }, async () => {
    expect(templates.length).toBeGreaterThan(20);
    const pictured = await screenshotted();
    expect(pictured.size).toBeGreaterThanOrEqual(4);
    const context = await browser.newContext();
    const page = await context.newPage();
    let tables = 0;
    for (const id of templates) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(`${server.url}/templates/${id}/`);
      await page.getByRole('button', { name: 'Fill with sample data' }).click();
      for (const paper of papers) {
        const printable = Math.floor((paper.width - 30) * mm);
        await page.setViewportSize({ width: printable, height: Math.floor((paper.height - 30) * mm) });
        await page.emulateMedia({ media: 'print' });
        const layout = await page.evaluate(() => ({
          pageWidth: document.documentElement.scrollWidth,
          tables: [...document.querySelectorAll('.print-letter table')].map((table) => {
            const box = table.getBoundingClientRect();
            return { left: box.left, right: box.right, scrollWidth: table.scrollWidth, clientWidth: table.clientWidth, visible: box.width > 0 };
          }),
          form: document.getElementById('fill-form')!.getBoundingClientRect().height,
          header: document.querySelector('.site-header')!.getBoundingClientRect().height,
          letter: document.querySelector('.print-letter .letter')!.getBoundingClientRect().height,
          sample: document.getElementById('fill-sample-mark')!.getBoundingClientRect().height,
        }));
        expect(layout.pageWidth, `${id} on ${paper.format}: the page is wider than the paper`).toBeLessThanOrEqual(printable);
        for (const table of layout.tables) {
          tables++;
          expect(table.visible, id).toBe(true);
          expect(table.left, id).toBeGreaterThanOrEqual(0);
          expect(table.right, `${id} on ${paper.format}: a table runs past the printable width`).toBeLessThanOrEqual(printable);
          expect(table.scrollWidth, `${id}: a table is cut inside its box`).toBeLessThanOrEqual(table.clientWidth + 1);
        }
        expect([layout.form, layout.header], `${id}: page chrome prints`).toEqual([0, 0]);
        expect(layout.letter).toBeGreaterThan(100);
        expect(layout.sample, `${id}: a sample letter prints unmarked`).toBeGreaterThan(0);
        if (pictured.has(id)) await page.screenshot({ path: path.join(results, `print-${paper.format}-${id}.png`), fullPage: true });
        if (pdfs.includes(id)) await page.pdf({ path: path.join(results, `print-${paper.format}-${id}.pdf`), format: paper.format });
      }
    }
    // Eleven templates hold a table.
    expect(tables).toBeGreaterThanOrEqual(2 * 11);
    await context.close();
  });
});

describe('on a phone', () => {
  it('fits the filled-in form and letter into 360 pixels with no sideways scrolling', async () => {
    for (const id of ['uk-letter-before-action', 'follow-up-15-days']) {
      const { page, context } = await open(id, { viewport: { width: 360, height: 740 } });
      await page.getByRole('button', { name: 'Fill with sample data' }).click();
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > 361 && !el.closest('.table-scroll')).slice(0, 5).map((el) => `${el.tagName}.${el.className}`),
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${id}: ${wide.join(', ')}`).toBeLessThanOrEqual(360);
      if (id === 'uk-letter-before-action') await page.screenshot({ path: path.join(results, `phone-${id}.png`), fullPage: true });
      await context.close();
    }
  });
});

describe('accessibility', () => {
  // One page filled in, with messages showing, checked in light mode with every rule and then switched to dark mode,
  // where the rules a colour scheme can change run (the style sheet's dark mode swaps colours and nothing else).
  it('has no axe-core violations on a template page being filled in, in light and in dark mode', async () => {
    // axe is evaluated through the debugging protocol, which the page's own CSP does not govern: the page keeps its CSP.
    const { page, context, problems } = await open('uk-statutory-interest-claim', { colorScheme: 'light' });
    await page.getByRole('button', { name: 'Fill with sample data' }).click();
    await page.fill('#fill-contact_email', 'not an address');
    await page.fill('#fill-invoice_number', '');
    await page.getByRole('button', { name: 'Copy letter' }).click();
    await page.evaluate(await readFile(axePath, 'utf8'));
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const violations = await page.evaluate(async (dark) => {
        const options = { resultTypes: ['violations'], ...(dark ? { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } } : {}) };
        const result = await (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, options);
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }, colorScheme === 'dark');
      expect(violations, colorScheme).toEqual([]);
      await page.screenshot({ path: path.join(results, `uk-statutory-interest-claim-${colorScheme}.png`), fullPage: true });
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
