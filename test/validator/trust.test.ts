import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { VFile } from 'vfile';
import { parseDocument } from '../../src/document/parse.ts';
import remarkLockdown from '../../src/integration/remark-lockdown.ts';
import { validate } from '../../src/validator/engine.ts';
import { codeChapter, contentCopy, edit } from '../helpers/content.ts';
import { astroBuild, copyProject, projectRoot, reportSection, type BuildResult } from '../helpers/project.ts';

const frontmatter = `---
title: Hostile
summary: Tries to get past the locks.
order: 99
owner: ar-specialist
lastReviewed: 2026-11-20
---

`;

/** Where a hostile chapter would leave its mark if any of its code ran. */
const marker = path.join(tmpdir(), `fair-collections-trust-${process.pid}.txt`);
/** An environment variable whose value must never reach the build log. */
const canary = `canary-${process.pid}-${Date.now()}`;

/**
 * Chapters that try to run code, read files or crash the build, each with
 * what the validator must say. Every one is also built: the build must
 * refuse it too, and nothing may run.
 */
const hostileChapters: { name: string; body: string; whole?: string; files?: Record<string, string>; expect: RegExp }[] = [
  {
    name: 'a comment that ends early, hiding code behind a line comment',
    body: `Hello {/* note */ process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran') // */\n} there.\n`,
    expect: /^9:7 mdx-lockdown \{\/\* note \*\/ process\.getBuiltinModule.* is JavaScript/,
  },
  {
    name: 'an image that is a script beside the chapter',
    body: '![Chart](./chart.js)\n',
    files: { 'content/handbook/chart.js': `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\n` },
    expect: /^9:1 mdx-lockdown An image must be a \.png, .* file$/,
  },
  {
    name: 'an image that reads the environment with ?raw',
    body: '![a](../../../../../../../../proc/self/environ?raw)\n',
    expect: /^9:1 mdx-lockdown An image path may hold only letters/,
  },
  {
    name: 'an image that leaves the content folder',
    body: '![a](../../public/favicon.png)\n',
    files: { 'public/favicon.png': 'not really a picture' },
    expect: /^9:1 mdx-lockdown An image must be inside content\/; \.\.\/\.\.\/public\/favicon\.png points outside it$/,
  },
  {
    name: 'an image that does not exist',
    body: '![Chart](./missing-chart.png)\n',
    expect: /^9:1 mdx-lockdown Image file not found: \.\/missing-chart\.png$/,
  },
  {
    name: 'a blob: link through a reference definition',
    body: 'See [the statement][s].\n\n[s]: blob:https://pay.example/1\n',
    expect: /^11:1 mdx-lockdown A blob: link is not allowed; links may use https:, http:, mailto:, tel: or a relative path$/,
  },
  {
    name: 'a merge field in chapter prose',
    body: 'Write the {{due_date}} in every reminder.\n',
    expect: /^9:11 mdx-lockdown \{\{due_date\}\} is a merge field, which only letters fill in; in a chapter, write it as code/,
  },
  {
    name: 'an image path with a trailing slash, which the build imports as written',
    body: '![Chart](./chart.png/)\n',
    files: { 'content/handbook/chart.png': '\x89PNG\r\n\x1a\n' },
    expect: /^9:1 mdx-lockdown An image must be a \.png, .* file$/,
  },
  {
    name: 'an image file that is not an image',
    body: '![Chart](./fake.png)\n',
    files: { 'content/handbook/fake.png': 'not an image' },
    expect: /^9:1 mdx-lockdown \.\/fake\.png is not a PNG image \(its first bytes say otherwise\)/,
  },
  {
    name: 'components named after JavaScript built-ins',
    body: '<constructor />\n\n<Callout toString="x">hi</Callout>\n',
    expect: /^9:1 mdx-lockdown Raw HTML <constructor> is not allowed/,
  },
  {
    name: '88 KB of elements nested in separate blocks',
    body: `${'<a>\n\n'.repeat(8000)}x\n\n${'</a>\n\n'.repeat(8000)}`,
    expect: /^\d+:1 structure More than 40 components or HTML elements open inside each other/,
  },
  {
    name: 'a carriage return alone ending the frontmatter',
    body: '',
    whole: `${frontmatter.replace('2026-11-20\n---', '2026-11-20\r---')}Text.\n`,
    expect: /^6:1 structure A carriage return without a line feed/,
  },
  {
    name: 'a notice id the data does not define',
    body: '<NoticeText id="plan-endng" />\n',
    expect: /^9:13 mdx-lockdown id="plan-endng" on <NoticeText> is not an id in content\/notices\.yaml; did you mean "plan-ending"\?$/,
  },
  {
    name: 'a notice block written inside a sentence',
    body: 'The letters say <NoticeText id="plan-ending" /> in full.\n',
    expect: /^9:17 mdx-lockdown <NoticeText> is a block: put it on lines of its own/,
  },
  {
    name: '1.2 KB of nested quotes',
    body: `${'> '.repeat(600)}deep\n`,
    expect: /^9:1 structure 600 quotes or lists nested on one line; the limit is 12/,
  },
];

function sourceOf(chapter: (typeof hostileChapters)[number]): string {
  return chapter.whole ?? frontmatter + chapter.body;
}

function chapterMessages(report: Awaited<ReturnType<typeof validate>>, name: string): string[] {
  const result = report.files.find((r) => path.basename(r.file.path) === name);
  return (result?.file.messages ?? []).map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`);
}

describe('hostile chapters: the validator refuses each, located', () => {
  let root: string;
  beforeAll(async () => {
    root = await contentCopy();
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  for (const chapter of hostileChapters) {
    it(chapter.name, async () => {
      for (const [file, text] of Object.entries(chapter.files ?? {})) {
        await mkdir(path.dirname(path.join(root, file)), { recursive: true });
        await writeFile(path.join(root, file), text);
      }
      await writeFile(path.join(root, 'content/handbook/hostile.mdx'), sourceOf(chapter));
      const report = await validate({ root, paths: ['content/handbook/hostile.mdx'] });
      expect(chapterMessages(report, 'hostile.mdx')).toContainEqual(expect.stringMatching(chapter.expect));
      expect(report.errorCount).toBeGreaterThan(0);
    });
  }

  it('the compile step refuses the code and the image imports even when the validator is skipped', () => {
    // The compile step sees no data: an unknown notice id stops the build in the component itself.
    for (const chapter of hostileChapters.filter((c) => !/nested|merge field|carriage|notice id/.test(c.name))) {
      const filePath = path.join(root, 'content/handbook/hostile.mdx');
      const file = new VFile({ path: filePath, value: sourceOf(chapter) });
      const tree = parseDocument(file, 'mdx')!;
      expect(() => remarkLockdown({ root })(tree, file), chapter.name).toThrow(/Refusing to compile content that contains code/);
    }
  });

  it('keeps a chapter with a real image, a safe link and comments', async () => {
    await writeFile(path.join(root, 'content/handbook/chart.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    await writeFile(
      path.join(root, 'content/handbook/hostile.mdx'),
      `${frontmatter}![Chart of days past due](./chart.png)\n\nSee [our terms](https://example.com/terms), [call us](tel:+441234567890) or [the ladder](../escalation-ladder/).\n\n{/* a writer's note */}\n\nThe \`{{due_date}}\` field holds the due date.\n\n<NoticeText id="plan-ending" />\n\n<Callout type="tip">A one-line callout stands as a block.</Callout>\n`,
    );
    const report = await validate({ root, paths: ['content/handbook/hostile.mdx'] });
    expect(chapterMessages(report, 'hostile.mdx')).toEqual([]);
  });
});

