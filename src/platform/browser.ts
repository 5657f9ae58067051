import pathe from 'pathe';
// retext-equality exports only its plugin: its pattern data is bundled from the installed package's file.
import { patterns } from '../../node_modules/retext-equality/lib/patterns-en.js';
import type { Platform } from './types.ts';

// The shipped phrase rules, bundled as text: the page checks with exactly the rules the build checked with.
const shipped = import.meta.glob<string>('../validator/rules/phrases/*.yaml', { query: '?raw', import: 'default', eager: true });
const shippedDirectory = '/src/validator/rules/phrases/';

const platform = {
  path: pathe,
  phraseDirectory: shippedDirectory,
  readRuleFiles(directory: string) {
    if (directory !== shippedDirectory) throw new Error(`Only the shipped rules can be read in the browser, not ${directory}`);
    return Object.entries(shipped)
      .map(([key, text]) => {
        const name = key.slice(key.lastIndexOf('/') + 1);
        return { name, path: `${shippedDirectory}${name}`, text };
      })
      .sort((a, b) => (a.name < b.name ? -1 : 1));
  },
  imageFileProblem(_target: string, url: string) {
    return `Image ${url} can only be checked with the project's files (npm run lint)`;
  },
  equalityPatterns: patterns,
  // Rule pages of the site this page was loaded from, whatever address it is served at.
  pageUrl(page: string) {
    return new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${page.replace(/^\//, '')}`, self.location.href).href;
  },
  // The page compiles the rules once per visit; it keeps nothing between visits.
  compiledCache: { read: () => undefined, write: () => undefined },
} satisfies Platform;

export const { path, phraseDirectory, readRuleFiles, imageFileProblem, equalityPatterns, pageUrl, compiledCache } = platform;
