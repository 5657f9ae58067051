import { mkdir, readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ladderPlan, whatToSend } from '../../src/catalog/what-to-send.ts';
import { loadLibrary } from '../../src/library/load.ts';
import { describeStageDays } from '../../src/site/ladder-layout.ts';
import { pastDueWords, whenToSend } from '../../src/site/when-to-send.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/project.ts';
import { serveStatic } from '../helpers/static-server.ts';

// The site's rough edges (issue #13, items 4 and 5), each as a person meets it in a real browser.

const siteDir = inject('siteDir');
const screenshots = path.join(projectRoot, 'test-results', 'screenshots');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const library = await loadLibrary(projectRoot);
const schemes = ['light', 'dark'] as const;

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
/** One browser context for the file, as one person's browser: each test opens its own tab. Nothing here stores anything in the browser. */
let shared: BrowserContext;

beforeAll(async () => {
  // As the plainest hosts serve it: .txt with no character set, and the site's own 404 page.
  server = await serveStatic(siteDir, { plainHost: true });
  browser = await launchBrowser();
  shared = await browser.newContext();
  await mkdir(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  /** Closes the tab. */
  context: { close(): Promise<void> };
  problems: string[];
  status: number | undefined;
}

/** Opens `url` in a new tab of the file's browser context, in the colour scheme and at the viewport given (light, 1280 × 720 unless said). */
async function open(url: string, options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {}): Promise<Opened> {
  const page = await shared.newPage();
  await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
  await page.setViewportSize(options.viewport ?? { width: 1280, height: 720 });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 404/.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const response = await page.goto(`${server.url}${url}`);
  return { page, context: { close: () => page.close() }, problems, status: response?.status() };
}

const axeSource = await readFile(axePath, 'utf8');

/**
 * axe-core's violations on the page as it is now. axe is evaluated through the browser's debugging protocol, which
 * the page's own Content-Security-Policy does not govern, so pages are checked with their CSP in force. In dark mode
 * only the rules a colour scheme can change run: the style sheet's dark mode swaps colour custom properties and
 * nothing else (src/styles/site.css), so every other rule gives what it gives in light mode.
 */
async function axe(page: Page, colorScheme: 'light' | 'dark' = 'light'): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (dark) => {
    const options = { resultTypes: ['violations'], ...(dark ? { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } } : {}) };
    const result = await (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, options);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, colorScheme === 'dark');
}

/** WCAG contrast ratio of an element's text colour on its own (opaque) background colour. */
async function contrastOf(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((el) => {
    const rgb = (css: string) => css.match(/[\d.]+/g)!.slice(0, 3).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const [R, G, B] = [r!, g!, b!].map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
    };
    // The background is the first opaque one from the element outwards.
    let node: Element | null = el;
    let background = 'rgb(255, 255, 255)';
    while (node) {
      const bg = getComputedStyle(node).backgroundColor;
      if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) {
        background = bg;
        break;
      }
      node = node.parentElement;
    }
    const [a, b] = [luminance(rgb(getComputedStyle(el).color)), luminance(rgb(background))];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
}

const searchFor = '/search/?q=payment%20plan';

