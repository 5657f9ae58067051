// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { basePath, siteUrl } from './src/deployment.ts';
import fairCollections from './src/integration/index.ts';
import remarkLockdown from './src/integration/remark-lockdown.ts';
import rehypeChapters from './src/integration/rehype-chapters.ts';

// SITE_URL and BASE_PATH let the static output be deployed under a sub-path,
// e.g. BASE_PATH=/handbook/ for https://example.com/handbook/.
export default defineConfig({
  site: siteUrl,
  base: basePath,
  trailingSlash: 'always',
  // A strict Content-Security-Policy meta tag on every page: Astro hashes the
  // few inline scripts and styles it emits; nothing else may run or load.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
  vite: {
    // Review dates in browser code (the letter checker) are judged as of the same day as the build's.
    define: { 'import.meta.env.FAIR_COLLECTIONS_TODAY': JSON.stringify(process.env['FAIR_COLLECTIONS_TODAY'] ?? '') },
    // The "Check a letter" page runs the validator in a module worker, which code-splits like the page,
    // and packages' builds for workers come first: a worker has no DOM (micromark's entity decoder has a DOM build).
    worker: { format: 'es' },
    resolve: { conditions: ['worker', 'module', 'browser', 'development|production'] },
    build: {
      rollupOptions: {
        // Astro's compiled MDX carries a "use astro:head-inject" directive the bundler warns about once per chapter; it is Astro's own and harmless.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  // No syntax highlighting: chapters hold no code, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  // The validator runs first: a build with failing content stops before anything compiles.
  // Chapters compile through remark so the lockdown can refuse code a second time, at compile.
  // The sitemap (from `site`) is listed first only so its build:done writes into the staging folder before
  // fairCollections indexes it for search and moves it into place; its config hooks compile nothing.
  integrations: [sitemap(), fairCollections(), mdx({ processor: unified({ remarkPlugins: [[remarkLockdown, { root: fileURLToPath(new URL('.', import.meta.url)) }]], rehypePlugins: [rehypeChapters] }) })],
});