describe('symbolic links to folders outside the repository', () => {
  it('are refused for images and for content files reached through them', async () => {
    const root = await contentCopy();
    const outside = await mkdtemp(path.join(tmpdir(), 'fair-collections-outside-'));
    await writeFile(path.join(outside, 'secret.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    await symlink(outside, path.join(root, 'content/handbook/pics'));
    await writeFile(path.join(root, 'content/handbook/linked.mdx'), `${frontmatter}![Chart](./pics/secret.png)\n`);
    const elsewhere = await mkdtemp(path.join(tmpdir(), 'fair-collections-elsewhere-'));
    await cp(path.join(root, 'templates'), elsewhere, { recursive: true });
    await rm(path.join(root, 'templates'), { recursive: true });
    await symlink(elsewhere, path.join(root, 'templates'));
    const report = await validate({ root });
    expect(chapterMessages(report, 'linked.mdx')).toEqual(['9:1 mdx-lockdown Image ./pics/secret.png is reached through a symbolic link to a folder outside content/']);
    expect(chapterMessages(report, 'courtesy-reminder.mdx')).toEqual([expect.stringMatching(/^1:1 read-error Symbolic link to .*courtesy-reminder\.mdx, outside the repository/)]);
    await rm(root, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
    await rm(elsewhere, { recursive: true, force: true });
  });
});

describe('text that reaches every page is locked down like a chapter', () => {
  let root: string;
  beforeAll(async () => {
    root = await contentCopy();
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('refuses links and HTML in a subject line, and unsafe links, code and HTML in a notice, at the notice', async () => {
    await edit(root, 'templates/courtesy-reminder.mdx', /^subject: "(.*)"$/m, 'subject: "$1 [click](javascript:alert(1)) <i>now</i>"');
    await edit(root, 'content/notices.yaml', /( {2}text: \|-\n)/, "$1    Pay at [our portal](blob:https://pay.example/x) or {process.env.HOME} <b>now</b>.\n\n    import fs from 'node:fs'\n\n");
    const report = await validate({ root });
    const subject = chapterMessages(report, 'courtesy-reminder.mdx');
    expect(subject).toContainEqual(expect.stringMatching(/^8:\d+ mdx-lockdown Links are not allowed in subject lines, titles and summaries/));
    expect(subject).toContainEqual(expect.stringMatching(/^8:\d+ mdx-lockdown Raw HTML is not allowed/));
    const notices = chapterMessages(report, 'notices.yaml');
    expect(notices).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\d+:\d+ data-reference The text of notice "[a-z-]+": A blob: link is not allowed/),
        expect.stringMatching(/The text of notice "[a-z-]+": \{process\.env\.HOME\} is JavaScript/),
        expect.stringMatching(/The text of notice "[a-z-]+": Raw HTML <b> is not allowed/),
        expect.stringMatching(/The text of notice "[a-z-]+": import and export are not allowed/),
      ]),
    );
  });

  it('refuses markup and invisible control characters in labels, examples and stage names', async () => {
    const copy = await contentCopy();
    await edit(copy, 'content/fields.yaml', /label: Customer company/, 'label: Customer <b>company</b>');
    await edit(copy, 'content/fields.yaml', /label: Customer address/, 'label: "Customer \\e[8maddress"');
    await edit(copy, 'content/ladder.yaml', /name: ([^\n]+)/, 'name: "$1 \\u202E"');
    const report = await validate({ root: copy });
    expect(chapterMessages(report, 'fields.yaml')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/data-schema "\[\d+\]\.label": Is plain text: "<b" looks like markup/),
        expect.stringMatching(/data-schema "\[\d+\]\.label": Contains the invisible control character U\+001B; remove it/),
      ]),
    );
    expect(chapterMessages(report, 'ladder.yaml')).toContainEqual(expect.stringMatching(/data-schema "stages\[0\]\.name": Contains the invisible control character U\+202E/));
    await rm(copy, { recursive: true, force: true });
  });
});

