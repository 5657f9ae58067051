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
  // Every page the site publishes, the 404 page included (served here as /404.html, with status 200).
  pages = (await readdir(siteDir, { recursive: true }))
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`)
    .sort();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens `url` in a new tab of the browser context the tests below share, as one person's browser (nothing they do
 * stores anything in it), in the colour scheme and at the viewport given (light, 1280 × 720 unless said).
 */
async function open(url: string, options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {}): Promise<{ page: Page; context: { close(): Promise<void> }; problems: string[] }> {
  // Clipboard access for the copy button's test.
  shared ??= await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await shared.newPage();
  await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
  await page.setViewportSize(options.viewport ?? { width: 1280, height: 720 });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const response = await page.goto(`${server.url}${url}`);
  if (!response?.ok()) problems.push(`HTTP ${response?.status()} for ${url}`);
  return { page, context: { close: () => page.close() }, problems };
}
let shared: BrowserContext | undefined;

/** What one visit to a page found: each every-page test below asserts on its own part. */
interface Visit {
  url: string;
  /** Console errors, uncaught exceptions, failed loads and Content-Security-Policy violations while it opened. */
  problems: string[];
  /** Heading levels in document order. */
  headings: number[];
  /** axe-core's violations in light mode with every rule but the colour rules (contrast, links told from text by colour). */
  light: string[];
  /** axe-core's violations of the colour rules in light and in dark mode; undefined where the page holds no element in a place (see below) no page checked before held. */
  colours: { light: string[]; dark: string[] } | undefined;
  /** Width of the page on a 390-pixel phone, and what sticks out past it. */
  phone: { width: number; culprits: string[] };
}

type AxeRun = (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;

/**
 * Visits every page once, in one tab, and records all the every-page checks from that visit: a fresh
 * load in light mode at 1280 × 720 (no errors, headings, axe with every rule but the colour rules), the colour
 * rules in light and then in dark mode where the page needs them (below), then the page narrowed to a 390-pixel
 * phone (nothing wider than the screen). Run once, by the first test that needs it. axe-core is added to each page
 * as an init script, which the page's own Content-Security-Policy does not govern, so pages keep their CSP.
 *
 * The colour rules are the costly half of axe, and their verdict on an element follows from the style rules that
 * apply to it: the site's colours come from its style sheets alone (no inline styles under its CSP, no pictures
 * behind text), and dark mode only swaps colour custom properties (src/styles/site.css). So they run on each page
 * that holds an element in a place no page checked before held, a place being the element's tag, classes and the
 * attributes the style sheets select on (Astro's scoped-style attributes among them), its parent's, and its classed
 * ancestors'. Every element the site has, in every setting it appears in, is checked on some page in both modes:
 * about a third of the pages, each layout and each page with a component the others lack.
 */
let survey: Promise<Map<string, Visit>> | undefined;
function visitEveryPage(): Promise<Map<string, Visit>> {
  survey ??= (async () => {
    const visits = new Map<string, Visit>();
    /** Every element's place (see above) on the pages whose colours were checked so far. */
    const coloursChecked = new Set<string>();
    // One tab: on two cores, three tabs took 44 s for what one does in 35 s (each page's load parses axe-core again).
    const context = await browser.newContext({ colorScheme: 'light', viewport: { width: 1280, height: 720 } });
    await context.addInitScript({ path: axePath });
    const page = await context.newPage();
    let problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    for (const url of pages) {
      problems = [];
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 1280, height: 720 });
      const response = await page.goto(`${server.url}${url}`);
      if (!response?.ok()) problems.push(`HTTP ${response?.status()} for ${url}`);
      const headings = await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])));
      const axe = async (colours: boolean) =>
        page.evaluate(async (colours) => {
          const colourRules = ['color-contrast', 'link-in-text-block'];
          // Only violations are collected (resultTypes), which spares axe most of its work.
          const options = colours
            ? { resultTypes: ['violations'], runOnly: { type: 'rule', values: colourRules } }
            : { resultTypes: ['violations'], rules: Object.fromEntries(colourRules.map((rule) => [rule, { enabled: false }])) };
          const result = await (window as unknown as { axe: { run: AxeRun } }).axe.run(document, options);
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        }, colours);
      const light = await axe(false);
      const places = await page.evaluate(() => {
        // The attributes the page's style sheets select on, with the values they compare (none: presence alone).
        const selected = new Map<string, Set<string>>();
        const walk = (rules: CSSRuleList) => {
          for (const rule of rules) {
            if (rule instanceof CSSStyleRule) {
              for (const [, name, value] of rule.selectorText.matchAll(/\[\s*([\w-]+)\s*(?:[~|^$*]?=\s*["']?([^"'\]]*))?/g)) {
                if (!selected.has(name!)) selected.set(name!, new Set());
                if (value !== undefined) selected.get(name!)!.add(value);
              }
            }
            if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
          }
        };
        for (const sheet of document.styleSheets) walk(sheet.cssRules);
        const key = (el: Element) => {
          const attributes = [...selected]
            .filter(([name]) => el.hasAttribute(name))
            .map(([name, values]) => (values.has(el.getAttribute(name)!) ? `[${name}=${el.getAttribute(name)}]` : `[${name}]`));
          return `${el.tagName.toLowerCase()}${[...el.classList].sort().map((c) => `.${c}`).join('')}${attributes.sort().join('')}`;
        };
        return [...document.body.querySelectorAll('*')].map((el) => {
          const setting: string[] = [];
          for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (a === el.parentElement || a.classList.length > 0) setting.push(key(a));
          return `${key(el)} < ${setting.join(' < ')}`;
        });
      });
      let colours: Visit['colours'];
      if (places.some((p) => !coloursChecked.has(p))) {
        for (const p of places) coloursChecked.add(p);
        colours = { light: await axe(true), dark: [] };
        await page.emulateMedia({ colorScheme: 'dark' });
        colours.dark = await axe(true);
      }
      await page.setViewportSize({ width: 390, height: 800 });
      const phone = await page.evaluate(() => ({
        width: document.documentElement.scrollWidth,
        culprits: [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > 391)
          .slice(0, 3)
          .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`),
      }));
      if (url === '/contributing/') {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.screenshot({ path: path.join(screenshots, 'contributing-390.png'), fullPage: true });
      }
      visits.set(url, { url, problems: [...problems], headings, light, colours, phone });
    }
    await context.close();
    return visits;
  })();
  return survey;
}

