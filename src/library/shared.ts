import type { Library } from './load.ts';

/**
 * The library as the Astro integration rendered it from the validator's own
 * parse, handed to the site's pages in the same process: no template is read
 * or parsed twice in a build. A global symbol, because the integration and the
 * pages load their own copies of this module.
 */
const key = Symbol.for('fair-collections.library');

type Holder = { [key]?: Library | undefined };

export function shareLibrary(library: Library | undefined): void {
  (globalThis as Holder)[key] = library;
}

export function sharedLibrary(): Library | undefined {
  return (globalThis as Holder)[key];
}
