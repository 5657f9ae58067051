import { defaultGitLimits, git, readBlobs, type GitLimits } from './git.ts';
import { versionOf } from './version.ts';

/**
 * Versions and changes of templates and chapters, read from git at build
 * time in a constant number of git calls whatever the number of files: one
 * `rev-parse`, one `log` of the watched folders (bounded to `maxCommits`),
 * one `cat-file --batch` for every version's text. A version is the hash of
 * the text a file renders (versionOf), so a commit that only re-wraps the
 * source is no change. A clone without history (shallow, or no repository)
 * gives versions but no dates: they are unknown, never guessed.
 */

export interface CommitInfo {
  hash: string;
  /** Committer date, ISO 8601 with offset. */
  date: string;
  /** The commit message's first line. */
  subject: string;
}

/** Why a file's last change is not known. */
export type UnknownReason = 'no-history' | 'shallow' | 'history-limit' | 'read-limit' | 'uncommitted';

export interface FileVersion {
  /** Path relative to the project root, with forward slashes. */
  path: string;
  /** versionOf the file's current text. */
  version: string;
  /** The commit that last changed the text, when known. */
  lastChanged?: CommitInfo | undefined;
  unknown?: UnknownReason | undefined;
}

export interface Change {
  path: string;
  commit: CommitInfo;
  /** The file's path before the commit when the commit renamed it. */
  from?: string | undefined;
  /** Undefined when the commit added the file. */
  before?: { version: string; text: string } | undefined;
  /** Undefined when the commit removed the file. */
  after?: { version: string; text: string } | undefined;
}

export interface History {
  /** Whether git history was read at all. */
  available: boolean;
  /** The project root's path inside the repository ('' at its top, else ending in /). */
  prefix: string;
  shallow: boolean;
  /** The log stopped at `maxCommits`: older changes are not listed. */
  truncated: boolean;
  commitsRead: number;
  files: Map<string, FileVersion>;
  /** Newest first. */
  changes: Change[];
}

/** The shared files' sources as at one commit (see HistoryOptions.shared). */
export interface SharedSources {
  /** Equal keys, equal sources: a renderer may cache what it builds from them by this key. */
  key: string;
  /** A shared file's source, or undefined when it did not exist then. */
  get(path: string): string | undefined;
}

export interface HistoryOptions {
  /** Folders (relative to root) whose *.mdx files are followed, e.g. ['templates', 'content/handbook']. */
  folders: readonly string[];
  /**
   * Files (relative to root) that every rendering reads, e.g. content/notices.yaml:
   * an old version is rendered with them as they were at its commit, and a commit
   * that changes them is a change to every followed file whose text it changes.
   */
  shared?: readonly string[] | undefined;
  /** The current text of every followed file, by path relative to root (the working tree, as the site builds it). */
  current: ReadonlyMap<string, string>;
  /** The reader's text of a file's source at some commit, given the shared files then; undefined when it does not render. */
  render(path: string, source: string, shared: SharedSources): string | undefined;
  /** Commits read at most, newest first along the first-parent line; default 1000. */
  maxCommits?: number | undefined;
  limits?: GitLimits | undefined;
}

interface LogEntry {
  /** A (added), M (modified), D (deleted) or R (renamed, from `from`). */
  status: string;
  path: string;
  from?: string | undefined;
}

interface LogCommit {
  commit: CommitInfo;
  parents: string[];
  entries: LogEntry[];
}

/**
 * A commit subject as pages show it: controls (C0, C1, DEL) and bidirectional
 * overrides as spaces (they would garble a page or break the feed's XML), at
 * most 300 characters, cut between characters with "…", and never empty.
 */
function cleanSubject(subject: string): string {
  const clean = subject.replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, ' ').trim();
  const characters = [...clean];
  if (characters.length === 0) return '(no commit message)';
  return characters.length > 300 ? `${characters.slice(0, 299).join('')}…` : clean;
}

/**
 * `git log` output, three NUL-separated fields per commit: "<hash> <date>
 * <parents>" and the subject line; the message body; then the --name-status
 * lines. NUL cannot occur in a commit message, and the header holds no free
 * text, so no message can break the parse.
 */
