/**
 * Where the site is published. The build (astro.config.mjs) and the
 * validator's links to rule pages read the same two settings.
 */
export const siteUrl = process.env['SITE_URL'] ?? 'https://collections-handbook.example';
export const basePath = process.env['BASE_PATH'] ?? '/';

/** Absolute URL of a page of the published site. */
export function pageUrl(path: string): string {
  return new URL(`${basePath.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`, siteUrl).href;
}
