import { mkdir, readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/project.ts';
import { serveStatic } from '../helpers/static-server.ts';

const siteDir = inject('siteDir');
const screenshots = path.join(projectRoot, 'test-results', 'screenshots');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let pages: string[];

beforeAll(async () => {
  server = await serveStatic(siteDir);
  browser = await launchBrowser();
  await mkdir(screenshots, { recursive: true });
  pages = (await readdir(siteDir, { recursive: true }))
    .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`)
    .sort();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const response = await page.goto(`${server.url}${url}`);
  if (!response?.ok()) problems.push(`HTTP ${response?.status()} for ${url}`);
  return { page, context, problems };
}

/** Runs `check` on every page, a few tabs at a time. */
async function eachPage(check: (url: string) => Promise<void>): Promise<void> {
  const queue = [...pages];
  await Promise.all(
    Array.from({ length: 3 }, async () => {
      for (let url = queue.shift(); url; url = queue.shift()) await check(url);
    }),
  );
}

// Visiting every page takes a while on a loaded two-core machine; these limits are budgets, not targets.
const everyPage = { timeout: 300_000 };

describe('every page in a real browser', () => {
  it('opens with no errors, failed requests or Content-Security-Policy violations', everyPage, async () => {
    expect(pages.length).toBeGreaterThan(40);
    await eachPage(async (url) => {
      const { context, problems } = await open(url);
      expect(problems, url).toEqual([]);
      await context.close();
    });
  });

  it('has no axe-core accessibility violations, in light and in dark mode', { timeout: 600_000 }, async () => {
    await eachPage(async (url) => {
      // axe is injected as a script, which the page's own CSP would rightly refuse.
      const { page, context } = await open(url, { bypassCSP: true, colorScheme: 'light' });
      await page.addScriptTag({ path: axePath });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        // Every rule in light mode; in dark mode the rules a colour scheme can change. Only violations are collected (resultTypes), which spares axe most of its work.
        const violations = await page.evaluate(async (colours) => {
          const options = { resultTypes: ['violations'], ...(colours ? { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } } : {}) };
          const result = await (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, options);
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        }, colorScheme === 'dark');
        expect(violations, `${url} (${colorScheme})`).toEqual([]);
      }
      await context.close();
    });
  });

  it('has one h1 and headings in order on every page', everyPage, async () => {
    await eachPage(async (url) => {
      const { page, context } = await open(url);
      const levels = await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])));
      expect(levels.filter((l) => l === 1), url).toHaveLength(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `${url}: h${levels[i - 1]} then h${levels[i]}`).toBeLessThanOrEqual(1);
      await context.close();
    });
  });
});

describe('as a person uses it', () => {
  it('starts keyboard navigation at a visible skip link that moves focus to the content', async () => {
    const { page, context } = await open('/handbook/collection-calls/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent, top: document.activeElement?.getBoundingClientRect().top ?? -1 }));
    expect(focused.text).toBe('Skip to content');
    expect(focused.top).toBeGreaterThanOrEqual(0);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it('finds the right chapter for a search, showing the matching passage', async () => {
    const { page, context, problems } = await open('/search/?q=customer%20filed%20for%20bankruptcy');
    const result = page.locator('.pagefind-ui__result').first();
    await result.waitFor({ timeout: 15_000 });
    const links = await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links.slice(0, 3)).toContain('/handbook/bankruptcy/');
    expect((await page.locator('.pagefind-ui__result-excerpt').first().textContent())?.toLowerCase()).toContain('bankruptcy');
    await page.screenshot({ path: path.join(screenshots, 'search-results.png'), fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('sends the header search box to the search page', async () => {
    const { page, context } = await open('/');
    await page.fill('#site-search', 'letter before action');
    await page.press('#site-search', 'Enter');
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
    expect(page.url()).toContain('/search/?q=letter+before+action');
    await context.close();
  });

  it('narrows the template list with the filters', async () => {
    const { page, context } = await open('/templates/');
    const visible = () => page.locator('li[data-stage]:visible');
    const all = await visible().count();
    await page.selectOption('select[name="channel"]', 'letter');
    const letters = await visible().evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset['channel']));
    expect(letters.length).toBeGreaterThan(0);
    expect(letters.length).toBeLessThan(all);
    expect(new Set(letters)).toEqual(new Set(['letter']));
    await page.selectOption('select[name="jurisdiction"]', 'UK');
    const uk = await visible().evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset['jurisdictions']));
    expect(uk.every((j) => j!.split(' ').includes('UK'))).toBe(true);
    expect(await page.locator('.filter-count').textContent()).toBe(`${uk.length} of ${all} templates`);
    await page.click('button[type="reset"]');
    await expect.poll(() => visible().count()).toBe(all);
    await context.close();
  });

  it('copies exactly the plain text a staff member pastes into an email', async () => {
    const { page, context } = await open('/templates/reminder-7-days/', { permissions: ['clipboard-read', 'clipboard-write'] });
    // The file starts with a byte-order mark (so browsers read it as UTF-8) and a header of the template's version and owner; the letter follows the first blank line.
    const expected = (await readFile(path.join(siteDir, 'templates/reminder-7-days.txt'), 'utf8')).replace(/^\uFEFF[\s\S]*?\n\n/, '');
    await page.getByRole('button', { name: 'Copy with {{fields}}' }).click();
    await expect.poll(() => page.locator('.copy-status').first().textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    // Sample data is filled in and copied, marked as sample, by the fill-in form (test/browser/fill-in.test.ts).
    await page.screenshot({ path: path.join(screenshots, 'template.png'), fullPage: true });
    await context.close();
  });

  it('prints a template as a business letter: no navigation, the letter alone', async () => {
    const { page, context } = await open('/templates/formal-notice-30-days/');
    await page.emulateMedia({ media: 'print' });
    const shown = async (selector: string) => page.locator(selector).first().isVisible();
    expect(await shown('.site-header')).toBe(false);
    expect(await shown('aside')).toBe(false);
    expect(await shown('#preview-heading')).toBe(false);
    expect(await shown('.print-letter .letter')).toBe(true);
    expect(await page.locator('.print-letter .letter').evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/Georgia|Times|serif/);
    await page.pdf({ path: path.join(screenshots, 'letter.pdf'), format: 'A4' });
    await page.screenshot({ path: path.join(screenshots, 'letter-print.png'), fullPage: true });
    await context.close();
  });

  it('prints a chapter without navigation', async () => {
    const { page, context } = await open('/handbook/disputes/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.pager').isVisible()).toBe(false);
    expect(await page.locator('article h1').isVisible()).toBe(true);
    await context.close();
  });

  it('fits a 360-pixel-wide phone with no sideways scrolling', async () => {
    for (const url of ['/', '/handbook/escalation-ladder/', '/templates/', '/templates/statement-of-account/', '/rules/', '/search/?q=plan']) {
      const { page, context } = await open(url, { viewport: { width: 360, height: 740 } });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > 361).slice(0, 5).map((el) => `${el.tagName}.${el.className}`),
      );
      expect(width, `${url}: ${wide.join(', ')}`).toBeLessThanOrEqual(360);
      if (url === '/') await page.screenshot({ path: path.join(screenshots, 'home-360.png'), fullPage: true });
      await context.close();
    }
  });

  it('follows the system dark mode', async () => {
    const { page, context } = await open('/handbook/escalation-ladder/', { colorScheme: 'dark' });
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(150);
    await page.screenshot({ path: path.join(screenshots, 'chapter-dark.png') });
    await context.close();
  });

  it('saves screenshots of the home page and a chapter', async () => {
    for (const [name, url] of [['home', '/'], ['chapter', '/handbook/escalation-ladder/']] as const) {
      const { page, context } = await open(url, { viewport: { width: 1280, height: 900 } });
      await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
      await context.close();
    }
  });
});
