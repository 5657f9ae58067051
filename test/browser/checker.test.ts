import { mkdir, mkdtemp, readdir, readFile, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { validate } from '../../src/validator/engine.ts';
import { toPlain, type PlainResult } from '../../src/validator/serialize.ts';
import type { CheckRequest } from '../../src/checker/check.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/project.ts';
import { serveStatic } from '../helpers/static-server.ts';

const siteDir = inject('siteDir');
const screenshots = path.join(projectRoot, 'test-results', 'screenshots');

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(siteDir);
  // Scroll bars that take room, as on most desktops: one test needs them, and the others check what a desktop shows.
  browser = await launchBrowser({ scrollBars: true });
  await mkdir(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Checker = { page: Page; context: BrowserContext; problems: string[]; requests: { url: string; body: string }[]; workerUrl: string };

/**
 * The checker page, loaded and ready, opened once for the file by the first test that needs it: starting its worker
 * (the models) is most of the cost of a test, 2 to 5 seconds on a busy machine, and the tests below only type, pick
 * and open files in it. Each test gets it back as first opened (see `useChecker`), with its own list of problems and
 * of the requests made from then on.
 */
let checker: Promise<Checker> | undefined;
function openChecker(): Promise<Checker> {
  checker ??= (async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const opened: Checker = { page, context, problems: [], requests: [], workerUrl: '' };
    page.on('console', (message) => {
      if (message.type() === 'error') opened.problems.push(message.text());
    });
    page.on('pageerror', (error) => opened.problems.push(error.message));
    const worker = page.waitForEvent('worker');
    await page.goto(`${server.url}/check/`);
    opened.workerUrl = (await worker).url();
    await expect.poll(() => page.textContent('#checker-status'), { timeout: 30_000 }).toBe('Type or paste a letter to check it.');
    context.on('request', (request) => opened.requests.push({ url: request.url(), body: request.postData() ?? '' }));
    return opened;
  })();
  return checker;
}

/**
 * The file's checker page as first opened: online, a draft with no stage, no text and no file, nothing focused, its
 * result shown for that; and the problems and requests it records counted afresh. The state is set in one step and
 * the text box told once, as typing does, so exactly one result follows (a check still under way from a failed test
 * is superseded, as the page shows only the newest text's result).
 */
async function useChecker(): Promise<Checker> {
  const opened = await openChecker();
  const { page, context } = opened;
  await context.setOffline(false);
  const before = await page.evaluate(() => {
    const before = document.getElementById('checker-status')!.dataset['results'];
    (document.querySelector('input[name="kind"][value="draft"]') as HTMLInputElement).checked = true;
    (document.getElementById('stage') as HTMLSelectElement).value = '';
    const box = document.getElementById('letter') as HTMLTextAreaElement;
    box.value = '';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
    return before;
  });
  await expect.poll(async () => (await page.getAttribute('#checker-status', 'data-results')) !== before, { timeout: 30_000 }).toBe(true);
  expect(await page.textContent('#checker-status')).toBe('Type or paste a letter to check it.');
  expect(await page.textContent('#file-name')).toBe('');
  expect(await page.isVisible('#checker-stage')).toBe(true);
  opened.problems.length = 0;
  opened.requests.length = 0;
  return opened;
}

/** The rules of the problems listed, by their links. */
function ruleIds(page: Page): Promise<string[]> {
  return page.locator('#problems .problem-rule a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname.split('/').at(-2) ?? ''));
}

/** Types `text` into the letter box (replacing what is there) and waits for the result of exactly that text. */
async function typeLetter(page: Page, text: string): Promise<string> {
  const before = await page.getAttribute('#checker-status', 'data-results');
  await page.fill('#letter', text);
  await expect.poll(async () => (await page.getAttribute('#checker-status', 'data-results')) !== before, { timeout: 30_000 }).toBe(true);
  return (await page.textContent('#checker-status')) ?? '';
}

const harmful = [
  'Dear Ms Okafor,',
  '',
  'Invoice 20417 is now 40 days overdue. If payment is not received by Friday, bailiffs will be instructed.',
  '',
  'We will also let your bank know that you do not pay your invoices.',
  '',
  'Regards,',
  'Credit Control',
].join('\n');

const fair = [
  'Dear Ms Okafor,',
  '',
  'Invoice 20417 for £3,840.00 fell due on 2 September and is now 40 days overdue. Please pay by 14 October, or call me if something about the invoice is holding it up.',
  '',
  'Regards,',
  'Credit Control',
].join('\n');

describe('Check a letter, as a writer uses it', () => {
  it('loads the checker on its own page only', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' || request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname);
    });
    for (const url of ['/', '/templates/', '/handbook/disputes/', '/rules/threats/']) await page.goto(`${server.url}${url}`, { waitUntil: 'networkidle' });
    expect(scripts.filter((s) => /worker|check/.test(s))).toEqual([]);
    await context.close();
  });

  it('underlines each problem of a harmful draft where it is, and lists why, instead and the rule', async () => {
    const { page, problems } = await useChecker();
    expect(await typeLetter(page, harmful)).toBe('2 errors.');
    const marked = await page.locator('#backdrop mark.error').allTextContents();
    expect(marked).toEqual(['bailiffs', 'We will also let your bank know']);
    const items = page.locator('#problems li');
    await expect.poll(() => items.count()).toBe(2);
    const first = items.nth(0);
    expect(await first.locator('.problem-where').textContent()).toBe('Line 3, column 77');
    expect(await first.textContent()).toContain('Why:');
    expect(await first.locator('.problem-rule a').getAttribute('href')).toBe(`${server.url}/rules/threats/`);
    // The place in the list selects the words in the text.
    await items.nth(1).locator('.problem-where').click();
    expect(await page.evaluate(() => {
      const box = document.getElementById('letter') as HTMLTextAreaElement;
      return box.value.slice(box.selectionStart, box.selectionEnd);
    })).toBe('We will also let your bank know');
    await page.screenshot({ path: path.join(screenshots, 'check-a-letter.png'), fullPage: true });
    // Fixing the letter clears the problems and the marks.
    expect(await typeLetter(page, fair)).toBe('No problems in the wording.');
    expect(await page.locator('#backdrop mark').count()).toBe(0);
    expect(await items.count()).toBe(0);
    // A letter copied from a template with a field left unfilled is not ready to send, whatever its wording (a clerk's trial).
    expect(await typeLetter(page, fair.replace('14 October', '{{next_step_date}}').replace('Dear Ms Okafor,', 'Dear {{ next_step_date }},'))).toBe('No problems in the wording. 1 merge field still to fill in before sending: {{next_step_date}}.');
    // … and is not shown as clean (a review).
    expect(await page.getAttribute('#checker-status', 'data-state')).not.toBe('clean');
    expect(problems).toEqual([]);
  });

  it('underlines the words themselves after emoji, and keeps them under the text as it scrolls with scroll bars that take room', async () => {
    const { page } = await useChecker();
    expect(await typeLetter(page, 'Dear Sam,\n\n👨‍👩‍👧 🇬🇧 Pay now, you are deadbeats.\n')).toBe('1 error.');
    expect(await page.locator('#backdrop mark').allTextContents()).toEqual(['deadbeats']);
    // The same tab, a long letter typed over the first (the browser's scroll bars take room: see beforeAll).
    const tab = page;
    const paragraph = 'Invoice 4471 remains unpaid and we would be grateful for payment or a call to agree a plan at your convenience this week. ';
    await typeLetter(tab, `${paragraph.repeat(3)}\n\n`.repeat(20) + 'Pay now, you are deadbeats.\n');
    const geometry = await tab.evaluate(() => {
      const area = document.getElementById('letter') as HTMLTextAreaElement;
      const copy = document.getElementById('backdrop')!;
      area.scrollTop = area.scrollHeight;
      area.dispatchEvent(new Event('scroll'));
      const width = (el: HTMLElement) => el.clientWidth - parseFloat(getComputedStyle(el).paddingLeft) - parseFloat(getComputedStyle(el).paddingRight);
      return { scrollBar: area.offsetWidth - area.clientWidth, text: width(area), copy: width(copy), textTop: area.scrollTop, copyTop: copy.scrollTop };
    });
    expect(geometry.scrollBar).toBeGreaterThan(2);
    expect(geometry.copy).toBeCloseTo(geometry.text, 0);
    expect(geometry.copyTop).toBe(geometry.textTop);
    await tab.screenshot({ path: path.join(screenshots, 'check-a-letter-scrolled.png') });
  });

  it('reads an opened file as npm run lint does: an empty, binary or non-UTF-8 file is an error, not a clean letter', async () => {
    const { page } = await useChecker();
    const open = async (name: string, bytes: number[], reasons: string[]) => {
      await page.setInputFiles('#file', { name, mimeType: 'text/markdown', buffer: Buffer.from(bytes) });
      await expect.poll(() => page.locator('#problems .problem-reason').allTextContents(), { timeout: 30_000 }).toEqual(reasons);
    };
    await open('empty.md', [], ['File is empty']);
    await open('latin1.md', [...Buffer.from('Dear Ren'), 0xe9, ...Buffer.from(',\n')], ['Not UTF-8 text: byte 0xe9 at offset 8; save the file as UTF-8']);
  });

  it('checks a draft against the stage it will be sent at', async () => {
    const { page } = await useChecker();
    // Without a stage, a step named with no condition or date is advice; at a stage that may not name it, an error.
    expect(await typeLetter(page, 'Dear Sam,\n\nWe will stop supplying you.\n')).toBe('1 warning.');
    await page.selectOption('#stage', 'overdue-7');
    await expect.poll(() => page.textContent('#checker-status'), { timeout: 30_000 }).toBe('1 error.');
    expect(await ruleIds(page)).toEqual(['escalation']);
  });

  it('checks an opened template file for its content too: a missing field, notice or subject is listed with the wording problems', async () => {
    const { page } = await useChecker();
    const original = await readFile(path.join(projectRoot, 'templates', 'follow-up-15-days.mdx'), 'utf8');
    const broken = original.replace(/^subject:.*\n/m, '').replaceAll('{{due_date}}', 'the due date');
    await page.setInputFiles('#file', { name: 'follow-up-15-days.mdx', mimeType: 'text/markdown', buffer: Buffer.from(broken) });
    await expect.poll(() => page.textContent('#file-name')).toBe('follow-up-15-days.mdx');
    expect(await page.isChecked('input[name="kind"][value="template"]')).toBe(true);
    await expect.poll(() => page.textContent('#checker-status'), { timeout: 30_000 }).toMatch(/error/);
    const rules = await ruleIds(page);
    expect(rules).toContain('frontmatter');
    expect(rules).toContain('required-content');
    expect(await page.isHidden('#checker-stage')).toBe(true);
  });

  it('sends nothing anywhere: no request at all while typing, and it keeps checking offline', async () => {
    const { page, context, requests } = await useChecker();
    const secret = 'Acme Widgets Ltd owes 48,213.77 on invoice ZX-99812';
    expect(await typeLetter(page, `Dear Sir,\n\n${secret}. Pay now or else.\n`)).toMatch(/error/);
    await context.setOffline(true);
    try {
      expect(await typeLetter(page, `Dear Sir,\n\n${secret}. Please pay by 3 March.\n`)).toBe('No problems in the wording.');
    } finally {
      await context.setOffline(false);
    }
    expect(requests).toEqual([]);
  });
});