function parseLog(log: string): LogCommit[] {
  const fields = log.split('\0');
  const records: [string, string, string][] = [];
  for (let i = 1; i + 1 < fields.length; i += 3) records.push([fields[i]!, fields[i + 1]!, fields[i + 2] ?? '']);
  return records.map(([head, body, changes]) => {
    const [header = '', subject = ''] = head.split('\n');
    const lines = changes.split('\n');
    const [hash = '', date = '', ...parents] = header.split(' ').filter(Boolean);
    const entries: LogEntry[] = [];
    for (const line of lines) {
      const [status = '', first, second] = line.split('\t');
      if (!first) continue;
      if (status.startsWith('R') && second) entries.push({ status: 'R', path: second, from: first });
      else entries.push({ status: status.slice(0, 1), path: first });
    }
    // A merge's own subject names a branch ("Merge pull request #42 from …"); the title written for it opens its body.
    const title = parents.length > 1 ? body.split('\n').find((line) => line.trim()) : undefined;
    return { commit: { hash, date, subject: cleanSubject(title ? `${title.trim()} (${subject})` : subject) }, parents, entries };
  });
}

function followed(file: string, folders: readonly string[]): boolean {
  return folders.some((folder) => file.startsWith(`${folder}/`) && !file.slice(folder.length + 1).includes('/') && file.endsWith('.mdx'));
}

type Rendering = { version: string; text: string } | undefined;

/**
 * Every version of the followed files along the first-parent line of HEAD (the
 * branch as it was built, a merge counted as one change against its first
 * parent), in a constant number of git calls: one `rev-parse`, one `log` bounded
 * to `maxCommits`, one `cat-file --batch`. The walk goes oldest to newest from
 * the tree before the oldest commit read; renders are cached by source and
 * shared sources, so the cost is one render per distinct pair.
 */
