import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { governedExportSchema } from '../../src/governance/export.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { edit } from '../helpers/content.ts';
import { astroBuild, copyProject, projectRoot } from '../helpers/project.ts';
import { serveStatic } from '../helpers/static-server.ts';

// A copy of the project in a throwaway git repository with three commits, built as a clone with history and as a
// shallow one. Every date is fixed: the commits', and "today" for review dates (FAIR_COLLECTIONS_TODAY).
const today = '2026-12-20';
const env = { FAIR_COLLECTIONS_TODAY: today, REPOSITORY_URL: 'https://git.example.com/acme/fair-collections' };
const results = path.join(projectRoot, 'test-results', 'screenshots');

function git(cwd: string, args: string[], date = '2026-06-01T09:00:00Z'): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
}

/** node_modules linked entry by entry, as copyProject does, so Astro's caches stay per copy. */
async function linkModules(root: string): Promise<void> {
  await mkdir(path.join(root, 'node_modules'));
  for (const entry of await readdir(path.join(projectRoot, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    await symlink(path.join(projectRoot, 'node_modules', entry), path.join(root, 'node_modules', entry));
  }
}

let root: string;
let shallow: string;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let built: { full: string; shallow: string };
const builds: Record<string, { ok: boolean; output: string }> = {};

beforeAll(async () => {
  root = await copyProject();
  await writeFile(path.join(root, '.gitignore'), 'node_modules/\ndist/\n.astro/\n');
  // Reviewed 13 months before "today".
  await edit(root, 'templates/reminder-7-days.mdx', /^lastReviewed: .*$/m, 'lastReviewed: 2025-11-20');
  git(root, ['init', '-q', '-b', 'main']);
  git(root, ['add', '-A']);
  git(root, ['commit', '-q', '-m', 'Initial library'], '2026-06-01T09:00:00Z');
  await edit(root, 'templates/reminder-7-days.mdx', 'I will send it the same day', 'I will send it within the hour');
  git(root, ['commit', '-q', '-am', 'Reminder: promise the missing details within the hour'], '2026-07-01T09:00:00Z');
  await edit(root, 'templates/follow-up-15-days.mdx', 'We have not yet received payment', 'We have not yet\nreceived   payment');
  git(root, ['commit', '-q', '-am', 'Re-wrap a line of the 15-day follow-up'], '2026-08-01T09:00:00Z');
  // A notice is part of every letter that lists it: rewording it changes those letters, and only those.
  await edit(root, 'content/notices.yaml', 'please disregard this message', 'please ignore this message');
  // A subject with control characters and a long unbroken word, which must not break the feed or the page.
  git(root, ['commit', '-q', '-am', `Already-paid notice: plainer words \x07\x1f ${'x'.repeat(200)}`], '2026-09-01T09:00:00Z');

  shallow = await mkdtemp(path.join(tmpdir(), 'fair-collections-shallow-'));
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, shallow]);
  await linkModules(shallow);

  built = { full: path.join(root, 'dist'), shallow: path.join(shallow, 'dist') };
  const [full, cut] = await Promise.all([astroBuild(root, built.full, env), astroBuild(shallow, built.shallow, env)]);
  builds['full'] = full;
  builds['shallow'] = cut;
  if (!full.ok) throw new Error(`The copy with history does not build:\n${full.output}`);
  server = await serveStatic(built.full);
  browser = await launchBrowser();
  await mkdir(results, { recursive: true });
}, 400_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const dir of [root, shallow]) if (dir) await rm(dir, { recursive: true, force: true });
});

const read = (dir: string, route: string) => readFile(path.join(dir, route), 'utf8');

