import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { validation } from 'virtual:fair-collections';
import type { LetterEntry } from '../library/load.ts';
import { getChapters, getLibrary, type ChapterEntry } from '../site/data.ts';
import { contentPaths } from '../project.ts';
import { readHistory, unknownReasons, type Change, type FileVersion, type History } from './history.ts';
import { reviewStatus, today, type ReviewStatus } from './review.ts';
import { templateGovernance, type TemplateGovernance } from './export.ts';
import { chapterText, historyRendering, versionOf } from './version.ts';

/**
 * Governance for the site's pages: each template's and chapter's version,
 * last change and review status, and the list of changes, read from git
 * once per build (every page shares the one reading).
 */

const templatesFolder = contentPaths.templates;
const handbookFolder = contentPaths.handbook;

/** Commits the build reads at most (HISTORY_MAX_COMMITS, default 1000): the bound on a long history's cost. */
function maxCommits(): number {
  const set = Number(process.env['HISTORY_MAX_COMMITS']);
  return Number.isInteger(set) && set > 0 ? set : 1000;
}

export interface Governance {
  history: History;
  /** The repository's path of the project root ('' at its top), for links to the host. */
  prefix: string;
  byPath(relativePath: string): FileVersion | undefined;
  titleOf(relativePath: string): { title: string; href: string } | undefined;
}

let loading: Promise<Governance> | undefined;

export function getGovernance(): Promise<Governance> {
  loading ??= load();
  return loading;
}

function chapterPath(chapter: ChapterEntry): string {
  return `${handbookFolder}/${chapter.id}.mdx`;
}

export function templatePath(template: LetterEntry): string {
  return template.sourcePath.split(path.sep).join('/');
}

async function load(): Promise<Governance> {
  const root = validation.projectRoot;
  const [library, chapters] = await Promise.all([getLibrary(), getChapters()]);
  const current = new Map<string, string>();
  for (const t of library.templates) current.set(templatePath(t), t.placeholders.text);
  for (const chapter of chapters) {
    const source = await readFile(path.join(root, chapterPath(chapter)), 'utf8');
    current.set(chapterPath(chapter), chapterText(source, library.catalog.notices) ?? '');
  }
  const history = await readHistory(root, {
    folders: [templatesFolder, handbookFolder],
    current,
    ...historyRendering(library.catalog),
    maxCommits: maxCommits(),
  });
  const titles = new Map<string, { title: string; href: string }>();
  for (const t of library.templates) titles.set(templatePath(t), { title: t.frontmatter.title, href: `templates/${t.id}/` });
  for (const c of chapters) titles.set(chapterPath(c), { title: c.data.title, href: `handbook/${c.id}/` });
  return { history, prefix: history.prefix, byPath: (p) => history.files.get(p), titleOf: (p) => titles.get(p) };
}

/** The repository host's address (REPOSITORY_URL, e.g. https://github.com/acme/fair-collections), if configured. */
export function repositoryUrl(): string | undefined {
  const url = process.env['REPOSITORY_URL']?.trim().replace(/\/+$/, '');
  return url && /^https?:\/\//.test(url) ? url : undefined;
}

/** The page listing a file's commits on the host (GitHub, Gitea and Forgejo style: <url>/commits/HEAD/<path>). */
export function fileHistoryUrl(governance: Governance, relativePath: string): string | undefined {
  const url = repositoryUrl();
  return url ? `${url}/commits/HEAD/${governance.prefix}${relativePath}` : undefined;
}

export function commitUrl(hash: string): string | undefined {
  const url = repositoryUrl();
  return url ? `${url}/commit/${hash}` : undefined;
}

/** "Changed on" in words: the date, or why it is not known. */
export function changedOn(version: FileVersion | undefined): { date?: Date | undefined; text?: string | undefined } {
  if (version?.lastChanged) return { date: new Date(version.lastChanged.date) };
  return { text: unknownReasons[version?.unknown ?? 'no-history'] };
}

export function templateReview(template: LetterEntry, policy = undefined as Parameters<typeof reviewStatus>[0] | undefined): ReviewStatus | undefined {
  if (!policy) return undefined;
  return reviewStatus(policy, template.frontmatter.lastReviewed, today(), { notices: template.frontmatter.notices, stage: template.stage });
}

export type { Change, FileVersion };

/** A template's governance for the export and its .txt file. */
export async function governanceOf(template: LetterEntry): Promise<TemplateGovernance> {
  const governance = await getGovernance();
  return templateGovernance(template, governance.byPath(templatePath(template)), versionOf(template.placeholders.text));
}