export async function readHistory(root: string, options: HistoryOptions): Promise<History> {
  const limits = options.limits ?? defaultGitLimits;
  const maxCommits = options.maxCommits ?? 1000;
  const sharedPaths = options.shared ?? [];
  const files = new Map<string, FileVersion>();
  const withoutHistory = (reason: UnknownReason, shallow = false): History => {
    for (const [path, text] of options.current) files.set(path, { path, version: versionOf(text), unknown: reason });
    return { available: false, prefix: '', shallow, truncated: false, commitsRead: 0, files, changes: [] };
  };

  const { output: head } = await git(root, ['rev-parse', '--is-shallow-repository', '--show-prefix', 'HEAD'], limits);
  if (head === undefined) return withoutHistory('no-history');
  const [shallowLine, prefixLine] = head.split('\n');
  const shallow = shallowLine === 'true';
  // rev-parse prints an empty line for the prefix at the repository's top.
  const prefix = prefixLine && !/^[0-9a-f]{40,64}$/.test(prefixLine) ? prefixLine : '';

  const { output: log, limited } = await git(
    root,
    ['log', '--first-parent', '--diff-merges=first-parent', '--format=%x00%H %cI %P%n%s%x00%b%x00', '--name-status', '--find-renames', '--relative', '-n', String(maxCommits), 'HEAD', '--', ...options.folders, ...sharedPaths],
    limits,
  );
  if (log === undefined) return withoutHistory(limited ? 'read-limit' : shallow ? 'shallow' : 'no-history', shallow);
  const commits = parseLog(log).reverse();
  const truncated = commits.length >= maxCommits;
  const isFollowed = (file: string) => followed(file, options.folders);
  const isShared = (file: string) => sharedPaths.includes(file);

  // What the oldest commit read started from: its parent's tree, nothing before a root commit, unknown at a shallow clone's boundary.
  const oldest = commits[0];
  const base = oldest && oldest.parents.length > 0 ? `${oldest.commit.hash}^` : undefined;
  let known = !(oldest && shallow && oldest.parents.length === 0);

  const nameOf = (rev: string, file: string) => `${rev}:${prefix}${file}`;
  const names = new Set<string>();
  const paths = new Set<string>([...options.current.keys(), ...sharedPaths]);
  for (const { commit, entries } of commits) {
    for (const entry of entries) {
      if (entry.from) paths.add(entry.from);
      paths.add(entry.path);
      if (entry.status !== 'D') names.add(nameOf(commit.hash, entry.path));
    }
  }
  if (base) for (const file of paths) if (isFollowed(file) || isShared(file)) names.add(nameOf(base, file));
  const { blobs, complete } = await readBlobs(root, [...names], limits);
  // A read cut short by its bounds would make the missing versions look deleted: say the dates are unknown instead.
  if (!complete) return withoutHistory('read-limit', shallow);

  // The tree as walked so far: each followed or shared file's blob name, absent when it does not exist.
  const tree = new Map<string, string>();
  if (base) for (const file of paths) if (blobs.has(nameOf(base, file))) tree.set(file, nameOf(base, file));
  const sharedNow = (): SharedSources => {
    const at = new Map(sharedPaths.flatMap((file) => (tree.has(file) ? [[file, blobs.get(tree.get(file)!)!] as const] : [])));
    return { key: sharedPaths.map((file) => at.get(file)?.id ?? '-').join(' '), get: (file) => at.get(file)?.text };
  };
  let shared = sharedNow();
  const cache = new Map<string, Rendering>();
  const renderingOf = (file: string): Rendering => {
    const blob = tree.has(file) ? blobs.get(tree.get(file)!) : undefined;
    if (!blob) return undefined;
    const key = `${blob.id} ${shared.key}`;
    if (!cache.has(key)) {
      const text = options.render(file, blob.text, shared);
      cache.set(key, text === undefined ? undefined : { version: versionOf(text), text });
    }
    return cache.get(key);
  };

  const changes: Change[] = [];
  const lastChange = new Map<string, CommitInfo>();
  const order = new Map<string, number>();
  commits.forEach(({ commit }, i) => order.set(commit.hash, commits.length - i));
  for (const { commit, entries } of commits) {
    const touched = entries.filter((e) => isFollowed(e.path) || (e.from !== undefined && isFollowed(e.from)));
    const sharedChanged = entries.some((e) => isShared(e.path) || (e.from !== undefined && isShared(e.from)));
    const affected = new Set(touched.flatMap((e) => [e.path, ...(e.from ? [e.from] : [])]).filter(isFollowed));
    if (sharedChanged) for (const file of tree.keys()) if (isFollowed(file)) affected.add(file);
    const before = new Map([...affected].map((file) => [file, renderingOf(file)] as const));

    const renamedFrom = new Map<string, string>();
    for (const e of entries) {
      if (e.from !== undefined) {
        tree.delete(e.from);
        if (isFollowed(e.from) && isFollowed(e.path)) renamedFrom.set(e.path, e.from);
      }
      if (e.status === 'D') tree.delete(e.path);
      else if (blobs.has(nameOf(commit.hash, e.path))) tree.set(e.path, nameOf(commit.hash, e.path));
      else tree.delete(e.path);
    }
    if (sharedChanged) shared = sharedNow();

    for (const file of affected) {
      const from = renamedFrom.get(file);
      if ([...renamedFrom.values()].includes(file)) continue; // shown at its new path
      const previous = from !== undefined ? before.get(from) : before.get(file);
      const now = renderingOf(file);
      if (known && (now?.version !== previous?.version || from !== undefined)) {
        changes.push({ path: file, commit, from, before: previous, after: now });
        lastChange.set(file, commit);
      }
    }
    known = true;
  }

  for (const [file, text] of options.current) {
    const version = versionOf(text);
    const last = lastChange.get(file);
    let unknown: UnknownReason | undefined;
    if (!tree.has(file)) unknown = 'uncommitted';
    else if (renderingOf(file)?.version !== version) unknown = 'uncommitted';
    else if (!last) unknown = shallow ? 'shallow' : 'history-limit';
    files.set(file, { path: file, version, lastChanged: unknown ? undefined : last, unknown });
  }
  // Newest first, in git's order (commits of the same second keep theirs), then by path.
  changes.sort((a, b) => order.get(a.commit.hash)! - order.get(b.commit.hash)! || a.path.localeCompare(b.path));
  return { available: true, prefix, shallow, truncated, commitsRead: commits.length, files, changes };
}

/** What a reader is told when a date is not known. */
export const unknownReasons: Record<UnknownReason, string> = {
  'no-history': 'unknown: the site was built without git history',
  shallow: 'unknown: the site was built from a clone without history (shallow)',
  'history-limit': 'unknown: older than the history the build reads',
  'read-limit': 'unknown: the history was too large to read within the build’s limits',
  uncommitted: 'not yet committed',
};
