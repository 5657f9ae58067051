/**
 * "Fill in a letter": what a clerk types into each merge field, checked and
 * written out as the letter shows it. Pure (no DOM), so the page's script and
 * Node can both use it. A field's `format` comes from the catalogue
 * (content/fields.yaml).
 */
import { addDays } from '../../catalog/what-to-send.ts';
import type { FieldFormat, Jurisdiction } from '../../model/vocabulary.ts';

export const currencies = {
  GBP: { label: 'Pounds sterling (£)', locale: 'en-GB', symbol: '£' },
  EUR: { label: 'Euro (€)', locale: 'en-IE', symbol: '€' },
  USD: { label: 'US dollars ($)', locale: 'en-US', symbol: '$' },
} as const;
export type Currency = keyof typeof currencies;

/** The currency a customer where it is would be invoiced in: a letter opened for a US customer reads in dollars. */
export const currencyOf: Record<Jurisdiction, Currency> = { US: 'USD', UK: 'GBP', EU: 'EUR' };

export function isCurrency(value: string): value is Currency {
  return Object.hasOwn(currencies, value);
}

/** A field as the browser receives it from the page. */
export interface FillField {
  name: string;
  label: string;
  description: string;
  format: FieldFormat;
  example: string;
}

/** The result of checking what was typed: the text the letter shows, or a message saying what is wrong. */
export type Checked = { ok: true; text: string } | { ok: false; message: string } | { ok: false; empty: true; message: string };

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** YYYY-MM-DD as the letters write dates: "1 October 2026". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}

