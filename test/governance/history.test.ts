import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordDiff } from '../../src/governance/diff.ts';
import { readHistory, type HistoryOptions } from '../../src/governance/history.ts';
import { chapterText, normalizeText, versionOf } from '../../src/governance/version.ts';

/** A throwaway repository: files written and committed with fixed dates, so nothing depends on the clock. */
class Repo {
  readonly root: string;
  constructor(root: string) {
    this.root = root;
  }
  static async create(): Promise<Repo> {
    const root = await mkdtemp(path.join(tmpdir(), 'fair-collections-history-'));
    const repo = new Repo(root);
    repo.git('init', '-q', '-b', 'main');
    return repo;
  }
  private commits = 0;
  git(...args: string[]): string {
    const date = `2026-0${1 + Math.floor(this.commits / 28)}-${String(1 + (this.commits % 28)).padStart(2, '0')}T10:00:00Z`;
    return execFileSync('git', args, {
      cwd: this.root,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
  }
  async write(file: string, text: string): Promise<void> {
    await mkdir(path.dirname(path.join(this.root, file)), { recursive: true });
    await writeFile(path.join(this.root, file), text);
  }
  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '-m', message);
    this.commits++;
    return this.git('rev-parse', 'HEAD').trim();
  }
}

const chapter = (body: string) => `---\ntitle: T\nsummary: S.\norder: 1\nowner: ar-specialist\nlastReviewed: 2026-11-20\n---\n\n${body}\n`;

async function options(repo: Repo): Promise<HistoryOptions> {
  const current = new Map<string, string>();
  for (const file of ['content/handbook/a.mdx', 'content/handbook/b.mdx']) {
    const source = await readFile(path.join(repo.root, file), 'utf8').catch(() => undefined);
    if (source !== undefined) current.set(file, chapterText(source)!);
  }
  return { folders: ['templates', 'content/handbook'], current, render: (_file, source) => chapterText(source) };
}

let repo: Repo;
const hashes: Record<string, string> = {};
beforeAll(async () => {
  repo = await Repo.create();
  await repo.write('content/handbook/a.mdx', chapter('Please pay the invoice by Friday.'));
  await repo.write('content/handbook/b.mdx', chapter('Call the customer first.'));
  await repo.write('README.md', 'not followed');
  hashes['add'] = repo.commit('Add chapters');
  await repo.write('content/handbook/a.mdx', chapter('Please pay the invoice\n  by   Friday.'));
  hashes['whitespace'] = repo.commit('Re-wrap chapter a');
  await repo.write('content/handbook/a.mdx', chapter('Please pay the overdue invoice by Monday.'));
  hashes['wording'] = repo.commit('Chapter a: Monday, not Friday');
  await repo.write('content/handbook/b.mdx', chapter('Call   the customer\nfirst.'));
  hashes['whitespace-b'] = repo.commit('Re-wrap chapter b');
});
afterAll(async () => {
  await rm(repo.root, { recursive: true, force: true });
});

describe('versions', () => {
  it('are a short hash of the text, unchanged by white space', () => {
    expect(versionOf('Please pay  the\ninvoice.')).toBe(versionOf(' Please pay the invoice. '));
    expect(versionOf('Please pay the invoice.')).not.toBe(versionOf('Please pay the invoices.'));
    expect(versionOf('x')).toMatch(/^[0-9a-f]{8}$/);
    expect(normalizeText(chapterText(chapter('A\nb'))!)).toBe('A b');
  });

  it('read a notice a chapter shows in its own words, so rewording the notice changes the chapter\'s version', () => {
    const notice = (text: string) => [{ id: 'plan-ending', title: 'What ends the plan', jurisdiction: 'all' as const, requiredWhen: '', text }];
    const source = chapter('The plan letters say:\n\n<NoticeText id="plan-ending" />');
    expect(chapterText(source, notice('**What ends the plan.** A missed installment.'))).toContain('What ends the plan. A missed installment.');
    expect(versionOf(chapterText(source, notice('A missed installment.'))!)).not.toBe(versionOf(chapterText(source, notice('Two missed installments.'))!));
    // Its merge fields are words of it too (a review).
    expect(versionOf(chapterText(source, notice('Call {{contact_name}}.'))!)).not.toBe(versionOf(chapterText(source, notice('Call {{contact_phone}}.'))!));
  });
});