// Visiting every page takes a while on a loaded two-core machine; this limit is a budget, not a target.
const everyPage = { timeout: 600_000 };

describe('every page in a real browser', () => {
  it('opens with no errors, failed requests or Content-Security-Policy violations', everyPage, async () => {
    expect(pages.length).toBeGreaterThan(40);
    const visits = await visitEveryPage();
    expect([...visits.keys()].sort()).toEqual(pages);
    for (const visit of visits.values()) expect(visit.problems, visit.url).toEqual([]);
  });

  it('has no axe-core accessibility violations, in light and in dark mode', everyPage, async () => {
    const visits = [...(await visitEveryPage()).values()];
    for (const visit of visits) {
      expect(visit.light, `${visit.url} (light)`).toEqual([]);
      if (visit.colours) expect(visit.colours, `${visit.url} (colours, light and dark)`).toEqual({ light: [], dark: [] });
    }
    // Colours were checked on each kind of page, at least.
    const dark = visits.filter((v) => v.colours).map((v) => v.url);
    for (const kind of [/^\/$/, /^\/handbook\/$/, /^\/handbook\/.+/, /^\/templates\/$/, /^\/templates\/.+/, /^\/rules\/$/, /^\/rules\/.+/, /^\/search\/$/, /^\/check\/$/, /^\/changes\/$/, /^\/contributing\/$/, /^\/404\.html$/]) {
      expect(dark.some((url) => kind.test(url)), `colours checked on a page like ${kind}`).toBe(true);
    }
  });

  it('has one h1 and headings in order on every page', everyPage, async () => {
    for (const { url, headings: levels } of (await visitEveryPage()).values()) {
      expect(levels.filter((l) => l === 1), url).toHaveLength(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `${url}: h${levels[i - 1]} then h${levels[i]}`).toBeLessThanOrEqual(1);
    }
  });

  // Moved from rough-edges.test.ts (issue #13): measured in the same visit, the page narrowed to the phone's width.
  it('scrolls sideways on no page on a 390-pixel phone', everyPage, async () => {
    const wide = [...(await visitEveryPage()).values()].filter((v) => v.phone.width > 390).map((v) => `${v.url} (${v.phone.width}px: ${v.phone.culprits.join(', ')})`);
    expect(wide).toEqual([]);
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
    // Pagefind draws each result as a placeholder first and fills it in as its data loads: wait for every title.
    await expect
      .poll(() => page.locator('.pagefind-ui__result').evaluateAll((items) => items.every((item) => item.querySelector('.pagefind-ui__result-link'))), { timeout: 15_000 })
      .toBe(true);
    const links = await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links.slice(0, 3)).toContain('/handbook/bankruptcy/');
    expect((await page.locator('.pagefind-ui__result-excerpt').first().textContent())?.toLowerCase()).toContain('bankruptcy');
    // Each result's title is a heading, so a screen reader moves from result to result.
    await expect.poll(() => page.getByRole('heading', { level: 2 }).count()).toBe(await page.locator('.pagefind-ui__result-title').count());
    await page.screenshot({ path: path.join(screenshots, 'search-results.png'), fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('finds the letter for a stage by the stage\'s name, above pages that only discuss it', async () => {
    const { page, context, problems } = await open('/search/?q=dispute');
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
    await expect
      .poll(() => page.locator('.pagefind-ui__result').evaluateAll((items) => items.every((item) => item.querySelector('.pagefind-ui__result-link'))), { timeout: 15_000 })
      .toBe(true);
    const links = await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    // The letter for a disputed invoice is titled "Acknowledgement of an invoice query": its stage, Dispute, finds it next to
    // the chapter, above the rule pages (each page once: its passages are listed under it).
    expect([...new Set(links)].slice(0, 2), links.join(' ')).toEqual(['/handbook/disputes/', '/templates/dispute-acknowledgement/']);
    // A template's facts (a definition list) are quoted with their words apart, not "StageDispute (polite tone".
    const excerpts = await page.locator('.pagefind-ui__result-excerpt').allTextContents();
    expect(excerpts.join(' | ')).not.toMatch(/StageDispute|SendThe|Also calledinvoice/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('quotes the ladder table\'s tags with their words apart, not "Collection callside path"', async () => {
    const { page, context, problems } = await open('/search/?q=promise%20to%20pay%20side%20path');
    await page.locator('.pagefind-ui__result-excerpt').first().waitFor({ timeout: 15_000 });
    // Each result shows a row of dots until its fragment has loaded: on a busy machine the first read can come before it.
    const excerpts = () => page.locator('.pagefind-ui__result-excerpt').allTextContents().then((texts) => texts.join(' | '));
    await expect.poll(excerpts, { timeout: 15_000 }).toMatch(/side path/);
    expect(await excerpts()).not.toMatch(/[a-z]side path|side path[A-Z]/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each([
    // The stage's other names (content/ladder.yaml alsoCalled): AR software calls the last reminder a final demand.
    ['final demand', '/templates/final-reminder-45-days/'],
    ['letter before claim', '/templates/uk-letter-before-action/'],
    // A clerk's question in their own words finds the chapter that answers it.
    ['how many calls', '/handbook/collection-calls/'],
    // A clerk's subject finds the handbook before a validator rule's example.
    ['write off', '/handbook/referral/'],
    ['stop supply', '/templates/service-suspension-notice/'],
  ])('finds %s among the first three results: %s', async (query, wanted) => {
    const { page, context, problems } = await open(`/search/?q=${encodeURIComponent(query)}`);
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
    await expect
      .poll(() => page.locator('.pagefind-ui__result').evaluateAll((items) => items.every((item) => item.querySelector('.pagefind-ui__result-link'))), { timeout: 15_000 })
      .toBe(true);
    const links = await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect([...new Set(links)].slice(0, 3), links.join(' ')).toContain(wanted);
    // A validator rule's page, for writers, comes after the pages a clerk is looking for.
    expect(links[0], links.join(' ')).not.toMatch(/^\/rules\//);
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
    const { page, context } = await open('/templates/reminder-7-days/');
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
    const { page, context } = await open('/', { viewport: { width: 360, height: 740 } });
    for (const url of ['/', '/handbook/escalation-ladder/', '/templates/', '/templates/statement-of-account/', '/rules/', '/search/?q=plan']) {
      if (url !== '/') await page.goto(`${server.url}${url}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > 361).slice(0, 5).map((el) => `${el.tagName}.${el.className}`),
      );
      expect(width, `${url}: ${wide.join(', ')}`).toBeLessThanOrEqual(360);
      if (url === '/') await page.screenshot({ path: path.join(screenshots, 'home-360.png'), fullPage: true });
    }
    await context.close();
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