/** "1 October 2026" (the catalogue's examples) back to YYYY-MM-DD, or undefined. */
export function parseLongDate(text: string): string | undefined {
  const match = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  const month = months.findIndex((name) => name.toLowerCase() === match[2]!.toLowerCase());
  if (month < 0) return undefined;
  const iso = `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/**
 * Every date written out in a text ("due 1 Oct 2026", "15 November 2026 · £1,650.00") moved by
 * `days`, each in the style it was written: the sample's lists of invoices and installments keep
 * step with its date fields when "Fill with sample data" moves them to today.
 */
export function shiftDatesInText(text: string, days: number): string {
  return text.replace(/\b(\d{1,2}) ([A-Z][a-z]{2})([a-z]*) (\d{4})\b/g, (whole, day: string, start: string, rest: string, year: string) => {
    const month = months.findIndex((name) => name === start + rest || (rest === '' && name.startsWith(start)));
    const iso = `${year}-${String(month + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
    if (month < 0 || !isIsoDate(iso)) return whole;
    const [y, m, d] = addDays(iso, days).split('-').map(Number);
    const name = months[m! - 1]!;
    return `${d} ${rest === '' ? name.slice(0, 3) : name} ${y}`;
  });
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** Today's calendar date where the clerk is, as YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** An amount as typed ("4850", "4,850.5", "4 850.00") to a number, or undefined. */
export function parseAmount(text: string): number | undefined {
  const compact = text.trim().replace(/^[£€$]\s*/, '');
  if (!/^(\d{1,3}([, ]\d{3})+|\d+)(\.\d{1,2})?$/.test(compact)) return undefined;
  return Number(compact.replace(/[, ]/g, ''));
}

export function formatMoney(amount: number, currency: Currency): string {
  return new Intl.NumberFormat(currencies[currency].locale, { style: 'currency', currency, minimumFractionDigits: 2 }).format(amount);
}

/** "£4,850.00" (an example) split into a currency and the amount to type. */
export function parseMoney(text: string): { currency: Currency; amount: string } | undefined {
  const currency = (Object.keys(currencies) as Currency[]).find((c) => text.trim().startsWith(currencies[c].symbol));
  const amount = parseAmount(text);
  return currency && amount !== undefined ? { currency, amount: amount.toFixed(2) } : undefined;
}

const emailPattern = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[A-Za-z]{2,}$/;

/**
 * Checks a typed value for a format. Dates arrive as YYYY-MM-DD (from a date
 * input); money as an amount, written out in `currency`.
 */
export function checkValue(format: FieldFormat, raw: string, currency: Currency = 'GBP'): Checked {
  const value = format === 'multiline' ? raw.replace(/\r\n?/g, '\n').trim() : raw.trim();
  if (value === '') return { ok: false, empty: true, message: 'Fill this in' };
  switch (format) {
    case 'text':
      return value.includes('{{') ? { ok: false, message: 'Type the value itself, not a {{field}}' } : { ok: true, text: value };
    case 'multiline':
      return value.includes('{{') ? { ok: false, message: 'Type the value itself, not a {{field}}' } : { ok: true, text: value.split('\n').map((line) => line.trim()).join('\n') };
    case 'date':
      return isIsoDate(value) ? { ok: true, text: formatDate(value) } : { ok: false, message: 'Enter a date, for example 1 October 2026' };
    case 'money': {
      // A symbol typed with the amount must be the letter's currency: a demand in the wrong currency is worse than none.
      const typed = (Object.keys(currencies) as Currency[]).find((c) => value.startsWith(currencies[c].symbol));
      if (typed && typed !== currency) return { ok: false, message: `This amount is in ${currencies[typed].symbol}, but the letter is in ${currencies[currency].symbol}: change the letter's currency, or type the amount in ${currencies[currency].symbol}` };
      const amount = parseAmount(value);
      if (amount === undefined) return { ok: false, message: 'Enter an amount in figures, for example 4850.00' };
      if (amount >= 1e12) return { ok: false, message: 'Check the amount: it is more than a trillion' };
      return { ok: true, text: formatMoney(amount, currency) };
    }
    case 'number':
      return /^-?\d+$/.test(value) ? { ok: true, text: String(Number(value)) } : { ok: false, message: 'Enter a whole number, for example 30' };
    case 'percent': {
      const number = /^\d{1,3}(\.\d{1,3})?\s*%?$/.test(value) ? Number.parseFloat(value) : NaN;
      return Number.isFinite(number) && number <= 100 ? { ok: true, text: `${number}%` } : { ok: false, message: 'Enter a rate between 0 and 100, for example 8.5' };
    }
    case 'email':
      return emailPattern.test(value) ? { ok: true, text: value } : { ok: false, message: 'Enter an email address, for example name@company.com' };
    case 'phone': {
      const digits = value.replace(/\D/g, '');
      return /^\+?[\d\s().\-/]+$/.test(value) && digits.length >= 6 && digits.length <= 15
        ? { ok: true, text: value.replace(/\s+/g, ' ') }
        : { ok: false, message: 'Enter a phone number: digits, spaces and a leading +, for example +44 117 496 0321' };
    }
    case 'url': {
      let url: URL | undefined;
      try {
        url = new URL(value);
      } catch {
        url = undefined;
      }
      return url && (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
        ? { ok: true, text: value }
        : { ok: false, message: 'Enter a full web address starting with https://' };
    }
  }
}

/** What a field's input holds when filled from the catalogue's example (dates and amounts as the inputs take them). */
export function exampleInput(field: FillField): { value: string; currency?: Currency } {
  if (field.format === 'date') return { value: parseLongDate(field.example) ?? '' };
  if (field.format === 'money') {
    const money = parseMoney(field.example);
    return money ? { value: money.amount, currency: money.currency } : { value: '' };
  }
  if (field.format === 'percent') return { value: field.example.replace(/%$/, '') };
  return { value: field.example };
}

/** Replaces every {{name}} in one pass (values are never scanned again), leaving unknown names as written. */
export function fillText(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{([a-z][a-z0-9_]*)\}\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name]! : whole));
}

/**
 * Our company's and the sender's details: the only values remembered in the browser, so a clerk types them once. Not the
 * payment link, which is the invoice's ("A link to pay the invoice online"): remembered, one customer's link went into
 * the next customer's letter.
 */
export const senderFields: readonly string[] = ['our_company', 'contact_name', 'contact_title', 'contact_phone', 'contact_email', 'bank_details'];

/** The line that marks anything copied, downloaded or printed while sample values remain in it. */
export const sampleMark = 'SAMPLE — not for sending';
