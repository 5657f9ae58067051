import { path } from '#platform';

/** Where each kind of content lives, relative to the project root. */
export const contentPaths = {
  ladder: 'content/ladder.yaml',
  fields: 'content/fields.yaml',
  notices: 'content/notices.yaml',
  review: 'content/review.yaml',
  handbook: 'content/handbook',
  templates: 'templates',
} as const;

export function resolveContent(root: string, kind: keyof typeof contentPaths): string {
  return path.join(root, contentPaths[kind]);
}

/** The folder a chapter's images must stay inside: `content/`, which holds the handbook. */
export function contentFolder(root: string): string {
  return path.join(root, path.dirname(contentPaths.handbook));
}
