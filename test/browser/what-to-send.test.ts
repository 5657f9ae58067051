import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays } from '../../src/catalog/what-to-send.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/project.ts';
import { serveStatic } from '../helpers/static-server.ts';

const siteDir = inject('siteDir');
const screenshots = path.join(projectRoot, 'test-results', 'screenshots');
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(siteDir);
  browser = await launchBrowser();
  await mkdir(screenshots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Today in the browser's calendar (the test and the browser share the machine's clock and zone). */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

describe('What do I send?, as AR staff use it', () => {
  it('a due date 20 days ago leads to the follow-up template, what it follows and the date of the next step', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    const due = addDays(today(), -20);
    await page.fill('#wts-due', due);
    expect(await page.inputValue('#wts-days')).toBe('20');
    const answer = page.locator('.what-to-send-answer');
    await expect.poll(() => answer.textContent()).toContain('Current step: Follow-up');
    expect(await answer.textContent()).toContain('It follows “First overdue reminder” (the step from day 7).');
    const nextDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${addDays(due, 30)}T00:00:00Z`));
    expect(await answer.textContent()).toContain(`Formal notice on day 30, ${nextDate}`);
    // The collection call runs beside the steps from day 15: its scripts are named with the day's letter.
    expect(await answer.textContent()).toContain('Alongside, from day 15: Collection call: Collection call script (call-script), Voicemail script (voicemail).');
    await page.locator('.what-to-send').screenshot({ path: path.join(screenshots, 'what-to-send.png') });
    // The template link hands the due date on, and the template's form is filled in with it.
    await answer.getByRole('link').first().click();
    await page.waitForURL(/\/templates\/follow-up-15-days\/\?due_date=\d{4}-\d{2}-\d{2}$/);
    expect(new URL(page.url()).searchParams.get('due_date')).toBe(due);
    await page.locator('#fill-form').waitFor();
    expect(await page.inputValue('#fill-due_date')).toBe(due);
    expect(await page.inputValue('#fill-days_past_due')).toBe('20');
    await page.close();
  });

  it('hands on where the customer is: a US customer\'s letter opens in dollars', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.fill('#wts-days', '20');
    await page.selectOption('#wts-where', 'US');
    const answer = page.locator('.what-to-send-answer');
    await expect.poll(() => answer.textContent()).toContain('Current step: Follow-up');
    await answer.getByRole('link').first().click();
    await page.waitForURL(/\/templates\/follow-up-15-days\/\?due_date=\d{4}-\d{2}-\d{2}&where=US$/);
    await page.locator('#fill-form').waitFor();
    expect(await page.inputValue('#fill-currency')).toBe('USD');
    await page.getByRole('button', { name: /sample/i }).first().click();
    await expect.poll(() => page.inputValue('#fill-balance_due')).not.toBe('');
    expect(await page.inputValue('#fill-currency')).toBe('USD');
    await page.close();
  });

  it('offers the statutory interest letter that applies where the customer is from day 30, and none in the US', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.fill('#wts-days', '60');
    const answer = page.locator('.what-to-send-answer');
    await page.selectOption('#wts-where', 'EU');
    await expect.poll(() => answer.textContent()).toContain('If the credit manager decides, from day 30: Statutory interest and compensation (when): Late-payment interest and compensation (EU) (letter).');
    await page.selectOption('#wts-where', 'UK');
    await expect.poll(() => answer.textContent()).toMatch(/If the credit manager decides, from day 30: Statutory interest and compensation \(when\): [^.]*\(UK[^.]*\(letter\)\./);
    expect(await answer.textContent()).not.toContain('(EU)');
    await page.selectOption('#wts-where', 'US');
    await expect.poll(() => answer.textContent()).not.toContain('Statutory interest');
    // Where the customer is not known, the UK-only next step is named as such, with what happens elsewhere.
    await page.selectOption('#wts-where', '');
    await expect.poll(() => answer.textContent()).toContain('That step is for customers in UK only. Elsewhere: the scheduled ladder ends with the current step');
    await page.close();
  });

  it('before day 15 names no call; a dispute names none either, its path pausing everything', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.fill('#wts-days', '10');
    const answer = page.locator('.what-to-send-answer');
    await expect.poll(() => answer.textContent()).toContain('Current step: First overdue reminder');
    expect(await answer.textContent()).not.toContain('Collection call');
    await page.close();
  });

  it('a dispute leads to the acknowledgement and says the reminders pause', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.fill('#wts-days', '40');
    await page.selectOption('#wts-situation', 'dispute');
    const answer = page.locator('.what-to-send-answer');
    await expect.poll(() => answer.textContent()).toContain('pauses the scheduled reminders');
    // The whole invoice questioned, or part of it: a letter for each.
    expect(await answer.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))).toEqual(['/templates/partial-dispute-acknowledgement/', '/templates/dispute-acknowledgement/']);
    await page.close();
  });

  it('names who owns what is sent: a payment plan is the credit manager\'s', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.fill('#wts-days', '40');
    await page.selectOption('#wts-situation', 'payment-plan');
    const answer = page.locator('.what-to-send-answer');
    await expect.poll(() => answer.textContent()).toContain('Payment plan: pauses the scheduled reminders (the account had reached “Formal notice”). Owner: the credit manager.');
    await page.selectOption('#wts-situation', '');
    await expect.poll(() => answer.textContent()).toContain('Current step: Formal notice (days 30 to 44). Owner: the collections lead.');
    await page.close();
  });

  it('without JavaScript, shows the ladder as a plain table of day ranges with each step’s template', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    expect(await page.isHidden('.what-to-send-form')).toBe(true);
    await page.click('.what-to-send-tables summary');
    const rows = await page.locator('.what-to-send-tables table').first().locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())));
    expect(rows[0]).toEqual(['-7 to -1', 'Courtesy reminder', expect.stringContaining('reminder')]);
    expect(rows.map((r) => r[0])).toContain('+14 to +29');
    await context.close();
  });
});
