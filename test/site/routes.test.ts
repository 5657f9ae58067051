import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { governedExportSchema } from '../../src/governance/export.ts';
import { loadLibrary } from '../../src/library/load.ts';
import { contentPaths } from '../../src/project.ts';
import { ruleUrl } from '../../src/validator/rule-url.ts';
import { loadRules } from '../../src/validator/rules/index.ts';
import { projectRoot } from '../helpers/project.ts';

const siteDir = inject('siteDir');
const read = (route: string) => readFile(path.join(siteDir, route), 'utf8');

/** The chapters the handbook must have (issue: foundation, item 6). */
const requiredChapters = [
  'purpose-and-principles',
  'escalation-ladder',
  'invoicing',
  'collection-calls',
  'written-reminders',
  'accommodation',
  'disputes',
  'bankruptcy',
  'referral',
  'record-keeping',
  'worst-practices',
  'legal-notes',
];

describe('the built site', () => {
  it('serves the page of every rule link the validator prints', async () => {
    for (const rule of loadRules().meta) {
      const url = new URL(ruleUrl(rule.id));
      expect(url.hostname).not.toMatch(/\.example$/);
      // The site is built at the root here (no BASE_PATH): the link's path is the page's place in the output.
      const page = await read(path.join(url.pathname, 'index.html'));
      expect(page, rule.id).toMatch(new RegExp(`<h1[^>]*>${rule.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h1>`));
    }
  });

  it('says on a rule’s page which groups count only as the price of not paying, and which are claims a condition only supposes', async () => {
    const threats = await read('rules/threats/index.html');
    const section = threats.slice(threats.indexOf('Physical steps against the customer'));
    expect(section.slice(0, 2000)).toContain('Counted only as the price of not paying or complying');
    const authority = await read('rules/false-authority/index.html');
    const claims = authority.slice(authority.indexOf('Claims that legal proceedings have begun'));
    expect(claims.slice(0, 2000)).toContain('A claim of fact: not counted where a condition');
    // Groups without either reading say neither.
    const abuse = await read('rules/abuse/index.html');
    expect(abuse).not.toContain('Counted only as the price of not paying');
  });

  it('has a page for every handbook chapter, including all the required ones', async () => {
    const files = (await readdir(path.join(projectRoot, contentPaths.handbook))).filter((f) => f.endsWith('.mdx'));
    const slugs = files.map((f) => f.replace(/\.mdx$/, ''));
    expect(slugs).toEqual(expect.arrayContaining(requiredChapters));
    for (const slug of slugs) {
      const html = await read(`handbook/${slug}/index.html`);
      expect(html).toMatch(/<h1[ >]/);
      expect(html).toMatch(/Last reviewed <time datetime="\d{4}-\d{2}-\d{2}"/);
    }
  });

  it('has a page and a plain-text file for every template, and an index linking to them all', async () => {
    const library = await loadLibrary(projectRoot);
    const index = await read('templates/index.html');
    for (const template of library.templates) {
      expect(await read(`templates/${template.id}/index.html`)).toContain(template.frontmatter.title.replace(/&/g, '&amp;'));
      // A byte-order mark first, so a browser reads the file as UTF-8 though a static host sends no charset (#13),
      // then the template's governance header (#14), a blank line and the letter.
      const text = await read(`templates/${template.id}.txt`);
      expect(text.startsWith(`\uFEFFTemplate: ${template.id}\n`)).toBe(true);
      expect(text.endsWith(`\n\n${template.placeholders.text}`)).toBe(true);
      expect(index).toContain(`href="/templates/${template.id}/"`);
    }
  });

  it('publishes an export that validates against its own schema', async () => {
    const data = governedExportSchema.parse(JSON.parse(await read('templates.json')));
    const library = await loadLibrary(projectRoot);
    expect(data.templates.map((t) => t.id).sort()).toEqual(library.templates.map((t) => t.id).sort());
    const schema = JSON.parse(await read('templates.schema.json'));
    expect(schema.properties.templates.type).toBe('array');
  });

  it('shows the plan-ending conditions in the handbook in the very words both plan letters carry', async () => {
    const text = (html: string) => /data-notice="plan-ending"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '').replace(/^.*as the letters carry it/, '').trim();
    const chapter = text(await read('handbook/accommodation/index.html'));
    expect(chapter).toMatch(/^What ends the plan\. The plan ends if an installment is still unpaid 5 business days after its date/);
    for (const id of ['payment-plan-offer', 'payment-plan-confirmation']) expect(text(await read(`templates/${id}/index.html`)), id).toBe(chapter);
  });

  it('links every chapter from the home page and chains chapters with previous/next', async () => {
    const home = await read('index.html');
    for (const slug of requiredChapters) expect(home).toContain(`href="/handbook/${slug}/"`);
    const ladder = await read('handbook/escalation-ladder/index.html');
    expect(ladder).toMatch(/rel="prev"/);
    expect(ladder).toMatch(/rel="next"/);
  });
});

describe('deploying under a sub-path', () => {
  // One whole-site build in a copy, at a site address and under a sub-path, for both tests (the second moved here
  // from test/browser/rough-edges.test.ts): built by the global setup (test/setup/build-site.ts) beside the site the
  // other tests read, SITE_URL https://collections.example.org and BASE_PATH /fair/.
  const { dir: out, ...result } = inject('subPathSite');

  it('prefixes every internal link and asset with the base path', async () => {
    expect(result.ok, result.output).toBe(true);
    for (const page of ['index.html', 'handbook/disputes/index.html', 'templates/index.html', 'templates/reminder-7-days/index.html']) {
      const html = await readFile(path.join(out, page), 'utf8');
      const urls = [...html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
      expect(urls.length).toBeGreaterThan(3);
      expect(urls.filter((url) => !url.startsWith('/fair/'))).toEqual([]);
    }
  });

  it('builds every address from SITE_URL and BASE_PATH', async () => {
    expect(result.ok, result.output).toBe(true);
    const html = await readFile(path.join(out, 'templates/reminder-7-days/index.html'), 'utf8');
    expect(html).toContain('<link rel="canonical" href="https://collections.example.org/fair/templates/reminder-7-days/">');
    expect(html).toContain('<meta property="og:url" content="https://collections.example.org/fair/templates/reminder-7-days/">');
    expect(html).toContain('<link rel="sitemap" href="/fair/sitemap-index.xml">');
    const sitemap = await readFile(path.join(out, 'sitemap-0.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(urls).toContain('https://collections.example.org/fair/handbook/disputes/');
    expect(urls.every((u) => u.startsWith('https://collections.example.org/fair/'))).toBe(true);
  });
});

describe('output safety', () => {
  it('puts a strict Content-Security-Policy on every page, and script only where a page needs it', async () => {
    const pages = (await readdir(siteDir, { recursive: true })).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(40);
    for (const page of pages) {
      const html = await read(page);
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
      expect(csp, page).toBeDefined();
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      const scripts = html.match(/<script\b/g)?.length ?? 0;
      // Copy buttons, template filters, search, the letter checker and "What do I send?" are the only features that need JavaScript.
      const needsScript = /data-copy-target|class="filters"|id="search"|id="checker-status"|class="what-to-send"/.test(html);
      if (!needsScript) expect(scripts, page).toBe(0);
    }
  });
});
