import { getCollection, type CollectionEntry } from 'astro:content';
import { development, validation } from 'virtual:fair-collections';
import { dayWords } from '../catalog/what-to-send.ts';
import { loadLibrary, type Library } from '../library/load.ts';
import { sharedLibrary } from '../library/shared.ts';

let loaded: Promise<Library> | undefined;

/**
 * The letter library: the one the integration rendered from the validator's
 * parse (current even as files change in dev), or loaded here when the site
 * runs without it.
 */
export function getLibrary(): Promise<Library> {
  const shared = sharedLibrary();
  if (shared) return Promise.resolve(shared);
  loaded ??= loadLibrary(validation.projectRoot);
  return loaded;
}

/** The validator's result for one file of the project, by its path relative to the root. */
export function validationOf(relativePath: string) {
  return validation.files.find((f) => f.path === relativePath);
}

/**
 * Problems in the content while the site runs under `astro dev`, by file:
 * shown in a banner on every page until fixed. Empty in a build, which stops
 * at the first error instead.
 */
export const contentProblems = development
  ? validation.files
      .filter((f) => f.errors > 0)
      .map((f) => ({ path: f.path, messages: f.messages.filter((m) => m.severity === 'error') }))
  : [];

export const rules = validation.rules;
export const phraseData = validation.phrases;

export type ChapterEntry = CollectionEntry<'handbook'>;

/** Handbook chapters in reading order (getCollection's order is not guaranteed). */
export async function getChapters(): Promise<ChapterEntry[]> {
  const chapters = await getCollection('handbook');
  return chapters.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

export function formatDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A send day in words: "on the due date", "7 days before the due date", "15 days past due". */
export function formatDays(days: number): string {
  return days === 0 ? 'on the due date' : dayWords(days);
}

export function formatDayRange(range: { from: number; to?: number | undefined }): string {
  const day = (d: number) => (d === 0 ? 'due date' : d < 0 ? `${d}` : `+${d}`);
  if (range.to === undefined) return `from ${day(range.from)}`;
  return range.from === range.to ? day(range.from) : `${day(range.from)} to ${day(range.to)}`;
}