describe('search', () => {
  for (const colorScheme of schemes) {
    it(`is readable in ${colorScheme} mode: the box, the count, titles and excerpts contrast with the page, and axe finds nothing`, async () => {
      const { page, context, problems } = await open(searchFor, { colorScheme, viewport: { width: 1280, height: 1000 } });
      await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
      await page.screenshot({ path: path.join(screenshots, `search-${colorScheme}.png`), fullPage: true });
      for (const part of ['.pagefind-ui__search-input', '.pagefind-ui__message', '.pagefind-ui__result-link', '.pagefind-ui__result-excerpt', '.pagefind-ui__result-tag']) {
        expect(await contrastOf(page, `#search ${part}`), part).toBeGreaterThanOrEqual(4.5);
      }
      expect(await axe(page, colorScheme)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('labels every result as a template, a handbook chapter or a rule, above its title', async () => {
    const { page, context } = await open(searchFor);
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
    // Pagefind draws each result as a placeholder first and fills it in as its data loads: wait for every title.
    await expect
      .poll(() => page.locator('#search .pagefind-ui__result').evaluateAll((items) => items.every((item) => item.querySelector('.pagefind-ui__result-link'))), { timeout: 15_000 })
      .toBe(true);
    const results = await page.locator('#search .pagefind-ui__result').evaluateAll((items) =>
      items.map((item) => {
        const tag = item.querySelector<HTMLElement>('[data-pagefind-ui-meta="type"]');
        const title = item.querySelector<HTMLElement>('.pagefind-ui__result-link')!;
        return {
          path: new URL(title.getAttribute('href')!, location.href).pathname,
          label: tag?.textContent?.trim(),
          visible: !!tag && tag.getBoundingClientRect().height > 0,
          above: !!tag && tag.getBoundingClientRect().bottom <= title.getBoundingClientRect().top + 1,
        };
      }),
    );
    expect(results.length).toBeGreaterThan(3);
    const expected = (p: string) => (p.startsWith('/templates/') ? 'Template' : p.startsWith('/handbook/') ? 'Handbook chapter' : 'Validator rule');
    for (const result of results) {
      expect(result.label, result.path).toBe(`Type: ${expected(result.path)}`);
      expect(result.visible && result.above, result.path).toBe(true);
    }
    expect(results.map((r) => r.label)).toEqual(expect.arrayContaining(['Type: Template', 'Type: Handbook chapter']));
    await context.close();
  });
});

describe('searching by days late', () => {
  const plan = ladderPlan(library.catalog.ladder);
  /** The step for `day` and the addresses of its templates, from the ladder and the templates themselves. */
  const letterFor = (day: number) => {
    const step = whatToSend(plan, day).stage!;
    return { step, paths: library.templates.filter((t) => t.stage.id === step.id).map((t) => `/templates/${t.id}/`) };
  };

  /** Pagefind's results once each is filled in (it draws placeholders first): address and label. */
  async function results(page: Page): Promise<{ path: string; label: string | undefined }[]> {
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
    await expect
      .poll(() => page.locator('#search .pagefind-ui__result').evaluateAll((items) => items.every((item) => item.querySelector('.pagefind-ui__result-link'))), { timeout: 15_000 })
      .toBe(true);
    return page.locator('#search .pagefind-ui__result').evaluateAll((items) =>
      items.map((item) => ({
        path: new URL(item.querySelector('.pagefind-ui__result-link')!.getAttribute('href')!, location.href).pathname,
        label: item.querySelector('[data-pagefind-ui-meta="type"]')?.textContent?.trim(),
      })),
    );
  }

  // Pagefind matches words, not a number inside a stage's days ("20" is on no template page): the ladder answers
  // the number above the results, and each template's weighted "When to send" line ranks templates above chapters.
  for (const [query, colorScheme] of [['20 days late', 'light'], ['30 days overdue', 'dark'], ['invoice 45 days past due', 'light']] as const) {
    it(`puts the letter to send first for "${query}": the ladder's step and its templates, then results led by a template (${colorScheme} mode)`, async () => {
      const day = Number(/\d+/.exec(query)![0]);
      const { step, paths } = letterFor(day);
      const { page, context, problems } = await open(`/search/?q=${encodeURIComponent(query)}`, { colorScheme });
      const answer = page.locator('#search-answer');
      await answer.waitFor();
      const text = (await answer.textContent())!.replace(/\s+/g, ' ');
      expect(text).toContain(`What to send at ${day} days past due`);
      expect(text).toContain(`${step.name} (days ${step.days.from}–${step.days.to})`);
      // The first links in the page's content are the templates for that day.
      const links = await page.locator('main a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(links.slice(0, paths.length)).toEqual(paths);
      const found = await results(page);
      expect(found[0]?.label, JSON.stringify(found)).toBe('Type: Template');
      await page.screenshot({ path: path.join(screenshots, `search-days-${day}-${colorScheme}.png`), fullPage: true });
      expect(await axe(page, colorScheme)).toEqual([]);
      // The template says when it is sent, in the words searched with.
      await page.locator('#search-answer a').first().click();
      await page.waitForURL(`**${paths[0]}`);
      // The other words for it, for search, are in the line but hidden: it reads "14–29 days past due".
      expect(await page.locator('.when-to-send').textContent()).toBe(`When to send: ${whenToSend(step)}${pastDueWords}`);
      expect(await page.locator('.when-to-send .visually-hidden').evaluate((span) => span.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('follows the query as it is retyped, and says nothing for a search without days', async () => {
    const { page, context } = await open('/search/?q=20%20days%20late');
    const answer = page.locator('#search-answer');
    await answer.waitFor();
    await page.locator('#search input').fill('payment plan');
    await expect.poll(() => answer.isVisible()).toBe(false);
    await page.locator('#search input').fill('overdue by 50 days');
    await expect.poll(async () => (await answer.textContent())?.includes(letterFor(50).step.name)).toBe(true);
    await context.close();
  });
});

describe('a missing page', () => {
  for (const colorScheme of schemes) {
    it(`answers 404 with the site's own page in ${colorScheme} mode: search and the way to the handbook, templates and "Check a letter"`, async () => {
      const { page, context, status, problems } = await open('/templates/reminder-7-dayz/', { colorScheme });
      expect(status).toBe(404);
      expect(await page.locator('h1').textContent()).toBe('Page not found');
      expect(await page.locator('.site-header').isVisible()).toBe(true);
      expect(await page.title()).toBe('Page not found · Fair Collections');
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      const links = await page.locator('main a').evaluateAll((as) => as.map((a) => [a.textContent?.trim(), (a as HTMLAnchorElement).pathname]));
      expect(links).toEqual(expect.arrayContaining([expect.arrayContaining(['/handbook/']), expect.arrayContaining(['/templates/']), ['Check a letter', '/check/']]));
      await page.screenshot({ path: path.join(screenshots, `404-${colorScheme}.png`), fullPage: true });
      expect(await axe(page, colorScheme)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('searches from the 404 page', async () => {
    const { page, context } = await open('/no-such-page/');
    await page.locator('#not-found-q').fill('bankruptcy');
    await page.locator('main').getByRole('button', { name: 'Search' }).click();
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).pathname).toBe('/search/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('bankruptcy');
    await context.close();
  });
});

describe('the template index', () => {
  const groups = library.catalog.ladder.stages.filter((stage) => library.templates.some((t) => t.stage.id === stage.id));

  it('is compact: grouped by stage in ladder order, each headed by its name and day range from the ladder', async () => {
    const { page, context } = await open('/templates/', { viewport: { width: 1280, height: 900 } });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    // It was about 7,000 px for 23 templates.
    expect(height).toBeLessThan(3000);
    const headings = await page.locator('[data-stage-group] h3').evaluateAll((hs) => hs.map((h) => h.textContent?.replace(/\s+/g, ' ').trim()));
    const inOrder = [...groups.filter((s) => s.kind === 'step'), ...groups.filter((s) => s.kind === 'side')];
    expect(headings).toEqual(inOrder.map((stage) => `${stage.name} ${describeStageDays(stage)}`));
    expect(await page.locator('li[data-stage]').count()).toBe(library.templates.length);
    await page.screenshot({ path: path.join(screenshots, 'templates-index.png'), fullPage: true });
    await context.close();
  });

  it('keeps the filters in the address, so a reload or a shared link keeps them', async () => {
    const { page, context } = await open('/templates/');
    await page.selectOption('select[name="channel"]', 'letter');
    await page.selectOption('select[name="jurisdiction"]', 'UK');
    await expect.poll(() => new URL(page.url()).search).toBe('?channel=letter&jurisdiction=UK');
    const shown = await page.locator('li[data-stage]:visible').count();
    const expected = library.templates.filter((t) => t.frontmatter.channel === 'letter' && t.frontmatter.jurisdictions.includes('UK')).length;
    expect(shown).toBe(expected);
    await page.reload();
    expect(await page.locator('select[name="channel"]').inputValue()).toBe('letter');
    expect(await page.locator('select[name="jurisdiction"]').inputValue()).toBe('UK');
    expect(await page.locator('li[data-stage]:visible').count()).toBe(expected);
    await context.close();

    // A shared link, opened fresh.
    const shared = await open(`/templates/?stage=${groups[0]!.id}`);
    expect(await shared.page.locator('li[data-stage]:visible').evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset['stage']))).toEqual(
      library.templates.filter((t) => t.stage.id === groups[0]!.id).map(() => groups[0]!.id),
    );
    await shared.context.close();
  });

  // A combination no template has, found from the data.
  const empty = groups
    .flatMap((stage) => (['US', 'UK', 'EU'] as const).map((j) => ({ stage, jurisdiction: j })))
    .find(({ stage, jurisdiction }) => !library.templates.some((t) => t.stage.id === stage.id && t.frontmatter.jurisdictions.includes(jurisdiction)));

  for (const colorScheme of schemes) {
    it(`says what matched nothing and offers to clear the filters (${colorScheme} mode)`, async () => {
      expect(empty, 'a stage and a jurisdiction with no template').toBeDefined();
      const { stage, jurisdiction } = empty!;
      const { page, context } = await open(`/templates/?stage=${stage.id}&jurisdiction=${jurisdiction}`, { colorScheme });
      const box = page.locator('.filter-empty');
      await box.waitFor();
      const text = (await box.textContent())!.replace(/\s+/g, ' ');
      expect(text).toContain('No template matches');
      expect(text).toContain(stage.name);
      expect(text).toContain('jurisdiction');
      expect(await page.locator('.filter-count').textContent()).toBe(`0 of ${library.templates.length} templates`);
      await page.screenshot({ path: path.join(screenshots, `templates-empty-${colorScheme}.png`) });
      expect(await axe(page, colorScheme)).toEqual([]);
      // Each filter can be dropped on its own, the button saying how many templates that shows.
      const withoutJurisdiction = library.templates.filter((t) => t.stage.id === stage.id).length;
      const drop = page.getByRole('button', { name: `Any jurisdiction (${withoutJurisdiction} template${withoutJurisdiction === 1 ? '' : 's'})` });
      await drop.click();
      await expect.poll(() => page.locator('li[data-stage]:visible').count()).toBe(withoutJurisdiction);
      expect(new URL(page.url()).search).toBe(`?stage=${stage.id}`);
      await page.selectOption('select[name="jurisdiction"]', jurisdiction);
      await page.getByRole('button', { name: 'Clear the filters' }).click();
      await expect.poll(() => page.locator('li[data-stage]:visible').count()).toBe(library.templates.length);
      expect(await box.isVisible()).toBe(false);
      expect(new URL(page.url()).search).toBe('');
      await context.close();
    });
  }

  // axe-core on the index as first shown, in light and dark mode: test/browser/site.test.ts, with every other page.
});

describe('on a 390-pixel phone', () => {
  // No page scrolls sideways at 390 pixels: checked on every page in the visit test/browser/site.test.ts makes to each.

  for (const colorScheme of schemes) {
    it(`shows the ladder down the page, legible, in ${colorScheme} mode`, async () => {
      const { page, context } = await open('/handbook/escalation-ladder/', { colorScheme, viewport: { width: 390, height: 800 } });
      const figure = page.locator('.ladder-figure');
      expect(await figure.locator('svg').isVisible()).toBe(false);
      const rows = figure.locator('.ladder-steps > li');
      const scheduled = library.templates.filter((t) => t.stage.kind === 'step' && t.frontmatter.sendOffsetDays !== undefined);
      expect(await rows.count()).toBe(scheduled.length);
      expect(await rows.first().isVisible()).toBe(true);
      // Every word of it at a readable size, and all of it inside the screen.
      const sizes = await figure.locator('.ladder-vertical').evaluate((el) =>
        [...el.querySelectorAll('*')].filter((e) => e.childElementCount === 0 && e.textContent?.trim()).map((e) => parseFloat(getComputedStyle(e).fontSize)),
      );
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(13);
      const box = await figure.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      expect(await figure.locator('.ladder-paths > li').count()).toBe(library.catalog.ladder.stages.filter((s) => s.kind === 'side').length);
      await figure.screenshot({ path: path.join(screenshots, `ladder-390-${colorScheme}.png`) });
      expect(await axe(page, colorScheme)).toEqual([]);
      await context.close();
    });
  }

  it("shows that a letter's table goes on past the screen: a shadow at the edge with more beyond it", async () => {
    const { page, context } = await open('/templates/follow-up-15-days/', { viewport: { width: 390, height: 800 } });
    const box = page.locator('.letter .table-scroll').first();
    await box.scrollIntoViewIfNeeded();
    const state = () => box.evaluate((el) => ({ overflows: el.scrollWidth > el.clientWidth, background: getComputedStyle(el).backgroundImage, attachment: getComputedStyle(el).backgroundAttachment }));
    const { overflows, background, attachment } = await state();
    expect(overflows).toBe(true);
    // Two shadows that stay at the box's edges and two covers that move with the table and hide a shadow at its end.
    expect(background.match(/radial-gradient/g)).toHaveLength(2);
    expect(attachment.split(',').map((a) => a.trim())).toEqual(['local', 'local', 'scroll', 'scroll']);
    await box.screenshot({ path: path.join(screenshots, 'letter-table-390-start.png') });
    await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    await box.screenshot({ path: path.join(screenshots, 'letter-table-390-end.png') });
    await context.close();
  });

  it('keeps the picture on a wide screen', async () => {
    const { page, context } = await open('/handbook/escalation-ladder/', { viewport: { width: 1280, height: 900 } });
    expect(await page.locator('.ladder-figure svg').isVisible()).toBe(true);
    expect(await page.locator('.ladder-vertical').isVisible()).toBe(false);
    await context.close();
  });

  for (const colorScheme of schemes) {
    it(`lays out the Contributing page with no axe-core violations (${colorScheme} mode)`, async () => {
      const { page, context } = await open('/contributing/', { colorScheme, viewport: { width: 390, height: 800 } });
      expect(await axe(page, colorScheme)).toEqual([]);
      // Words beside a link or code keep their space (compressHTML drops a bare line break).
      expect(await page.locator('main').textContent()).toContain('on the Check a letter page');
      await context.close();
    });
  }
});

describe('a template as plain text', () => {
  it('reads as UTF-8 in a browser from a host that sends no character set', async () => {
    const template = library.templates.find((t) => t.placeholders.text.includes('€'));
    expect(template, 'a template with a euro sign').toBeDefined();
    const { page, context, status } = await open(`/templates/${template!.id}.txt`);
    expect(status).toBe(200);
    const shown = await page.evaluate(() => document.body.innerText);
    expect(shown).toContain('€');
    expect(shown).not.toContain('â‚¬');
    expect(shown.replace(/\r\n/g, '\n').trim().endsWith(template!.placeholders.text.trim())).toBe(true);
    await page.screenshot({ path: path.join(screenshots, 'template-txt.png') });
    await context.close();
  });

  it('starts every file with a UTF-8 byte-order mark, followed by the text', async () => {
    for (const template of library.templates) {
      const bytes = await readFile(path.join(siteDir, 'templates', `${template.id}.txt`));
      expect([...bytes.subarray(0, 3)], template.id).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.subarray(3).toString('utf8').endsWith(`\n\n${template.placeholders.text}`), template.id).toBe(true);
    }
  });
});

describe('sharing and discovery', () => {
  const read = (file: string) => readFile(path.join(siteDir, file), 'utf8');
  const pageFiles = async () => (await readdir(siteDir, { recursive: true })).filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'));

  it('gives every page a canonical address and Open Graph tags', async () => {
    const site = 'http://localhost:4321'; // SITE_URL unset: the address a local build serves (src/deployment.ts).
    for (const file of await pageFiles()) {
      const html = await read(file);
      const url = `${site}/${file.replace(/index\.html$/, '')}`;
      const meta = (property: string) => new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1];
      expect(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1], file).toBe(url);
      expect(meta('og:url'), file).toBe(url);
      expect(meta('og:site_name'), file).toBe('Fair Collections');
      expect(meta('og:title'), file).toBeTruthy();
      expect(meta('og:description'), file).toBe(/<meta name="description" content="([^"]*)"/.exec(html)?.[1]);
      expect(meta('og:type'), file).toMatch(/^(website|article)$/);
    }
    expect(await read('templates/reminder-7-days/index.html')).toContain('<meta property="og:type" content="article">');
    expect(await read('index.html')).toContain('<meta property="og:type" content="website">');
  });

  it('lists every page in a sitemap, and not the 404 page', async () => {
    const index = await read('sitemap-index.xml');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const listed = new Set<string>();
    for (const sitemap of sitemaps) for (const m of (await read(sitemap.slice(1))).matchAll(/<loc>([^<]+)<\/loc>/g)) listed.add(m[1]!);
    const expected = (await pageFiles()).map((f) => `http://localhost:4321/${f.replace(/index\.html$/, '')}`);
    expect([...listed].sort()).toEqual(expected.sort());
    expect([...listed].some((u) => u.includes('404'))).toBe(false);
    expect(await read('index.html')).toContain('<link rel="sitemap" href="/sitemap-index.xml">');
  });

  // Every address built from SITE_URL and BASE_PATH: test/site/routes.test.ts, in the one sub-path build it shares with the base-path test.

});
