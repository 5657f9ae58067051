// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { basePath, siteUrl } from './src/deployment.ts';
import fairCollections from './src/integration/index.ts';

// SITE_URL and BASE_PATH let the static output be deployed under a sub-path,
// e.g. BASE_PATH=/handbook/ for https://example.com/handbook/.
export default defineConfig({
  site: siteUrl,
  base: basePath,
  trailingSlash: 'always',
  // The validator runs first: a build with failing content stops before anything compiles.
  integrations: [fairCollections(), mdx()],
});
