import type nodePath from 'node:path';

/** One entry of retext-equality's pattern data (the package does not export its type). */
export interface EqualityPattern {
  id: string;
  type: 'basic' | 'or';
  inconsiderate: Record<string, string>;
  considerate?: Record<string, string>;
  condition?: string;
  note?: string;
}

/** A text file the validator reads as rule data. */
export interface TextFile {
  /** File name, without its folder ("threats.yaml"). */
  name: string;
  /** Where it was read from, for messages. */
  path: string;
  text: string;
}

/**
 * What the validator needs from where it runs. Node (the CLI, the build, the
 * tests) reads the disk; the browser (the site's "Check a letter" page) has
 * the shipped rule files bundled and no file system. package.json's
 * `imports` picks the implementation by the `browser` condition.
 */
export interface Platform {
  /** POSIX path functions. */
  path: Pick<typeof nodePath, 'basename' | 'dirname' | 'extname' | 'isAbsolute' | 'join' | 'relative' | 'resolve' | 'sep'>;
  /** The folder of the shipped phrase rules, ending in a slash. */
  phraseDirectory: string;
  /** The `.yaml` files of a phrase rule folder, sorted by name. Throws when the folder cannot be read. */
  readRuleFiles(directory: string): TextFile[];
  /**
   * Why the image file at `target` (an absolute path inside `contentRoot`)
   * cannot be published, or undefined when it is a regular image file of
   * its extension's format reached without leaving `contentRoot`.
   */
  imageFileProblem(target: string, url: string, contentRoot: string): string | undefined;
  /** retext-equality's English patterns (alex's inconsiderate wording); the package exports only its plugin. */
  equalityPatterns: readonly EqualityPattern[];
  /** The absolute URL of a page of the site (`rules/threats/`). */
  pageUrl(page: string): string;
  /**
   * A start-up cache for data compiled from `sources` (the shipped rule files): `read` gives what `write` stored for
   * the same sources and the same validator code, or undefined. Neither ever throws; the browser keeps nothing.
   */
  compiledCache: { read(sources: readonly TextFile[]): unknown; write(sources: readonly TextFile[], value: unknown): void };
}