/** Every message as the writer sees it, in order: the rule page by its path, since the two run at different addresses. */
function comparable(messages: PlainResult['messages']) {
  return messages.map((m) => {
      const place = m.place && 'start' in m.place ? m.place : m.place ? { start: m.place, end: m.place } : undefined;
      return {
        at: place ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}` : '',
        ruleId: m.ruleId,
        fatal: m.fatal,
        reason: m.reason,
        actual: m.actual,
        expected: m.expected,
        note: m.note,
        rule: m.url ? new URL(m.url).pathname : undefined,
      };
    });
}

/**
 * What `npm run lint` says about each of `files`, by file. One run for all of them: a file's messages are the
 * same as when it is checked alone (the validator checks each file against the project's data, never against
 * the other files named), and one run costs a tenth of one run per file.
 */
async function lint(root: string, files: string[], languageOnly: boolean): Promise<Map<string, PlainResult['messages']>> {
  const report = await validate({ root, paths: files, languageOnly, cache: false, workers: 0 });
  const byPath = new Map(report.files.map((f) => [f.file.path, toPlain(f).messages]));
  return new Map(files.map((file) => [file, byPath.get(file) ?? []]));
}

/**
 * Checks every request in a worker started from the page's own worker script (the bundle the page loads), in order.
 * The worker is started once in the file's checker page, by the first test that needs it, and serves both tests
 * below: starting the worker (its models) is most of the cost of a small check.
 */
async function checkInBrowser(requests: CheckRequest[]): Promise<PlainResult[]> {
  const { page, workerUrl } = await useChecker();
  return page.evaluate(
    ({ workerUrl, requests }) => {
      type Checking = { worker: Worker; ready: Promise<void>; next: number; waiting: Map<number, { resolve(result: PlainResult): void; reject(error: Error): void }> };
      const scope = window as unknown as { parityWorker?: Checking };
      if (!scope.parityWorker) {
        const worker = new Worker(workerUrl, { type: 'module' });
        const waiting: Checking['waiting'] = new Map();
        let started: () => void;
        const ready = new Promise<void>((resolve, reject) => {
          started = resolve;
          worker.addEventListener('error', (event) => reject(new Error(event.message)));
        });
        worker.addEventListener('error', (event) => waiting.forEach(({ reject }) => reject(new Error(event.message))));
        worker.addEventListener('message', (event: MessageEvent) => {
          if ('ready' in event.data) return started();
          const answer = waiting.get(event.data.id)!;
          waiting.delete(event.data.id);
          if ('error' in event.data) answer.reject(new Error(event.data.error));
          else answer.resolve(event.data.result);
        });
        scope.parityWorker = { worker, ready, next: 0, waiting };
      }
      const checking = scope.parityWorker;
      return checking.ready.then(() =>
        Promise.all(
          requests.map(
            (request) =>
              new Promise<PlainResult>((resolve, reject) => {
                const id = checking.next++;
                checking.waiting.set(id, { resolve, reject });
                checking.worker.postMessage({ ...request, id });
              }),
          ),
        ),
      );
    },
    { workerUrl, requests },
  );
}

describe('the page and npm run lint agree', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'fair-collections-checker-'));
    await cp(path.join(projectRoot, 'content'), path.join(scratch, 'content'), { recursive: true });
    await mkdir(path.join(scratch, 'templates'));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('on every template, as written and with a threat, a misspelt merge field and a missing subject', { timeout: 300_000 }, async () => {
    const names = (await readdir(path.join(projectRoot, 'templates'))).filter((n) => n.endsWith('.mdx')).sort();
    const cases: { file: string; request: CheckRequest }[] = [];
    for (const name of names) {
      const text = await readFile(path.join(projectRoot, 'templates', name), 'utf8');
      cases.push({ file: path.join(projectRoot, 'templates', name), request: { text, kind: 'template', name } });
      // The same file broken three ways, in a copy of the project (one file per copy name, so ids still match file names).
      const variant = `${text.replace(/^subject:.*\n/m, '').replaceAll('{{due_date}}', '{{due_dat}}').trimEnd()}\n\nIf you do not pay by Friday, we will tell your customers and your bank.\n`;
      await writeFile(path.join(scratch, 'templates', name), variant);
      cases.push({ file: path.join(scratch, 'templates', name), request: { text: variant, kind: 'template', name } });
    }
    // The page checks in its worker while this process lints.
    const checked = checkInBrowser(cases.map((c) => c.request));
    checked.catch(() => {}); // Awaited below, after the lint.
    const linted = new Map([
      ...(await lint(projectRoot, cases.filter((c) => !c.file.startsWith(scratch)).map((c) => c.file), false)),
      ...(await lint(scratch, cases.filter((c) => c.file.startsWith(scratch)).map((c) => c.file), false)),
    ]);
    const browserResults = await checked;
    let withProblems = 0;
    for (const [i, { file }] of cases.entries()) {
      const expected = comparable(linted.get(file)!);
      if (expected.length > 0) withProblems++;
      expect(comparable(browserResults[i]!.messages), file).toEqual(expected);
    }
    // The comparison means something: every broken copy has problems.
    expect(withProblems).toBeGreaterThanOrEqual(names.length);
  });

  it('on every passage of the judgement corpora, checked as drafts', { timeout: 300_000 }, async () => {
    // The locked test split (corpus-public/test) is left out: it is measured by npm run judgement alone.
    const folders = ['corpus', 'corpus-heldout', 'corpus-blind', 'corpus-fresh', 'corpus-fresh2', 'corpus-public/dev'].flatMap((c) => ['aggressive', 'fair'].map((label) => path.join(projectRoot, 'test', c, label)));
    const files = (await Promise.all(folders.map(async (dir) => (await readdir(dir)).filter((n) => n.endsWith('.md')).map((n) => path.join(dir, n))))).flat();
    const texts = await Promise.all(files.map((f) => readFile(f, 'utf8')));
    const checked = checkInBrowser(texts.map((text, i) => ({ text, kind: 'draft', name: path.basename(files[i]!) })));
    checked.catch(() => {}); // Awaited below, after the lint.
    const linted = await lint(projectRoot, files, true);
    const browserResults = await checked;
    let flagged = 0;
    for (const [i, file] of files.entries()) {
      const expected = comparable(linted.get(file)!);
      if (expected.length > 0) flagged++;
      expect(comparable(browserResults[i]!.messages), file).toEqual(expected);
    }
    expect(files.length).toBeGreaterThan(900);
    expect(flagged).toBeGreaterThan(300);
  });
});
