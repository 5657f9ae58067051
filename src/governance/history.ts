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
export type UnknownReason = 'no-history' | 'shallow' | 'history-limit' | 'uncommitted';

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

export interface HistoryOptions {
  /** Folders (relative to root) whose *.mdx files are followed, e.g. ['templates', 'content/handbook']. */
  folders: readonly string[];
  /** The current text of every followed file, by path relative to root (the working tree, as the site builds it). */
  current: ReadonlyMap<string, string>;
  /** The reader's text of a file's source at some commit, or undefined when it does not render. */
  render(path: string, source: string): string | undefined;
  /** Commits read at most, newest first; default 1000. */
  maxCommits?: number | undefined;
  limits?: GitLimits | undefined;
}

const recordSeparator = '\x1e';
const fieldSeparator = '\x1f';

interface Entry {
  commit: CommitInfo;
  status: string;
  /** A shallow clone's boundary: git shows every file as added there, which says nothing. */
  boundary: boolean;
}

function followed(file: string, folders: readonly string[]): boolean {
  return folders.some((folder) => file.startsWith(`${folder}/`) && !file.slice(folder.length + 1).includes('/') && file.endsWith('.mdx'));
}

export async function readHistory(root: string, options: HistoryOptions): Promise<History> {
  const limits = options.limits ?? defaultGitLimits;
  const maxCommits = options.maxCommits ?? 1000;
  const files = new Map<string, FileVersion>();
  const withoutHistory = (reason: UnknownReason, shallow = false): History => {
    for (const [path, text] of options.current) files.set(path, { path, version: versionOf(text), unknown: reason });
    return { available: false, prefix: '', shallow, truncated: false, commitsRead: 0, files, changes: [] };
  };

  const head = await git(root, ['rev-parse', '--is-shallow-repository', '--show-prefix', 'HEAD'], limits);
  if (head === undefined) return withoutHistory('no-history');
  const [shallowLine, prefixLine] = head.split('\n');
  const shallow = shallowLine === 'true';
  // rev-parse prints an empty line for the prefix at the repository's top.
  const prefix = prefixLine && !/^[0-9a-f]{40,64}$/.test(prefixLine) ? prefixLine : '';

  const log = await git(
    root,
    ['log', `--format=${recordSeparator}%H${fieldSeparator}%cI${fieldSeparator}%P${fieldSeparator}%s`, '--name-status', '--no-renames', '--relative', '-n', String(maxCommits), 'HEAD', '--', ...options.folders],
    limits,
  );
  if (log === undefined) return withoutHistory(shallow ? 'shallow' : 'no-history', shallow);

  // Entries per file, newest first as git gives them.
  const entries = new Map<string, Entry[]>();
  let commitsRead = 0;
  const order = new Map<string, number>();
  for (const record of log.split(recordSeparator).slice(1)) {
    const [header = '', ...lines] = record.split('\n');
    const [hash = '', date = '', parents = '', subject = ''] = header.split(fieldSeparator);
    order.set(hash, commitsRead++);
    const commit = { hash, date, subject: subject.slice(0, 300) };
    for (const line of lines) {
      const [status, file] = line.split('\t');
      if (!status || !file || !followed(file, options.folders)) continue;
      const list = entries.get(file) ?? [];
      list.push({ commit, status: status[0]!, boundary: shallow && parents.trim() === '' });
      entries.set(file, list);
    }
  }
  const truncated = commitsRead >= maxCommits;

  // One batch for every version's source, and the parent's for each file's oldest entry (its text before).
  const names: string[] = [];
  const nameOf = (rev: string, file: string) => `${rev}:${prefix}${file}`;
  for (const [file, list] of entries) {
    for (const entry of list) if (entry.status !== 'D') names.push(nameOf(entry.commit.hash, file));
    const oldest = list[list.length - 1]!;
    if (oldest.status !== 'A' && !oldest.boundary) names.push(nameOf(`${oldest.commit.hash}^`, file));
  }
  const blobs = await readBlobs(root, names, limits);

  const rendered = new Map<string, { version: string; text: string } | undefined>();
  const versionAt = (file: string, rev: string) => {
    const blob = blobs.get(nameOf(rev, file));
    if (!blob) return undefined;
    if (!rendered.has(blob.id)) {
      const text = options.render(file, blob.text);
      rendered.set(blob.id, text === undefined ? undefined : { version: versionOf(text), text });
    }
    return rendered.get(blob.id);
  };

  const changes: Change[] = [];
  const lastChange = new Map<string, { commit: CommitInfo; version: string | undefined }>();
  const headVersion = new Map<string, string | undefined>();
  for (const [file, list] of entries) {
    const oldest = list[list.length - 1]!;
    // What the file read before its oldest entry: nothing when it was added there; unknown at a shallow boundary or when the parent cannot be read.
    let known = oldest.status === 'A' && !oldest.boundary;
    let previous = known ? undefined : oldest.boundary ? undefined : versionAt(file, `${oldest.commit.hash}^`);
    if (!known && previous) known = true;
    for (const entry of [...list].reverse()) {
      const now = entry.status === 'D' ? undefined : versionAt(file, entry.commit.hash);
      if (known && entry.boundary === false && now?.version !== previous?.version) {
        changes.push({ path: file, commit: entry.commit, before: previous, after: now });
        lastChange.set(file, { commit: entry.commit, version: now?.version });
      }
      previous = now;
      known = true;
    }
    headVersion.set(file, previous?.version);
  }

  for (const [file, text] of options.current) {
    const version = versionOf(text);
    const last = lastChange.get(file);
    let unknown: UnknownReason | undefined;
    if (entries.has(file) && headVersion.get(file) !== version) unknown = 'uncommitted';
    else if (!entries.has(file)) unknown = truncated ? 'history-limit' : shallow ? 'shallow' : 'uncommitted';
    else if (!last) unknown = shallow ? 'shallow' : 'history-limit';
    files.set(file, { path: file, version, lastChanged: unknown ? undefined : last!.commit, unknown });
  }
  // Newest first, in git's order (commits of the same second keep theirs), then by path.
  changes.sort((a, b) => order.get(a.commit.hash)! - order.get(b.commit.hash)! || a.path.localeCompare(b.path));
  return { available: true, prefix, shallow, truncated, commitsRead, files, changes };
}

/** What a reader is told when a date is not known. */
export const unknownReasons: Record<UnknownReason, string> = {
  'no-history': 'unknown: the site was built without git history',
  shallow: 'unknown: the site was built from a clone without history (shallow)',
  'history-limit': 'unknown: older than the history the build reads',
  uncommitted: 'not yet committed',
};