describe('a build with git history', () => {
  it('lists each change with its word-level diff, newest first: a reworded notice changes every letter that carries it; the whitespace-only commit is not there', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/changes/`);
    const carriers = (await readdir(path.join(root, 'templates'))).filter((f) => /notices: \[[^\]]*already-paid/.test(readFileSync(path.join(root, 'templates', f), 'utf8')));
    const top = page.locator('.change').filter({ hasText: 'Already-paid notice' });
    expect((await top.evaluateAll((items) => items.map((li) => li.getAttribute('data-change')))).sort()).toEqual(carriers.map((f) => `templates/${f}`).sort());
    expect(await page.locator('.change').first().textContent()).toContain('Already-paid notice');
    const notice = top.and(page.locator('[data-change="templates/reminder-7-days.mdx"]'));
    expect(await notice.locator('[data-diff] del').allTextContents()).toEqual(['disregard']);
    expect(await notice.locator('[data-diff] ins').allTextContents()).toEqual(['ignore']);
    // Screen readers hear where added and removed words start and end (CSS text, out of sight).
    expect(await notice.locator('[data-diff] ins').evaluate((el) => [getComputedStyle(el, '::before').content, getComputedStyle(el, '::after').content])).toEqual(['" [added: "', '"] "']);
    expect(await notice.locator('[data-diff] del').evaluate((el) => getComputedStyle(el, '::before').content)).toBe('" [removed: "');
    // The older change is shown as it was: its diff carries the notice wording of its own day, not today's.
    const reminder = page.locator('.change').filter({ hasText: 'Reminder: promise the missing details within the hour' });
    expect(await reminder.getAttribute('data-change')).toBe('templates/reminder-7-days.mdx');
    expect(await reminder.locator('[data-diff] del').allTextContents()).toEqual(['the same day.']);
    expect(await reminder.locator('[data-diff] ins').allTextContents()).toEqual(['within the hour.']);
    expect(await reminder.locator('p.meta').first().textContent()).toMatch(/1 July 2026 · Version [0-9a-f]{8} → [0-9a-f]{8} · Reminder: promise/);
    // The version a change ends at is the version the next change starts from.
    expect(await reminder.locator('[data-after]').textContent()).toBe(await notice.locator('[data-before]').textContent());
    expect(await page.getByText('Re-wrap a line').count()).toBe(0);
    // The initial commit added every file; the follow-up changed only with the notice.
    expect(await page.locator('[data-change="templates/follow-up-15-days.mdx"]').count()).toBe(carriers.includes('follow-up-15-days.mdx') ? 2 : 1);
    // A long commit subject wraps instead of widening the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(results, 'changes.png'), fullPage: false });
    await page.close();
  });

  it('the Atom feed is well-formed XML and starts with the same changes', async () => {
    const feed = await read(built.full, 'changes.xml');
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    const page = await browser.newPage();
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, entries: [...doc.querySelectorAll('entry')].map((e) => [e.querySelector('updated')?.textContent, e.querySelector('content')?.textContent]) };
    }, feed);
    await page.close();
    expect(parsed.error).toBeNull();
    expect(parsed.entries[0]![0]).toBe('2026-09-01T09:00:00.000Z');
    const reminder = parsed.entries.find(([updated]) => updated === '2026-07-01T09:00:00.000Z')!;
    expect(reminder[1]).toContain('I will send it <del>the same day.</del><ins>within the hour.</ins> Otherwise');
    expect(feed).not.toContain('Re-wrap');
  });

  it('the template page shows version, changed on, reviewed on, owner, the overdue review and the history link', async () => {
    const exported = governedExportSchema.parse(JSON.parse(await read(built.full, 'templates.json')));
    const reminder = exported.templates.find((t) => t.id === 'reminder-7-days')!;
    expect(reminder).toMatchObject({ lastChanged: '2026-09-01', owner: 'ar-specialist', lastReviewed: '2025-11-20' });
    // A template without the notice was last changed when it was added.
    expect(exported.templates.find((t) => t.id === 'bankruptcy-acknowledgement')!.lastChanged).toBe('2026-06-01');
    const page = await browser.newPage();
    await page.goto(`${server.url}/templates/reminder-7-days/`);
    expect(await page.locator('[data-review="overdue"]').isVisible()).toBe(true);
    expect(await page.locator('[data-review="overdue"]').textContent()).toMatch(/^Review overdue\. Last reviewed 20 November 2025; reviewed every 12 months, so due by 20 November 2026\. Check the wording with the AR specialist before you send it\.$/);
    // Its wording changed (the notice, 1 September) after its last review.
    expect(await page.locator('[data-review="changed"]').textContent()).toMatch(/^Changed since its last review\. The wording changed on 1 September 2026, after its last review on 20 November 2025: the AR specialist should review it before you send it\.$/);
    expect(await page.locator('[data-version]').textContent()).toBe(reminder.version);
    expect(await page.locator('[data-changed]').textContent()).toContain('1 September 2026');
    expect(await page.locator('[data-reviewed]').textContent()).toContain('20 November 2025');
    expect(await page.locator('[data-owner]').textContent()).toBe('AR specialist');
    expect(await page.getByRole('link', { name: 'history of this file' }).getAttribute('href')).toBe('https://git.example.com/acme/fair-collections/commits/HEAD/templates/reminder-7-days.mdx');
    await page.screenshot({ path: path.join(results, 'template-governance.png') });
    // Printed, the letter ends with its version.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.letter-version').isVisible()).toBe(true);
    expect(await page.locator('.letter-version').textContent()).toBe(`Template version ${reminder.version}`);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.letter-version').isVisible()).toBe(false);
    // A template reviewed recently has no notice.
    await page.goto(`${server.url}/templates/follow-up-15-days/`);
    expect(await page.locator('.review-overdue').count()).toBe(0);
    await page.close();
  });
});

describe('a build from a shallow clone', () => {
  it('passes, with versions, and says the dates are unknown rather than inventing them', async () => {
    expect(builds['shallow']!.ok, builds['shallow']!.output).toBe(true);
    const exported = governedExportSchema.parse(JSON.parse(await read(built.shallow, 'templates.json')));
    const full = governedExportSchema.parse(JSON.parse(await read(built.full, 'templates.json')));
    expect(exported.templates.map((t) => t.lastChanged)).toEqual(exported.templates.map(() => null));
    expect(exported.templates.map((t) => t.version)).toEqual(full.templates.map((t) => t.version));
    expect(await read(built.shallow, 'templates/reminder-7-days.txt')).toContain('Last-Changed: unknown\n');
    const page = await read(built.shallow, 'templates/reminder-7-days/index.html');
    expect(page).toContain('unknown: the site was built from a clone without history (shallow)');
    const changes = await read(built.shallow, 'changes/index.html');
    expect(changes).toContain('data-history="shallow"');
    expect(changes).not.toContain('class="change"');
  });
});