describe('history from git', () => {
  it('a wording change is a change with versions before and after; whitespace-only commits are none', async () => {
    const history = await readHistory(repo.root, await options(repo));
    expect(history).toMatchObject({ available: true, shallow: false, truncated: false, commitsRead: 4 });
    expect(history.changes.map((c) => [c.path, c.commit.subject, c.before?.version ?? null, c.after?.version ?? null])).toEqual([
      ['content/handbook/a.mdx', 'Chapter a: Monday, not Friday', versionOf('Please pay the invoice by Friday.'), versionOf('Please pay the overdue invoice by Monday.')],
      ['content/handbook/a.mdx', 'Add chapters', null, versionOf('Please pay the invoice by Friday.')],
      ['content/handbook/b.mdx', 'Add chapters', null, versionOf('Call the customer first.')],
    ]);
    const a = history.files.get('content/handbook/a.mdx')!;
    expect(a).toMatchObject({ version: versionOf('Please pay the overdue invoice by Monday.'), lastChanged: { hash: hashes['wording'], subject: 'Chapter a: Monday, not Friday' } });
    expect(a.lastChanged!.date).toMatch(/^2026-01-03T10:00:00/);
    // b was re-wrapped last, which is no change: it last changed when it was added.
    expect(history.files.get('content/handbook/b.mdx')!.lastChanged!.hash).toBe(hashes['add']);
  });

  it('reads the text before the oldest commit it reads when the log is cut at maxCommits', async () => {
    const history = await readHistory(repo.root, { ...(await options(repo)), maxCommits: 2 });
    expect(history.truncated).toBe(true);
    expect(history.changes.map((c) => c.commit.subject)).toEqual(['Chapter a: Monday, not Friday']);
    expect(history.files.get('content/handbook/a.mdx')!.lastChanged!.hash).toBe(hashes['wording']);
    expect(history.files.get('content/handbook/b.mdx')).toMatchObject({ lastChanged: undefined, unknown: 'history-limit' });
  });

  it('an uncommitted change has no date yet', async () => {
    await repo.write('content/handbook/b.mdx', chapter('Write to the customer first.'));
    const history = await readHistory(repo.root, await options(repo));
    expect(history.files.get('content/handbook/b.mdx')).toMatchObject({ version: versionOf('Write to the customer first.'), lastChanged: undefined, unknown: 'uncommitted' });
    repo.git('checkout', '-q', '--', 'content/handbook/b.mdx');
  });

  it('a shallow clone gives versions and says the dates are unknown', async () => {
    const clone = await mkdtemp(path.join(tmpdir(), 'fair-collections-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone]);
    const history = await readHistory(clone, await options(new Repo(clone)));
    expect(history).toMatchObject({ available: true, shallow: true, changes: [] });
    expect(history.files.get('content/handbook/a.mdx')).toMatchObject({ version: versionOf('Please pay the overdue invoice by Monday.'), lastChanged: undefined, unknown: 'shallow' });
    await rm(clone, { recursive: true, force: true });
  });

  it('a folder that is no repository gives versions and no dates', async () => {
    const bare = await mkdtemp(path.join(tmpdir(), 'fair-collections-nogit-'));
    const history = await readHistory(bare, { folders: ['templates'], current: new Map([['templates/x.mdx', 'Hello']]), render: () => 'Hello' });
    expect(history).toMatchObject({ available: false, changes: [] });
    expect(history.files.get('templates/x.mdx')).toMatchObject({ version: versionOf('Hello'), unknown: 'no-history' });
    await rm(bare, { recursive: true, force: true });
  });
});

describe('history along the branch', () => {
  let branchy: Repo;
  const render: HistoryOptions['render'] = (_file, source, shared) => `${chapterText(source)} ${shared.get('content/notices.yaml') ?? ''}`;
  const current = async (repo: Repo, files: string[]) =>
    new Map(await Promise.all(files.map(async (f) => [f, render(f, await readFile(path.join(repo.root, f), 'utf8'), { key: '', get: () => readFileSync(path.join(repo.root, 'content/notices.yaml'), 'utf8') })!] as const)));
  beforeAll(async () => {
    branchy = await Repo.create();
    await branchy.write('content/notices.yaml', 'Notice one.');
    await branchy.write('content/handbook/a.mdx', chapter('Pay by Friday.'));
    await branchy.write('content/handbook/b.mdx', chapter('Call first.'));
    branchy.commit('Start');
    branchy.git('checkout', '-q', '-b', 'edit');
    await branchy.write('content/handbook/a.mdx', chapter('Pay by Monday.'));
    branchy.commit('On a branch: Monday');
    branchy.git('checkout', '-q', 'main');
    await branchy.write('content/handbook/b.mdx', chapter('Write first.'));
    branchy.commit('On main: write first');
    branchy.git('merge', '-q', '--no-ff', '-m', 'Merge \x1e the \x1f edit\u202e branch', '-m', 'Monday, not Friday\n\nAgreed with the customer.', 'edit');
    await branchy.write('content/notices.yaml', 'Notice two.');
    branchy.commit('Notice reworded');
    branchy.git('mv', 'content/handbook/b.mdx', 'content/handbook/c.mdx');
    branchy.commit('Rename b to c');
  });
  afterAll(async () => {
    await rm(branchy.root, { recursive: true, force: true });
  });

  it('a merge is one change against its first parent; a shared file change is a change to every file it renders into; a rename keeps its history', async () => {
    const files = ['content/handbook/a.mdx', 'content/handbook/c.mdx'];
    const history = await readHistory(branchy.root, { folders: ['content/handbook'], shared: ['content/notices.yaml'], current: await current(branchy, files), render });
    expect(history.changes.map((c) => [c.commit.subject, c.path, c.from ?? null, c.before?.text ?? null, c.after?.text ?? null])).toEqual([
      ['Rename b to c', 'content/handbook/c.mdx', 'content/handbook/b.mdx', 'Write first.\n Notice two.', 'Write first.\n Notice two.'],
      ['Notice reworded', 'content/handbook/a.mdx', null, 'Pay by Monday.\n Notice one.', 'Pay by Monday.\n Notice two.'],
      ['Notice reworded', 'content/handbook/b.mdx', null, 'Write first.\n Notice one.', 'Write first.\n Notice two.'],
      // Control and bidi characters in a subject are spaces: they cannot break the log's parse or the feed.
      // A merge is shown by the title opening its body, with its own subject after it.
      ['Monday, not Friday (Merge   the   edit  branch)', 'content/handbook/a.mdx', null, 'Pay by Friday.\n Notice one.', 'Pay by Monday.\n Notice one.'],
      ['On main: write first', 'content/handbook/b.mdx', null, 'Call first.\n Notice one.', 'Write first.\n Notice one.'],
      ['Start', 'content/handbook/a.mdx', null, null, 'Pay by Friday.\n Notice one.'],
      ['Start', 'content/handbook/b.mdx', null, null, 'Call first.\n Notice one.'],
    ]);
    // The branch's own commit is not on the first-parent line: the merge is where the wording changed here.
    expect(history.commitsRead).toBe(5);
    expect(history.files.get('content/handbook/c.mdx')!.lastChanged!.subject).toBe('Rename b to c');
    expect(history.files.get('content/handbook/a.mdx')!.lastChanged!.subject).toBe('Notice reworded');
  });

  it('a read cut short by its bounds says the dates are unknown rather than inventing removals', async () => {
    const files = ['content/handbook/a.mdx', 'content/handbook/c.mdx'];
    const history = await readHistory(branchy.root, { folders: ['content/handbook'], shared: ['content/notices.yaml'], current: await current(branchy, files), render, limits: { timeout: 20_000, maxBuffer: 400 } });
    expect(history).toMatchObject({ available: false, changes: [] });
    expect([...history.files.values()].map((f) => f.unknown)).toEqual(['read-limit', 'read-limit']);
  });
});

describe('word diff', () => {
  it('marks words removed and added, white space compared as one space', () => {
    expect(wordDiff('Please pay the invoice by Friday.', 'Please pay the overdue invoice\nby Monday.')).toEqual([
      { kind: 'same', text: 'Please pay the ' },
      { kind: 'added', text: 'overdue ' },
      { kind: 'same', text: 'invoice by ' },
      { kind: 'removed', text: 'Friday.' },
      { kind: 'added', text: 'Monday.' },
    ]);
    expect(wordDiff('', 'New text')).toEqual([{ kind: 'added', text: 'New text' }]);
    expect(wordDiff('a b', 'a  b')).toEqual([{ kind: 'same', text: 'a b' }]);
  });

  it('past its bound, shows the whole text replaced rather than work on', () => {
    const before = Array.from({ length: 400 }, (_, i) => `w${i}`).join(' ');
    const after = Array.from({ length: 400 }, (_, i) => `v${i}`).join(' ');
    expect(wordDiff(before, after, 50)).toEqual([{ kind: 'removed', text: before }, { kind: 'added', text: after }]);
  });
});
