// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { basePath, siteUrl } from './src/deployment.ts';

// SITE_URL and BASE_PATH let the static output be deployed under a sub-path,
// e.g. BASE_PATH=/handbook/ for https://example.com/handbook/.
export default defineConfig({
  site: siteUrl,
  base: basePath,
  trailingSlash: 'always',
  integrations: [mdx()],
});
