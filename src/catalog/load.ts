import { lstatSync } from 'node:fs';
import path from 'node:path';
import { resolveContent } from '../project.ts';
import { readContent } from '../source/read.ts';
import { catalogFromFiles, type CatalogResult } from './build.ts';

export type { Catalog, CatalogResult } from './build.ts';

/**
 * Reads content/ladder.yaml, fields.yaml, notices.yaml and review.yaml under `root` with
 * the same checks as a template (size, kind, links, UTF-8, NUL), then
 * validates and cross-checks them (see `catalogFromFiles`).
 */
export async function loadCatalog(root: string): Promise<CatalogResult> {
  const [ladder, fields, notices, review] = await Promise.all(
    (['ladder', 'fields', 'notices', 'review'] as const).map(async (kind) => {
      const file = resolveContent(root, kind);
      const read = await readContent(file, root);
      // A data file that is not there at all (not even a broken link) is a missing part of the project: the reader's
      // general wording ("File not found (a broken link?)") is replaced.
      if (!read.ok && absent(file)) {
        const message = read.file.messages[0]!;
        message.reason = message.message = `The project's ${path.basename(read.file.path)} is missing: the ladder, merge fields, notices and review rules are read from content/`;
        message.expected = [`Restore ${path.relative(root, read.file.path)} from the repository (in the project's folder: git checkout -- ${path.relative(root, read.file.path)}), or point --root at the project's folder`];
      }
      return read;
    }),
  );
  return catalogFromFiles({ ladder: ladder!, fields: fields!, notices: notices!, review: review! });
}

/** Whether nothing at all, not even a link, stands at `file` (a folder that cannot be read says nothing either way: false). */
function absent(file: string): boolean {
  try {
    return !lstatSync(file, { throwIfNoEntry: false });
  } catch {
    return false;
  }
}
