/**
 * Where the site is published. The build (astro.config.mjs) and the
 * validator's links to rule pages read the same two settings.
 */
// Without a published address, links go to the pages a local build serves (`npm start`, `npm run preview`).
export const siteUrl = process.env['SITE_URL'] ?? 'http://localhost:4321';
export const basePath = process.env['BASE_PATH'] ?? '/';

/** Absolute URL of a page of the published site. */
export function pageUrl(path: string): string {
  return new URL(`${basePath.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`, siteUrl).href;
}