describe('hostile structure', () => {
  it.each([
    ['5 KB of nested list markers', `${'- '.repeat(2500)}x`, /^1:1 structure 2500 quotes or lists nested on one line/],
    ['5 KB of ordered list markers', `${'1. '.repeat(1700)}x`, /^1:1 structure 1700 quotes or lists nested on one line/],
    ['5 KB of nested quotes', `${'> '.repeat(2500)}x`, /^1:1 structure 2500 quotes or lists nested on one line/],
    ['32 KB of emphasis markers', `${'*'.repeat(16000)}x${'*'.repeat(16000)}`, /^1:1 structure The paragraph starting on line 1 has more than 1000 emphasis markers/],
    ['nested emphasis', `${'*a **b '.repeat(2000)}x${'** c*'.repeat(2000)}`, /^1:1 structure The paragraph starting on line 1 has more than 1000 emphasis markers/],
    ['thousands of open brackets', `${'['.repeat(5000)}x${'](y)'.repeat(5000)}`, /^1:1 structure The paragraph starting on line 1 has more than 1000 square brackets/],
    ['components nested 100 deep', `${'<Callout type="tip">\n\n'.repeat(100)}x${'\n\n</Callout>'.repeat(100)}`, /^\d+:\d+ structure More than 40 components or HTML elements open inside each other/],
    ['quotes and lists nested 60 deep over separate lines', Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n\n'), /^\d+:\d+ structure Content nested more than 40 levels deep/],
  ])('%s: a located error, never a crash', async (_name, body, expected) => {
    const root = await contentCopy();
    await writeFile(path.join(root, 'content/handbook/deep.mdx'), body);
    const report = await validate({ root, paths: ['content/handbook/deep.mdx'] });
    expect(report.internalErrors).toBe(0);
    expect(chapterMessages(report, 'deep.mdx')).toContainEqual(expect.stringMatching(expected));
    await rm(root, { recursive: true, force: true });
  });

  it('allows ordinary nesting and thematic breaks', async () => {
    const root = await contentCopy();
    await writeFile(path.join(root, 'content/handbook/ok.mdx'), `${frontmatter}> Quoted\n> - list\n>   1. inside\n\n* * * * * * * * * * * * * * * *\n\n**bold** and _italic_ and {{x}} in \`{{due_date}}\`.\n`.replace('{{x}} in ', ''));
    const report = await validate({ root, paths: ['content/handbook/ok.mdx'] });
    expect(chapterMessages(report, 'ok.mdx')).toEqual([]);
    await rm(root, { recursive: true, force: true });
  });

  it('locates an unclosed component at its line, not at 1:1', async () => {
    const root = await contentCopy();
    await writeFile(path.join(root, 'content/handbook/open.mdx'), `${frontmatter}Line nine.\n\nLine eleven.\n\n<Callout type="rule">\n\nNever closed.\n`);
    const report = await validate({ root, paths: ['content/handbook/open.mdx'] });
    expect(chapterMessages(report, 'open.mdx')).toEqual(['13:1 syntax MDX syntax: Expected a closing tag for `<Callout>`']);
    await rm(root, { recursive: true, force: true });
  });
});

describe('lint verdict = build verdict', () => {
  let root: string;
  const names = hostileChapters.map((_, i) => `hostile-${i + 1}.mdx`);
  const extra = hostileChapters.flatMap((chapter) => Object.keys(chapter.files ?? {}));
  /** Where the code-running chapter and template would leave their mark. */
  let codeMarker: string;
  let requests = 0;
  let server: ReturnType<typeof createServer> | undefined;
  let lint: Awaited<ReturnType<typeof validate>>;
  let result: BuildResult;

  // One build for all the hostile chapters, a chapter and a template that try to run code at build time: the
  // validator checks every file and the build prints each file's errors, so each one's refusal is seen in the one
  // report, at the line and column lint gives. Then the copy is put back as it was for the next test.
  beforeAll(async () => {
    root = await copyProject();
    await rm(marker, { force: true });
    server = createServer((_req, res) => {
      requests++;
      res.end('ok');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    codeMarker = path.join(root, 'pwned.txt');

    for (const [i, chapter] of hostileChapters.entries()) {
      for (const [file, text] of Object.entries(chapter.files ?? {})) {
        await mkdir(path.dirname(path.join(root, file)), { recursive: true });
        await writeFile(path.join(root, file), text);
      }
      await writeFile(path.join(root, 'content/handbook', names[i]!), sourceOf(chapter));
    }
    await writeFile(path.join(root, 'content/handbook/hostile.mdx'), codeChapter(codeMarker, url));
    await writeFile(
      path.join(root, 'templates/hostile.mdx'),
      `---\nid: hostile\ntitle: Hostile\nsummary: x\nstage: dispute\nchannel: email\nsubject: "Invoice {{invoice_number}} {{balance_due}}"\njurisdictions: [US]\nnotices: [named-contact]\n---\n\n{require('child_process').execSync('touch ${codeMarker}')}\n\n<script>alert(1)</script>\n\n[pay](javascript:alert(1))\n\n<Notice id="named-contact" onClick="alert(1)" />\n`,
    );
    lint = await validate({ root });
    result = await astroBuild(root, path.join(root, 'dist'), { FAIR_COLLECTIONS_CANARY: canary });

    for (const name of [...names, 'hostile.mdx']) await rm(path.join(root, 'content/handbook', name));
    await rm(path.join(root, 'templates/hostile.mdx'));
    for (const file of extra) await rm(path.join(root, file));
    await cp(path.join(projectRoot, 'public'), path.join(root, 'public'), { recursive: true });
  });
  afterAll(async () => {
    server?.close();
    await rm(root, { recursive: true, force: true });
    await rm(marker, { force: true });
  });

  it('every hostile chapter fails the build with the same located error, runs nothing and leaks nothing', () => {
    // The chapters' extra files must not collide: each is written once, for its own chapter.
    expect(new Set(extra).size).toBe(extra.length);
    expect(result.ok).toBe(false);
    expect(result.output).toContain('nothing was built');
    expect(result.output).not.toContain(canary);
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(path.join(root, 'dist', 'index.html'))).toBe(false);
    for (const [i, chapter] of hostileChapters.entries()) {
      expect(chapterMessages(lint, names[i]!), chapter.name).toContainEqual(expect.stringMatching(chapter.expect));
      const linted = lint.files.find((r) => path.basename(r.file.path) === names[i])!.file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'}`);
      expect(linted, chapter.name).toContainEqual(expect.stringMatching(/ error$/));
      // The build's report names this chapter with exactly the problems lint found, at the same lines and columns.
      const built = reportSection(result.output, `content/handbook/${names[i]}`);
      expect(built?.map(([where, severity]) => `${where} ${severity}`), chapter.name).toEqual(linted);
    }
  });

  // Moved from hostile.test.ts, which built a copy of its own for it; each file's part of the report is read on its own.
  it('content that tries to run code is refused, located, before the build compiles anything, and its side effects never happen', () => {
    expect(result.ok).toBe(false);
    const chapter = (reportSection(result.output, 'content/handbook/hostile.mdx') ?? []).map(([where, severity, text]) => `${where} ${severity} ${text}`);
    expect(chapter).toContainEqual(expect.stringMatching(/^8:1 error +import and export are not allowed/));
    expect(chapter).toContainEqual(expect.stringMatching(/^10:1 error +import and export are not allowed/));
    expect(chapter).toContainEqual(expect.stringMatching(/^12:1 error +\{fs\.writeFileSync/));
    expect(chapter).toContainEqual(expect.stringMatching(/^14:1 error +\{await fetch/));
    const template = (reportSection(result.output, 'templates/hostile.mdx') ?? []).map(([where, severity, text]) => `${where} ${severity} ${text}`);
    expect(template).toContainEqual(expect.stringMatching(/^12:1 error +\{require/));
    expect(template).toContainEqual(expect.stringContaining('Raw HTML <script> is not allowed'));
    expect(template).toContainEqual(expect.stringContaining('A javascript: link is not allowed'));
    expect(template).toContainEqual(expect.stringContaining('Event handler onClick is not allowed'));
    expect(existsSync(codeMarker)).toBe(false);
    expect(requests).toBe(0);
    expect(existsSync(path.join(root, 'dist', 'index.html'))).toBe(false);
  });

  it('a build that fails after validation leaves the last good site in place, whole', { timeout: 240_000 }, async () => {
    // The last good site: the one this suite built from the same code and content (test/setup/build-site.ts).
    const dist = path.join(root, 'dist');
    const good = inject('siteDir');
    const before = (await readdir(good, { recursive: true })).sort();
    expect(before).toContain('pagefind/pagefind.js');
    expect(before.some((f) => f.startsWith('.prerender'))).toBe(false);
    await cp(good, dist, { recursive: true });
    const home = await readFile(path.join(dist, 'index.html'), 'utf8');
    // A page that throws while rendering: validation passes, the build fails half-way.
    await writeFile(path.join(root, 'src/pages/broken.astro'), "---\nthrow new Error('page failed to render');\n---\n");
    const bad = await astroBuild(root, dist);
    expect(bad.ok).toBe(false);
    expect(bad.output).toContain('page failed to render');
    expect((await readdir(dist, { recursive: true })).sort()).toEqual(before);
    expect(await readFile(path.join(dist, 'index.html'), 'utf8')).toBe(home);
    await rm(path.join(root, 'src/pages/broken.astro'));
  });
});

describe('chapters the site would not publish as checked', () => {
  it('reports names that differ only in case, chapters in subfolders and ladder stages naming a missing chapter, each located', async () => {
    const root = await contentCopy();
    const chapter = await readFile(path.join(root, 'content/handbook/disputes.mdx'), 'utf8');
    await writeFile(path.join(root, 'content/handbook/Disputes.mdx'), chapter);
    await mkdir(path.join(root, 'content/handbook/archive'));
    await writeFile(path.join(root, 'content/handbook/archive/disputes.mdx'), chapter);
    await edit(root, 'content/ladder.yaml', /chapter: disputes\b/, 'chapter: dispute');
    const report = await validate({ root });
    expect(chapterMessages(report, 'Disputes.mdx')).toEqual(['1:1 chapter-files Disputes.mdx and disputes.mdx differ only in case: the site would publish one page for both']);
    const archived = report.files.find((r) => r.file.path.endsWith('archive/disputes.mdx'))!;
    expect(archived.file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`)).toContain('1:1 Chapters live directly in content/handbook/: archive/disputes.mdx is in a subfolder, so it would never be published');
    const ladder = await readFile(path.join(root, 'content/ladder.yaml'), 'utf8');
    const line = ladder.slice(0, ladder.indexOf('chapter: dispute\n')).split('\n').length;
    expect(chapterMessages(report, 'ladder.yaml')).toContainEqual(expect.stringMatching(new RegExp(`^${line}:\\d+ chapter-files Stage "[a-z-]+" names the chapter "dispute", which is not in content/handbook/$`)));
    await rm(root, { recursive: true, force: true });
  });
});
