// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// SITE_URL and BASE_PATH let the static output be deployed under a sub-path,
// e.g. BASE_PATH=/handbook/ for https://example.com/handbook/.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://collections-handbook.example',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  integrations: [mdx()],
});
