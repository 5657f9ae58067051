/** Site-relative links that respect the configured base path (deployable under a sub-path). */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

export const routes = {
  home: () => href('/'),
  handbook: () => href('/handbook/'),
  chapter: (slug: string) => href(`/handbook/${slug}/`),
  templates: () => href('/templates/'),
  template: (id: string) => href(`/templates/${id}/`),
  templateText: (id: string) => href(`/templates/${id}.txt`),
  exportJson: () => href('/templates.json'),
  exportSchema: () => href('/templates.schema.json'),
  rules: () => href('/rules/'),
  rule: (id: string) => href(`/rules/${id}/`),
  check: () => href('/check/'),
  contributing: () => href('/contributing/'),
  search: () => href('/search/'),
  asset: (file: string) => href(`/${file}`),
} as const;
